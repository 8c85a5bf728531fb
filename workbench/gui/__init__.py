"""The PySide6 user interface."""

from workbench.gui.refcounts import make_singletons_immortal

# Before any signal is emitted (see refcounts.py).
make_singletons_immortal()

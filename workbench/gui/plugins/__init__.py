"""The Plugins dialog: every connector found, where from, and why one was skipped."""

from workbench.gui.plugins.dialog import PluginsDialog

__all__ = ["PluginsDialog"]

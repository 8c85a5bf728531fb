"""The inbox pane (see pane.py)."""

from workbench.gui.inbox.pane import InboxPane

__all__ = ["InboxPane"]

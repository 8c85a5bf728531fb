"""The Accounts pane and its dialogs."""

from workbench.gui.accounts.pane import AccountsPane

__all__ = ["AccountsPane"]

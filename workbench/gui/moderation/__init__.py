"""The Moderation pane: the queue, its entries in context, actions, notes, decisions."""

from workbench.gui.moderation.pane import ModerationPane

__all__ = ["ModerationPane"]

"""Moderation: one queue for every report, actions, removal reasons, the decision log,
member notes (Toolbox import, platform mod notes), erasing a member, and cases."""

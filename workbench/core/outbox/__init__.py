"""The outbox: replies, posts and moderation actions stored first, then sent."""

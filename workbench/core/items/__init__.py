"""Stored items as a whole: the JSON Lines export."""

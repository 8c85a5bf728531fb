"""Syncing accounts: the engine, reading ahead, grouped commits and the hot write path."""

"""The Prompts pane: the library, the coach, suggestions, uses and results (see pane.py)."""

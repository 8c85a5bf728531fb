"""The cross-community inbox: views, search, triage and export over stored items (no Qt)."""

"""Importing platform data exports (Facebook and LinkedIn archives)."""

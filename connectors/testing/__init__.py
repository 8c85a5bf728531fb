"""Test helpers for connector authors: local fake platform servers speaking real wire formats."""

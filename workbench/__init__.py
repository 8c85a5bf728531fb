"""Community Workbench: one desktop workbench for community managers."""

__version__ = "0.1.0"

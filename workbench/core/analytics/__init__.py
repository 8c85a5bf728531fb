"""Analytics: how each community is doing, computed on this machine (docs/analytics.md)."""

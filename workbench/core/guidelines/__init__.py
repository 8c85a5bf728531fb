"""Guidelines: each community's numbered rules, their detectors, backtests and flags."""

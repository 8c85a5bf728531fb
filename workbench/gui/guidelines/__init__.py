"""The Guidelines pane: each community's numbered rules, their detectors, versions."""

from workbench.gui.guidelines.pane import GuidelinesPane

__all__ = ["GuidelinesPane"]

"""The main window's panes, each built the first time it is shown.

Building all seven panes (and importing their modules: prompts, events, analytics ...) held
the window back by about a second on every start, for panes most starts never show. The
stack holds an empty page per pane until then; ``panes[key]`` builds it (the window asks
when the pane is chosen, tests and the tour ask directly). A pane not built yet misses no
change: it reads everything fresh when it is built.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from workbench.gui.panes import PaneContext, PaneSpec


class PaneStack(Mapping[str, QWidget]):
    """Key -> pane, in the pane list's order; looking a pane up builds it if needed."""

    def __init__(
        self, specs: tuple[PaneSpec, ...], context: PaneContext, stack: QStackedWidget
    ) -> None:
        self._specs = {spec.key: spec for spec in specs}
        self._context = context
        self._stack = stack
        self._built: dict[str, QWidget] = {}
        for _spec in specs:
            stack.addWidget(QWidget())  # the page the pane takes when it is built

    def __getitem__(self, key: str) -> QWidget:
        pane = self._built.get(key)
        if pane is None:
            spec = self._specs[key]  # KeyError for a key that is no pane, as a dict would
            pane = spec.factory(self._context)
            index = self.index(key)
            placeholder = self._stack.widget(index)
            assert placeholder is not None  # a page per pane from the start
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, pane)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[key] = pane
        return pane

    def __contains__(self, key: object) -> bool:
        return key in self._specs  # without building it (Mapping's would)

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def index(self, key: str) -> int:
        return list(self._specs).index(key)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def show(self, key: str) -> None:
        """Build the pane if needed and make it the stack's current page."""
        self._stack.setCurrentWidget(self[key])

"""The filter bar: search, community, platform, kind, state, assignee, tag, date range, order."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from workbench.core.inbox.query import KINDS, Order, State, View
from workbench.gui.text import plain_tooltip
from workbench.gui.words import item_kinds, item_state

translate = QCoreApplication.translate


DAY = 24 * 3600
RANGES = (("any", 0), ("24h", DAY), ("7d", 7 * DAY), ("30d", 30 * DAY), ("90d", 90 * DAY))


class FilterBar(QWidget):
    """Emits ``changed`` when the user changes a filter (search after a short pause)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("inboxSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate(
                "InboxFilters",
                'Search (/): words, "a phrase", -exclude, author:name, community:name',
            )
        )
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.changed)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._on_return_pressed)

        self.community = self._combo(translate("InboxFilters", "All communities"))
        self.platform = self._combo(translate("InboxFilters", "All platforms"))
        self.kind = self._combo(translate("InboxFilters", "All kinds"))
        for kind in KINDS:
            self.kind.addItem(item_kinds(kind), kind)
        self.state = self._combo(translate("InboxFilters", "Any state"))
        for state in State:
            self.state.addItem(item_state(state), state.value)
        self.assignee = self._combo(translate("InboxFilters", "Anyone"))
        self.tag = self._combo(translate("InboxFilters", "Any tag"))
        self.when = QComboBox()
        for key, label in zip(
            (r[0] for r in RANGES),
            (
                translate("InboxFilters", "Any time"),
                translate("InboxFilters", "Last 24 hours"),
                translate("InboxFilters", "Last 7 days"),
                translate("InboxFilters", "Last 30 days"),
                translate("InboxFilters", "Last 90 days"),
            ),
            strict=True,
        ):
            self.when.addItem(label, key)
        self.when.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.order = QComboBox()
        self.order.addItem(translate("InboxFilters", "Newest first"), Order.NEWEST.value)
        self.order.addItem(translate("InboxFilters", "Oldest first"), Order.OLDEST.value)
        self.order.addItem(translate("InboxFilters", "Highest priority"), Order.PRIORITY.value)
        self.order.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.order.setToolTip(translate("InboxFilters", "Sort order"))

        # A view setting: "All new" leaves the team's own items out, Everything shows them.
        self.own = QCheckBox(translate("InboxFilters", "Team's own"))
        self.own.setToolTip(
            translate("InboxFilters", "Show the posts and comments of your own team")
        )
        self.own.setChecked(True)
        self.own.toggled.connect(lambda _on: self.changed.emit())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.own)
        top.addWidget(self.when)
        top.addWidget(self.order)
        bottom = QHBoxLayout()
        for combo in (
            self.community, self.platform, self.kind, self.state, self.assignee, self.tag,
            self.when, self.order,
        ):  # fmt: skip
            # Long names must not force the window wider than a 1280-pixel screen (the
            # bar fits about 1,024): a combo shows a few letters and elides the rest.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(4)
            if combo is not self.order:  # its tooltip says what it is
                # The whole choice when the combo shows only its first letters (French);
                # community names come from the platforms: a plain tooltip.
                combo.currentTextChanged.connect(
                    lambda text, c=combo: c.setToolTip(plain_tooltip(text))
                )
                combo.setToolTip(plain_tooltip(combo.currentText()))
            if combo not in (self.when, self.order):
                bottom.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def _combo(self, any_label: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_label, None)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _on_return_pressed(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def set_choices(
        self, communities: list[tuple[int, str, str]], tags: list[str], assignees: list[str]
    ) -> None:
        """Fill the menus from the store, keeping what is chosen."""
        self._refill(
            self.community, [(f"{name} · {platform}", cid) for cid, name, platform in communities]
        )
        platforms = sorted({p for _c, _n, p in communities})
        self._refill(self.platform, [(p, p) for p in platforms])
        self._refill(self.tag, [(t, t) for t in tags])
        self._refill(self.assignee, [(a, a) for a in assignees])

    def choices(self, combo: QComboBox) -> list[str]:
        """The values a menu offers (loaded off the GUI thread), without "any"."""
        return [str(combo.itemData(i)) for i in range(1, combo.count())]

    def _refill(self, combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, data in entries:
            combo.addItem(label, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def apply(self, base: View, now: int | None = None) -> View:
        """``base`` (the chosen sidebar view) narrowed by the bar's filters and search."""
        view = base
        if self.community.currentData() is not None:
            view = replace(view, community_ids=(int(self.community.currentData()),))
        if self.platform.currentData() is not None:
            view = replace(view, platforms=(str(self.platform.currentData()),))
        if self.kind.currentData() is not None:
            view = replace(view, kinds=(str(self.kind.currentData()),))
        if self.state.currentData() is not None:
            view = replace(view, states=(str(self.state.currentData()),))
        if self.assignee.currentData() is not None:
            view = replace(view, assignee=str(self.assignee.currentData()))
        if self.tag.currentData() is not None:
            view = replace(view, tags=(str(self.tag.currentData()),))
        span = dict(RANGES)[self.when.currentData()]
        if span:
            view = replace(view, since=(now or int(time.time())) - span)
        order = Order(self.order.currentData())
        if order is not Order.NEWEST or view.order is not Order.SNOOZE:
            view = replace(view, order=order)
        view = replace(view, hide_own=not self.own.isChecked())
        search = self.search.text().strip()
        if search:
            joined = f"{view.search} {search}".strip()
            view = replace(view, search=joined)
        return view

    def reset(self, view: View | None = None) -> None:
        """Back to "any" everywhere; the team's-own box follows ``view``'s setting."""
        self.own.blockSignals(True)
        self.own.setChecked(not (view.hide_own if view else False))
        self.own.blockSignals(False)
        for combo in (
            self.community,
            self.platform,
            self.kind,
            self.state,
            self.assignee,
            self.tag,
            self.when,
            self.order,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()

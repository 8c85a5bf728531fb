"""Built-in inbox views are named in the user's language; saved views as the user wrote them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from workbench.core.inbox.query import View
from workbench.core.inbox.views import NamedView, builtin_views
from workbench.gui import i18n
from workbench.gui.inbox.sidebar import ViewList, view_description, view_name


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install_translations(qapp, "fr")
    yield
    i18n.install_translations(qapp, "en")


def test_built_in_views_speak_french_and_saved_views_keep_their_names(
    french: None, qtbot: object
) -> None:
    views = {v.key: v for v in builtin_views(unanswered_hours=12)}
    assert view_name(views["all-new"]) == "Tous les nouveaux"
    assert view_name(views["reports"]) == "Signalements"
    assert "12 heures" in view_description(views["unanswered"])
    saved = NamedView("saved:1", "Reports", View(), 1)
    assert view_name(saved) == "Reports"  # the user's own name, never translated
    sidebar = ViewList()
    sidebar.set_views([*views.values(), saved], "all-new")
    sidebar.set_counts({"all-new": 3})
    texts = [sidebar.item(row).text() for row in range(sidebar.count())]
    assert "Tous les nouveaux  (3)" in texts
    assert texts[-1] == "Reports"


def test_in_english_the_names_are_the_core_ones(qapp: QApplication) -> None:
    i18n.install_translations(qapp, "en")
    views = builtin_views()
    assert [view_name(v) for v in views] == [v.name for v in views]
    assert view_description(views[4]) == "Questions with no reply from the team after 24 hours"

"""Words that meant two things in English get the right French for each meaning; phrases
with a count use the French plural forms and the locale's digits (the real .qm)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from connectors.demo import DemoConnector
from workbench.core.accounts.service import AccountError, validate
from workbench.core.moderation.state import Decision, NoteKind
from workbench.core.outbox.service import OutboxView
from workbench.core.outbox.state import OutboxStatus
from workbench.core.prompts.outcomes import explanation
from workbench.gui.accounts.settings_form import SettingsForm
from workbench.gui.events.recurrence_form import RecurrenceForm
from workbench.gui.events.words import event_status, step_state
from workbench.gui.i18n import install_translations
from workbench.gui.inbox.detail import outbox_text
from workbench.gui.moderation.words import decision_words, note_kind_words
from workbench.gui.words import error_text, words

NNBSP = "\u202f"  # French groups thousands with a narrow no-break space


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[None]:
    saved = QLocale()
    install_translations(qapp, "fr")
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(saved)


def test_a_ban_decision_is_a_verb_and_a_ban_note_a_noun(french: None) -> None:
    assert decision_words(Decision.BAN) == "Bannir"
    assert note_kind_words(NoteKind.BAN) == "Bannissement"
    assert decision_words(Decision.NOTE) == "Noter"
    assert note_kind_words(NoteKind.NOTE) == "Note"


def test_english_keeps_its_one_word_for_both() -> None:
    assert decision_words(Decision.BAN) == note_kind_words(NoteKind.BAN) == "Ban"


def test_a_cancelled_event_is_masculine_and_a_cancelled_step_feminine(french: None) -> None:
    assert event_status("cancelled") == "Annulé"
    assert step_state("cancelled") == "Annulée"
    assert [step_state(s) for s in ("planned", "sent", "done-by-hand")] == [
        "Prévue",
        "Envoyée",
        "Faite à la main",
    ]


def _interval(qtbot: QtBot, repeat: int, every: int) -> tuple[str, str]:
    form = RecurrenceForm()
    qtbot.addWidget(form)
    form.repeat.setCurrentIndex(repeat)
    form.every.setValue(every)
    return form.every.text(), form.rule() or ""


def test_the_interval_reads_as_one_french_phrase_per_unit(qtbot: QtBot, french: None) -> None:
    assert _interval(qtbot, 1, 1) == ("tous les 1 jour", "FREQ=DAILY")
    assert _interval(qtbot, 2, 2)[0] == "toutes les 2 semaines"
    assert _interval(qtbot, 3, 3) == ("tous les 3 mois", "FREQ=MONTHLY;INTERVAL=3")


def test_the_interval_in_english(qtbot: QtBot) -> None:
    text, rule = _interval(qtbot, 2, 12)
    assert text == "every 12 weeks"
    assert rule.startswith("FREQ=WEEKLY;INTERVAL=12")


def test_counts_take_the_french_plural_and_grouping(french: None) -> None:
    translate = QCoreApplication.translate
    assert translate("PromptsPane", "%Ln prompt(s)", "", 1) == "1 amorce"
    assert translate("PromptsPane", "%Ln prompt(s)", "", 3130) == f"3{NNBSP}130 amorces"
    synced = translate("MainWindow", "Synced at {0}: %Ln new item(s)", "", 1200)
    assert synced.format("14:05") == f"Synchronisé à 14:05 : 1{NNBSP}200 nouveaux éléments"
    found = translate("SuggestDialog", "%Ln suggestion(s)", "", 10)
    untried = translate("SuggestDialog", "{suggestions}, %Ln untried here.", "", 1)
    assert untried.format(suggestions=found) == "10 suggestions, dont 1 jamais essayée ici."


def _moderation() -> OutboxView:
    return OutboxView(
        id=1,
        account_id=1,
        item_id=1,
        action="moderate",
        payload={"action": "remove"},
        status=OutboxStatus.SENT,
        created_at=datetime(2026, 12, 1, 13, 5, tzinfo=UTC),
        created_by="alice",
        reason="",
        attempts=1,
        last_error="",
        sent_at=None,
        result_url="",
    )


def test_an_items_history_says_who_moderated_and_how() -> None:
    assert "Moderation by alice: remove" in outbox_text(_moderation())


def test_an_items_history_in_french(french: None) -> None:
    assert "Modération par alice : retrait" in outbox_text(_moderation())


def test_the_score_explanation_is_french_inside_the_french_sentence(french: None) -> None:
    said = words(explanation(4.5, 3, 2))
    assert said.startswith("4.5 en moyenne sur 2 publications. Score\u00a0: 3 points par membre")
    assert "for each member" not in said


def test_a_connectors_settings_are_labelled_in_french(qtbot: QtBot, french: None) -> None:
    form = SettingsForm(DemoConnector, {}, editing=False, secret_hint="")
    qtbot.addWidget(form)
    labels = [label.text() for label in form.labels]
    assert "Nombre d’éléments d’exemple" in labels and "Votre nom dans la démo" in labels
    assert "Number of sample items" not in labels
    assert form.hints["size"].text() == "Combien d’éléments la première synchronisation crée."


def test_a_refused_setting_is_named_in_french_too(french: None) -> None:
    with pytest.raises(AccountError) as refused:
        validate(DemoConnector.settings_fields, {"size": "many"})
    assert "« Nombre d’éléments d’exemple »" in error_text(refused.value)
    assert "“Number of sample items”" in str(refused.value)  # the CLI's English

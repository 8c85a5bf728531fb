"""Writing and editing prompts with the coach reading along: flags as chips with their
reasons, rewrites that replace the text on a click, and the prompt saved to the library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.prompts.conftest import LOGO, key, select_text, settle, shown_texts
from workbench.core.prompts.coach import check
from workbench.core.prompts.library import PromptFilter
from workbench.core.workspace import Workspace
from workbench.gui.prompts.editor import PromptEditor
from workbench.gui.prompts.pane import PromptsPane
from workbench.gui.tasks import TaskRunner

CLOSED_AND_DOUBLE = "Do you agree that our onboarding is better, and should we keep it?"


def open_editor(qtbot: QtBot, pane: PromptsPane, name: str) -> PromptEditor:
    key(qtbot, pane, name)
    editor = pane.operations.dialog
    assert isinstance(editor, PromptEditor)
    return editor


def test_the_coach_flags_as_you_type_and_a_rewrite_replaces_the_text(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    editor = open_editor(qtbot, pane, "N")
    assert editor.windowTitle() == "New prompt"
    assert not editor.save_button.isEnabled()  # nothing written yet
    qtbot.keyClicks(editor.text, CLOSED_AND_DOUBLE)
    assert editor.coach.pending  # debounced: checked once the typing pauses
    qtbot.waitUntil(lambda: editor.coach.shown_flags() == ["Closed", "Two in one"], timeout=5000)
    assert editor.coach.summary.text() == "This question may get fewer answers:"
    reasons = editor.coach.reasons.text().splitlines()
    # One line per reason, as the coach words it ("Closed: people can answer yes or no…").
    assert reasons == [f"• {r}" for r in check(CLOSED_AND_DOUBLE).reasons]
    assert len(reasons) == 2 and reasons[0].startswith("• Closed: ")
    rewrites = editor.coach.shown_rewrites()
    assert rewrites and rewrites == list(check(CLOSED_AND_DOUBLE).rewrites)[:3]
    reworded = rewrites[0]
    qtbot.mouseClick(editor.coach.rewrite_buttons[0], Qt.MouseButton.LeftButton)
    assert editor.text.toPlainText() == reworded
    qtbot.waitUntil(lambda: editor.coach.summary.text() == "An open question: good to go.")
    assert editor.coach.shown_flags() == [] and not editor.coach.rewrite_buttons
    editor.type_checks["support"].setChecked(True)
    editor.purpose_checks["feedback"].setChecked(True)
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, pane, tasks)
    [saved] = [v for v in pane_ws.prompts.search(PromptFilter(), limit=5000) if v.text == reworded]
    assert saved.lang == "en"  # detected by the coach
    assert [str(t) for t in saved.types] == ["support"]
    assert [str(p) for p in saved.purposes] == ["feedback"]
    assert pane.current_id() == saved.id  # the list shows the new prompt selected
    assert pane.status.text().startswith("Prompt added.")


def test_edit_checks_the_prompt_and_saves_the_new_wording(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    prompt_id = select_text(qtbot, pane, tasks, LOGO)
    editor = open_editor(qtbot, pane, "E")
    assert editor.windowTitle() == "Edit prompt"
    assert editor.text.toPlainText() == LOGO
    assert not editor.lang.isEnabled()  # a prompt keeps its language (its pair is the other)
    assert editor.type_checks["brand"].isChecked()
    qtbot.waitUntil(lambda: editor.coach.shown_flags() == ["Closed"], timeout=5000)
    editor.text.setPlainText("What would you change about our new logo?")
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, pane, tasks)
    assert pane_ws.prompts.get(prompt_id).text == "What would you change about our new logo?"
    assert "What would you change about our new logo?" in shown_texts(pane)
    assert pane.current_id() == prompt_id


def test_a_french_question_is_coached_in_french_and_saved_as_french(
    qtbot: QtBot, pane: PromptsPane, pane_ws: Workspace, tasks: TaskRunner
) -> None:
    editor = open_editor(qtbot, pane, "N")
    editor.text.setPlainText("Aimez-vous notre nouveau logo ?")
    qtbot.waitUntil(lambda: editor.coach.shown_flags() == ["Closed"], timeout=5000)
    assert editor.coach.verdict is not None and editor.coach.verdict.lang == "fr"
    assert editor.coach.shown_rewrites()[0] == check("Aimez-vous notre nouveau logo ?").rewrites[0]
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = pane_ws.prompts.get(pane.current_id())  # type: ignore[arg-type]
    assert (saved.text, saved.lang) == ("Aimez-vous notre nouveau logo ?", "fr")
    settle(qtbot, pane, tasks)


def test_an_empty_text_cannot_be_saved(qtbot: QtBot, pane: PromptsPane) -> None:
    editor = open_editor(qtbot, pane, "N")
    qtbot.keyClicks(editor.text, "   ")
    assert not editor.save_button.isEnabled()
    qtbot.waitUntil(lambda: not editor.coach.pending)
    assert editor.coach.summary.text() == "Write a question: the coach says how open it is."
    editor.reject()

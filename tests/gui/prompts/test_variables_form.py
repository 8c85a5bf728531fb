"""The variables form: a field per variable, a live preview, an empty variable named."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workbench.gui.prompts.variables_form import VariablesForm


def test_a_field_per_variable_and_the_preview_follows_the_typing(qtbot: QtBot) -> None:
    form = VariablesForm()
    qtbot.addWidget(form)
    form.show()
    form.set_text("Before {event} on {date}: what do you want to know about {topic}? {topic}!")
    assert list(form.fields) == ["event", "date", "topic"]  # each once, in order
    assert not form.ready
    assert form.message.isVisible()
    assert "{event}" in form.message.text() and "{topic}" in form.message.text()
    qtbot.keyClicks(form.fields["event"], "the AMA")
    qtbot.keyClicks(form.fields["date"], "Friday")
    assert (
        form.preview.text()
        == "Before the AMA on Friday: what do you want to know about {topic}? {topic}!"
    )
    assert form.message.text() == "Fill in {topic} to use this prompt."
    with qtbot.waitSignal(form.changed) as signal:
        qtbot.keyClicks(form.fields["topic"], "Rust")
    assert signal.args == [True]
    assert form.ready and not form.message.isVisible()
    assert form.preview.text().endswith("about Rust? Rust!")


def test_values_stay_when_the_text_changes_and_blank_is_empty(qtbot: QtBot) -> None:
    form = VariablesForm()
    qtbot.addWidget(form)
    form.set_text("Hello {member}")
    qtbot.keyClicks(form.fields["member"], "Ana")
    form.set_text("Hello {member}, how was {event}?")
    assert form.fields["member"].text() == "Ana"
    qtbot.keyClicks(form.fields["event"], "   ")
    assert form.missing() == ["event"]
    form.set_text("No variables here.")
    assert form.fields == {} and form.ready
    assert form.preview.text() == "No variables here."


def test_the_preview_shows_user_text_as_plain_text(qtbot: QtBot) -> None:
    form = VariablesForm()
    qtbot.addWidget(form)
    form.set_text("<b>{topic}</b>")
    form.fields["topic"].setText("<img src=x>")
    assert form.preview.textFormat().name == "PlainText"
    assert form.preview.text() == "<b><img src=x></b>"

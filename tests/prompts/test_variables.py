"""Variables in a prompt: found in order, filled in, and an empty one blocks the use."""

from __future__ import annotations

import pytest

from workbench.core.prompts.variables import MissingVariable, fill, variables_of


def test_variables_are_found_once_in_order() -> None:
    text = "At {event}, what did {member} say about {topic}? More {topic} in {community} on {date}."
    assert variables_of(text) == ("event", "member", "topic", "community", "date")
    assert variables_of("No variables {} or {Upper} or { spaced } here.") == ()


def test_filling_replaces_every_variable_and_leaves_other_braces() -> None:
    text = "What did you think of {event}? Reply with {} or {Upper}, {event} fans."
    assert fill(text, {"event": " the meetup "}) == (
        "What did you think of the meetup? Reply with {} or {Upper}, the meetup fans."
    )


@pytest.mark.parametrize("values", [{}, {"topic": "   "}, {"topic": "Rust"}])
def test_an_empty_variable_blocks_with_a_message_naming_it(values: dict[str, str]) -> None:
    text = "What is new in {topic} since {date}?"
    missing = "topic" if not values.get("topic", "").strip() else "date"
    with pytest.raises(MissingVariable, match=f"Fill in {{{missing}}}") as raised:
        fill(text, values)
    assert raised.value.name == missing

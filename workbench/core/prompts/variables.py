"""Variables in a prompt's text ({topic}, {event}, {community}, {date}, {member}) and filling
them in: a variable left empty blocks the use, with a message naming it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from workbench.core.text import QT_TRANSLATE_NOOP, Words

# The variables the bundle uses; a user's prompt may name others ({venue}) and fill them too.
KNOWN = ("topic", "event", "community", "date", "member")
_VARIABLE = re.compile(r"\{([a-z][a-z_]{0,30})\}")


class MissingVariable(ValueError):
    """A variable of the prompt has no value; ``name`` says which."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.words = Words(
            "Prompts",
            QT_TRANSLATE_NOOP("Prompts", "Fill in {{{name}}} before using this prompt."),
            {"name": name},
        )
        super().__init__(str(self.words))


def variables_of(text: str) -> tuple[str, ...]:
    """The variables in ``text``, each once, in order of first appearance."""
    return tuple(dict.fromkeys(_VARIABLE.findall(text)))


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every variable replaced by its value; raises MissingVariable for the
    first one left empty (blank counts as empty). Other braces are left as they are."""
    for name in variables_of(text):
        if not values.get(name, "").strip():
            raise MissingVariable(name)
    return _VARIABLE.sub(lambda m: values[m.group(1)].strip(), text)

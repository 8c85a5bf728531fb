"""The prompt library: search, filters, favourites, create, edit, duplicate, archive, pairs."""

from __future__ import annotations

import pytest

from connectors.api import CommunityType
from workbench.core.prompts.library import PromptFilter
from workbench.core.prompts.state import PromptOrigin, Purpose
from workbench.core.workspace import Workspace


def texts(ws: Workspace, f: PromptFilter) -> list[str]:
    return [p.text for p in ws.prompts.search(f)]


def test_full_text_search_finds_words_prefixes_and_french_without_accents(
    library: Workspace,
) -> None:
    assert texts(library, PromptFilter(text="feature")) == [
        "Which feature would you miss most if it disappeared tomorrow?"
    ]
    assert texts(library, PromptFilter(text="disapp", lang="en")) == [
        "Which feature would you miss most if it disappeared tomorrow?"
    ]
    # "amene" finds "amené": accents do not matter when searching.
    assert texts(library, PromptFilter(text="amene")) == [
        "Qu'est-ce qui vous a amené à {community} ?"
    ]
    assert texts(library, PromptFilter(text='"no such" AND(')) == []  # never an error


def test_filters_by_type_purpose_and_language(library: Workspace) -> None:
    learning = library.prompts.search(PromptFilter(types=(CommunityType.LEARNING,), lang="fr"))
    assert [p.text for p in learning] == ["Qu'avez-vous appris sur {topic} cette semaine ?"]
    assert learning[0].types == (CommunityType.PRACTICE, CommunityType.LEARNING)
    assert learning[0].variables == ("topic",)
    assert learning[0].origin is PromptOrigin.BUNDLED and learning[0].pair_id == "reflection-001"
    feedback = library.prompts.search(PromptFilter(purposes=(Purpose.FEEDBACK,)))
    assert {p.lang for p in feedback} == {"en", "fr"}
    assert len(library.prompts.search(PromptFilter())) == 6


def test_favourites_come_first_and_archived_prompts_are_hidden(library: Workspace) -> None:
    english = library.prompts.search(PromptFilter(lang="en"))
    last = english[-1]
    library.prompts.set_favourite(last.id, True)
    assert library.prompts.search(PromptFilter(lang="en"))[0].id == last.id
    only = library.prompts.search(PromptFilter(favourites_only=True))
    assert [p.id for p in only] == [last.id] and only[0].favourite
    library.prompts.set_archived(english[0].id, True)
    assert english[0].id not in [p.id for p in library.prompts.search(PromptFilter())]
    shown = library.prompts.search(PromptFilter(include_archived=True))
    assert english[0].id in [p.id for p in shown]


def test_a_new_prompt_and_its_translation_form_a_pair(workspace: Workspace) -> None:
    english = workspace.prompts.add(
        lang="en",
        text="  What made you smile at {event}?  ",
        types=[CommunityType.INTEREST],
        purposes=[Purpose.EVENT_FOLLOW_UP],
    )
    assert english.text == "What made you smile at {event}?" and english.origin is PromptOrigin.USER
    french = workspace.prompts.add(
        lang="fr", text="Qu'est-ce qui vous a fait sourire à {event} ?", pair_of=english.id
    )
    assert [p.id for p in workspace.prompts.pair(english.id)] == [english.id, french.id]
    assert [p.id for p in workspace.prompts.pair(french.id)] == [french.id, english.id]
    with pytest.raises(ValueError, match="needs a text"):
        workspace.prompts.add(lang="en", text="   ")
    with pytest.raises(ValueError, match="not 'de'"):
        workspace.prompts.add(lang="de", text="Wie geht's?")


def test_editing_a_bundled_prompt_makes_it_the_users_own(library: Workspace) -> None:
    (prompt,) = library.prompts.search(PromptFilter(text="feature", lang="en"))
    edited = library.prompts.edit(prompt.id, text="Which feature do you use every day?")
    assert edited.origin is PromptOrigin.USER and edited.bundle_id == "feedback-001"
    assert texts(library, PromptFilter(text="every day")) == ["Which feature do you use every day?"]
    assert texts(library, PromptFilter(text="tomorrow", lang="en")) == []  # the index follows
    same = library.prompts.edit(prompt.id, text="Which feature do you use every day?")
    assert same.origin is PromptOrigin.USER


def test_a_duplicate_is_a_separate_prompt_of_the_users_own(library: Workspace) -> None:
    (prompt,) = library.prompts.search(PromptFilter(text="learned"))
    library.prompts.set_favourite(prompt.id, True)
    copy = library.prompts.duplicate(prompt.id)
    assert copy.id != prompt.id and copy.text == prompt.text and copy.types == prompt.types
    assert copy.origin is PromptOrigin.USER and copy.bundle_id is None and not copy.favourite
    assert copy.pair_id != prompt.pair_id
    library.prompts.edit(copy.id, text="What surprised you about {topic}?")
    assert library.prompts.get(prompt.id).text == prompt.text


def test_an_unknown_prompt_is_a_lookup_error(workspace: Workspace) -> None:
    with pytest.raises(LookupError, match="no prompt 42"):
        workspace.prompts.get(42)
    with pytest.raises(LookupError):
        workspace.prompts.set_favourite(42, True)

"""Loading prompt files into the store: the bundle's merge by id (user edits preserved),
malformed lines refused with file and line, and a user's own prompt file imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.prompts.bundle import PromptFileError, load_bundle, read_file
from workbench.core.prompts.library import PromptFilter
from workbench.core.prompts.state import PromptOrigin
from workbench.core.prompts.user_files import import_prompt_file
from workbench.core.workspace import Workspace


def english(ws: Workspace) -> dict[str, str]:
    return {p.bundle_id or "": p.text for p in ws.prompts.search(PromptFilter(lang="en"))}


def test_a_bundle_update_changes_untouched_prompts_and_leaves_edited_ones(
    library: Workspace, prompt_files: Path
) -> None:
    by_id = {p.bundle_id: p for p in library.prompts.search(PromptFilter(lang="en"))}
    mine = library.prompts.edit(by_id["icebreaker-001"].id, text="How did you find {community}?")
    library.prompts.set_favourite(by_id["reflection-001"].id, True)
    report = load_bundle(library.store, [prompt_files / "bundle_v2.jsonl"])
    assert (report.added, report.updated, report.unchanged, report.kept_user) == (2, 3, 2, 1)
    texts = english(library)
    assert texts["reflection-001"] == "What is one thing you learned about {topic} recently?"
    assert texts["icebreaker-001"] == "How did you find {community}?"  # the user's words stay
    assert texts["debate-001"].startswith("Remote or office")
    assert library.prompts.get(mine.id).origin is PromptOrigin.USER
    assert library.prompts.get(by_id["reflection-001"].id).favourite  # kept across the update
    # The French twin of the edited prompt was not edited: it follows the bundle.
    twin = library.prompts.pair(mine.id)[1]
    assert twin.text.endswith("qu'est-ce qui vous retient ?")
    again = load_bundle(library.store, [prompt_files / "bundle_v2.jsonl"])
    assert again.skipped and (again.added, again.updated) == (0, 0)  # merged as it is already


def test_a_malformed_line_is_refused_with_file_and_line_and_the_rest_loads(
    workspace: Workspace, prompt_files: Path
) -> None:
    report = load_bundle(workspace.store, [prompt_files / "broken.jsonl"])
    assert report.added == 4  # show-001 and show-004, each in English and French
    assert [line.split(": ")[0] for line in report.refused] == [
        "broken.jsonl:2",
        "broken.jsonl:3",
        "broken.jsonl:4",
    ]
    assert 'needs both "en" and "fr"' in report.refused[0]
    assert "not JSON" in report.refused[1]
    assert "unknown types: spaceship" in report.refused[2]
    assert set(english(workspace)) == {"show-001", "show-004"}


def test_a_file_too_big_or_not_text_is_refused_whole(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * (5 * 1024 * 1024 + 1))
    with pytest.raises(PromptFileError, match=r"big\.jsonl: larger than 5 MB"):
        read_file(big, both_languages=True)
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b'{"id": "x", "en": "\xff\xfe"}\n')
    with pytest.raises(PromptFileError, match=r"binary\.jsonl: not UTF-8"):
        read_file(binary, both_languages=True)


def test_a_workspace_opens_with_a_broken_bundle_file_and_says_where(
    workspace: Workspace, prompt_files: Path, tmp_path: Path
) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "x"\n', encoding="utf-8")
    report = load_bundle(workspace.store, [tmp_path / "a.jsonl", prompt_files / "bundle_v1.jsonl"])
    assert report.added == 6 and report.refused == ["a.jsonl:1: not JSON (Expecting ',' delimiter)"]


def test_a_user_prompt_file_is_imported_once_as_the_users_own(
    workspace: Workspace, prompt_files: Path
) -> None:
    report = workspace.prompts.import_file(prompt_files / "user_prompts.jsonl")
    assert (report.added, report.already) == (3, 0)
    assert report.refused == [
        "user_prompts.jsonl:3: unknown purposes: nap-time (known: debate, event-follow-up, "
        "feedback, icebreaker, live-qa, onboarding, reflection, show-and-tell, weekly-thread)"
    ]
    prompts = workspace.prompts.search(PromptFilter())
    assert {p.origin for p in prompts} == {PromptOrigin.USER}
    welcome = next(p for p in prompts if p.text.startswith("Welcome"))
    assert [p.lang for p in workspace.prompts.pair(welcome.id)] == ["en", "fr"]
    again = import_prompt_file(workspace.store, prompt_files / "user_prompts.jsonl")
    assert (again.added, again.already) == (0, 3)


def test_the_bundled_library_loads_on_first_use_in_pairs_and_once(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "fresh")  # the real bundle, as a user's first start
    try:
        prompts = ws.prompts.search(PromptFilter(), limit=10_000)
        assert len({p.pair_id for p in prompts}) >= 200
        assert len([p for p in prompts if p.lang == "en"]) == len(prompts) // 2
        assert {p.origin for p in prompts} == {PromptOrigin.BUNDLED}
        assert all(p.types and p.purposes for p in prompts)
        again = load_bundle(ws.store)  # the next start
        assert again.refused == [] and again.skipped
    finally:
        ws.close()

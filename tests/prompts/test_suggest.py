"""Suggest for this community: fitting prompts not used there lately, best results first,
a share of untried prompts; and the results per prompt and per community, explained."""

from __future__ import annotations

from pathlib import Path

import pytest
from plugins.support import install, item
from uses_helpers import bring, comment, scripted, set_type

from connectors.api import CommunityType
from workbench.core.communities import CommunityRef
from workbench.core.prompts.bundle import load_bundle
from workbench.core.prompts.library import PromptFilter
from workbench.core.workspace import Workspace

POSTED = 1_700_000_000


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


def learning(ws: Workspace, prompt_files: Path) -> tuple[CommunityRef, Path]:
    load_bundle(ws.store, [prompt_files / "bundle_v2.jsonl"])
    general, script = scripted(ws)
    return set_type(ws, general, CommunityType.LEARNING), script


def bundled(ws: Workspace, bundle_id: str, lang: str = "en") -> int:
    for prompt in ws.prompts.search(PromptFilter()):
        if prompt.bundle_id == bundle_id and prompt.lang == lang:
            return prompt.id
    raise AssertionError(bundle_id)


def test_suggestions_fit_the_community_type_one_language_of_each_pair(
    workspace: Workspace, prompt_files: Path
) -> None:
    general, _ = learning(workspace, prompt_files)
    found = workspace.prompt_uses.suggest(general.id)
    # reflection-001 is for learning communities; feedback-001 has no type: fit anywhere.
    assert sorted(s.prompt.bundle_id or "" for s in found) == ["feedback-001", "reflection-001"]
    assert {s.prompt.lang for s in found} == {"en"}  # English first when nothing decides
    assert all(s.untried and s.why.startswith("Not tried yet") for s in found)
    french = workspace.prompt_uses.suggest(general.id, lang="fr")
    assert {s.prompt.lang for s in french} == {"fr"} and len(french) == 2


def test_a_prompt_used_lately_rests_in_both_languages_then_comes_back(
    workspace: Workspace, prompt_files: Path
) -> None:
    general, _ = learning(workspace, prompt_files)
    french = bundled(workspace, "reflection-001", "fr")
    workspace.prompt_uses.use(french, general.id, values={"topic": "SQL"}, by="alex")
    ids = [s.prompt.bundle_id for s in workspace.prompt_uses.suggest(general.id)]
    assert ids == ["feedback-001"]  # its English twin rests too
    study = set_type(workspace, workspace.communities.find("Study group"), "learning")
    other = [s.prompt.bundle_id for s in workspace.prompt_uses.suggest(study.id)]
    assert "reflection-001" in other  # resting only where it was used
    workspace.settings.set("prompts.rest_weeks", 0)
    back = [s.prompt.bundle_id for s in workspace.prompt_uses.suggest(general.id)]
    assert sorted(back) == ["feedback-001", "reflection-001"]


def test_best_results_first_with_a_share_of_untried_prompts(
    workspace: Workspace, prompt_files: Path
) -> None:
    general, script = learning(workspace, prompt_files)
    workspace.settings.set("prompts.rest_weeks", 0)
    tried = [workspace.prompts.add(lang="en", text=f"Tried question {n}?") for n in range(6)]
    for prompt in tried:
        workspace.prompt_uses.use(prompt.id, general.id, values={}, by="alex")
    # Post n got n member replies: the later prompts did better.
    items = []
    for n, prompt in enumerate(tried):
        items.append(item(f"sent-{n + 1}", prompt.text, author="alex", created=POSTED))
        items += [comment(f"c{n}-{r}", f"sent-{n + 1}", f"m{r}", POSTED + 60) for r in range(n)]
    bring(workspace, script, general, *items)
    assert workspace.prompt_uses.refresh() == 12  # as the pane does after a sync
    found = workspace.prompt_uses.suggest(general.id, limit=5)
    assert [s.untried for s in found] == [False, False, False, False, True]
    assert [s.prompt.id for s in found[:4]] == [p.id for p in reversed(tried[2:])]
    assert found[0].why.startswith("Score 22 from 1 earlier uses")
    assert found[4].prompt.bundle_id in ("reflection-001", "feedback-001")
    again = workspace.prompt_uses.suggest(general.id, limit=5)
    assert [s.prompt.id for s in again] == [s.prompt.id for s in found]  # stable within a week


def test_results_per_prompt_and_per_community_are_sorted_and_explained(
    workspace: Workspace, prompt_files: Path
) -> None:
    general, script = learning(workspace, prompt_files)
    study = workspace.communities.find("Study group")
    good = workspace.prompts.add(lang="en", text="A good question?")
    quiet = workspace.prompts.add(lang="en", text="A quiet question?")
    workspace.prompt_uses.use(quiet.id, general.id, values={}, by="alex")  # sent-1
    workspace.prompt_uses.use(good.id, general.id, values={}, by="alex")  # sent-2
    workspace.prompt_uses.use(good.id, study.id, values={}, by="alex")  # sent-3
    bring(
        workspace,
        script,
        general,
        item("sent-1", "A quiet question?", author="alex", created=POSTED),
        item("sent-2", "A good question?", author="alex", created=POSTED),
        comment("a", "sent-2", "bea", POSTED + 3 * 3600),  # within a day
        comment("b", "sent-2", "alex", POSTED + 4 * 3600),
    )
    rows = workspace.prompt_uses.results(per="prompt")
    assert [(r.prompt_id, r.uses, r.linked) for r in rows] == [(good.id, 2, 1), (quiet.id, 1, 1)]
    assert rows[0].score == 3 + 1 + 1 and rows[1].score == 0
    assert rows[0].first_reply_minutes == 180.0 and rows[0].team_replies == 1
    assert rows[0].explanation.startswith("5 on average over 1 posts. Score: 3 points for each")
    assert "Replies from the team do not count" in rows[0].explanation
    per = workspace.prompt_uses.results(per="community")
    assert [(r.prompt_id, r.community_id, r.score) for r in per] == [
        (good.id, general.id, 5.0),
        (quiet.id, general.id, 0.0),
        (good.id, study.id, None),
    ]
    assert per[2].explanation == "No score yet: none of its 1 posts has come back with a sync."
    with pytest.raises(ValueError, match="per"):
        workspace.prompt_uses.results(per="week")

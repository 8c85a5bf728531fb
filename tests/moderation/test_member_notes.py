"""Member notes across identities linked by hand, with no size limit; the notes export and
the decision log export as scripts read them."""

from __future__ import annotations

import csv
import io
import json

from moderation_helpers import Reported, cli

from workbench.core.moderation.state import Decision, NoteKind
from workbench.core.workspace import Workspace


def test_notes_follow_a_person_across_linked_identities_and_keep_any_length(
    workspace: Workspace, reported: Reported
) -> None:
    notes = workspace.moderation.notes
    (reddit,) = notes.find("u/spammer1")
    facebook = notes.ensure("facebook", "Spam Mer")
    long_text = "watch links again. " * 5000  # ~95 KB: Toolbox's whole page is capped near 512 KB
    notes.add(reddit.id, long_text, kind=NoteKind.SPAM_WATCH, by="alex")
    notes.add(facebook, "same person on the page", kind=NoteKind.SPAM_WARNING, by="sam")
    assert [n.text for n in notes.for_member(reddit.id)] == [long_text]
    notes.link(reddit.id, facebook)
    seen = notes.for_member(facebook)
    assert {n.platform for n in seen} == {"reddit", "facebook"}
    assert next(n for n in seen if n.platform == "reddit").text == long_text
    notes.unlink(facebook)
    assert [n.platform for n in notes.for_member(reddit.id)] == ["reddit"]


def test_notes_export_writes_the_documented_keys_for_one_member(
    workspace: Workspace, reported: Reported
) -> None:
    notes = workspace.moderation.notes
    (rude,) = notes.find("rude_one")
    (spammer,) = notes.find("spammer1")
    notes.add(
        rude.id,
        "warned in modmail",
        kind=NoteKind.ABUSE_WARNING,
        community="r/python",
        link="https://www.reddit.com/comments/abc",
        by="alex",
    )
    notes.add(spammer.id, "not this one", by="alex")
    code, out = cli(workspace, "notes", "export", "--member", "rude_one", "--format", "jsonl")
    assert code == 0
    (line,) = [json.loads(x) for x in out.splitlines()]
    assert set(line) == {"member", "community", "kind", "text", "created_at", "link"}
    assert line["member"] == "rude_one" and line["kind"] == "abuse_warning"
    assert line["text"] == "warned in modmail" and line["community"] == "r/python"
    assert line["link"] == "https://www.reddit.com/comments/abc"
    code, everything = cli(workspace, "notes", "export", "--format", "jsonl")
    assert code == 0 and len(everything.splitlines()) == 2
    code, _ = cli(workspace, "notes", "export", "--member", "nobody_here")
    assert code == 1


def test_decisions_export_is_csv_with_rule_rationale_actor_and_result(
    workspace: Workspace, reported: Reported
) -> None:
    actions = workspace.moderation.actions
    actions.act(
        [reported.item("mod_post")],
        Decision.DISMISS,
        by="alex",
        rule="Privacy",
        rationale="info was public already",
    )
    actions.act([reported.item("comment")], Decision.APPROVE, by="sam", rationale="=HYPERLINK()")
    code, out = cli(workspace, "decisions", "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["action"] for r in rows] == ["approve", "dismiss"]  # newest first
    approve, dismiss = rows
    assert (dismiss["rule"], dismiss["rationale"], dismiss["actor"]) == (
        "Privacy",
        "info was public already",
        "alex",
    )
    assert dismiss["result"] == "recorded" and approve["result"] == "sent"
    assert approve["rationale"] == "'=HYPERLINK()"  # never a spreadsheet formula
    assert approve["member"] == "rude_one" and approve["community"] == "r/python"


def test_the_monthly_summary_counts_by_rule_action_and_community(
    workspace: Workspace, reported: Reported
) -> None:
    actions = workspace.moderation.actions
    actions.act([reported.item("post")], Decision.DISMISS, by="alex", rule="Spam")
    actions.act([reported.item("comment")], Decision.DISMISS, by="alex", rule="Be kind")
    actions.act([reported.item("mod_post")], Decision.ESCALATE, by="alex", rule="Be kind")
    (month,) = workspace.moderation.decisions.monthly()
    assert month.total == 3
    assert month.by_action == {"dismiss": 2, "escalate": 1}
    assert month.by_rule == {"Be kind": 2, "Spam": 1}
    assert month.by_community == {"r/python": 3}
    code, out = cli(workspace, "decisions", "summary", "--format", "jsonl")
    assert code == 0 and json.loads(out)["by_rule"] == {"Be kind": 2, "Spam": 1}

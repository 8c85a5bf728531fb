"""One queue for every report: platform reports as the sync stored them, member reports
recorded by hand; filtering, sorting, and entries leaving the queue once decided."""

from __future__ import annotations

import json

from moderation_helpers import Reported, cli

from connectors.testing.reddit_server import FakeReddit
from workbench.core.inbox.query import View
from workbench.core.moderation.queue import QueueFilter
from workbench.core.moderation.state import Decision, EntrySource, QueueOrder
from workbench.core.workspace import Workspace


def test_platform_reports_make_one_entry_per_item_with_reasons_and_counts(
    workspace: Workspace, reported: Reported
) -> None:
    entries = {e.item_id: e for e in workspace.moderation.queue.entries()}
    assert set(entries) == {reported.item(k) for k in ("post", "comment", "mod_post")}
    post = entries[reported.item("post")]
    assert set(post.reasons) == {"Spam", "Self-promotion"}
    assert post.report_count == 3 and post.severity == 2
    assert post.row.author == "spammer1" and post.row.title == "Buy cheap watches"
    by_mod = entries[reported.item("mod_post")]
    assert by_mod.reporters == ("mod_alex",) and by_mod.severity == 3
    assert entries[reported.item("comment")].reasons == ("Harassment",)
    assert all(e.sources == (EntrySource.PLATFORM,) for e in entries.values())


def test_a_member_report_by_hand_joins_the_queue_with_reporter_and_reason(
    workspace: Workspace, reported: Reported
) -> None:
    quiet = reported.item("quiet")
    workspace.moderation.report(quiet, reporter="member_ann", reason="Wrong flair", by="alex")
    entry = workspace.moderation.queue.entry(quiet)
    assert entry is not None
    assert entry.reporters == ("member_ann",) and entry.reasons == ("Wrong flair",)
    assert entry.sources == (EntrySource.MEMBER,)
    only_members = workspace.moderation.queue.entries(QueueFilter(sources=(EntrySource.MEMBER,)))
    assert [e.item_id for e in only_members] == [quiet]


def test_sorting_by_severity_puts_the_moderator_report_first_and_text_filters(
    workspace: Workspace, reported: Reported
) -> None:
    queue = workspace.moderation.queue
    by_severity = queue.entries(QueueFilter(order=QueueOrder.SEVERITY))
    assert by_severity[0].item_id == reported.item("mod_post")
    oldest = queue.entries(QueueFilter(order=QueueOrder.OLDEST))
    newest = queue.entries(QueueFilter(order=QueueOrder.NEWEST))
    assert [e.item_id for e in oldest] == [e.item_id for e in reversed(newest)]
    assert [e.item_id for e in queue.entries(QueueFilter(text="harass"))] == [
        reported.item("comment")
    ]
    assert queue.entries(QueueFilter(community="no-such")) == []


def test_an_approved_item_leaves_the_queue_and_a_new_report_brings_it_back(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    comment = reported.item("comment")
    done = workspace.moderation.actions.act(
        [comment], Decision.APPROVE, by="alex", rule="Be kind", rationale="banter among friends"
    )
    assert [str(r) for r in done.results] == ["sent"]
    assert len(fake_reddit.calls("/api/approve", "POST")) == 1
    assert comment not in {e.item_id for e in workspace.moderation.queue.entries()}
    (logged,) = workspace.moderation.decisions.entries()
    assert (logged.action, logged.rule, logged.actor, str(logged.result)) == (
        Decision.APPROVE,
        "Be kind",
        "alex",
        "sent",
    )
    assert logged.member == "rude_one" and logged.community == "r/python"
    # A minute later (times are whole seconds), a member reports it again.
    with workspace.store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE mod_decisions SET created_at = created_at - 60")
    workspace.moderation.report(comment, reporter="member_bo", reason="Still rude", by="alex")
    assert comment in {e.item_id for e in workspace.moderation.queue.entries()}


def test_a_report_handled_in_the_inbox_leaves_the_queue_and_a_decision_clears_the_inbox(
    workspace: Workspace, reported: Reported
) -> None:
    reports = workspace.inbox.ids(View(kinds=("report",), states=("new",))).ids
    assert len(reports) == 4  # Spam, Self-promotion, Harassment, Personal information
    comment_report = reported.ids[
        next(e for e in reported.ids if e.startswith(reported.fullnames["comment"] + "/report/"))
    ]
    workspace.triage.set_state([comment_report], "done")
    assert reported.item("comment") not in {e.item_id for e in workspace.moderation.queue.entries()}
    workspace.moderation.actions.act([reported.item("post")], Decision.DISMISS, by="alex")
    still_open = workspace.inbox.ids(View(kinds=("report",), states=("new",))).ids
    assert len(still_open) == 1  # the post's two reports are handled with it


def test_escalating_keeps_the_entry_and_marks_it(workspace: Workspace, reported: Reported) -> None:
    post = reported.item("post")
    workspace.moderation.actions.act([post], Decision.ESCALATE, by="alex", rationale="legal?")
    entry = workspace.moderation.queue.entry(post)
    assert entry is not None and entry.escalated
    assert workspace.moderation.queue.entries(QueueFilter(escalated_only=True)) == [entry]


def test_the_cli_prints_the_queue_as_json_lines_and_records_reports(
    workspace: Workspace, reported: Reported
) -> None:
    quiet = reported.item("quiet")
    code, said = cli(
        workspace, "moderation", "report", str(quiet), "--reporter", "ann", "--reason", "Off topic"
    )
    assert code == 0 and "reported by ann" in said
    code, out = cli(workspace, "moderation", "queue", "--format", "jsonl", "--sort", "severity")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 4
    assert lines[0]["item"] == reported.item("mod_post") and lines[0]["severity"] == 3
    member = next(line for line in lines if line["item"] == quiet)
    assert member["reporters"] == ["ann"] and member["reasons"] == ["Off topic"]
    assert member["sources"] == ["member"] and member["community"] == "r/python"
    assert member["account"] == "Reddit mods" and member["author"] == "helper"


def test_an_item_in_the_platform_mod_queue_without_reports_joins_the_queue(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    fake_reddit.model.mark_spam(reported.fullnames["quiet"])  # caught by Reddit's filter
    assert not workspace.sync.sync(reported.account, force=True).failed
    entry = workspace.moderation.queue.entry(reported.item("quiet"))
    assert entry is not None
    assert entry.sources == (EntrySource.PLATFORM,) and entry.reasons == ("(no reason given)",)
    workspace.moderation.actions.act([reported.item("quiet")], Decision.APPROVE, by="alex")
    assert workspace.moderation.queue.entry(reported.item("quiet")) is None

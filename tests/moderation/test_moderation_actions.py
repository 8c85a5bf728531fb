"""Queue actions end to end against the fake Reddit: removal with Reddit's native reasons
and with our templates (as a reply, a modmail or both), bans, warnings, mod notes both
ways, Toolbox notes read through the connector; manual assist where a connector cannot."""

from __future__ import annotations

import json

import pytest
from moderation_helpers import Reported
from toolbox_pages import page

from connectors.testing.reddit_mod_routes import state
from connectors.testing.reddit_server import FakeReddit
from workbench.core.moderation.actions import Removal
from workbench.core.moderation.reasons import RemovalTemplate
from workbench.core.moderation.state import Decision, NoteKind, SendAs
from workbench.core.workspace import Workspace


def test_removing_with_a_native_reddit_reason_applies_it_and_tells_the_author(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    reason_id = state(fake_reddit).add_removal_reason(
        "python", "Spam", "Hi {author}, this is spam in r/{subreddit}."
    )
    reasons = workspace.moderation.removal_reasons(reported.account, "r/python")
    native = next(r for r in reasons if r.native)
    assert (native.id, native.title) == (reason_id, "Spam")
    post = reported.item("post")
    done = workspace.moderation.actions.act(
        [post],
        Decision.REMOVE,
        by="mod_alex",
        rule="No spam",
        rationale="watch links",
        removal=Removal(native, SendAs.REPLY),
    )
    assert [str(r) for r in done.results] == ["sent"]
    fullname = reported.fullnames["post"]
    assert fake_reddit.model.things[fullname]["removed"] is True
    (applied,) = state(fake_reddit).applied_reasons
    expected = {"item_ids": [fullname], "mod_note": "watch links", "reason_id": reason_id}
    assert {k: applied[k] for k in expected} == expected
    (message,) = state(fake_reddit).removal_messages
    assert message["type"] == "public" and message["kind"] == "link"
    assert message["message"] == "Hi spammer1, this is spam in r/python."
    assert post not in {e.item_id for e in workspace.moderation.queue.entries()}
    (logged,) = workspace.moderation.decisions.entries()
    assert (str(logged.action), logged.rule, str(logged.result)) == ("remove", "No spam", "sent")


def test_a_template_removal_fills_toolbox_tokens_and_goes_as_reply_and_modmail(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    template = RemovalTemplate(
        "Be kind",
        "u/{author}: your {kind} in r/{subreddit} broke a rule.\n\n{body}\n\n{reason} {mod} {unknown}",
    )
    comment = reported.item("comment")
    workspace.moderation.actions.act(
        [comment], Decision.REMOVE, by="mod_alex", removal=Removal(template, SendAs.BOTH, "Rule 2")
    )
    messages = state(fake_reddit).removal_messages
    assert [m["type"] for m in messages] == ["public", "private"]
    assert {m["kind"] for m in messages} == {"comment"}
    assert messages[0]["message"] == (
        "u/rude_one: your comment in r/python broke a rule.\n\n> you are an idiot\n\n"
        "Rule 2 mod_alex {unknown}"
    )
    assert state(fake_reddit).applied_reasons == []  # not a native reason


def test_bans_for_days_or_for_good_and_a_warning_by_modmail(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    actions = workspace.moderation.actions
    actions.act(
        [reported.item("post")],
        Decision.BAN,
        by="mod_alex",
        rationale="spam",
        message="Banned for a week.",
        ban_days=7,
    )
    actions.act([reported.item("mod_post")], Decision.BAN, by="mod_alex", rationale="doxxing")
    bans = state(fake_reddit).bans
    assert bans[("python", "spammer1")]["duration"] == "7"
    assert bans[("python", "spammer1")]["ban_message"] == "Banned for a week."
    assert bans[("python", "bad_actor")]["duration"] == ""  # permanent
    done = actions.act(
        [reported.item("comment")],
        Decision.WARN,
        by="mod_alex",
        message="Please keep it civil.",
        send_as=SendAs.MODMAIL,
    )
    assert [str(r) for r in done.results] == ["sent"]
    (conversation,) = [c for c, to in state(fake_reddit).modmail_to.items() if to == "rude_one"]
    assert (
        fake_reddit.model.conversations[conversation].messages[0]["body"] == "Please keep it civil."
    )
    logged = [str(d.action) for d in workspace.moderation.decisions.entries()]
    assert logged == ["warn", "ban", "ban"]


def test_notes_go_to_reddit_up_to_250_characters_and_come_back_from_it(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    moderation = workspace.moderation
    comment = reported.item("comment")
    author = moderation.notes.author_of(comment)
    assert author is not None
    short = moderation.actions.add_note(
        author,
        "Warned about tone",
        by="mod_alex",
        kind=NoteKind.ABUSE_WARNING,
        item_id=comment,
        push=True,
    )
    assert short.message is None and [str(r) for r in short.results] == ["sent"]
    (pushed,) = state(fake_reddit).notes
    assert pushed["user_note_data"]["note"] == "Warned about tone"
    assert pushed["user_note_data"]["label"] == "ABUSE_WARNING"
    assert pushed["user_note_data"]["reddit_id"] == reported.fullnames["comment"]
    long_text = "x" * 251
    kept = moderation.actions.add_note(author, long_text, by="mod_alex", item_id=comment, push=True)
    assert kept.message is not None and "250 characters" in str(kept.message)
    assert len(state(fake_reddit).notes) == 1  # not pushed
    assert any(n.text == long_text for n in moderation.notes.for_member(author))  # kept whole
    state(fake_reddit).add_note(
        "python", "rude_one", "Helpful in another thread", label="HELPFUL_USER", operator="mod_sam"
    )
    # The other moderator's note is new; ours is known by the id Reddit gave it.
    assert moderation.read_platform_notes(reported.account, "r/python", author) == 1
    assert moderation.read_platform_notes(reported.account, "r/python", author) == 0  # known
    from_reddit = {
        n.text: n for n in moderation.notes.for_member(author) if str(n.source) == "platform"
    }
    assert str(from_reddit["Helpful in another thread"].kind) == "helpful_user"
    assert from_reddit["Helpful in another thread"].created_by == "mod_sam"


def test_toolbox_notes_are_read_through_the_connector(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    state(fake_reddit).wiki[("python", "usernotes")] = page(6)
    done = workspace.moderation.import_toolbox_from(reported.account, "r/python", by="mod_alex")
    assert (done.members, done.notes) == (3, 5)
    (spammer,) = workspace.moderation.notes.find("spammer1")
    assert len(workspace.moderation.notes.for_member(spammer.id)) == 2


def test_the_command_line_imports_toolbox_notes_through_the_connector(
    workspace: Workspace,
    reported: Reported,
    fake_reddit: FakeReddit,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    from workbench.cli import main

    state(fake_reddit).wiki[("python", "usernotes")] = page(6)
    community = workspace.communities.all()[0].name
    out = io.StringIO()
    argv = ["--data-dir", str(workspace.data_dir), "notes", "import-toolbox"]
    assert main([*argv, "--from-wiki", "--community", community], out) == 0
    assert "Imported 5 note(s) on 3 member(s)" in out.getvalue()
    assert main([*argv, "--community", community], io.StringIO()) == 2  # neither file nor wiki
    assert "--from-wiki" in capsys.readouterr().err
    assert (
        len(
            workspace.moderation.notes.for_member(workspace.moderation.notes.find("spammer1")[0].id)
        )
        == 2
    )


def test_a_ban_where_the_connector_cannot_is_kept_for_manual_assist(workspace: Workspace) -> None:
    account = workspace.accounts.add("demo", "Demo", {"size": "40"}).id

    assert not workspace.sync.sync(account, force=True).failed
    with workspace.store.engine.connect() as connection:
        item = int(
            connection.exec_driver_sql(
                "SELECT id FROM items WHERE author_id IS NOT NULL LIMIT 1"
            ).scalar_one()
        )
    done = workspace.moderation.actions.act([item], Decision.BAN, by="alex", rationale="spam")
    assert [str(r) for r in done.results] == ["manual"]
    (entry,) = workspace.actions.entries(item_id=item)
    assert str(entry.status) == "manual" and entry.payload["action"] == "ban"
    workspace.actions.mark_done(entry.id, by="alex")
    (logged,) = workspace.moderation.decisions.entries()
    assert str(logged.result) == "done"
    assert json.loads(json.dumps(entry.payload))["params"]["duration"] == ""


def test_a_warning_as_a_reply_is_a_plain_reply_to_the_item(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    comment = reported.fullnames["comment"]
    workspace.moderation.actions.act(
        [reported.item("comment")],
        Decision.WARN,
        by="mod_alex",
        message="Please keep it civil.",
        send_as=SendAs.REPLY,
    )
    (call,) = fake_reddit.calls("/api/comment", "POST")
    assert call.form["thing_id"] == comment and call.form["text"] == "Please keep it civil."
    (logged,) = workspace.moderation.decisions.entries()
    assert (str(logged.action), str(logged.result)) == ("warn", "sent")


def test_a_selection_is_sent_over_one_connection_per_account(
    workspace: Workspace, reported: Reported, fake_reddit: FakeReddit
) -> None:
    fake_reddit.clear_requests()
    items = [reported.item(k) for k in ("post", "comment", "mod_post")]
    done = workspace.moderation.actions.act(items, Decision.SPAM, by="mod_alex", rule="Spam")
    assert [str(r) for r in done.results] == ["sent"] * 3
    assert len(fake_reddit.calls("/api/remove", "POST")) == 3
    assert len(fake_reddit.calls("/api/v1/access_token")) == 1  # one sign-in for all three
    assert workspace.moderation.queue.entries() == []

"""Accounts: validated settings, secrets in the keyring only, edits, and complete removal."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from plugins.support import TOKEN, batch, install, item, write_script
from sqlalchemy import text

from connectors.api import Reply
from workbench.core.accounts.secrets import INDEX_KEY, SERVICE, MemoryKeyring
from workbench.core.accounts.service import AccountError
from workbench.core.items.export import export_items
from workbench.core.workspace import DATABASE_FILE, Workspace

BATCHES = [
    batch(item("p1", "hello world"), item("c1", "hi", kind="comment", parent="p1"), cursor="1")
]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


@pytest.fixture
def script(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    return write_script(data_dir / "script.json", batches=BATCHES)


def values(script: Path, **extra: str) -> dict[str, str]:
    return {**{"script": str(script), "token": TOKEN}, **extra}


def count(ws: Workspace, query: str, **params: Any) -> int:
    with ws.store.session() as session:
        return int(session.execute(text(query), params).scalar() or 0)


# -- adding ---------------------------------------------------------------------------------


def test_add_fills_defaults_and_keeps_secrets_out_of_settings(
    workspace: Workspace, script: Path, memory_keyring: MemoryKeyring
) -> None:
    account = workspace.accounts.add("scripted", "  Team page ", values(script))
    assert account.name == "Team page"
    assert dict(account.settings) == {"script": str(script), "page_size": "50", "mode": "normal"}
    assert account.status == "never" and account.state_text == "not synced yet"
    # The token and the index of the account's secret names; nothing else.
    assert memory_keyring.values == {
        (SERVICE, f"{account.uid}/token"): TOKEN,
        (SERVICE, f"{account.uid}/{INDEX_KEY}"): "token",
    }
    assert workspace.accounts.test_connection(account.id).summary == (
        "Signed in to the script script.json."
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"bogus": "1"}, "Unknown setting bogus. Known settings: script, token, page_size, mode."),
        ({"script": ""}, "“Script file” (script) is required."),
        ({"token": ""}, "“Access token” (token) is required."),
        ({"page_size": "ten"}, "“Items per request” must be a whole number, not “ten”."),
        ({"mode": "loose"}, "“Mode” must be one of normal, strict."),
    ],
)
def test_add_validates_settings_in_words(
    workspace: Workspace,
    script: Path,
    memory_keyring: MemoryKeyring,
    extra: dict[str, str],
    message: str,
) -> None:
    with pytest.raises(AccountError) as caught:
        workspace.accounts.add("scripted", "Team", {**values(script), **extra})
    assert str(caught.value) == message
    assert workspace.accounts.all() == []
    assert memory_keyring.values == {}


def test_add_refuses_duplicates_unknown_connectors_and_empty_names(
    workspace: Workspace, script: Path
) -> None:
    workspace.accounts.add("scripted", "Team", values(script))
    with pytest.raises(AccountError, match=r"An account named “Team” already exists\."):
        workspace.accounts.add("scripted", "Team", values(script))
    with pytest.raises(AccountError, match="The connector “mastodon” is not available"):
        workspace.accounts.add("mastodon", "Toots", {})
    with pytest.raises(AccountError, match=r"An account needs a name\."):
        workspace.accounts.add("scripted", "   ", values(script))


def test_demo_integer_setting_is_checked(workspace: Workspace) -> None:
    with pytest.raises(AccountError, match="must be a whole number"):
        workspace.accounts.add("demo", "Demo", {"size": "lots"})


# -- secrets ----------------------------------------------------------------------------------


def test_secret_is_never_written_to_the_database_or_logs(
    workspace: Workspace, script: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        account = workspace.accounts.add("scripted", "Team", values(script))
        workspace.accounts.test_connection(account.id)
        assert workspace.sync.sync(account.id).status == "ok"
        workspace.outbox.queue(account.id, Reply("p1", "thanks"))
        workspace.sync.sync(account.id)
        exported = list(export_items(workspace.store))
    assert len(exported) == 2
    assert TOKEN not in repr(exported)
    assert TOKEN not in caplog.text
    # The main file and the write-ahead log, before and after a checkpoint.
    files = sorted(workspace.data_dir.glob(f"{DATABASE_FILE}*"))
    assert files and all(TOKEN.encode() not in f.read_bytes() for f in files)
    workspace.close()
    assert TOKEN.encode() not in (workspace.data_dir / DATABASE_FILE).read_bytes()


def test_connector_gets_the_secret_from_the_keyring(workspace: Workspace, script: Path) -> None:
    account = workspace.accounts.add("scripted", "Team", values(script))
    context = workspace.accounts.context(workspace.accounts.get(account.id))
    assert context.secrets == {"token": TOKEN}
    assert "token" not in context.settings
    context.save_secret("token", "refreshed")
    assert (
        workspace.accounts.context(workspace.accounts.get(account.id)).get("token") == "refreshed"
    )


# -- editing ----------------------------------------------------------------------------------


def test_update_keeps_the_secret_when_left_empty(
    workspace: Workspace, script: Path, memory_keyring: MemoryKeyring
) -> None:
    account = workspace.accounts.add("scripted", "Team", values(script))
    key = (SERVICE, f"{account.uid}/token")
    updated = workspace.accounts.update(
        account.id, {"script": str(script), "token": "", "page_size": "20"}
    )
    assert updated.settings["page_size"] == "20"
    assert memory_keyring.values[key] == TOKEN
    workspace.accounts.update(account.id, {"script": str(script)}, name="Renamed")
    assert memory_keyring.values[key] == TOKEN
    assert workspace.accounts.get(account.id).name == "Renamed"
    workspace.accounts.update(account.id, values(script, token="new-token"))
    assert memory_keyring.values[key] == "new-token"


def test_update_validates_and_gives_a_failing_account_a_fresh_try(
    workspace: Workspace, script: Path
) -> None:
    account = workspace.accounts.add("scripted", "Team", values(script))
    write_script(script, batches=BATCHES, fail={"after": 0, "type": "AuthExpired", "message": "x"})
    workspace.sync.sync(account.id)
    assert workspace.accounts.get(account.id).status == "auth-needed"
    with pytest.raises(AccountError, match="whole number"):
        workspace.accounts.update(account.id, values(script, page_size="many"))
    assert workspace.accounts.get(account.id).status == "auth-needed"
    workspace.accounts.update(account.id, values(script))
    assert workspace.accounts.get(account.id).status == "never"


def test_rename_to_an_existing_name_is_refused(workspace: Workspace, script: Path) -> None:
    workspace.accounts.add("scripted", "One", values(script))
    two = workspace.accounts.add("scripted", "Two", values(script))
    with pytest.raises(AccountError, match="already exists"):
        workspace.accounts.update(two.id, values(script), name="One")


# -- removing ---------------------------------------------------------------------------------


def test_remove_deletes_everything_of_the_account_and_nothing_else(
    workspace: Workspace, script: Path, memory_keyring: MemoryKeyring
) -> None:
    gone = workspace.accounts.add("scripted", "Gone", values(script))
    other_script = write_script(workspace.data_dir / "other.json", batches=BATCHES)
    kept = workspace.accounts.add("scripted", "Kept", values(other_script))
    workspace.sync.sync_many([gone.id, kept.id])
    workspace.outbox.queue(gone.id, Reply("p1", "unsent"))

    summary = workspace.accounts.removal_summary(gone.id)
    assert (summary.account, summary.communities, summary.items, summary.pending_actions) == (
        "Gone",
        1,
        2,
        1,
    )
    described = summary.describe()
    assert "“Gone”" in described
    assert "1 communities, 2 stored items and 1 unsent actions" in described
    assert "keyring" in described and "Nothing is deleted on the platform" in described

    assert workspace.accounts.remove(gone.id) == summary
    assert [a.name for a in workspace.accounts.all()] == ["Kept"]
    for table in ("communities", "items", "sync_runs", "sync_cursors", "outbox"):
        assert (
            count(workspace, f"SELECT count(*) FROM {table} WHERE account_id = :a", a=gone.id) == 0
        )
    assert count(workspace, "SELECT count(*) FROM items WHERE account_id = :a", a=kept.id) == 2
    # The full-text index lost exactly the removed account's rows.
    assert count(workspace, "SELECT count(*) FROM items_fts") == 2
    with workspace.store.writing() as session:
        session.execute(text("INSERT INTO items_fts(items_fts) VALUES('integrity-check')"))
    assert count(workspace, "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'hello'") == 1
    assert {k[1].split("/")[0] for k in memory_keyring.values} == {kept.uid}
    with pytest.raises(AccountError, match="There is no account"):
        workspace.accounts.get("Gone")


def test_remove_clears_secrets_even_when_the_plugin_is_gone(
    data_dir: Path, script: Path, memory_keyring: MemoryKeyring
) -> None:
    ws = Workspace.open(data_dir)
    account = ws.accounts.add("scripted", "Team", values(script))
    ws.close()
    (data_dir / "plugins" / "scripted.py").unlink()  # the user removed the plugin
    ws = Workspace.open(data_dir)
    try:
        ws.accounts.remove(account.id)
        assert ws.accounts.all() == []
    finally:
        ws.close()
    assert memory_keyring.values == {}


# -- no usable keyring ------------------------------------------------------------------------


def test_without_a_keyring_the_account_is_not_half_created(
    workspace: Workspace, script: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from workbench.core.accounts.secrets import SecretsUnavailable

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretsUnavailable, match="encrypted secrets file"):
        workspace.accounts.add("scripted", "Team", values(script))
    assert workspace.accounts.all() == []


def test_sync_without_a_keyring_says_what_to_do(
    workspace: Workspace, script: Path, memory_keyring: MemoryKeyring
) -> None:
    import keyring
    from keyring.backends import fail

    account = workspace.accounts.add("scripted", "Team", values(script))
    keyring.set_keyring(fail.Keyring())
    try:
        summary = workspace.sync.sync(account.id)
    finally:
        keyring.set_keyring(memory_keyring)
    assert summary.failed
    view = workspace.accounts.get(account.id)
    assert view.status == "failing"
    assert "keyring" in view.status_message.lower()


def test_has_any_says_whether_there_is_an_account(workspace: Workspace) -> None:
    # What the first start asks before offering the demo (all() would count every item).
    assert not workspace.accounts.has_any()
    added = workspace.accounts.add("demo", "Demo", {})
    assert workspace.accounts.has_any()
    workspace.accounts.remove(added.id)
    assert not workspace.accounts.has_any()

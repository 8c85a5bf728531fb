"""Importing Facebook archives and LinkedIn exports: all or nothing, idempotent, via the CLI.

The archives are generated here in the platforms' real layouts: Facebook's JSON with
UTF-8 escaped byte by byte (mojibake), LinkedIn's CSV files, each with files we don't use.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from connectors.api import BadData
from workbench.cli import main
from workbench.core.imports.archives import archive_account, import_archive
from workbench.core.workspace import Workspace
from workbench.db.models import Account, Community, Item

GROUP = "Acme Cloud Help Desk"
ME = "Zoë Müller"


def mojibake(text: str) -> str:
    """What Facebook writes: each UTF-8 byte as its own \\u00XX character."""
    return text.encode("utf-8").decode("latin-1")


def facebook_files(extra_post: bool = False, edited: bool = False) -> dict[str, str]:
    posts: list[dict[str, Any]] = [
        {
            "timestamp": 1700000000,
            "data": [{"post": mojibake("Café meetup on Friday? Who's in 🎉")}],
            "title": mojibake(f"{ME} posted in {GROUP}."),
        },
        {
            "timestamp": 1700003600,
            "data": [
                {
                    "post": mojibake(
                        "Backups fail since the update" + (" (fixed now)" if edited else "")
                    )
                }
            ],
            "title": mojibake(f"{ME} posted in {GROUP}."),
        },
        {
            "timestamp": 1700007200,
            "data": [{"post": "Sketchwalk photos"}],
            "title": mojibake(f"{ME} posted in Urban Sketchers."),
        },
    ]
    if extra_post:
        posts.append(
            {
                "timestamp": 1800000000,
                "data": [{"post": "New: two-factor codes"}],
                "title": f"{ME} posted in {GROUP}.",
            }
        )
    comments = [
        {
            "timestamp": 1700001000,
            "data": [
                {
                    "comment": {
                        "timestamp": 1700001000,
                        "comment": mojibake("Ça marche, à vendredi !"),
                        "author": mojibake(ME),
                        "group": GROUP,
                    }
                }
            ],
            "title": mojibake(f"{ME} commented on Bob's post."),
        }
    ]
    return {
        "your_facebook_activity/groups/your_posts_in_groups.json": json.dumps(
            {"group_posts_v2": posts}
        ),
        "your_facebook_activity/groups/your_comments_in_groups.json": json.dumps(
            {"group_comments_v2": comments}
        ),
        # Files the importer has no use for, as in every real archive.
        "your_facebook_activity/messages/inbox/bob_123/message_1.json": json.dumps(
            {"messages": []}
        ),
        "personal_information/profile_information/profile_information.json": "{}",
        "index.html": "<html></html>",
    }


def write_zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def write_folder(path: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(content, encoding="utf-8")
    return path


def linkedin_files(extra: bool = False) -> dict[str, str]:
    shares = (
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        '2024-03-01 09:15:02,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7001,"We are hiring!\n'
        'Two ""senior"" roles in Berlin.",,,MEMBER_NETWORK\n'
        "2024-03-08 17:40:11,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7002,Thanks for a great meetup,,,MEMBER_NETWORK\n"
    )
    if extra:
        shares += "2024-04-01 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7003,April update,,,MEMBER_NETWORK\n"
    return {
        "Shares.csv": shares,
        "Comments.csv": "Date,Link,Message\n2024-03-02 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A69,Great point!\n",
        "messages.csv": (
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
            "2-abc==,,Sam Lee,https://www.linkedin.com/in/samlee,Zoë Müller,https://www.linkedin.com/in/zoe,2024-03-03 11:00:00 UTC,,Is the group open to newcomers?,INBOX\n"
            "2-abc==,,Zoë Müller,https://www.linkedin.com/in/zoe,Sam Lee,https://www.linkedin.com/in/samlee,2024-03-03 11:05:00 UTC,,Yes! Join us.,INBOX\n"
        ),
        "Profile.csv": "First Name,Last Name,Headline\nZoë,Müller,Community manager\n",
        "Connections.csv": 'Notes:\n"When exporting your connection data..."\n\nFirst Name,Last Name,URL\nSam,Lee,https://www.linkedin.com/in/samlee\n',
    }


def _items(workspace: Workspace) -> list[Item]:
    with workspace.store.session() as session:
        return list(session.scalars(select(Item).order_by(Item.created_at)))


def _snapshot(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Item)) or 0,
            session.scalar(select(func.count()).select_from(Community)) or 0,
            session.scalar(select(func.count()).select_from(Account)) or 0,
        )


def _import(workspace: Workspace, connector: str, path: Path, community: str = GROUP) -> Any:
    account, _ = archive_account(workspace.accounts, connector)
    return import_archive(workspace.store, workspace.accounts, account.id, path, community)


def test_facebook_archive_imports_the_group_with_repaired_text(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "facebook-zoe.zip", facebook_files())
    summary = _import(workspace, "facebook", path)
    assert summary.counts.new == 3  # two posts and a comment; the other group stays out
    texts = [i.text for i in _items(workspace)]
    assert texts[0] == "Café meetup on Friday? Who's in 🎉"
    assert "Ça marche, à vendredi !" in texts
    assert "Sketchwalk photos" not in texts
    account = workspace.accounts.get("Facebook archives")
    communities = workspace.accounts.communities(account.id)
    assert [c.name for c in communities] == [GROUP]
    assert all("own" in i.flags for i in _items(workspace))
    with workspace.store.session() as session:
        authors = set(session.scalars(select(Item.author_id)))
    assert len(authors) == 1


def test_reimport_is_idempotent_and_a_newer_archive_adds_only_the_new(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = write_zip(tmp_path / "a.zip", facebook_files())
    assert _import(workspace, "facebook", first).counts.new == 3
    again = _import(workspace, "facebook", first)
    assert (again.counts.new, again.counts.updated, again.counts.unchanged) == (0, 0, 3)
    # The unpacked folder of the same archive is the same content.
    folder = write_folder(tmp_path / "unpacked", facebook_files())
    assert _import(workspace, "facebook", folder).counts.new == 0
    newer = write_zip(tmp_path / "b.zip", facebook_files(extra_post=True, edited=True))
    summary = _import(workspace, "facebook", newer)
    assert (summary.counts.new, summary.counts.updated) == (1, 1)
    assert len(_items(workspace)) == 4
    assert "Backups fail since the update (fixed now)" in [i.text for i in _items(workspace)]


@pytest.mark.parametrize(
    "kind", ["truncated", "not-a-zip", "foreign", "linkedin-export", "damaged-json"]
)
def test_a_corrupt_or_foreign_archive_changes_nothing(
    workspace: Workspace, tmp_path: Path, kind: str
) -> None:
    _import(workspace, "facebook", write_zip(tmp_path / "good.zip", facebook_files()))
    before = _snapshot(workspace)
    path = tmp_path / f"{kind}.zip"
    if kind == "truncated":
        whole = write_zip(tmp_path / "whole.zip", facebook_files(extra_post=True)).read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
    elif kind == "not-a-zip":
        path.write_bytes(b"%PDF-1.7 this is a document")
    elif kind == "foreign":
        write_zip(path, {"photos/IMG_001.jpg": "jpeg", "notes.txt": "hello"})
    elif kind == "linkedin-export":
        write_zip(path, linkedin_files())
    else:
        files = facebook_files(extra_post=True)
        files["your_facebook_activity/groups/your_comments_in_groups.json"] = (
            '{"group_comments_v2": ['
        )
        write_zip(path, files)
    with pytest.raises(BadData) as refused:
        _import(workspace, "facebook", path)
    assert path.name in str(refused.value)
    assert _snapshot(workspace) == before


def test_an_archive_without_the_group_names_the_groups_it_has(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "a.zip", facebook_files())
    with pytest.raises(BadData, match="Urban Sketchers"):
        _import(workspace, "facebook", path, community="Knitting Circle")
    assert _snapshot(workspace)[0] == 0


def test_linkedin_export_imports_shares_comments_and_messages(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "Basic_LinkedInDataExport_03-10-2024.zip", linkedin_files())
    summary = _import(workspace, "linkedin", path, community="DevOps Practitioners Circle")
    assert summary.counts.new == 5
    items = {i.text: i for i in _items(workspace)}
    assert 'We are hiring!\nTwo "senior" roles in Berlin.' in items
    assert items["Is the group open to newcomers?"].kind == "message"
    assert "own" not in items["Is the group open to newcomers?"].flags
    assert "own" in items["Yes! Join us."].flags
    assert items["Great point!"].kind == "comment"
    again = _import(workspace, "linkedin", path, community="DevOps Practitioners Circle")
    assert again.counts.new == 0
    newer = write_zip(tmp_path / "newer.zip", linkedin_files(extra=True))
    assert (
        _import(workspace, "linkedin", newer, community="DevOps Practitioners Circle").counts.new
        == 1
    )


def test_a_foreign_zip_is_not_a_linkedin_export(workspace: Workspace, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "facebook.zip", facebook_files())
    with pytest.raises(BadData, match="not a LinkedIn data export"):
        _import(workspace, "linkedin", path, community="X")
    assert _snapshot(workspace)[:2] == (0, 0)


def test_the_cli_adds_accounts_and_imports_archives(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WORKBENCH_SECRET_ACCESS_TOKEN", "EAAG-cli-secret-token")
    base = ["--data-dir", str(data_dir)]
    out = io.StringIO()
    assert (
        main([*base, "accounts", "add", "facebook", "Brand page", "--set", "page_id=42"], out) == 0
    )
    assert (
        main([*base, "accounts", "add", "linkedin", "Acme", "--set", "organization_id=7"], out) == 0
    )
    assert "Added Brand page (Facebook)" in out.getvalue()

    fb = write_zip(tmp_path / "fb.zip", facebook_files())
    li = write_zip(tmp_path / "li.zip", linkedin_files())
    args = [
        "import",
        "facebook-archive",
        str(fb),
        "--community",
        GROUP,
        "--url",
        "https://www.facebook.com/groups/acmecloudhelp",
    ]
    assert main([*base, *args], out) == 0
    assert f"Imported into {GROUP} (Brand page): 3 new" in out.getvalue()
    assert (
        main([*base, "import", "linkedin-export", str(li), "--community", "PM Network"], out) == 0
    )
    assert "5 new" in out.getvalue()

    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    assert main([*base, "import", "facebook-archive", str(bad), "--community", GROUP], out) == 1
    assert "bad.zip is not a readable .zip file" in capsys.readouterr().err

    export = io.StringIO()
    assert main([*base, "items", "export"], export) == 0
    assert len(export.getvalue().splitlines()) == 8
    assert "cli-secret" not in export.getvalue()
    ws = Workspace.open(data_dir)
    try:
        group = next(
            c for c in ws.accounts.communities(ws.accounts.get("Brand page").id) if c.name == GROUP
        )
        assert group.url == "https://www.facebook.com/groups/acmecloudhelp"
        assert ws.accounts.get("Brand page").settings == {
            "page_id": "42",
            "graph_version": "v23.0",
            "graph_url": "https://graph.facebook.com",
        }
    finally:
        ws.close()
    for file in data_dir.glob("workbench.sqlite3*"):
        assert b"cli-secret" not in file.read_bytes()


def test_a_refused_import_through_the_cli_creates_no_account(
    data_dir: Path, tmp_path: Path
) -> None:
    bad = write_zip(tmp_path / "photos.zip", {"IMG_1.jpg": "x"})
    out = io.StringIO()
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "import",
                "linkedin-export",
                str(bad),
                "--community",
                "X",
            ],
            out,
        )
        == 1
    )
    ws = Workspace.open(data_dir)
    try:
        assert ws.accounts.all() == []
    finally:
        ws.close()


PLUGIN = '''
from datetime import UTC, datetime
from connectors.api import (
    BadData, Batch, Capability, Connector, ConnectionInfo, ItemKind, ItemRecord,
)


class HalfwayArchive(Connector):
    """Writes one good batch, then finds the rest of its archive damaged."""

    id = "halfway"
    display_name = "Halfway"
    capabilities = frozenset({Capability.IMPORT_ARCHIVE})

    def test_connection(self):
        return ConnectionInfo("ok")

    def list_communities(self):
        return []

    def read(self, cursor):
        return iter(())

    def read_archive(self, path, community):
        yield Batch(communities=[community])
        yield Batch(items=[ItemRecord("a", ItemKind.POST, community.external_id,
                                      datetime.now(UTC), text="first")])
        raise BadData("the second half of the archive is damaged")


CONNECTOR = HalfwayArchive
'''


def test_an_archive_failing_halfway_writes_nothing(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "plugins").mkdir(parents=True)
    (data_dir / "plugins" / "halfway.py").write_text(PLUGIN)
    workspace = Workspace.open(data_dir)
    try:
        account = workspace.accounts.add("halfway", "Halfway", {})
        with pytest.raises(BadData, match="second half"):
            import_archive(
                workspace.store, workspace.accounts, account.id, tmp_path / "x.zip", "Group"
            )
        assert _snapshot(workspace) == (0, 0, 1)
    finally:
        workspace.close()

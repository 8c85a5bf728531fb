"""A test connector driven by a JSON script file: what to read, when to fail, how to send.

The tests copy this file into a workspace's plugin folder, so it goes through the real
discovery and imports only the plugin API, like any third-party plugin. What the host asks
of it (reads with their cursor, sends) is appended to ``<script>.log`` as JSON lines, so a
test can check, for instance, that a resumed sync started from the saved cursor.

Script keys (all optional):
    communities: [{"id", "name"}]            listed and sent with the first batch
    batches: [{"items": [...], "deletions": [ids], "skipped": [[id, reason]], "cursor"}]
    ignore_cursor: true                      re-read everything every sync
    fail: {"after": n, "type", "message", "retry_at"}   raise after n batches of this run
    block_after: n                           pause after n batches until ``gate`` is set
    send_error: {"type", "message"}          every send fails with this error
    init_error: "text"                       the constructor raises (a plugin bug)
    init_error: {"type", "message"}          the constructor raises this API error
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from connectors import api

ERRORS: dict[str, type[api.ConnectorError]] = {
    "AuthExpired": api.AuthExpired,
    "PermissionDenied": api.PermissionDenied,
    "NotFound": api.NotFound,
    "TemporaryError": api.TemporaryError,
    "Offline": api.Offline,
    "BadData": api.BadData,
    "ConfigurationError": api.ConfigurationError,
}


def make_error(spec: dict[str, Any]) -> Exception:
    kind = spec.get("type", "TemporaryError")
    message = spec.get("message", "")
    if kind == "RateLimited":
        retry = spec.get("retry_at")
        when = None if retry is None else datetime.fromtimestamp(retry, UTC)
        return api.RateLimited(message, when)
    if kind in ERRORS:
        return ERRORS[kind](message)
    return RuntimeError(message)  # anything else stands for a bug inside the plugin


def _when(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def _item(spec: dict[str, Any]) -> api.ItemRecord:
    author = spec.get("author")
    return api.ItemRecord(
        external_id=spec["id"],
        kind=api.ItemKind(spec.get("kind", "post")),
        community_id=spec.get("community", "general"),
        created_at=_when(spec.get("created", 1_700_000_000)) or datetime.now(UTC),
        text=spec.get("text", ""),
        title=spec.get("title", ""),
        url=spec.get("url", ""),
        author=api.MemberRecord(author, author, "scripted") if author else None,
        parent_id=spec.get("parent"),
        thread_id=spec.get("thread"),
        edited_at=_when(spec.get("edited")),
        score=spec.get("score"),
        flags=tuple(spec.get("flags", ())),
        raw={"id": spec["id"]},
    )


class ScriptedConnector(api.Connector):
    id = "scripted"
    display_name = "Scripted test platform"
    version = "2.1"
    api_versions = (api.API_MAJOR,)
    platform = "scripted"
    capabilities = frozenset(
        {api.Capability.READ, api.Capability.REPLY, api.Capability.POST, api.Capability.MODERATE}
    )
    settings_fields = (
        api.SettingField("script", "Script file", required=True, help="A JSON test script."),
        api.SettingField("token", "Access token", secret=True, required=True),
        api.SettingField("page_size", "Items per request", api.FieldKind.INTEGER, default="50"),
        api.SettingField(
            "mode", "Mode", api.FieldKind.CHOICE, default="normal", choices=("normal", "strict")
        ),
    )
    # A test sets ``gate`` to let a paused sync go on; ``started`` says it is paused.
    started: ClassVar[threading.Event] = threading.Event()
    gate: ClassVar[threading.Event] = threading.Event()

    def __init__(self, context: api.ConnectorContext) -> None:
        super().__init__(context)
        self.path = Path(context.settings["script"])
        init_error = self._script().get("init_error")
        if isinstance(init_error, dict):  # a typed platform error while starting
            raise make_error(init_error)
        if init_error:
            raise RuntimeError(init_error)

    def _script(self) -> dict[str, Any]:
        return dict(json.loads(self.path.read_text(encoding="utf-8")))

    def _log(self, entry: dict[str, Any]) -> None:
        with open(f"{self.path}.log", "a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")

    def test_connection(self) -> api.ConnectionInfo:
        if not self.context.secrets.get("token"):
            raise api.AuthExpired("No access token: sign in again.")
        return api.ConnectionInfo(f"Signed in to the script {self.path.name}.")

    def list_communities(self) -> Sequence[api.CommunityRecord]:
        listed = self._script().get("communities") or [{"id": "general", "name": "General"}]
        return [api.CommunityRecord(c["id"], c["name"], "scripted") for c in listed]

    def read(self, cursor: str | None) -> Iterator[api.Batch]:
        script = self._script()
        self._log({"read": cursor, "thread": threading.get_ident()})
        batches: list[dict[str, Any]] = script.get("batches", [])
        start = 0
        if cursor is not None and not script.get("ignore_cursor"):
            cursors = [b.get("cursor") for b in batches]
            start = cursors.index(cursor) + 1 if cursor in cursors else len(batches)
        fail = script.get("fail")
        block_after = script.get("block_after")
        for done, spec in enumerate(batches[start:]):
            if fail is not None and done == fail.get("after", 0):
                raise make_error(fail)
            if block_after is not None and done == block_after:
                type(self).started.set()
                # Like a slow platform request, which a real connector can also cut short.
                deadline = time.monotonic() + 10
                while not type(self).gate.wait(0.02):
                    if self.context.is_cancelled() or time.monotonic() > deadline:
                        break
            if self.context.is_cancelled():  # as a real connector checks between requests
                self._log({"stopped": done})
                return
            yield api.Batch(
                communities=self.list_communities() if done == 0 else (),
                items=[_item(i) for i in spec.get("items", [])],
                deletions=[api.Deletion(d) for d in spec.get("deletions", [])],
                skipped=[api.Skipped(s[0], s[1]) for s in spec.get("skipped", [])],
                cursor=spec.get("cursor"),
                progress=api.Progress(start + done + 1, len(batches), "Reading the script"),
            )
        if fail is not None and fail.get("after", 0) >= len(batches) - start:
            raise make_error(fail)

    def send(self, action: api.Action) -> api.ActionResult:
        script = self._script()
        kind = type(action).__name__.lower()
        self._log(
            {"send": kind, "text": getattr(action, "text", ""), "thread": threading.get_ident()}
        )
        if script.get("send_error"):
            raise make_error(script["send_error"])
        count = sum(1 for line in self._read_log() if "send" in line)
        return api.ActionResult(external_id=f"sent-{count}", url=f"https://scripted.test/{count}")

    def _read_log(self) -> list[dict[str, Any]]:
        log = Path(f"{self.path}.log")
        if not log.exists():
            return []
        return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


CONNECTOR = ScriptedConnector

"""The fake Reddit's moderation endpoints: removal reasons, removal messages, bans, new
modmail to a member, mod notes and wiki pages, with the state they need.

Shapes follow Reddit's API (praw/endpoints.py and its models): removal reasons are
``{"data": {id: {"id", "title", "message"}}, "order": [ids]}``; mod notes are
``{"mod_notes": [...], "start_cursor", "end_cursor", "has_next_page"}`` with
``user_note_data`` ``{"note", "label", "reddit_id"}``; a created note is ``{"created": note}``.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from connectors.testing.reddit_server import FakeReddit, RecordedRequest


@dataclass
class ModerationState:
    """What the fake Reddit knows about moderation, per subreddit (lower-case names)."""

    removal_reasons: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    applied_reasons: list[dict[str, Any]] = field(default_factory=list)
    removal_messages: list[dict[str, Any]] = field(default_factory=list)
    bans: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    notes: list[dict[str, Any]] = field(default_factory=list)
    wiki: dict[tuple[str, str], str] = field(default_factory=dict)
    modmail_to: dict[str, str] = field(default_factory=dict)  # new conversation -> member
    _next: int = 0

    def add_removal_reason(self, subreddit: str, title: str, message: str) -> str:
        self._next += 1
        reason_id = f"reason{self._next:04d}"
        reasons = self.removal_reasons.setdefault(subreddit.lower(), {})
        reasons[reason_id] = {"id": reason_id, "title": title, "message": message}
        return reason_id

    def add_note(
        self,
        subreddit: str,
        user: str,
        note: str,
        *,
        label: str = "",
        operator: str = "mod_alex",
        reddit_id: str = "",
    ) -> dict[str, Any]:
        self._next += 1
        created = {
            "id": f"ModNote_{self._next:08d}-0000-4000-8000-000000000000",
            "subreddit": subreddit,
            "subreddit_id": f"t5_{subreddit.lower()}",
            "user": user,
            "user_id": f"t2_{user}",
            "operator": operator,
            "operator_id": f"t2_{operator}",
            "created_at": int(time.time()) + self._next,  # distinct, newest last
            "cursor": f"cursor{self._next}",
            "type": "NOTE",
            "mod_action_data": {
                "action": None,
                "reddit_id": None,
                "details": None,
                "description": None,
            },
            "user_note_data": {
                "note": note,
                "reddit_id": reddit_id or None,
                "label": label or None,
            },
        }
        self.notes.append(created)
        return created


def state(fake: FakeReddit) -> ModerationState:
    found = getattr(fake, "moderation", None)
    if found is None:
        found = ModerationState()
        fake.moderation = found  # type: ignore[attr-defined]
    return found


def _json_body(request: RecordedRequest) -> dict[str, Any]:
    try:
        body = json.loads(request.form.get("json") or "{}")
    except json.JSONDecodeError:
        return {}
    return body if isinstance(body, dict) else {}


def route(fake: FakeReddit, request: RecordedRequest) -> tuple[int, Any] | None:
    """The answer for a moderation request, or None for any other request."""
    path, method, mod = request.path, request.method, state(fake)
    if path == "/api/v1/modactions/removal_reasons" and method == "POST":
        mod.applied_reasons.append(_json_body(request))
        return 200, {}
    if match := re.fullmatch(r"/api/v1/([^/]+)/removal_reasons", path):
        reasons = mod.removal_reasons.get(match.group(1).lower(), {})
        return 200, {"data": reasons, "order": list(reasons)}
    if match := re.fullmatch(r"/api/v1/modactions/removal_(comment|link)_message", path):
        return _removal_message(fake, _json_body(request), match.group(1))
    if match := re.fullmatch(r"/r/([^/]+)/api/(friend|unfriend)", path):
        if request.param("type") != "banned":
            return 400, {"json": {"errors": [["BAD_TYPE", "only bans here", "type"]]}}
        key = (match.group(1).lower(), request.param("name"))
        if match.group(2) == "friend":
            mod.bans[key] = {
                k: request.param(k) for k in ("duration", "ban_reason", "ban_message", "note")
            }
        else:
            mod.bans.pop(key, None)
        return 200, {"json": {"errors": []}}
    if path == "/api/mod/conversations" and method == "POST":
        return _new_conversation(fake, request)
    if path == "/api/mod/notes":
        return _notes(fake, request)
    if match := re.fullmatch(r"/r/([^/]+)/wiki/([^/]+)", path):
        content = mod.wiki.get((match.group(1).lower(), match.group(2)))
        if content is None:
            return 404, {"reason": "PAGE_NOT_FOUND", "message": "Not Found", "error": 404}
        return 200, {
            "kind": "wikipage",
            "data": {"content_md": content, "may_revise": True, "revision_date": time.time()},
        }
    return None


def _removal_message(fake: FakeReddit, body: dict[str, Any], kind: str) -> tuple[int, Any]:
    items = body.get("item_id") or []
    target = items[0] if isinstance(items, list) and items else ""
    if target not in fake.model.things:
        return 400, {"json": {"errors": [["INVALID_ID", "no such item", "item_id"]]}}
    state(fake).removal_messages.append({**body, "kind": kind})
    if body.get("type") == "public":
        created = fake.model.add_comment(target, str(body.get("message", "")), author=fake.username)
        return 200, fake.model.render(created)
    return 200, {}


def _new_conversation(fake: FakeReddit, request: RecordedRequest) -> tuple[int, Any]:
    from connectors.testing.reddit_routes import _full

    sub = request.param("srName")
    if not sub or not request.param("to"):
        return 400, {"json": {"errors": [["NO_TEXT", "we need something here", "to"]]}}
    conv_id = fake.model.add_conversation(
        sub, request.param("subject"), fake.username, request.param("body")
    )
    state(fake).modmail_to[conv_id] = request.param("to")
    return 201, _full(fake.model, fake.model.conversations[conv_id])


def _notes(fake: FakeReddit, request: RecordedRequest) -> tuple[int, Any]:
    mod = state(fake)
    sub, user = request.param("subreddit"), request.param("user")
    if not sub or not user:
        return 400, {"reason": "BAD_REQUEST", "explanation": "subreddit and user are required"}
    if request.method == "POST":
        note = request.param("note")
        if len(note) > 250:
            return 400, {
                "reason": "TOO_LONG",
                "explanation": "note is too long",
                "fields": ["note"],
            }
        created = mod.add_note(
            sub,
            user,
            note,
            label=request.param("label"),
            operator=fake.username,
            reddit_id=request.param("reddit_id"),
        )
        return 200, {"created": created}
    if request.method == "DELETE":
        before = len(mod.notes)
        mod.notes = [n for n in mod.notes if n["id"] != request.param("note_id")]
        return (
            (200, {}) if len(mod.notes) < before else (404, {"message": "Not Found", "error": 404})
        )
    found = [
        n
        for n in reversed(mod.notes)
        if n["subreddit"].lower() == sub.lower() and n["user"].lower() == user.lower()
    ]
    before_cursor = request.param("before")
    if before_cursor:
        cursors = [n["cursor"] for n in found]
        found = found[cursors.index(before_cursor) + 1 :] if before_cursor in cursors else []
    try:
        limit = max(1, min(int(request.param("limit") or 25), 100))
    except ValueError:
        limit = 25
    page = found[:limit]
    return 200, {
        "mod_notes": page,
        "start_cursor": page[0]["cursor"] if page else None,
        "end_cursor": page[-1]["cursor"] if page else None,
        "has_next_page": len(found) > limit,
    }

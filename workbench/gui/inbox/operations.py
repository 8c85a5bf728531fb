"""Small operations the inbox pane runs on the task runner (no widgets touched here,
except ``snooze_menu`` which builds a menu on the GUI thread)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import requests
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from connectors.api import FLAG_MANUAL, Capability, ModAction, Moderate, Post, Reply
from workbench.core.inbox.export import export_csv
from workbench.core.inbox.query import View
from workbench.core.inbox.service import InboxService, ItemDetail
from workbench.core.workspace import Workspace

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 5 * 1024 * 1024


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxOperations", text)


def reply_capabilities(
    workspace: Workspace, connector_id: str, flags: Sequence[str] = ()
) -> tuple[bool, bool]:
    """(can reply through the API, offers manual assist) for an item of the connector.

    An item flagged ``manual`` (from a data export: a group no API reaches) is answered by
    manual assist even when the connector can reply to its other items.
    """
    try:
        capabilities = workspace.accounts.connector_class(connector_id).capabilities
    except Exception:  # a plugin that is gone or broken: offer nothing
        log.warning("connector %s is not available", connector_id)
        return False, False
    manual = Capability.MANUAL_ASSIST in capabilities
    if FLAG_MANUAL in flags:
        return False, manual
    return Capability.REPLY in capabilities, manual


def send_now(workspace: Workspace, account_id: int) -> None:
    """Send the account's pending outbox entries now (the next sync would do it too)."""
    account = workspace.accounts.get(account_id)
    connector = workspace.accounts.connector(account)
    try:
        workspace.outbox.send_pending(account_id, connector)
    finally:
        connector.close()


def _status(workspace: Workspace, entry_id: int) -> str:
    entry = workspace.outbox.get(entry_id)
    return entry.status if entry is not None else "gone"


def has_capability(workspace: Workspace, connector_id: str, capability: Capability) -> bool:
    try:
        return capability in workspace.accounts.connector_class(connector_id).capabilities
    except Exception:  # a plugin that is gone or broken
        return False


def queue_and_send(
    workspace: Workspace, detail: ItemDetail, text: str, me: str, *, internal: bool = False
) -> str:
    """Queue a reply in the outbox, try to send it; returns the entry's status."""
    entry = workspace.outbox.queue(
        detail.row.account_id,
        Reply(target_id=detail.external_id, text=text, internal=internal),
        item_id=detail.row.id,
        created_by=me,
        reason="moderator note" if internal else "",
    )
    return _send(workspace, detail.row.account_id, entry.id)


def queue_moderation(
    workspace: Workspace,
    detail: ItemDetail,
    action: ModAction,
    me: str,
    *,
    reason: str = "",
    message: str = "",
) -> str:
    """Queue a moderation action (who, when and why are kept), try to send it."""
    entry = workspace.outbox.queue(
        detail.row.account_id,
        Moderate(target_id=detail.external_id, action=action, reason=reason, message=message),
        item_id=detail.row.id,
        created_by=me,
        reason=reason,
    )
    return _send(workspace, detail.row.account_id, entry.id)


def queue_post(workspace: Workspace, detail: ItemDetail, title: str, text: str, me: str) -> str:
    """Queue a new post in the item's community, try to send it; returns the status."""
    entry = workspace.outbox.queue(
        detail.row.account_id,
        Post(community_id=detail.community_external_id, text=text, title=title),
        created_by=me,
    )
    return _send(workspace, detail.row.account_id, entry.id)


def queue_manual_post(
    workspace: Workspace, detail: ItemDetail, title: str, text: str, me: str
) -> int:
    """Keep a manual-assist post as an audit entry; returns its id."""
    entry = workspace.outbox.queue(
        detail.row.account_id,
        Post(community_id=detail.community_external_id, text=text, title=title),
        created_by=me,
        reason="manual assist: copied and opened on the platform",
        manual=True,
    )
    return entry.id


def _send(workspace: Workspace, account_id: int, entry_id: int) -> str:
    try:
        send_now(workspace, account_id)
    except Exception as error:  # the entry stays pending and goes out with the next sync
        log.warning("could not send now: %s", error)
    return _status(workspace, entry_id)


def queue_manual(workspace: Workspace, detail: ItemDetail, text: str, me: str) -> int:
    """Keep a manual-assist reply as an audit entry; returns its id."""
    entry = workspace.outbox.queue(
        detail.row.account_id,
        Reply(target_id=detail.external_id, text=text),
        item_id=detail.row.id,
        created_by=me,
        reason="manual assist: copied and opened on the platform",
        manual=True,
    )
    return entry.id


def retry(workspace: Workspace, entry_id: int) -> str:
    workspace.outbox.retry(entry_id)
    account_id = next(e.account_id for e in workspace.outbox.entries() if e.id == entry_id)
    try:
        send_now(workspace, account_id)
    except Exception as error:
        log.warning("could not send now: %s", error)
    return _status(workspace, entry_id)


def describe_send(status: str) -> str:
    return {
        "sent": tr("Reply sent."),
        "pending": tr(
            "No connection: the reply waits in the outbox and goes out with the next sync."
        ),
        "failed": tr("The reply could not be sent; see the item's Replies tab to retry."),
    }.get(status, tr("Reply queued."))


def export_view(service: InboxService, view: View, path: Path) -> int:
    with path.open("w", newline="", encoding="utf-8") as out:
        return export_csv(service, view, out)


def fetch_images(urls: list[str]) -> list[tuple[str, bytes]]:
    """Remote images the user asked to see; a failing one is skipped."""
    images: list[tuple[str, bytes]] = []
    for url in urls[:20]:
        if not url.startswith(("http://", "https://")):
            continue
        try:
            with requests.get(url, timeout=10, stream=True) as response:
                response.raise_for_status()
                data = response.raw.read(MAX_IMAGE_BYTES + 1, decode_content=True)
            if len(data) <= MAX_IMAGE_BYTES:
                images.append((url, data))
        except requests.RequestException as error:
            log.info("image %s not loaded: %s", url, error)
    return images


def snooze_choices(now: datetime) -> list[tuple[str, datetime]]:
    tomorrow = (now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    monday = (now + timedelta(days=7 - now.weekday())).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return [
        (tr("In 1 hour"), now + timedelta(hours=1)),
        (tr("In 3 hours"), now + timedelta(hours=3)),
        (tr("Tomorrow morning"), tomorrow),
        (tr("Next week (Monday morning)"), monday),
    ]


def snooze_menu(parent: QWidget, snooze: Callable[[int], None]) -> QMenu:
    menu = QMenu(tr("Snooze until"), parent)
    for label, when in snooze_choices(datetime.now()):
        action = menu.addAction(f"{label} — {when:%a %d %b %H:%M}")
        action.triggered.connect(lambda _c=False, w=when: snooze(int(w.timestamp())))

    def custom() -> None:
        hours, ok = QInputDialog.getDouble(
            parent, tr("Snooze"), tr("Snooze for how many hours?"), 24, 0.1, 24 * 365, 1
        )
        if ok:
            snooze(int((datetime.now() + timedelta(hours=hours)).timestamp()))

    menu.addAction(tr("For a number of hours…")).triggered.connect(custom)
    return menu

"""``workbench reply ITEM --text-file F`` and ``workbench outbox list|retry ID|cancel ID``.

The same outbox rules as the inbox pane (core.outbox.actions): a reply is stored first,
then sent at once; offline it waits for the next sync.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from workbench.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_workspace
from workbench.cli.text import failure, shown, translate
from workbench.core.outbox.actions import Target
from workbench.core.outbox.state import OutboxStatus

MAX_REPLY_BYTES = 1024 * 1024  # a reply longer than this is a mistake (a wrong file)


def register(commands: Any) -> None:
    reply = commands.add_parser(
        "reply", help=translate("CliOutbox", "reply to a stored item through its account")
    )
    reply.set_defaults(handler=run_reply)
    reply.add_argument(
        "item",
        type=int,
        help=translate("CliOutbox", "the item's id (from `workbench items export`)"),
    )
    reply.add_argument(
        "--text-file",
        type=Path,
        help=translate("CliOutbox", "the reply's text (UTF-8); without it, read from stdin"),
    )
    reply.add_argument(
        "--as", dest="author", default="", help=translate("CliOutbox", "who replies (default: you)")
    )

    outbox = commands.add_parser(
        "outbox", help=translate("CliOutbox", "list, retry or cancel queued actions")
    )
    outbox.set_defaults(handler=run_outbox)
    acts = outbox.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = acts.add_parser(
        "list", help=translate("CliOutbox", "queued and recent actions, oldest first")
    )
    listing.add_argument("--status", choices=[s.value for s in OutboxStatus])
    listing.add_argument("--format", choices=["text", "jsonl"], default="text")
    retry = acts.add_parser("retry", help=translate("CliOutbox", "send a failed action again"))
    retry.add_argument("id", type=int)
    cancel = acts.add_parser(
        "cancel", help=translate("CliOutbox", "take back an action not sent yet")
    )
    cancel.add_argument("id", type=int)


def _read_text(path: Path | None, stdin: TextIO) -> str:
    if path is None:
        return stdin.read(MAX_REPLY_BYTES + 1)
    with path.open(encoding="utf-8") as file:
        return file.read(MAX_REPLY_BYTES + 1)


def run_reply(args: argparse.Namespace, out: TextIO) -> int:
    try:
        text = _read_text(args.text_file, sys.stdin).strip()
    except (OSError, UnicodeDecodeError) as error:
        unreadable = translate("CliOutbox", "cannot read the reply: {error}")
        print(failure(unreadable.format(error=error)), file=sys.stderr)
        return EXIT_USAGE
    if len(text.encode()) > MAX_REPLY_BYTES:
        too_long = translate("CliOutbox", "the reply is longer than 1 MB; is this the right file?")
        print(failure(too_long), file=sys.stderr)
        return EXIT_USAGE
    if not text:
        print(failure(translate("CliOutbox", "the reply is empty.")), file=sys.stderr)
        return EXIT_USAGE
    ws = open_workspace(args)
    detail = ws.inbox.detail(args.item)
    if detail is None:
        missing = translate("CliOutbox", "there is no item {id}.").format(id=args.item)
        print(failure(missing), file=sys.stderr)
        return EXIT_FAILED
    target = Target.of(detail)
    if not ws.actions.abilities(detail.connector_id, detail.row.flags).reply:
        manual = translate(
            "CliOutbox",
            "{account} cannot reply to this item through its API; answer it on the platform "
            "(the app's Reply offers to copy the text and open it).",
        )
        print(failure(manual.format(account=detail.account_name)), file=sys.stderr)
        return EXIT_FAILED
    queued = ws.actions.reply(target, text, by=args.author or getpass.getuser())
    words = {
        OutboxStatus.SENT: translate("CliOutbox", "Reply {id}: sent."),
        OutboxStatus.PENDING: translate(
            "CliOutbox", "Reply {id}: queued: no connection, it goes out with the next sync."
        ),
        OutboxStatus.FAILED: translate(
            "CliOutbox",
            "Reply {id}: failed (see `workbench outbox list`; retry with "
            "`workbench outbox retry {id}`).",
        ),
    }
    said = words.get(queued.status, "Reply {id}: {status}.")
    print(said.format(id=queued.entry_id, status=queued.status), file=out)
    return EXIT_FAILED if queued.status is OutboxStatus.FAILED else EXIT_OK


def _status(status: OutboxStatus) -> str:
    """A status in words, for sentences (English: the value itself); rows keep the value."""
    return {
        OutboxStatus.PENDING: translate("CliOutbox", "pending"),
        OutboxStatus.SENDING: translate("CliOutbox", "sending"),
        OutboxStatus.SENT: translate("CliOutbox", "sent"),
        OutboxStatus.FAILED: translate("CliOutbox", "failed"),
        OutboxStatus.MANUAL: translate("CliOutbox", "manual"),
        OutboxStatus.DONE: translate("CliOutbox", "done"),
    }.get(status, str(status))


def run_outbox(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    if args.action == "list":
        status = OutboxStatus(args.status) if args.status else None
        names = {a.id: a.name for a in ws.accounts.all()}
        for e in ws.actions.entries(status=status):
            record = {
                "id": e.id,
                "account": names.get(e.account_id, str(e.account_id)),
                "item": e.item_id,
                "action": e.action,
                "status": str(e.status),
                "created_at": e.created_at.isoformat(),
                "created_by": e.created_by,
                "attempts": e.attempts,
                "error": e.last_error,
                "text": e.text,
            }
            if args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                what = " ".join(e.text.split())[:60] or e.payload.get("action", "")
                error = f"\t{shown(e.error_words)}" if e.last_error else ""
                print(
                    f"{e.id}\t{record['account']}\t{e.action}\t{e.status}\t{what}{error}",
                    file=out,
                )
        return EXIT_OK
    try:
        if args.action == "retry":
            entry = ws.actions.get(args.id)
            if entry.status is not OutboxStatus.FAILED:
                not_failed = translate(
                    "CliOutbox", "entry {id} is {status}; only a failed one is retried."
                )
                said = not_failed.format(id=args.id, status=_status(entry.status))
                print(failure(said), file=sys.stderr)
                return EXIT_FAILED
            status = ws.actions.retry(args.id)
            entry_status = translate("CliOutbox", "Entry {id}: {status}.")
            print(entry_status.format(id=args.id, status=_status(status)), file=out)
            return EXIT_OK if status is not OutboxStatus.FAILED else EXIT_FAILED
        if ws.actions.cancel(args.id):
            cancelled = translate("CliOutbox", "Entry {id}: cancelled.")
            print(cancelled.format(id=args.id), file=out)
            return EXIT_OK
        gone = translate("CliOutbox", "entry {id} has gone out already; it cannot be taken back.")
        print(failure(gone.format(id=args.id)), file=sys.stderr)
        return EXIT_FAILED
    except LookupError as error:
        print(failure(shown(error)), file=sys.stderr)
        return EXIT_FAILED

"""The sync engine: runs accounts' connectors, stores what they read, sends the outbox.

Each account syncs on at most one thread at a time; different accounts may sync side by
side (``sync_many``). Only one process syncs a workspace at a time (core/sync/lock.py):
a sync started while another process holds the workspace raises SyncBusy. Work is cancellable between batches. One account failing never stops
the others: its error becomes the account's state, in words.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update

from connectors.api import (
    AuthExpired,
    Batch,
    Connector,
    ConnectorError,
    RateLimited,
)
from workbench.core.accounts.secrets import SecretsUnavailable
from workbench.core.accounts.service import (
    AccountError,
    AccountService,
    AccountView,
    RemovalSummary,
)
from workbench.core.accounts.state import AccountState
from workbench.core.outbox.service import Outbox
from workbench.core.stored_words import from_stored, plain, to_stored
from workbench.core.sync.after_commit import AfterCommit
from workbench.core.sync.commits import Committer
from workbench.core.sync.lock import LOCK_FILE, SyncBusy, WorkspaceLock
from workbench.core.sync.prefetch import END, Failure, Prefetcher
from workbench.core.sync.state import RunStatus, SyncStatus
from workbench.core.sync.writer import BatchWriter, WriteCounts
from workbench.core.text import QT_TRANSLATE_NOOP, Words, local_time_text
from workbench.db.models import Account, SyncCursor, SyncRun
from workbench.db.store import Store, StoreError

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SyncProgress:
    account_id: int
    account: str
    done: int
    total: int | None
    message: str


# What a sync tells the user, as Words (core/text.py): the GUI and the CLI translate them, the
# logs and ``SyncSummary.message`` are the English. A platform's or plugin's own words stay as
# they are, a value inside our sentence.
S = "Sync"
NO_MESSAGE = Words(S, "")
CONNECTING = QT_TRANSLATE_NOOP("Sync", "Connecting…")  # SyncProgress.message (marked(S, ...))
DONE = QT_TRANSLATE_NOOP("Sync", "Done")


def _connector_words(error: BaseException, fallback: Words) -> Words:
    """A connector's error text, framed by the account's state where a language needs it
    (English shows the connector's sentence alone, as before)."""
    text = str(error)
    if not text:
        return fallback
    if isinstance(error, AuthExpired):
        #: English shows the connector's own sentence alone; other languages may say
        #: "sign in again" around it (the sentence itself stays untranslated).
        return Words(
            "SyncAuthNeeded", QT_TRANSLATE_NOOP("SyncAuthNeeded", "{error}"), {"error": text}
        )
    if isinstance(error, RateLimited):
        #: English shows the connector's own sentence alone; other languages may say
        #: "rate-limited" around it (the sentence itself stays untranslated).
        return Words(
            "SyncRateLimited", QT_TRANSLATE_NOOP("SyncRateLimited", "{error}"), {"error": text}
        )
    #: English shows the connector's own sentence alone; other languages may say "the
    #: sync failed" around it (the sentence itself stays untranslated).
    return Words("SyncFailed", QT_TRANSLATE_NOOP("SyncFailed", "{error}"), {"error": text})


def _error_words(error: BaseException) -> Words:
    """An AccountError's or SecretsUnavailable's words (core marks them), else its text."""
    marked = error.args[0] if len(error.args) == 1 else None
    return marked if isinstance(marked, Words) else plain(str(error))


def run_message(run: SyncRun) -> Words:
    """A sync run's message, to show in the reader's language; a run stored before messages
    were kept as Words comes back as the plain text it was."""
    return from_stored(run.message or "")


@dataclass
class SyncSummary:
    account_id: int
    account: str
    status: SyncStatus = SyncStatus.OK
    words: Words = NO_MESSAGE
    counts: WriteCounts = field(default_factory=WriteCounts)
    sent: int = 0
    send_failed: int = 0

    @property
    def failed(self) -> bool:
        return self.status is SyncStatus.FAILED

    @property
    def message(self) -> str:
        """The message in English (logs, tests); show ``words`` translated."""
        return str(self.words)


ProgressCallback = Callable[[SyncProgress], None]


def _crashed(connector_name: str, error: BaseException) -> Words:
    return Words(
        S,
        QT_TRANSLATE_NOOP("Sync", "The {connector} connector failed: {error}"),
        {"connector": connector_name, "error": f"{type(error).__name__}: {error}"},
    )


def _close(connector: Connector) -> None:
    try:
        connector.close()
    except Exception:  # a plugin bug while closing must not undo a finished sync
        log.exception("connector %s failed to close", connector.id)


def _default_lock_path(store: Store) -> Path | None:
    """``sync.lock`` beside the SQLite file, in the workspace folder (none in memory)."""
    database = store.engine.url.database if store.is_sqlite else None
    if not database or database == ":memory:":
        return None
    return Path(database).parent / LOCK_FILE


class SyncEngine:
    def __init__(
        self,
        store: Store,
        accounts: AccountService,
        outbox: Outbox,
        *,
        lock_path: Path | None = None,
    ) -> None:
        self.store = store
        self.accounts = accounts
        self.outbox = outbox
        self._locks: dict[int, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        path = lock_path or _default_lock_path(store)
        self._workspace_lock = WorkspaceLock(path) if path else None
        # Run after each committed group with its new and changed ids (after_commit.py).
        self.after_commit: list[AfterCommit] = []

    def _holding_workspace(self) -> AbstractContextManager[None]:
        """The cross-process lock for a sync run; raises SyncBusy if another process has it."""
        return self._workspace_lock.held() if self._workspace_lock else nullcontext()

    def _lock_for(self, account_id: int) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(account_id, threading.Lock())

    def is_running(self, account_id: int) -> bool:
        return self._lock_for(account_id).locked()

    def remove_account(self, account_id: int) -> RemovalSummary:
        """Remove an account, but never under a running sync of it (whose next batch, or
        a refreshed token, would outlive the removal)."""
        lock = self._lock_for(account_id)
        if not lock.acquire(blocking=False):
            name = self.accounts.get(account_id).name
            text = QT_TRANSLATE_NOOP(
                "Sync", "“{name}” is syncing: stop the sync or wait, then remove it."
            )
            raise AccountError(Words(S, text, {"name": name}))
        try:
            with self._holding_workspace():  # nor under another process's sync
                return self.accounts.remove(account_id)
        except SyncBusy as busy:
            text = QT_TRANSLATE_NOOP(
                "Sync",
                "Another sync of this workspace is running ({who}): "
                "wait for it to finish, then remove the account.",
            )
            raise AccountError(Words(S, text, {"who": busy.holder.words()})) from busy
        finally:
            lock.release()

    def cursor(self, account_id: int) -> str | None:
        with self.store.session() as session:
            row = session.get(SyncCursor, account_id)
            return row.value if row else None

    # -- one account ------------------------------------------------------------------

    def sync(
        self,
        account_id: int,
        *,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        force: bool = False,
    ) -> SyncSummary:
        """Sync one account. Never raises for platform or plugin errors: see the summary.

        Raises SyncBusy when another process is syncing this workspace (nothing was done).
        """
        account = self.accounts.get(account_id)
        summary = SyncSummary(account.id, account.name)
        with self._holding_workspace():
            lock = self._lock_for(account.id)
            if not lock.acquire(blocking=False):
                summary.status, summary.words = (
                    SyncStatus.SKIPPED,
                    Words(
                        S, QT_TRANSLATE_NOOP("Sync", "A sync of this account is already running.")
                    ),
                )
                return summary
            try:
                summary = self._sync_locked(
                    account, summary, progress, cancel or threading.Event(), force
                )
            finally:
                lock.release()
        log.info("sync of %s: %s %s", account.name, summary.status, summary.message)
        return summary

    def _sync_locked(
        self,
        account: AccountView,
        summary: SyncSummary,
        progress: ProgressCallback | None,
        cancel: threading.Event,
        force: bool,
    ) -> SyncSummary:
        if not account.enabled:
            summary.status = SyncStatus.SKIPPED
            summary.words = Words(S, QT_TRANSLATE_NOOP("Sync", "The account is disabled."))
            return summary
        if cancel.is_set():  # e.g. Ctrl+C while this account waited for a free worker
            summary.status = SyncStatus.CANCELLED
            summary.words = Words(S, QT_TRANSLATE_NOOP("Sync", "Cancelled before it started."))
            return summary
        waiting = account.status is AccountState.RATE_LIMITED and account.retry_at is not None
        if not force and waiting and account.retry_at and account.retry_at > _now():
            summary.status = SyncStatus.SKIPPED
            summary.words = Words(
                S,
                QT_TRANSLATE_NOOP("Sync", "Rate-limited until {time}."),
                {"time": local_time_text(account.retry_at)},
            )
            return summary
        log.info("sync of %s (%s) starts", account.name, account.connector_id)
        run_id = self._start_run(account.id)

        def report(done: int, total: int | None, message: str) -> None:
            if progress is not None:
                progress(SyncProgress(account.id, account.name, done, total, message))

        report(0, None, CONNECTING)
        # Set when this sync stops for any reason, so a connector reading ahead stops too.
        stopped = threading.Event()
        try:
            connector = self.accounts.connector(
                account, lambda: cancel.is_set() or stopped.is_set()
            )
        except ConnectorError as error:
            return self._fail_with(summary, run_id, error)
        except (AccountError, SecretsUnavailable) as error:
            return self._fail(summary, run_id, AccountState.FAILING, _error_words(error))
        except Exception as error:  # a plugin's constructor may raise anything: isolate it
            log.exception("connector %s failed to start for %s", account.connector_id, account.name)
            return self._fail(
                summary, run_id, AccountState.FAILING, _crashed(account.connector_name, error)
            )
        try:
            writer = BatchWriter(
                account.id,
                connector.platform or connector.id,
                fts=self.store.is_sqlite,
                overlap=self.store.is_sqlite,
            )
            self._read_and_write(account.id, connector, writer, summary, cancel, stopped, report)
            # Also when the connector noticed the cancel first and simply stopped reading.
            if cancel.is_set():
                summary.status = SyncStatus.CANCELLED
                summary.words = Words(S, QT_TRANSLATE_NOOP("Sync", "Cancelled; will resume."))
        except ConnectorError as error:
            return self._fail_with(summary, run_id, error)
        except SecretsUnavailable as error:
            return self._fail(summary, run_id, AccountState.FAILING, _error_words(error))
        except StoreError:  # the workspace's problem, not the account's: tell the caller
            raise
        except Exception as error:  # a plugin bug must not take the app down
            log.exception(
                "connector %s crashed while syncing %s", account.connector_id, account.name
            )
            return self._fail(
                summary, run_id, AccountState.FAILING, _crashed(account.connector_name, error)
            )
        finally:
            _close(connector)
        if summary.send_failed and not summary.message:
            summary.words = Words(
                S,
                QT_TRANSLATE_NOOP("Sync", "{n} action(s) could not be sent."),
                {"n": summary.send_failed},
            )
        self._finish_run(run_id, summary, RunStatus(summary.status))
        self._set_state(account.id, AccountState.OK, summary.words, last_sync=True)
        report(summary.counts.new, summary.counts.new, DONE)
        return summary

    def _platform_work(
        self, account_id: int, connector: Connector, summary: SyncSummary
    ) -> Iterator[Batch]:
        """Everything that talks to the platform, in order, on the reader thread: the
        outbox first, then reading. One thread, so a connector keeps one session."""
        summary.sent, summary.send_failed = self.outbox.send_pending(account_id, connector)
        yield from connector.read(self.cursor(account_id))

    def _read_and_write(
        self,
        account_id: int,
        connector: Connector,
        writer: BatchWriter,
        summary: SyncSummary,
        cancel: threading.Event,
        stopped: threading.Event,
        report: Callable[[int, int | None, str], None],
    ) -> None:
        """Read on the reader thread, write here; what the connector raised comes out here."""
        seen = 0
        notices: list[str] = []
        reader = Prefetcher(
            self._platform_work(account_id, connector, summary), name=summary.account
        )
        committer = Committer(self.store, writer, reader, cancel, tuple(self.after_commit))
        try:
            while True:
                written, counts, after = committer.next_group()
                summary.counts.add(counts)
                for batch in written:  # reported after the commit, never inside it
                    notices.extend(n for n in batch.notices if n not in notices)
                    if notices and summary.status is SyncStatus.OK:
                        summary.words = plain(" ".join(notices))  # the connector's words
                    seen += len(batch.items) + len(batch.deletions)
                    step = batch.progress
                    report(
                        step.done if step else seen,
                        step.total if step else None,
                        step.message if step else "",
                    )
                if isinstance(after, Failure):
                    raise after.error
                if after is END or cancel.is_set():
                    return
        finally:
            stopped.set()  # a connector checking is_cancelled() stops reading ahead
            reader.close()

    # -- runs and states --------------------------------------------------------------

    def _start_run(self, account_id: int) -> int:
        with self.store.writing() as session:
            # A run still "running" here was cut short by a crash or a kill.
            session.execute(
                update(SyncRun)
                .where(SyncRun.account_id == account_id, SyncRun.status == RunStatus.RUNNING)
                .values(status=RunStatus.INTERRUPTED, finished_at=_now())
            )
            run = SyncRun(
                account_id=account_id,
                started_at=_now(),
                status=RunStatus.RUNNING,
                new=0,
                updated=0,
                deleted=0,
                errors=0,
                message="",
            )
            session.add(run)
            session.flush()
            return run.id

    def _finish_run(self, run_id: int, summary: SyncSummary, status: RunStatus) -> None:
        with self.store.writing() as session:
            run = session.get_one(SyncRun, run_id)
            run.status = status
            run.finished_at = _now()
            run.new, run.updated = summary.counts.new, summary.counts.updated
            run.deleted = summary.counts.deleted
            run.errors = summary.counts.skipped + summary.send_failed
            run.message = to_stored(summary.words)  # read back with run_message()

    def _set_state(
        self,
        account_id: int,
        status: AccountState,
        message: Words,
        *,
        retry_at: datetime | None = None,
        last_sync: bool = False,
    ) -> None:
        values: dict[str, object] = {
            "status": status,
            "status_message": to_stored(message),  # translated when shown
            "retry_at": retry_at,
        }
        if last_sync:
            values["last_sync_at"] = _now()
        with self.store.writing() as session:
            session.execute(update(Account).where(Account.id == account_id).values(**values))

    def _fail(
        self,
        summary: SyncSummary,
        run_id: int,
        status: AccountState,
        message: Words,
        *,
        retry_at: datetime | None = None,
    ) -> SyncSummary:
        log.warning("sync of %s failed (%s): %s", summary.account, status, message)
        summary.status, summary.words = SyncStatus.FAILED, message
        self._finish_run(run_id, summary, RunStatus.FAILED)
        self._set_state(summary.account_id, status, message, retry_at=retry_at)
        return summary

    def _fail_with(self, summary: SyncSummary, run_id: int, error: ConnectorError) -> SyncSummary:
        """The account's state for a platform error: sign in again, wait, or failing."""
        if isinstance(error, AuthExpired):
            again = Words(S, QT_TRANSLATE_NOOP("Sync", "Sign in again."))
            words = _connector_words(error, again)
            return self._fail(summary, run_id, AccountState.AUTH_NEEDED, words)
        if isinstance(error, RateLimited):
            words = _connector_words(error, plain(""))
            return self._fail(
                summary, run_id, AccountState.RATE_LIMITED, words, retry_at=error.retry_at
            )
        words = _connector_words(error, plain(type(error).__name__))
        return self._fail(summary, run_id, AccountState.FAILING, words)

    def last_runs(self, account_id: int, limit: int = 10) -> list[SyncRun]:
        with self.store.session() as session:
            return list(
                session.scalars(
                    select(SyncRun)
                    .where(SyncRun.account_id == account_id)
                    .order_by(SyncRun.id.desc())
                    .limit(limit)
                )
            )

    # -- many accounts ----------------------------------------------------------------

    def sync_many(
        self,
        account_ids: Iterable[int],
        *,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        workers: int = 3,
        force: bool = False,
    ) -> list[SyncSummary]:
        """Sync the accounts side by side; ``force`` also syncs rate-limited ones.

        Raises SyncBusy, before syncing any, when another process is syncing this workspace.
        """
        ids = list(account_ids)
        if not ids:
            return []
        with self._holding_workspace():  # one run: no other process slips in between
            return self._sync_many_held(ids, progress, cancel, workers, force)

    def _sync_many_held(
        self,
        ids: list[int],
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        workers: int,
        force: bool,
    ) -> list[SyncSummary]:
        with ThreadPoolExecutor(
            max_workers=min(workers, len(ids)), thread_name_prefix="sync"
        ) as pool:
            futures = [
                pool.submit(self.sync, i, progress=progress, cancel=cancel, force=force)
                for i in ids
            ]
            summaries = []
            for account_id, future in zip(ids, futures, strict=True):
                try:
                    summaries.append(future.result())
                except AccountError as error:  # e.g. removed since the list was made
                    summaries.append(
                        SyncSummary(
                            account_id, str(account_id), SyncStatus.FAILED, _error_words(error)
                        )
                    )
            return summaries

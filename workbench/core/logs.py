"""Logging for the CLI and the app: stderr by verbosity, and a rotating log in the workspace.

``setup_logging(data_dir, verbosity)`` sends WARNING (0), INFO (1, ``-v``) or DEBUG
(2, ``-vv``) to stderr, and INFO (DEBUG at ``-vv``) to ``<workspace>/logs/workbench.log``
(2 MiB, three old files kept). Calling it again replaces what it set up.

Secrets never reach a log: every handler set up here has a ``RedactSecrets`` filter, which
replaces each secret value this process has stored or read (``remember_secret``, called by
the secrets code) and anything that looks like a credential (Authorization headers,
``access_token=...``, ``bearer ...``, ``"password": ...``) with ``[redacted]``.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path
from urllib.parse import quote, quote_plus

LOG_FILE = Path("logs") / "workbench.log"
MAX_BYTES, BACKUPS = 2 * 1024 * 1024, 3
REDACTED = "[redacted]"
# Shorter values are not secrets anyone uses, and redacting them would garble every line.
MIN_SECRET_LENGTH = 4

_KEYS = (
    "(?:access_token|refresh_token|id_token|client_secret|appsecret_proof|password|passwd"
    "|api_key|apikey|token|secret)"
)
# Each pattern: group 1 is kept, the rest replaced; a value already redacted is left alone.
_NOT_DONE = r"(?!\[redacted\])"
_CREDENTIAL_PATTERNS = (
    # Authorization: Bearer abc / 'Authorization': 'Basic abc=' / Proxy-Authorization
    re.compile(
        r"(?i)(\b(?:proxy-)?authorization\b['\"]?\s*[:=]\s*['\"]?)"
        + _NOT_DONE
        + r"((?:bearer|basic|token|oauth|bot)\s+)?[^\s'\",}]+"
    ),
    re.compile(r"(?i)(\bbearer\s+)" + _NOT_DONE + r"[A-Za-z0-9._~+/=-]+"),
    # access_token=abc&... / "refresh_token": "abc" / ('password', 'abc')
    re.compile(
        rf"(?i)(\b{_KEYS}\b(?:['\"]?\s*[:=]\s*['\"]?|['\"],\s*['\"])){_NOT_DONE}"
        r"[^\s'\"&,;})\]]+"
    ),
)

_known: set[str] = set()
_known_pattern: re.Pattern[str] | None = None
_known_guard = threading.Lock()


def remember_secret(value: str | None) -> None:
    """Redact ``value`` (and its URL-encoded forms) from every log line from now on."""
    global _known_pattern
    if not value or len(value) < MIN_SECRET_LENGTH:
        return
    forms = {value, quote(value, safe=""), quote_plus(value)}
    with _known_guard:
        if forms <= _known:
            return
        _known.update(forms)
        # Longest first, so a secret containing another is replaced whole.
        alternatives = sorted(_known, key=len, reverse=True)
        _known_pattern = re.compile("|".join(re.escape(a) for a in alternatives))


def forget_secrets() -> None:
    """Forget every remembered secret (tests start from none)."""
    global _known_pattern
    with _known_guard:
        _known.clear()
        _known_pattern = None


def redact(text: str) -> str:
    pattern = _known_pattern
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    for credential in _CREDENTIAL_PATTERNS:
        text = credential.sub(lambda m: (m.group(1) or "") + REDACTED, text)
    return text


class RedactSecrets(logging.Filter):
    """Rewrites each record's message, traceback and stack with secrets redacted."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "redacted", False):  # a record passes each handler's filter
            return True
        record.redacted = True
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:  # a formatter uses exc_text when it is set
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _WorkspaceLogHandler(logging.handlers.RotatingFileHandler):
    """Creates logs/ on the first record; a log that cannot be written says so once."""

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        self.setLevel(logging.CRITICAL + 1)  # no traceback on stderr for every line
        print(f"workbench: cannot write the log {self.baseFilename}: {error}", file=sys.stderr)


_installed: list[logging.Handler] = []
_root_level: list[int] = []  # the root level before setup_logging, put back by stop_logging

CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"
FILE_FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"


def _level(verbosity: int) -> int:
    return (logging.WARNING, logging.INFO)[verbosity] if verbosity < 2 else logging.DEBUG


def setup_logging(data_dir: Path | None, verbosity: int = 0) -> Path | None:
    """Log to stderr and to the workspace's log file; returns the file's path (None when
    ``data_dir`` is None or is not a folder). Safe to call again (e.g. another workspace)."""
    stop_logging()
    root = logging.getLogger()
    _root_level.append(root.level)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(_level(verbosity))
    console.setFormatter(logging.Formatter(CONSOLE_FORMAT))
    handlers: list[logging.Handler] = [console]
    path = None
    if data_dir is not None and (data_dir.is_dir() or not data_dir.exists()):
        path = data_dir / LOG_FILE
        # delay: the file (and logs/) only appear once there is something to write.
        file = _WorkspaceLogHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        file.setLevel(min(_level(verbosity), logging.INFO))
        file.setFormatter(logging.Formatter(FILE_FORMAT))
        handlers.append(file)
    for handler in handlers:
        handler.addFilter(RedactSecrets())
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(min(h.level for h in handlers))
    return path


def stop_logging() -> None:
    """Remove and close what setup_logging added (the file is flushed and closed)."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    if _root_level:
        root.setLevel(_root_level.pop())

"""Logging: -v/-vv on stderr, the rotating log file in the workspace, and no secret in either."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from plugins.support import TOKEN, install

from workbench.cli import main
from workbench.core import logs

log = logging.getLogger("workbench.tests.logs")


@pytest.fixture(autouse=True)
def no_remembered_secrets() -> Iterator[None]:
    logs.forget_secrets()
    yield
    logs.stop_logging()
    logs.forget_secrets()


def log_text(folder: Path) -> str:
    return (folder / "logs" / "workbench.log").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("GET https://graph.test/me/feed?access_token=EAAB9x7&fields=id", "fields=id"),
        ("headers {'Authorization': 'Bearer eyJ.abc-1', 'Accept': '*/*'}", "Accept"),
        ("Authorization: Basic Y2xpZW50OnNlY3JldA==", "Authorization"),
        ('answer {"access_token": "EAAB9x7", "expires_in": 3600}', "expires_in"),
        ("data [('grant_type', 'password'), ('password', 'EAAB9x7')]", "grant_type"),
        ("retrying with bearer EAAB9x7 now", "now"),
        ("refresh_token=EAAB9x7; Path=/", "Path=/"),
    ],
)
def test_credentials_are_redacted_by_their_look(line: str, kept: str) -> None:
    redacted = logs.redact(line)
    assert "EAAB9x7" not in redacted and "eyJ.abc-1" not in redacted
    assert "Y2xpZW50OnNlY3JldA" not in redacted
    assert logs.REDACTED in redacted and kept in redacted
    assert logs.redact(redacted) == redacted  # each handler's filter may see it again


def test_ordinary_text_is_left_alone() -> None:
    for line in ("the token, which expired", "HTTP status code: 429", "sync of Team: ok"):
        assert logs.redact(line) == line


def test_a_remembered_secret_is_redacted_in_every_form(tmp_path: Path) -> None:
    secret = "pa ss/wörd+1"
    logs.remember_secret(secret)
    logs.remember_secret("abc")  # too short to be anyone's secret: not remembered
    path = logs.setup_logging(tmp_path, verbosity=2)
    assert path == tmp_path / "logs" / "workbench.log"
    log.debug(
        "plain %s, quoted %s, form %s", secret, "pa%20ss%2Fw%C3%B6rd%2B1", "pa+ss%2Fw%C3%B6rd%2B1"
    )
    try:
        raise RuntimeError(f"login refused for {secret}")
    except RuntimeError:
        log.exception("sign-in failed")
    log.info("abc stays")
    logs.stop_logging()
    text = log_text(tmp_path)
    assert "pa ss" not in text and "w%C3%B6rd" not in text
    assert text.count(logs.REDACTED) == 4  # three in the message, one in the traceback
    assert "Traceback" in text and "abc stays" in text


def test_verbosity_on_stderr_and_in_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for verbosity, shown in ((0, "WARNING"), (1, "INFO"), (2, "DEBUG")):
        logs.setup_logging(tmp_path, verbosity)
        log.debug("a debug line %d", verbosity)
        log.info("an info line %d", verbosity)
        log.warning("a warning line %d", verbosity)
        logs.stop_logging()
        err = capsys.readouterr().err
        levels = [line.split()[0] for line in err.splitlines()]
        assert levels == ["DEBUG", "INFO", "WARNING"][["DEBUG", "INFO", "WARNING"].index(shown) :]
    text = log_text(tmp_path)
    # The file keeps INFO and above always, DEBUG at -vv.
    assert "a debug line 0" not in text and "a debug line 1" not in text
    assert "a debug line 2" in text and "an info line 0" in text
    assert f" {os.getpid()} MainThread INFO workbench.tests.logs: an info line 0" in text


def test_stopping_puts_the_root_level_back(tmp_path: Path) -> None:
    before = logging.getLogger().level
    logs.setup_logging(tmp_path, verbosity=2)
    logs.setup_logging(tmp_path, verbosity=1)  # again, as for another workspace
    assert logging.getLogger().level == logging.INFO
    logs.stop_logging()
    assert logging.getLogger().level == before


def test_the_log_file_rotates_at_a_few_megabytes(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path, verbosity=0)
    line = "x" * 1000
    for _ in range(int(logs.MAX_BYTES * (logs.BACKUPS + 2) / 1000)):
        log.info(line)
    logs.stop_logging()
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["workbench.log", "workbench.log.1", "workbench.log.2", "workbench.log.3"]
    assert all((tmp_path / "logs" / f).stat().st_size <= logs.MAX_BYTES for f in files)


def test_no_log_file_where_the_workspace_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("not a folder")
    assert logs.setup_logging(in_the_way, verbosity=1) is None
    log.info("still logged on stderr")
    assert "still logged on stderr" in capsys.readouterr().err


def test_an_unwritable_log_says_so_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "logs").write_text("a file where the logs folder goes")
    logs.setup_logging(folder, verbosity=0)
    log.info("first")
    log.info("second")
    err = capsys.readouterr().err
    assert err.count("workbench: cannot write the log ") == 1
    assert "Traceback" not in err


def sync_chatty(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    install(folder, "chatty")
    monkeypatch.setenv("WORKBENCH_SECRET_TOKEN", TOKEN)
    data = ["--data-dir", str(folder), "-vv"]
    assert main([*data, "accounts", "add", "chatty", "Chat"], io.StringIO()) == 0
    logs.forget_secrets()  # a sync runs in a process of its own, which never read the token
    out = io.StringIO()
    code = main([*data, "sync"], out)
    return code, out.getvalue()


def test_a_plugin_logging_its_token_leaves_no_token_in_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ws"
    code, out = sync_chatty(folder, monkeypatch)
    assert (code, out) == (0, "Chat: ok, 1 new, 0 updated, 0 deleted, 0 errors\n")
    text = log_text(folder)
    for kept in ("feed?access_token=[redacted]&limit=10", "'Authorization': '[redacted]'",
                 '"access_token": "[redacted]"', "sync of Chat: ok"):  # fmt: skip
        assert kept in text
    # Even the bare token, which no pattern can tell from text: the secrets code remembers
    # every value it reads from the keyring.
    assert [line for line in text.splitlines() if TOKEN in line] == []
    assert [line for line in capsys.readouterr().err.splitlines() if TOKEN in line] == []


def test_a_bare_token_read_from_the_keyring_is_redacted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ws"
    assert sync_chatty(folder, monkeypatch)[0] == 0
    assert TOKEN not in log_text(folder)

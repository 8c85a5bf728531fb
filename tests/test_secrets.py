"""Where secrets go: never silently into memory, refused when nothing can keep them, and kept
across a restart by the encrypted secrets file (the passphrase written nowhere)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from plugins.support import TOKEN, install, item, write_script
from plugins.support import batch as script_batch

from workbench.core.accounts import secrets
from workbench.core.accounts.secrets import MemoryKeyring, SecretsUnavailable
from workbench.core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "tests-only passphrase 7Qx!"


def _env(home: Path, **more: str) -> dict[str, str]:
    """A child process with this checkout's code, a home of its own and no keyring choice."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON_KEYRING", "WORKBENCH"))}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # never the developer's own keyring
    env.update(
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        **more,
    )
    return env


def _workbench(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workbench", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def scripted_dir(tmp_path: Path) -> tuple[Path, Path]:
    data_dir = tmp_path / "workspace"
    install(data_dir, "scripted")
    script = write_script(
        data_dir / "script.json", batches=[script_batch(item("p1", "Hello"), cursor="1")]
    )
    return data_dir, script


def test_the_memory_keyring_is_never_chosen_on_its_own(tmp_path: Path) -> None:
    # keyring's own detection, after our module is imported, as on a machine with no keyring.
    code = (
        "import keyring.core, workbench.core.accounts.secrets as s; "
        "keyring.core.init_backend(); "
        "print(type(keyring.get_keyring()).__name__, s.state().storage)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(tmp_path / "home"),
        timeout=60,
        check=True,
    )
    assert "MemoryKeyring" not in done.stdout
    assert "memory" not in done.stdout.split()[-1]


def test_without_a_keyring_an_account_with_a_secret_is_refused(
    workspace: Workspace, scripted_dir: tuple[Path, Path], memory_keyring: MemoryKeyring
) -> None:
    keyring.set_keyring(fail.Keyring())
    assert not secrets.keyring_available()
    with pytest.raises(SecretsUnavailable, match="cannot be saved"):
        secrets.set_account_secret("some-account", "token", TOKEN)
    assert memory_keyring.values == {}
    # An account without secrets is fine, and removing it still works.
    demo = workspace.accounts.add("demo", "Demo", {})
    workspace.accounts.remove(demo.id)


def test_a_keyring_that_drops_secrets_is_not_reported_as_saving() -> None:
    keyring.set_keyring(null.Keyring())  # keyring's null backend: accepts and forgets
    state = secrets.state()
    assert not state.can_store and not state.persistent
    with pytest.raises(SecretsUnavailable):
        secrets.set_secret("some-account", "token", TOKEN)


def test_the_warning_is_among_the_start_up_notices(workspace: Workspace) -> None:
    assert secrets.HOW_TO_FIX not in [str(n) for n in workspace.startup_notices()]
    keyring.set_keyring(fail.Keyring())
    assert secrets.HOW_TO_FIX in [str(n) for n in workspace.startup_notices()]
    assert "encrypted secrets file" in secrets.HOW_TO_FIX


def test_cli_accounts_add_fails_without_a_keyring(
    tmp_path: Path, scripted_dir: tuple[Path, Path]
) -> None:
    data_dir, script = scripted_dir
    env = _env(
        tmp_path / "home",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        WORKBENCH_SECRET_TOKEN=TOKEN,
    )
    added = _workbench(
        env, "--data-dir", str(data_dir), "accounts", "add", "scripted", "Team",
        "--set", f"script={script}",
    )  # fmt: skip
    assert added.returncode == 1
    assert added.stderr.startswith("workbench: No system keyring is available")
    assert "encrypted secrets file" in added.stderr and "Traceback" not in added.stderr
    listed = _workbench(env, "--data-dir", str(data_dir), "accounts", "list")
    assert "Team" not in listed.stdout


def test_encrypted_file_keeps_a_secret_across_a_restart(
    tmp_path: Path, scripted_dir: tuple[Path, Path]
) -> None:
    data_dir, script = scripted_dir
    home = tmp_path / "home"
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    first = _env(home, WORKBENCH_SECRETS_PASSPHRASE=PASSPHRASE, WORKBENCH_SECRET_TOKEN=TOKEN)
    added = _workbench(
        {**first, **no_keyring}, "--data-dir", str(data_dir), "accounts", "add", "scripted",
        "Team", "--set", f"script={script}",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr

    # A new process: the token is read back from the file (the scripted platform needs it).
    again = _env(home, WORKBENCH_SECRETS_PASSPHRASE=PASSPHRASE, **no_keyring)
    synced = _workbench(again, "--data-dir", str(data_dir), "sync")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Team: ok, 1 new")

    # Without the passphrase the file stays locked, and the sync says what to do.
    locked = _workbench(_env(home, **no_keyring), "--data-dir", str(data_dir), "sync")
    assert "locked" in locked.stdout + locked.stderr
    wrong = _workbench(
        _env(home, WORKBENCH_SECRETS_PASSPHRASE="not it", **no_keyring),
        "--data-dir", str(data_dir), "sync",
    )  # fmt: skip
    assert "not the passphrase" in wrong.stderr

    secrets_file = home / ".local" / "share" / "Community Workbench" / "secrets.cfg"
    assert secrets_file.is_file()
    assert secrets_file.stat().st_mode & 0o077 == 0  # readable by its owner only
    for path in [*home.rglob("*"), *data_dir.rglob("*")]:
        if path.is_file():
            content = path.read_bytes()
            assert PASSPHRASE.encode() not in content, path
            assert TOKEN.encode() not in content, path


def test_self_test_names_the_memory_keyring_and_fails_without_one(tmp_path: Path) -> None:
    memory = _env(
        tmp_path / "home",
        PYTHON_KEYRING_BACKEND="workbench.core.accounts.secrets.MemoryKeyring",
        QT_QPA_PLATFORM="offscreen",
    )
    passed = _workbench(memory, "--data-dir", str(tmp_path / "a"), "--self-test")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "keyring: memory keyring (tests only, chosen by PYTHON_KEYRING_BACKEND)" in passed.stdout
    assert "keyring: ok" not in passed.stdout

    none = {**memory, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    failed = _workbench(none, "--data-dir", str(tmp_path / "b"), "--self-test")
    assert failed.returncode == 1
    assert "keyring: FAILED: No system keyring is available" in failed.stdout


def test_bad_passphrases_and_a_damaged_file_are_refused_in_words() -> None:
    from workbench.core.accounts import secret_file

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretsUnavailable, match="cannot be empty"):
        secrets.use_encrypted_file("   ")
    assert secrets.state().storage is secrets.Storage.NONE  # nothing was created
    secrets.use_encrypted_file(PASSPHRASE)
    secrets.set_secret("acct", "token", TOKEN)

    keyring.set_keyring(fail.Keyring())  # as after a restart, before the passphrase
    assert secrets.state().storage is secrets.Storage.LOCKED
    with pytest.raises(SecretsUnavailable, match="locked"):
        secrets.set_secret("acct", "token", "other")
    with pytest.raises(SecretsUnavailable, match="not the passphrase"):
        secrets.use_encrypted_file("wrong")
    assert secrets.state().storage is secrets.Storage.LOCKED

    # Damage the stored token (not the passphrase check): it reads as damaged, in words.
    path = secret_file.default_path()
    text = path.read_text()
    head, entries = text.split("[community_2Dworkbench]")
    first = entries.split("\n\t")[1]
    path.write_text(head + "[community_2Dworkbench]" + entries.replace(first, first[::-1], 1))
    secrets.use_encrypted_file(PASSPHRASE)
    with pytest.raises(SecretsUnavailable, match="changed or damaged"):
        secrets.get_secret("acct", "token")

"""`workbench --self-test`: open the window, check the parts a user relies on, report.

Used as a smoke test by CI and by the packaged app's build script.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMainWindow

from connectors.registry import PluginState
from workbench.core.accounts import secrets
from workbench.core.workspace import Workspace


def _check_store(workspace: Workspace) -> str:
    accounts = workspace.accounts.all()
    items = sum(a.item_count for a in accounts)
    return f"{len(accounts)} accounts, {items:,} items in {workspace.data_dir}"


def _check_plugins(workspace: Workspace) -> str:
    plugins = workspace.registry.plugins
    loaded = [p.id for p in plugins if p.state is PluginState.LOADED]
    if not loaded:
        raise RuntimeError("no connector could be loaded")
    others = [
        f"{p.id} {p.state} ({p.reason})" for p in plugins if p.state is not PluginState.LOADED
    ]
    return f"loaded {', '.join(loaded)}" + (f"; not loaded: {'; '.join(others)}" if others else "")


def _check_keyring() -> tuple[str, str]:
    """Fails unless secrets survive a restart; the tests' memory keyring is named as such."""
    state = secrets.state()
    if not state.can_store:
        raise RuntimeError(state.problem())
    probe = f"self-test-{uuid.uuid4()}"
    secrets.set_secret(probe, "probe", "ok")
    try:
        if secrets.get_secret(probe, "probe") != "ok":
            raise RuntimeError("the keyring did not return what was stored")
    finally:
        secrets.delete_secret(probe, "probe")
    if not state.persistent:
        return "memory keyring (tests only, chosen by PYTHON_KEYRING_BACKEND)", (
            "secrets are forgotten at exit"
        )
    return "ok", f"store and read back a secret with {state.describe()}"


def run_self_test(
    app: QApplication, window: QMainWindow, workspace: Workspace, shown_ms: float
) -> int:
    app.processEvents()
    checks: dict[str, Callable[[], str | tuple[str, str]]] = {
        "window": lambda: f"main window shown after {shown_ms:.0f} ms ({app.platformName()})",
        "store": lambda: _check_store(workspace),
        "plugins": lambda: _check_plugins(workspace),
        "keyring": _check_keyring,
    }
    failed = 0
    for name, check in checks.items():
        try:
            result = check()
            verdict, text = result if isinstance(result, tuple) else ("ok", result)
            print(f"{name}: {verdict}: {text}")
        except Exception as error:
            failed += 1
            print(f"{name}: FAILED: {error}")
    if not window.isVisible():
        failed += 1
        print("window: FAILED: the main window is not visible")
    print("self-test passed" if not failed else f"self-test failed: {failed} check(s)")
    return 1 if failed else 0

"""Start-up notices reach the user through the message bridge, even before the window exists."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail

from workbench.core.messages import Level, Message, MessageBridge
from workbench.core.workspace import Workspace


def test_messages_sent_before_a_listener_are_kept_and_delivered() -> None:
    bridge = MessageBridge()
    bridge.warning("early")
    received: list[Message] = []
    bridge.connect(received.append)
    bridge.info("later")
    assert received == [Message(Level.WARNING, "early"), Message(Level.INFO, "later")]


def test_broken_plugin_and_missing_keyring_are_announced(data_dir: Path) -> None:
    (data_dir / "plugins").mkdir(parents=True)
    (data_dir / "plugins" / "broken.py").write_text("import does_not_exist\n")
    keyring.set_keyring(keyring.backends.fail.Keyring())
    workspace = Workspace.open(data_dir)
    try:
        notices = [str(n) for n in workspace.startup_notices()]
    finally:
        workspace.close()
    assert any("broken" in n and "see Accounts" in n for n in notices)
    assert any("keyring" in n for n in notices)

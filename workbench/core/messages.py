"""Messages from core code to the user, without Qt.

Core code calls ``info``/``warning``/``error``; the GUI connects a listener that shows them.
Messages sent before a listener exists (during start-up) are kept and delivered on connect.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


class Level(enum.StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: str


Listener = Callable[[Message], None]


class MessageBridge:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[Message] = []
        self._listener: Listener | None = None

    def connect(self, listener: Listener) -> None:
        with self._lock:
            self._listener = listener
            pending, self._pending = self._pending, []
        for message in pending:
            listener(message)

    def send(self, level: Level, text: str) -> None:
        log.log(logging.ERROR if level is Level.ERROR else logging.INFO, "%s", text)
        with self._lock:
            listener = self._listener
            if listener is None:
                self._pending.append(Message(level, text))
                return
        listener(Message(level, text))

    def info(self, text: str) -> None:
        self.send(Level.INFO, text)

    def warning(self, text: str) -> None:
        self.send(Level.WARNING, text)

    def error(self, text: str) -> None:
        self.send(Level.ERROR, text)


bridge = MessageBridge()

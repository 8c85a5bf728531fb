"""One signal that carries what an operation changed (core.changes.Changes) to every pane.

``announce(changes, source)``: ``source`` is the pane that made the change and already
shows it (it may skip its own refresh); slots run on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workbench.core.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object, object)  # Changes, the announcing QObject or None
    # A pane asks to show these items in the inbox (a core.inbox.query.View); the window
    # switches to the inbox, which shows the view (Analytics: the items behind a bar).
    show_in_inbox = Signal(object)

    def announce(self, changes: Changes, source: QObject | None = None) -> None:
        if changes.any:
            self.changed.emit(changes, source)

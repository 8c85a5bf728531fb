"""The open item: its detail shown when the selection moves, remote images on request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from workbench.core.inbox import remote_images
from workbench.core.inbox.service import InboxService, ItemDetail
from workbench.gui.inbox.model import ID_ROLE

if TYPE_CHECKING:
    from workbench.gui.inbox.pane import InboxPane


class Reading:
    def __init__(self, pane: InboxPane, inbox: InboxService) -> None:
        self.pane = pane
        self.inbox = inbox
        self._generation = 0  # only the last item asked for is shown

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show(int(self.pane.model.data(current, ID_ROLE)))

    def show(self, item_id: int) -> None:
        self._generation += 1
        generation = self._generation
        view = self.pane.item_view

        def done(detail: ItemDetail | None) -> None:
            if generation != self._generation:
                return
            if detail is None:
                view.clear()
            else:
                view.show_detail(detail)

        self.pane.run(lambda: self.inbox.detail(item_id), done)

    def load_remote(self, urls: list[str]) -> None:
        """The user asked for the item's remote images: fetched off the GUI thread."""
        view = self.pane.item_view

        def fetched(images: list[tuple[str, bytes]]) -> None:
            for url, data in images:
                view.add_image(url, data)

        self.pane.run(lambda: remote_images.fetch_images(urls), fetched)

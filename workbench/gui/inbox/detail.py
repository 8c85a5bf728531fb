"""The item view: full text (HTML sanitized with nh3), thread, author's other items, notes
and the outbox results of the item, with retry.

Remote images and other remote content are never fetched unless the user clicks "Load
remote images": sanitized HTML keeps ``<img>`` tags, but the browser widget answers every
remote resource request with nothing until then.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

import nh3
from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.inbox.service import InboxRow, ItemDetail
from workbench.core.outbox.service import OutboxView
from workbench.gui.inbox.model import cell, state_label

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "i", "img", "li",
    "ol", "p", "pre", "s", "span", "strong", "sub", "sup", "table", "td", "th", "tr", "u",
    "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}


def tr(text: str) -> str:
    return QCoreApplication.translate("ItemView", text)


def sanitize(markup: str) -> str:
    """Only harmless formatting, links and images survive; scripts, styles, events go."""
    return nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def body_html(detail: ItemDetail) -> str:
    if detail.row.deleted:
        return "<p><i>" + html.escape(tr("This item was deleted on the platform.")) + "</i></p>"
    if detail.html.strip():
        return sanitize(detail.html)
    paragraphs = [p for p in detail.text.split("\n\n") if p.strip()]
    return (
        "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)
        or "<p><i>" + html.escape(tr("(no text)")) + "</i></p>"
    )


class SafeBrowser(QTextBrowser):
    """A text browser that loads no remote resource unless told to."""

    remote_blocked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allow_remote = False
        self.setOpenLinks(False)  # links open in the system browser, on click only
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        target = QUrl(url)
        if target.scheme() in ("http", "https", "ftp", "file", ""):
            if not self.allow_remote:
                self.remote_blocked.emit()
            # Remote content arrives only through document().addResource after a fetch
            # the user asked for; the widget itself never opens a connection or a file.
            return None
        return super().loadResource(kind, target)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


def _related_item(row: InboxRow) -> QListWidgetItem:
    text = f"{cell(row, 'time')} · {cell(row, 'kind')} · {cell(row, 'author')}: {cell(row, 'item')}"
    item = QListWidgetItem(text[:180])
    item.setData(256, row.id)
    item.setToolTip(cell(row, "community"))
    return item


def outbox_text(entry: OutboxView) -> str:
    when = entry.created_at.astimezone().strftime("%d %b %H:%M")
    status = {
        "pending": tr("Waiting to be sent (goes out with the next sync)"),
        "sending": tr("Sending…"),
        "sent": tr("Sent"),
        "failed": tr("Failed"),
        "manual": tr("To do by hand on the platform"),
        "done": tr("Done by hand"),
    }.get(entry.status, entry.status)
    text = f"{when} · {entry.action} · {status}: {entry.text[:80]}"
    if entry.last_error and entry.status in ("failed", "pending"):
        text += "\n" + tr("Error: {error}").format(error=entry.last_error)
    return text


class ItemView(QWidget):
    """Shows one item; emits what the user asks for (the pane does the work)."""

    open_item = Signal(int)
    retry_entry = Signal(int)
    mark_entry_done = Signal(int)
    reply_clicked = Signal()
    load_remote = Signal(list)  # the remote image URLs to fetch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ItemDetail | None = None
        self.header = QLabel(tr("Select an item to read it here."))
        self.header.setWordWrap(True)
        self.header.setTextFormat(self.header.textFormat().RichText)
        self.header.setOpenExternalLinks(False)
        self.header.linkActivated.connect(self._on_link_activated)
        self.browser = SafeBrowser()
        self.browser.setObjectName("itemBody")
        self.remote_button = QPushButton(tr("Load remote images"))
        self.remote_button.setToolTip(tr("Images from other sites are not loaded until you ask."))
        self.remote_button.hide()
        self.remote_button.clicked.connect(self._on_remote_clicked)
        self.reply_button = QPushButton(tr("Reply (R)"))
        self.reply_button.clicked.connect(self.reply_clicked)
        self.reply_button.setEnabled(False)
        self.open_button = QPushButton(tr("Open on platform"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remote_button)
        buttons.addStretch(1)

        self.thread_list = QListWidget()
        self.others = QListWidget()
        self.notes = QListWidget()
        self.outbox = QListWidget()
        self.retry_button = QPushButton(tr("Retry sending"))
        self.retry_button.setEnabled(False)
        self.done_button = QPushButton(tr("Mark done by hand"))
        self.done_button.setEnabled(False)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.outbox.currentRowChanged.connect(self._on_outbox_row)
        for listing in (self.thread_list, self.others):
            listing.itemActivated.connect(self._on_related_activated)
            listing.itemDoubleClicked.connect(self._on_related_activated)
        outbox_page = QWidget()
        outbox_layout = QVBoxLayout(outbox_page)
        outbox_layout.setContentsMargins(0, 0, 0, 0)
        outbox_layout.addWidget(self.outbox)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.done_button)
        row.addStretch(1)
        outbox_layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.thread_list, tr("Thread"))
        self.tabs.addTab(self.others, tr("Author"))
        self.tabs.addTab(self.notes, tr("Notes"))
        self.tabs.addTab(outbox_page, tr("Replies"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 3)
        layout.addWidget(self.tabs, 2)

    # -- showing ----------------------------------------------------------------------

    def clear(self) -> None:
        self.detail = None
        self.header.setText(tr("Select an item to read it here."))
        self.browser.clear()
        for listing in (self.thread_list, self.others, self.notes, self.outbox):
            listing.clear()
        self.reply_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.remote_button.hide()

    def show_detail(self, detail: ItemDetail) -> None:
        self.detail = detail
        row = detail.row
        when = datetime.fromtimestamp(row.created_at).strftime("%a %d %b %Y %H:%M")
        title = html.escape(detail.title or cell(row, "kind"))
        meta = " · ".join(
            html.escape(part)
            for part in (
                cell(row, "kind"),
                cell(row, "community"),
                tr("by {author}").format(author=cell(row, "author") or tr("unknown")),
                when,
                state_label(row),
            )
            if part
        )
        extra = []
        if row.assignee:
            extra.append(tr("Assigned to {name}").format(name=html.escape(row.assignee)))
        if row.tags:
            extra.append(tr("Tags: {tags}").format(tags=html.escape(", ".join(row.tags))))
        if row.flags:
            extra.append(tr("Flags: {flags}").format(flags=html.escape(", ".join(row.flags))))
        self.header.setText(
            f"<b style='font-size:large'>{title}</b><br>{meta}"
            + ("<br>" + " · ".join(extra) if extra else "")
        )
        self.browser.allow_remote = False
        self.browser.document().clear()
        self.browser.setHtml(body_html(detail))
        self.remote_button.setVisible(bool(self.remote_images()))
        self.open_button.setEnabled(bool(row.url))
        self.reply_button.setEnabled(not row.deleted)
        self.thread_list.clear()
        if detail.parent is not None:
            parent = _related_item(detail.parent)
            parent.setText(tr("Parent: ") + parent.text())
            self.thread_list.addItem(parent)
        for sibling in detail.siblings:
            self.thread_list.addItem(_related_item(sibling))
        if not detail.parent and not detail.siblings:
            self.thread_list.addItem(tr("No other items in this thread."))
        self.others.clear()
        for other in detail.author_items:
            self.others.addItem(_related_item(other))
        if not detail.author_items:
            self.others.addItem(tr("No other items by this author."))
        self.notes.clear()
        for note in detail.notes:
            stamp = datetime.fromtimestamp(note.created_at).strftime("%d %b %H:%M")
            self.notes.addItem(f"{stamp} {note.author}: {note.text}")
        self.tabs.setTabText(2, tr("Notes ({n})").format(n=len(detail.notes)))
        self.show_outbox(list(detail.outbox))

    def show_outbox(self, entries: list[OutboxView]) -> None:
        self.outbox.clear()
        for entry in entries:
            item = QListWidgetItem(outbox_text(entry))
            item.setData(256, entry.id)
            item.setData(257, entry.status)
            self.outbox.addItem(item)
        failed = sum(1 for e in entries if e.status == "failed")
        label = tr("Replies ({n})").format(n=len(entries))
        if failed:
            label = tr("Replies ({n}, {failed} failed)").format(n=len(entries), failed=failed)
            self.tabs.setCurrentIndex(3)
        self.tabs.setTabText(3, label)
        if entries:
            self.outbox.setCurrentRow(len(entries) - 1)
        self._on_outbox_row(self.outbox.currentRow())

    def remote_images(self) -> list[str]:
        if self.detail is None or not self.detail.html:
            return []
        document = QTextDocument()
        document.setHtml(sanitize(self.detail.html))
        found: list[str] = []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    name = fmt.toImageFormat().name()
                    if name.startswith(("http://", "https://")):
                        found.append(name)
                it += 1
            block = block.next()
        return found

    def add_image(self, url: str, data: Any) -> None:
        """A remote image the user asked for has arrived."""
        self.browser.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(url), data
        )
        self.browser.allow_remote = True
        self.browser.setHtml(self.browser.toHtml())

    # -- slots ------------------------------------------------------------------------

    def _on_remote_clicked(self) -> None:
        urls = self.remote_images()
        if urls:
            self.remote_button.setEnabled(False)
            self.load_remote.emit(urls)

    def _on_open_clicked(self) -> None:
        if self.detail is not None and self.detail.row.url:
            QDesktopServices.openUrl(QUrl(self.detail.row.url))

    def _on_link_activated(self, link: str) -> None:
        if link.startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(link))

    def _on_related_activated(self, item: QListWidgetItem) -> None:
        item_id = item.data(256)
        if isinstance(item_id, int):
            self.open_item.emit(item_id)

    def _on_outbox_row(self, row: int) -> None:
        item = self.outbox.item(row) if row >= 0 else None
        status = item.data(257) if item is not None else None
        self.retry_button.setEnabled(status == "failed")
        self.done_button.setEnabled(status == "manual")

    def _on_retry_clicked(self) -> None:
        item = self.outbox.currentItem()
        if item is not None:
            self.retry_entry.emit(int(item.data(256)))

    def _on_done_clicked(self) -> None:
        item = self.outbox.currentItem()
        if item is not None:
            self.mark_entry_done.emit(int(item.data(256)))

"""The item view: full text (HTML sanitized with nh3), thread, author's other items, notes
and the outbox results of the item, with retry.

Remote HTML never makes the app read a local file or open a connection. The sanitizer keeps
only http(s) links and images (and small inline ``data:`` images); ``SafeDocument`` answers
every resource Qt asks for from memory: an image the user fetched with "Load remote images",
else a placeholder. A placeholder, not nothing: given a null image, Qt's image handler falls
back to ``QImage.load(name)`` on the raw source, which reads the file (``/dev/zero`` until
memory runs out, ``/dev/stdin`` blocking the GUI thread). Every label showing remote text is
plain text.
"""

from __future__ import annotations

import html
from typing import Any, NamedTuple

import nh3
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QImage, QImageReader, QTextDocument
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

from workbench.core.inbox.remote_images import decode_inline_image, is_web_url
from workbench.core.inbox.service import InboxRow, ItemDetail
from workbench.core.outbox.service import OutboxView
from workbench.core.outbox.state import ActionKind, OutboxStatus
from workbench.gui.formats import long_moment_text, moment_text, number_text
from workbench.gui.inbox.model import cell, state_label
from workbench.gui.text import plain_tooltip
from workbench.gui.words import mod_action, outbox_status

translate = QCoreApplication.translate

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "i", "img", "li",
    "ol", "p", "pre", "s", "span", "strong", "sub", "sup", "table", "td", "th", "tr", "u",
    "ul",
}  # fmt: skip
# No title attributes: Qt shows them as tooltips, and a tooltip that looks like HTML is
# rendered as rich text (with its own images). No width/height: a placeholder must not be
# laid out 100,000 pixels wide.
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
MAX_IMAGE_PIXELS = 4096 * 4096  # about 64 MB decoded: a 5 MB PNG can claim far more
_RESOURCE = QTextDocument.ResourceType


class CleanHtml(NamedTuple):
    html: str
    remote_images: list[str]  # http(s) image sources, in order, each once


def clean_html(markup: str) -> CleanHtml:
    """Only harmless formatting, http(s) links and images survive; scripts, styles, events,
    and every source naming a local or odd place (relative, file:, //host, \\\\host) go."""
    remote: list[str] = []

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in ALLOWED_ATTRIBUTES.get(tag, ()) and attribute != "rel":
            return None  # nh3 also lets "title" and "lang" through on every tag
        if (tag, attribute) == ("img", "src"):
            if is_web_url(value):
                remote.append(value)
                return value
            return value if decode_inline_image(value) is not None else None
        if (tag, attribute) == ("a", "href"):
            return value if is_web_url(value) else None
        return value

    cleaned = nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=keep,
        url_schemes={"http", "https", "data"},  # data: goes on to keep(), which caps it
        link_rel="noopener noreferrer nofollow",
    )
    return CleanHtml(cleaned, list(dict.fromkeys(remote)))


def sanitize(markup: str) -> str:
    return clean_html(markup).html


def body_html(detail: ItemDetail) -> CleanHtml:
    if detail.row.deleted:
        text = (
            "<p><i>"
            + html.escape(translate("ItemView", "This item was deleted on the platform."))
            + "</i></p>"
        )
        return CleanHtml(text, [])
    if detail.html.strip():
        return clean_html(detail.html)
    paragraphs = [p for p in detail.text.split("\n\n") if p.strip()]
    text = (
        "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)
        or "<p><i>" + html.escape(translate("ItemView", "(no text)")) + "</i></p>"
    )
    return CleanHtml(text, [])


def decode_image(data: bytes) -> QImage | None:
    """The picture in ``data``, or None if it is not one or is too large once decoded."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()  # from the header, before any pixel is decoded
    if not size.isValid() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else image


def _placeholder() -> QImage:
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor(200, 200, 200))
    return image


class SafeDocument(QTextDocument):
    """A document whose every resource comes from memory, never from a file or the network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: dict[str, QImage] = {}  # fetched because the user asked
        self._placeholder = _placeholder()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        # Overridden for every kind, without calling the base class: its fallback reads
        # local files (QFile on the resolved path), whatever the widget's loadResource said.
        kind = getattr(kind, "value", kind)  # an int from Qt; an enum if called from Python
        if kind == _RESOURCE.ImageResource.value:
            name = QUrl(url).toString()
            image = self._images.get(name)
            if image is None and name[:5].lower() == "data:":
                inline = decode_inline_image(name)
                image = decode_image(inline) if inline is not None else None
            return image if image is not None else self._placeholder
        if kind in (_RESOURCE.HtmlResource.value, _RESOURCE.StyleSheetResource.value):
            return ""
        return QByteArray()

    def add_image(self, url: str, data: bytes) -> bool:
        """Keep a fetched image for ``url``; False if ``data`` is not a usable picture."""
        image = decode_image(data)
        if image is not None:
            self._images[QUrl(url).toString()] = image
        return image is not None

    def has_image(self, url: str) -> bool:
        return QUrl(url).toString() in self._images

    def clear_images(self) -> None:
        self._images.clear()


class SafeBrowser(QTextBrowser):
    """A text browser that never navigates and loads nothing but what it is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.safe_document = SafeDocument(self)
        self.setDocument(self.safe_document)
        self.setSearchPaths([])
        self.setOpenLinks(False)  # links open in the system browser, on click only
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        return self.safe_document.loadResource(kind, url)

    def doSetSource(self, url: QUrl | str, type: Any = None) -> None:
        """Never navigate: not to a local file, not anywhere (reload, back, forward too)."""

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if is_web_url(url.toString()):
            QDesktopServices.openUrl(url)


def _related_item(row: InboxRow) -> QListWidgetItem:
    text = f"{cell(row, 'time')} · {cell(row, 'kind')} · {cell(row, 'author')}: {cell(row, 'item')}"
    item = QListWidgetItem(text[:180])
    item.setData(256, row.id)
    item.setToolTip(plain_tooltip(cell(row, "community")))
    return item


def outbox_text(entry: OutboxView) -> str:
    """One line of the item's history: when, what, by whom, why, and how it went."""
    when = moment_text(entry.created_at)
    who = entry.created_by or translate("ItemView", "someone")
    if entry.action == ActionKind.MODERATE:
        # "Moderation by alice: remove" reads like the post and reply lines below it.
        what = translate("ItemView", "Moderation by {who}: {action}").format(
            action=mod_action(str(entry.payload.get("action", ""))), who=who
        )
        if entry.reason:
            what += " — " + translate("ItemView", "reason: {reason}").format(reason=entry.reason)
        message = str(entry.payload.get("message", ""))
        if message:
            what += " — " + translate("ItemView", "told the author: {text}").format(
                text=message[:80]
            )
    elif entry.action == ActionKind.POST:
        what = translate("ItemView", "Post by {who}: {text}").format(who=who, text=entry.text[:80])
    else:
        what = translate("ItemView", "Reply by {who}: {text}").format(who=who, text=entry.text[:80])
    text = f"{when} · {outbox_status(entry.status)} · {what}"
    if entry.last_error and entry.status in (OutboxStatus.FAILED, OutboxStatus.PENDING):
        text += "\n" + translate("ItemView", "Error: {error}").format(error=entry.last_error)
    return text


OUR_REPLY_ROLE = 258  # a thread line that is one of our outbox replies (its entry id)
THREAD_NOTE_ROLE = 259  # the "no other items" line


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
        self._body = CleanHtml("", [])
        # Remote text (title, author, community, tags) is shown as plain text, never markup.
        self.title_label = QLabel(translate("ItemView", "Select an item to read it here."))
        self.meta_label = QLabel()
        for label in (self.title_label, self.meta_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.browser = SafeBrowser()
        self.browser.setObjectName("itemBody")
        self.remote_button = QPushButton(translate("ItemView", "Load remote images"))
        self.remote_button.setToolTip(
            translate("ItemView", "Images from other sites are not loaded until you ask.")
        )
        self.remote_button.hide()
        self.remote_button.clicked.connect(self._on_remote_clicked)
        self.reply_button = QPushButton(translate("ItemView", "Reply (R)"))
        self.reply_button.clicked.connect(self.reply_clicked)
        self.reply_button.setEnabled(False)
        self.open_button = QPushButton(translate("ItemView", "Open on platform"))
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
        self.retry_button = QPushButton(translate("ItemView", "Retry sending"))
        self.retry_button.setEnabled(False)
        self.done_button = QPushButton(translate("ItemView", "Mark done by hand"))
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
        self.tabs.addTab(self.thread_list, translate("ItemView", "Thread"))
        self.tabs.addTab(self.others, translate("ItemView", "Author"))
        self.tabs.addTab(self.notes, translate("ItemView", "Notes"))
        self.tabs.addTab(outbox_page, translate("ItemView", "Replies"))
        # Every tab in sight (French titles are longer): tabs share the width, and only a
        # window narrower than the titles shortens them with "…".
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        for tab in range(self.tabs.count()):
            self.tabs.setTabToolTip(tab, self.tabs.tabText(tab))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 3)
        layout.addWidget(self.tabs, 2)

    # -- showing ----------------------------------------------------------------------

    def clear(self) -> None:
        self.detail = None
        self._body = CleanHtml("", [])
        self.title_label.setText(translate("ItemView", "Select an item to read it here."))
        self.meta_label.clear()
        self.browser.clear()
        self.browser.safe_document.clear_images()
        for listing in (self.thread_list, self.others, self.notes, self.outbox):
            listing.clear()
        self.reply_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.remote_button.hide()

    def show_detail(self, detail: ItemDetail) -> None:
        self.detail = detail
        row = detail.row
        when = long_moment_text(row.created_at)
        meta = " · ".join(
            part
            for part in (
                cell(row, "kind"),
                cell(row, "community"),
                translate("ItemView", "by {author}").format(
                    author=cell(row, "author") or translate("ItemView", "unknown")
                ),
                when,
                state_label(row),
            )
            if part
        )
        extra = []
        if row.assignee:
            extra.append(translate("ItemView", "Assigned to {name}").format(name=row.assignee))
        if row.tags:
            extra.append(translate("ItemView", "Tags: {tags}").format(tags=", ".join(row.tags)))
        if row.flags:
            extra.append(translate("ItemView", "Flags: {flags}").format(flags=", ".join(row.flags)))
        self.title_label.setText(detail.title or cell(row, "kind"))
        self.meta_label.setText(meta + ("\n" + " · ".join(extra) if extra else ""))
        self._body = body_html(detail)
        self.browser.safe_document.clear_images()
        self.browser.setHtml(self._body.html)
        self.remote_button.setEnabled(True)
        self.remote_button.setVisible(bool(self._body.remote_images))
        self.open_button.setEnabled(bool(row.url))
        self.reply_button.setEnabled(not row.deleted)
        self.thread_list.clear()
        if detail.parent is not None:
            parent = _related_item(detail.parent)
            parent.setText(translate("ItemView", "Parent: ") + parent.text())
            self.thread_list.addItem(parent)
        for sibling in detail.siblings:
            self.thread_list.addItem(_related_item(sibling))
        if not detail.parent and not detail.siblings:
            empty = QListWidgetItem(translate("ItemView", "No other items in this thread."))
            empty.setData(THREAD_NOTE_ROLE, True)
            self.thread_list.addItem(empty)
        self.others.clear()
        for other in detail.author_items:
            self.others.addItem(_related_item(other))
        if not detail.author_items:
            self.others.addItem(translate("ItemView", "No other items by this author."))
        self.notes.clear()
        for note in detail.notes:
            stamp = moment_text(note.created_at)
            self.notes.addItem(f"{stamp} {note.author}: {note.text}")
        self.tabs.setTabText(
            2, translate("ItemView", "Notes ({n})").format(n=number_text(len(detail.notes)))
        )
        self.show_outbox(list(detail.outbox))

    def _show_replies_in_thread(self, entries: list[OutboxView]) -> None:
        """The team's replies sent from here stand in the thread at once (until the next
        sync brings them as items), with how they went."""
        for row in reversed(range(self.thread_list.count())):
            if self.thread_list.item(row).data(OUR_REPLY_ROLE):
                self.thread_list.takeItem(row)
        replies = [e for e in entries if e.action == ActionKind.REPLY]
        if replies:
            for row in reversed(range(self.thread_list.count())):
                if self.thread_list.item(row).data(THREAD_NOTE_ROLE):
                    self.thread_list.takeItem(row)
        for entry in replies:
            item = QListWidgetItem(outbox_text(entry))
            item.setData(OUR_REPLY_ROLE, entry.id)
            self.thread_list.addItem(item)

    def show_outbox(self, entries: list[OutboxView]) -> None:
        self._show_replies_in_thread(entries)
        self.outbox.clear()
        for entry in entries:
            item = QListWidgetItem(outbox_text(entry))
            item.setData(256, entry.id)
            item.setData(257, entry.status)
            self.outbox.addItem(item)
        failed = sum(1 for e in entries if e.status == "failed")
        label = translate("ItemView", "Replies ({n})").format(n=len(entries))
        if failed:
            label = translate("ItemView", "Replies ({n}, {failed} failed)").format(
                n=len(entries), failed=failed
            )
            self.tabs.setCurrentIndex(3)
        self.tabs.setTabText(3, label)
        if entries:
            self.outbox.setCurrentRow(len(entries) - 1)
        self._on_outbox_row(self.outbox.currentRow())

    def remote_images(self) -> list[str]:
        """The shown item's http(s) image sources (placeholders until the user asks)."""
        return list(self._body.remote_images)

    def add_image(self, url: str, data: bytes) -> None:
        """A remote image the user asked for has arrived (dropped if it is not one of the
        shown item's images, e.g. it arrived after the user moved on, or not a picture)."""
        if url not in self._body.remote_images:
            return
        document = self.browser.safe_document
        if document.add_image(url, data):
            # Lay out again so the image replaces its placeholder; the scroll position stays.
            document.markContentsDirty(0, document.characterCount())

    # -- slots ------------------------------------------------------------------------

    def _on_remote_clicked(self) -> None:
        urls = self.remote_images()
        if urls:
            self.remote_button.setEnabled(False)
            self.load_remote.emit(urls)

    def _on_open_clicked(self) -> None:
        if self.detail is not None and self.detail.row.url:
            QDesktopServices.openUrl(QUrl(self.detail.row.url))

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

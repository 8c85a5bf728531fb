"""Remote HTML never makes the app read a local file or open a connection (issue 10, point 2).

Proof that a path is never read: a named pipe (FIFO). Opening one for reading blocks until a
writer appears; a watcher in another process keeps trying to open each pipe for writing
(non-blocking, so it only succeeds while someone has it open for reading) and notes it if it
ever does. Any open of the path, by any code path in Qt, shows up. A real PNG beside it shows
that no image of its size ever lands in the document.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QObject, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from tests.inbox.image_server import SMALL_SIZE, image_server, png
from workbench.core.inbox import remote_images
from workbench.core.inbox.service import InboxRow, ItemDetail
from workbench.gui.inbox.composer import ReplyComposer
from workbench.gui.inbox.detail import (
    ItemView,
    SafeBrowser,
    SafeDocument,
    clean_html,
)
from workbench.gui.inbox.model import cell
from workbench.gui.tasks import TaskRunner
from workbench.gui.text import plain_tooltip

WATCHER = """
import os, sys, time
flag, fifos = sys.argv[1], sys.argv[2:]
parent = os.getppid()
while os.getppid() == parent:  # ends with the test run, even a killed one
    for fifo in fifos:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            continue
        with open(flag, "a") as out:
            out.write(fifo + "\\n")
        os.write(fd, b"x")
        os.close(fd)
    time.sleep(0.002)
"""


class Traps:
    """Local files that must never be read: a real PNG and named pipes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.png = folder / "secret.png"
        self.png.write_bytes(png(*SMALL_SIZE, "blue"))
        self.flag = folder / "opened.txt"
        self.pipes: dict[str, Path] = {}
        self.process: subprocess.Popen[bytes] | None = None

    def pipe(self, name: str) -> str:
        path = self.folder / f"{name}.fifo"
        os.mkfifo(path)
        self.pipes[name] = path
        return str(path)

    def watch(self) -> None:
        pipes = [str(p) for p in self.pipes.values()]
        self.process = subprocess.Popen([sys.executable, "-c", WATCHER, str(self.flag), *pipes])
        time.sleep(0.2)  # the watcher is polling before anything is shown

    def opened(self) -> list[str]:
        time.sleep(0.1)  # one more polling round of the watcher
        return self.flag.read_text().split() if self.flag.exists() else []

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def traps(tmp_path: Path) -> Iterator[Traps]:
    found = Traps(tmp_path)
    yield found
    found.stop()


class RecordingDocument(SafeDocument):
    """The real SafeDocument, noting every resource Qt asks it for and what it answered."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.asked: list[tuple[int, str, Any]] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        answer = super().loadResource(kind, url)
        self.asked.append((int(kind), QUrl(url).toString(), answer))
        return answer


def recording(browser: SafeBrowser) -> RecordingDocument:
    document = RecordingDocument(browser)
    browser.safe_document = document
    browser.setDocument(document)
    return document


def row(**changes: Any) -> InboxRow:
    values: dict[str, Any] = {
        "id": 1,
        "account_id": 1,
        "platform": "reddit",
        "community": "r/sketching",
        "kind": "post",
        "author": "someone",
        "author_display": "",
        "title": "A post",
        "snippet": "",
        "created_at": 1_764_000_000,
        "state": "new",
        "priority": 0,
        "assignee": "",
        "flags": (),
        "snoozed_until": None,
        "deleted": False,
        "url": "https://www.reddit.com/r/sketching/comments/1",
        "tags": (),
    }
    values.update(changes)
    return InboxRow(**values)


def detail(body: str, **changes: Any) -> ItemDetail:
    item = row(**changes)
    return ItemDetail(
        row=item,
        title=item.title,
        text="",
        html=body,
        account_name="Sketching mods",
        connector_id="reddit",
        community_url="https://www.reddit.com/r/sketching",
        community_external_id="t5_1",
        external_id="t3_1",
        author_url="",
        parent=None,
        siblings=(row(id=2, title="Sibling", community=item.community),),
        author_items=(),
        notes=(),
        outbox=(),
    )


def shown(qtbot: QtBot, widget: Any) -> None:
    """Show, lay out and paint: every resource the widget will ever ask for is asked."""
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()


def hostile_sources(traps: Traps) -> list[str]:
    return [
        str(traps.png),
        traps.pipe("absolute"),
        QUrl.fromLocalFile(traps.pipe("file_url")).toString(),
        "secret.png",
        "//127.0.0.1/share/x.png",
        "\\\\127.0.0.1\\share\\x.png",
        "/dev/zero",
        "/dev/stdin",
    ]


def hostile_html(sources: list[str], traps: Traps) -> str:
    css = traps.pipe("css")
    sheet = traps.pipe("sheet")
    parts = [
        f'<html><head><link rel="stylesheet" type="text/css" href="{sheet}">',
        f"<style>p {{ background-image: url({css}) }}</style></head><body>",
        f"<p style=\"background-image: url('{css}')\">styled</p>",
        f'<table background="{css}"><tr><td background="{css}">cell</td></tr></table>',
    ]
    for source in sources:
        parts.append(f'<p><img src="{source}" alt="x"> <a href="{source}">link</a></p>')
    return "".join(parts) + "</body></html>"


def images_in(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


# -- the sanitizer --------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "/home/me/.ssh/id_rsa",
        "/dev/zero",
        "/dev/stdin",
        "file:///etc/passwd",
        "x.png",
        "//host/x.png",
        "\\\\host\\x.png",
        "https:\\\\host\\x.png",
        "javascript:alert(1)",
        "qrc:/x.png",
        "data:image/svg+xml;base64,PHN2Zy8+",
        "data:image/png;base64," + "A" * (remote_images.MAX_INLINE_IMAGE_CHARS + 4),
    ],
)
def test_the_sanitizer_drops_every_source_but_the_web(source: str) -> None:
    clean = clean_html(f'<img src="{source}"><a href="{source}">l</a>')
    assert "src=" not in clean.html and "href=" not in clean.html
    assert clean.remote_images == []


def test_the_sanitizer_keeps_web_images_and_links_and_small_inline_images() -> None:
    clean = clean_html(
        '<img src="https://i.example.org/a.png" title="&lt;img src=/dev/zero&gt;">'
        '<img src="https://i.example.org/a.png"><img src="data:image/png;base64,iVBORw0K">'
        '<a href="https://example.org/" title="t">l</a><img src="http://i.example.org/b.gif">'
    )
    assert clean.remote_images == ["https://i.example.org/a.png", "http://i.example.org/b.gif"]
    assert 'src="data:image/png;base64,iVBORw0K"' in clean.html
    assert 'href="https://example.org/"' in clean.html
    assert "title" not in clean.html  # Qt would show it as a (rich text) tooltip


# -- the item view --------------------------------------------------------------------


def test_the_item_view_never_reads_a_local_file(qtbot: QtBot, traps: Traps) -> None:
    sources = hostile_sources(traps)
    item = detail(hostile_html(sources, traps) + '<img src="https://i.example.org/a.png">')
    traps.watch()
    view = ItemView()
    document = recording(view.browser)
    started = time.monotonic()
    view.show_detail(item)
    shown(qtbot, view)
    assert time.monotonic() - started < 5  # /dev/stdin would block, /dev/zero never end
    assert traps.opened() == []
    asked = {name for _kind, name, _answer in document.asked}
    # The sanitizer left nothing local: a web image, and images whose source it dropped.
    assert asked == {"https://i.example.org/a.png", ""}
    assert view.remote_images() == ["https://i.example.org/a.png"]
    assert view.remote_button.isVisible()
    for name in images_in(document):
        shown_image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert QImage(shown_image).size() == QSize(16, 16)  # the placeholder
    assert document.has_image("https://i.example.org/a.png") is False


def test_raw_html_reads_nothing_past_the_sanitizer(qtbot: QtBot, traps: Traps) -> None:
    """The second wall: the document itself answers from memory, whatever the HTML."""
    sources = hostile_sources(traps)
    markup = hostile_html(sources, traps)
    traps.watch()
    browser = SafeBrowser()
    document = recording(browser)
    started = time.monotonic()
    browser.setHtml(markup)
    shown(qtbot, browser)
    assert time.monotonic() - started < 5
    assert traps.opened() == []
    asked = {name for _kind, name, _answer in document.asked}
    assert {str(traps.png), "/dev/zero", "/dev/stdin", "secret.png"} <= asked
    assert QUrl.fromLocalFile(str(traps.pipes["css"])).path() in {QUrl(a).path() for a in asked}
    assert str(traps.pipes["sheet"]) in asked
    for kind, name, answer in document.asked:
        if kind == QTextDocument.ResourceType.StyleSheetResource.value:
            assert answer == "", name
            continue
        assert kind == QTextDocument.ResourceType.ImageResource.value, name
        assert QImage(answer).size() == QSize(16, 16), name  # never the PNG's 7x13
    assert not any(QImage(a).size() == QSize(*SMALL_SIZE) for _k, _n, a in document.asked)


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="measures RSS in /proc")
def test_dev_zero_and_stdin_return_at_once_in_little_memory(qtbot: QtBot) -> None:
    browser = SafeBrowser()
    before = _rss_kib()
    started = time.monotonic()
    browser.setHtml(
        '<img src="/dev/zero"><img src="file:///dev/zero"><img src="/dev/stdin">'
        '<img src="/dev/urandom"><p style="background-image: url(/dev/zero)">x</p>'
    )
    shown(qtbot, browser)
    assert time.monotonic() - started < 3
    assert _rss_kib() - before < 50 * 1024  # the old view grew until the kernel killed it


def test_the_browser_never_navigates_and_opens_web_links_only(qtbot: QtBot, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>local page</p>")
    browser = SafeBrowser()
    shown(qtbot, browser)
    browser.setHtml("<p>the post</p>")
    browser.setSource(QUrl.fromLocalFile(str(page)))
    browser.reload()
    assert "local page" not in browser.toPlainText()
    assert browser.searchPaths() == []

    opened: list[str] = []

    class Catcher(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            opened.append(url.toString())

    catcher = Catcher()
    for scheme in ("https", "http", "file", "ftp", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    try:
        for link in (
            QUrl.fromLocalFile(str(page)),
            QUrl("ftp://host/x"),
            QUrl("mailto:a@b.c"),
            QUrl("/dev/zero"),
            QUrl("https://example.org/post"),
        ):
            browser.anchorClicked.emit(link)
    finally:
        for scheme in ("https", "http", "file", "ftp", "mailto"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert opened == ["https://example.org/post"]
    assert "local page" not in browser.toPlainText()


def test_labels_and_tooltips_show_remote_text_as_it_is(qtbot: QtBot, traps: Traps) -> None:
    pipe = traps.pipe("label")
    hostile = f'<b>x</b><img src="{pipe}">'
    item = detail("<p>body</p>", title=hostile, community=hostile, author=hostile)
    traps.watch()
    view = ItemView()
    view.show_detail(item)
    shown(qtbot, view)
    assert traps.opened() == []
    for label in (view.title_label, view.meta_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert view.title_label.text() == hostile
    assert hostile in view.meta_label.text()
    tooltip = view.thread_list.item(0).toolTip()  # the sibling, in the same community
    assert as_shown(tooltip) == cell(item.row, "community")


@pytest.mark.parametrize(
    "text", ["Tom & Jerry fans", "a < b\nline two <i>x</i>", '<b>x</b><img src="/dev/zero">']
)
def test_a_tooltip_shows_remote_text_as_it_is(text: str) -> None:
    assert as_shown(plain_tooltip(text)) == text


def as_shown(tooltip: str) -> str:
    """What Qt shows for a tooltip: rich text if it looks like it, else the raw string."""
    if not QtGui.Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


# -- the reply composer ---------------------------------------------------------------


def test_the_reply_composer_shows_the_remote_title_literally(qtbot: QtBot, traps: Traps) -> None:
    pipe = traps.pipe("composer")
    hostile = f'<b>x</b><img src="{pipe}">'
    traps.watch()
    composer = ReplyComposer(
        detail("", title=hostile, community=hostile), can_reply=True, manual_assist=False
    )
    shown(qtbot, composer)
    assert traps.opened() == []
    assert composer.context.textFormat() == Qt.TextFormat.PlainText
    assert hostile in composer.context.text()
    assert composer.hint.textFormat() == Qt.TextFormat.PlainText
    composer.reject()


# -- remote images, when the user asks ------------------------------------------------


def test_remote_images_load_only_on_click_within_the_cap(qtbot: QtBot, traps: Traps) -> None:
    with image_server(big_bytes=remote_images.MAX_IMAGE_BYTES + 1) as server:
        small, big = server.url("/small.png"), server.url("/big.png")
        page = server.url("/page.html")
        item = detail(
            f'<p>look</p><img src="{small}"><img src="{big}"><img src="{page}">'
            f'<img src="{traps.png}"><img src="//127.0.0.1:{server.httpd.server_address[1]}/x">'
        )
        tasks = TaskRunner()
        view = ItemView()
        fetched: list[int] = []

        def load(urls: list[str]) -> None:  # what the inbox pane does, on its task runner
            def done(images: list[tuple[str, bytes]]) -> None:
                for url, data in images:
                    view.add_image(url, data)
                fetched.append(len(images))

            tasks.run(lambda: remote_images.fetch_images(urls), done)

        view.load_remote.connect(load)
        view.show_detail(item)
        shown(qtbot, view)
        qtbot.wait(200)
        assert server.paths == []  # shown, laid out, painted: not one request
        assert view.remote_images() == [small, big, page]

        qtbot.mouseClick(view.remote_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: fetched == [1], timeout=15000)
        tasks.wait()
        assert sorted(server.paths) == ["/big.png", "/page.html", "/small.png"]
        document = view.browser.safe_document
        assert document.has_image(small)
        assert not document.has_image(big) and not document.has_image(page)
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(small))
        assert QImage(image).size() == QSize(*SMALL_SIZE)
        assert not view.remote_button.isEnabled()


def test_an_image_for_another_item_or_not_a_picture_is_dropped(qtbot: QtBot) -> None:
    view = ItemView()
    shown(qtbot, view)
    view.show_detail(detail('<img src="https://i.example.org/a.png">'))
    view.add_image("https://other.example.org/b.png", png(3, 3))
    view.add_image("https://i.example.org/a.png", b"<html>not a picture</html>")
    document = view.browser.safe_document
    assert not document.has_image("https://other.example.org/b.png")
    assert not document.has_image("https://i.example.org/a.png")
    view.add_image("https://i.example.org/a.png", png(5000, 4000))  # 20 Mpx: over the cap
    assert not document.has_image("https://i.example.org/a.png")
    view.add_image("https://i.example.org/a.png", png(3, 3))
    assert document.has_image("https://i.example.org/a.png")

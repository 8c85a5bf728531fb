"""Fetching the remote images a user asked to see: http(s) only, size- and count-capped,
redirects checked, images only, bounded in time; against a real local HTTP server."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator

import pytest

from tests.inbox.image_server import ImageServer, image_server
from workbench.core.inbox import remote_images
from workbench.core.inbox.remote_images import (
    MAX_IMAGE_BYTES,
    decode_inline_image,
    fetch_images,
    is_web_url,
)

CAP = 64 * 1024  # a small cap keeps these tests quick; the GUI test uses the real 5 MB


@pytest.fixture
def server() -> Iterator[ImageServer]:
    with image_server(big_bytes=CAP + 1) as running:
        yield running


@pytest.mark.parametrize(
    "url",
    [
        "https://images.example.org/x.png",
        "http://127.0.0.1:8080/x.png",
        "HTTPS://Example.org/a%20b.png",
        "https://[::1]/x.png",
    ],
)
def test_web_urls_pass(url: str) -> None:
    assert is_web_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "/etc/passwd",
        "/dev/zero",
        "/dev/stdin",
        "x.png",
        "../x.png",
        "file:///etc/passwd",
        "FILE:/etc/passwd",
        "//host/x.png",
        "\\\\host\\share\\x.png",
        "https:\\\\host\\x.png",
        "https://host\\@evil/x.png",
        "http:/x.png",
        "https://",
        "http://[::1/x",
        "ftp://host/x.png",
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        " https://host/x.png",
        "https://ho st/x.png",
        "https://host/x\n.png",
        "qrc:/x.png",
        "",
    ],
)
def test_anything_else_is_refused(url: str) -> None:
    assert not is_web_url(url)


def test_small_inline_images_decode_and_others_do_not() -> None:
    data = b"\x89PNG\r\n\x1a\nfake"
    small = "data:image/png;base64," + base64.b64encode(data).decode()
    assert decode_inline_image(small) == data
    assert decode_inline_image("data:image/svg+xml;base64,PHN2Zy8+") is None
    assert decode_inline_image("data:text/html;base64,PHA+") is None
    assert decode_inline_image("data:image/png,rawtext") is None
    assert decode_inline_image("data:image/png;base64,***") is None
    big = "data:image/png;base64," + "A" * (remote_images.MAX_INLINE_IMAGE_CHARS + 4)
    assert decode_inline_image(big) is None


def test_only_http_images_within_the_cap_are_fetched(server: ImageServer) -> None:
    urls = [
        server.url("/small.png"),
        "file:///etc/passwd",
        "/dev/zero",
        "//127.0.0.1/x.png",
        server.url("/big.png"),  # declared too large: refused from its headers
        server.url("/big-unsized.png"),  # no length given: stopped after CAP + 1 bytes
        server.url("/bomb.png"),  # small on the wire, huge once decoded
        server.url("/page.html"),
        server.url("/image.svg"),
        server.url("/to-file"),
        server.url("/to-small"),
        server.url("/small.png"),  # asked twice, fetched once
    ]
    images = fetch_images(urls, max_bytes=CAP)
    assert [(url, data) for url, data in images] == [
        (server.url("/small.png"), server.small),
        (server.url("/to-small"), server.small),
    ]
    assert server.paths == [
        "/small.png",
        "/big.png",
        "/big-unsized.png",
        "/bomb.png",
        "/page.html",
        "/image.svg",
        "/to-file",  # answered with a redirect to file:, which is not followed
        "/to-small",
        "/small.png",
    ]


def test_at_most_twenty_images(server: ImageServer) -> None:
    urls = [server.url(f"/small.png?n={n}") for n in range(30)]
    assert len(fetch_images(urls)) == remote_images.MAX_IMAGES == 20
    assert len(server.paths) == 20


def test_a_slow_server_is_given_up_on(server: ImageServer) -> None:
    started = time.monotonic()
    assert fetch_images([server.url("/slow.png")], timeout=0.5) == []
    assert time.monotonic() - started < 1.4  # the server answers only after 1.5 s


def test_an_unreachable_host_is_skipped(server: ImageServer) -> None:
    port = server.httpd.server_address[1]
    server.httpd.server_close()  # nothing listens there any more
    assert fetch_images([f"http://127.0.0.1:{port}/small.png"], timeout=2) == []


def test_the_default_cap_is_five_megabytes() -> None:
    assert MAX_IMAGE_BYTES == 5 * 1024 * 1024

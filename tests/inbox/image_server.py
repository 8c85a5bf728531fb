"""A local HTTP server for remote-image tests: real sockets on 127.0.0.1, every request
recorded, a few kinds of answer (a small PNG, one too large, a page, redirects, a slow one,
a gzip bomb)."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

SMALL_SIZE = (7, 13)


def png(width: int, height: int, color: str = "red") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class ImageServer:
    """``url(path)``; ``paths``: the paths asked for, in order."""

    def __init__(self, big_bytes: int) -> None:
        self.paths: list[str] = []
        self.small = png(*SMALL_SIZE)
        self.big = self.small + b"\0" * (big_bytes - len(self.small))
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server.paths.append(self.path)
                server.answer(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="image-server")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def answer(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?")[0]
        body, kind, extra = self.small, "image/png", {}
        if path == "/big.png":
            body = self.big
        elif path == "/big-unsized.png":  # no Content-Length: the reader must stop itself
            request.send_response(200)
            request.send_header("Content-Type", "image/png")
            request.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up on it
                for start in range(0, len(self.big), 65536):
                    request.wfile.write(self.big[start : start + 65536])
            request.close_connection = True
            return
        elif path == "/bomb.png":  # 10 KB on the wire, 50 MB once decoded
            body = gzip.compress(b"\0" * (50 * 1024 * 1024))
            extra = {"Content-Encoding": "gzip"}
        elif path == "/page.html":
            body, kind = b"<html><body>not an image</body></html>", "text/html"
        elif path == "/image.svg":
            body, kind = b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"
        elif path == "/to-file":
            return self._redirect(request, "file:///etc/passwd")
        elif path == "/to-small":
            return self._redirect(request, "/small.png")
        elif path == "/slow.png":
            request.send_response(200)
            request.send_header("Content-Type", "image/png")
            request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            time.sleep(1.5)
            with suppress(BrokenPipeError, ConnectionResetError):
                request.wfile.write(body)
            return
        request.send_response(200)
        request.send_header("Content-Type", kind)
        request.send_header("Content-Length", str(len(body)))
        for name, value in extra.items():
            request.send_header(name, value)
        request.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):  # refused part way: the point
            request.wfile.write(body)

    @staticmethod
    def _redirect(request: BaseHTTPRequestHandler, location: str) -> None:
        request.send_response(302)
        request.send_header("Location", location)
        request.send_header("Content-Length", "0")
        request.end_headers()


@contextmanager
def image_server(big_bytes: int) -> Iterator[ImageServer]:
    server = ImageServer(big_bytes)
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        server.thread.join(timeout=5)

"""Which image sources remote HTML may name, and fetching the remote images a user asked to see.

Synced posts carry HTML written by strangers. Nothing they name is read on its own: the item
view shows remote images as placeholders, and only when the user clicks "Load remote images"
does :func:`fetch_images` run (off the GUI thread): http(s) only, a few MB each, a bounded
number, every redirect checked, images only. No local path ever passes :func:`is_web_url`.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:  # imported where an image is fetched: about 150 ms off the start
    import requests

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGES = 20
TIMEOUT = 10.0  # seconds: per connection attempt and read, and in total per image
MAX_REDIRECTS = 5
MAX_INLINE_IMAGE_CHARS = 64 * 1024  # a data: image this long is an emoji, not a payload
_CHUNK = 64 * 1024
# SVG is left out: it is a document (entities, references), not a picture.
_INLINE_TYPES = ("image/png", "image/gif", "image/jpeg", "image/webp", "image/bmp")
_UNSAFE_CHARS = re.compile(r"[\\\s\x00-\x1f\x7f]")


class RemoteImage(NamedTuple):
    url: str
    data: bytes


class ImageRefused(Exception):
    """A remote image not fetched, and why (one line)."""


def is_web_url(url: str) -> bool:
    """True only for an absolute http(s) URL naming a host.

    Relative paths ("/dev/zero", "x.png"), file:, scheme-relative "//host/x", Windows
    "\\\\host\\x" (and backslashes anywhere, which browsers read as slashes), whitespace or
    control characters inside: all False.
    """
    if _UNSAFE_CHARS.search(url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # a malformed port or IPv6 literal
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def decode_inline_image(url: str) -> bytes | None:
    """The bytes of a small base64 ``data:image/...`` URL; None for anything else."""
    if len(url) > MAX_INLINE_IMAGE_CHARS or url[:5].lower() != "data:":
        return None
    header, comma, payload = url[5:].partition(",")
    kind, _, encoding = header.partition(";")
    if not comma or kind.lower() not in _INLINE_TYPES or encoding.lower() != "base64":
        return None
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None


def fetch_images(
    urls: Iterable[str],
    *,
    session: requests.Session | None = None,
    max_bytes: int = MAX_IMAGE_BYTES,
    max_images: int = MAX_IMAGES,
    timeout: float = TIMEOUT,
) -> list[RemoteImage]:
    """Fetch the images the user asked to see; one that is refused or fails is skipped.

    Runs on a worker thread, never the GUI thread: it blocks for up to ``timeout`` per image.
    """
    import requests

    wanted = list(dict.fromkeys(u for u in urls if is_web_url(u)))[:max_images]
    own = session is None
    http = session or requests.Session()
    images: list[RemoteImage] = []
    try:
        for url in wanted:
            try:
                images.append(RemoteImage(url, fetch_image(http, url, max_bytes, timeout)))
            except (ImageRefused, requests.RequestException) as error:
                log.info("image %s not loaded: %s", url, error)
    finally:
        if own:
            http.close()
    return images


def fetch_image(session: requests.Session, url: str, max_bytes: int, timeout: float) -> bytes:
    """One image's bytes, or ImageRefused saying why."""
    deadline = time.monotonic() + timeout
    for _hop in range(MAX_REDIRECTS + 1):
        with session.get(
            url,
            stream=True,
            timeout=timeout,
            allow_redirects=False,  # each hop is checked here: no redirect to file: or beyond
            headers={"Accept": "image/*"},
        ) as response:
            if response.is_redirect:
                target = urljoin(url, response.headers.get("location", ""))
                if not is_web_url(target):
                    raise ImageRefused(f"redirected to a non-web address: {target[:80]}")
                url = target
                continue
            response.raise_for_status()
            return _read_image(response, max_bytes, deadline)
    raise ImageRefused(f"more than {MAX_REDIRECTS} redirects")


def _read_image(response: requests.Response, max_bytes: int, deadline: float) -> bytes:
    import urllib3

    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not kind.startswith("image/") or kind == "image/svg+xml":
        raise ImageRefused(f"not an image: {kind or 'no content type'}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ImageRefused(f"larger than {max_bytes} bytes ({declared})")
    data = bytearray()
    # At most max_bytes + 1 bytes are ever held; urllib3 decodes gzip first, so the cap
    # holds for what lands in memory, not for what was sent.
    while len(data) <= max_bytes:
        try:
            chunk = response.raw.read(min(_CHUNK, max_bytes + 1 - len(data)), decode_content=True)
        except (urllib3.exceptions.HTTPError, OSError) as error:  # requests wraps these only
            raise ImageRefused(f"could not read it: {error}") from error  # in iter_content
        if not chunk:
            return bytes(data)
        data += chunk
        if time.monotonic() > deadline:
            raise ImageRefused("took too long")
    raise ImageRefused(f"larger than {max_bytes} bytes")

"""Telling "never reached the platform" from "may have reached it", on real sockets."""

from __future__ import annotations

import socket
import threading

import requests

from connectors.api import is_unreachable


def test_a_refused_connection_is_unreachable() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    try:
        requests.post(f"http://127.0.0.1:{port}/reply", timeout=2)
    except requests.RequestException as error:
        assert is_unreachable(error)
    else:  # pragma: no cover
        raise AssertionError("the request should have failed")


def test_a_read_timeout_after_sending_is_not_unreachable() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(server.accept()[0]))
    thread.start()
    try:
        requests.post(f"http://127.0.0.1:{server.getsockname()[1]}/reply", timeout=0.3)
    except requests.RequestException as error:
        assert isinstance(error, requests.ReadTimeout)
        assert not is_unreachable(error)  # the request went out: it may have been acted on
    finally:
        thread.join(5)
        for connection in accepted:
            connection.close()
        server.close()

"""The harness's network cut (tests/e2e/network.py) holds: a closed gate answers nothing and runs no view."""

import http.client
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _get(connection: http.client.HTTPConnection, path: str) -> int:
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    return response.status


def test_a_closed_gate_leaves_a_request_unanswered(live_server, server_gate):
    address = urlsplit(live_server.url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        assert _get(connection, "/manifest.webmanifest") == 200
        before = len(server_gate.refused)
        server_gate.close()
        try:
            # Sent after the cut (on the connection opened while online, if the server kept it alive): no answer at
            # all, not an error page, so a browser sees a network failure.
            with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
                _get(connection, "/manifest.webmanifest")
        finally:
            server_gate.open()
        assert [(r.method, r.path) for r in server_gate.refused[before:]] == [("GET", "/manifest.webmanifest")]
        connection.close()
        assert _get(connection, "/manifest.webmanifest") == 200
    finally:
        connection.close()

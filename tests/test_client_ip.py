"""Behind a reverse proxy, each client gets its own lookup rate limit, and a forged header does not reset it."""

from django.core.cache import cache
from django.test import Client

PROXY = "10.0.0.2"
UNKNOWN = "0000-0000-0000-0001-1"


def verify(client: Client, forwarded: str) -> int:
    return client.get(f"/verify/{UNKNOWN}/", HTTP_X_FORWARDED_FOR=forwarded).status_code


def test_clients_behind_one_proxy_are_limited_separately(db, settings):
    cache.clear()
    settings.CERTIFICATE_LOOKUP_RATE = "2/m"
    settings.TRUSTED_PROXIES = 1
    via_proxy = Client(REMOTE_ADDR=PROXY)
    assert [verify(via_proxy, "203.0.113.5") for _ in range(3)] == [200, 200, 429]
    assert verify(via_proxy, "198.51.100.7") == 200, "another teacher behind the same proxy is not blocked"
    assert verify(via_proxy, "192.0.2.1, 203.0.113.5") == 429, "a made-up left-hand entry changes nothing"
    assert verify(via_proxy, "not-an-address") == 200  # counted as the proxy itself, not an error
    cache.clear()


def test_without_trusted_proxies_the_header_is_ignored(db, settings):
    cache.clear()
    settings.CERTIFICATE_LOOKUP_RATE = "2/m"
    settings.TRUSTED_PROXIES = 0
    direct = Client(REMOTE_ADDR="203.0.113.9")
    assert [verify(direct, f"198.51.100.{n}") for n in range(3)] == [200, 200, 429]
    cache.clear()


def test_a_request_without_a_usable_address_is_counted_not_a_crash(db, settings):
    """A unix-socket server (or a test transport) gives no REMOTE_ADDR: such requests share one limit."""
    from common.client_ip import NO_ADDRESS

    cache.clear()
    settings.CERTIFICATE_LOOKUP_RATE = "2/m"
    for proxies in (0, 1):
        settings.TRUSTED_PROXIES = proxies
        for remote in ("", "unix:/run/gunicorn.sock"):
            cache.clear()
            client = Client(REMOTE_ADDR=remote)
            assert [verify(client, "") for _ in range(3)] == [200, 200, 429]
            assert client.get(f"/api/v1/certificates/{UNKNOWN}").status_code == 429
    assert NO_ADDRESS == "0.0.0.0"
    cache.clear()

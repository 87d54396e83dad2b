import re
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache

PASSWORD = "blue-river-lantern-42"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # allauth counts sign-ups and failed log-ins in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


def link_in(message) -> str:
    """The path of the single site link in an email body."""
    urls = re.findall(r"https?://\S+", message.body)
    assert len(urls) == 1, message.body
    return urlsplit(urls[0]).path


@pytest.fixture
def signup(client, mailoutbox):
    """Sign up through the real form; returns the response."""

    def do(username="minhkhai", email="minhkhai@example.org", legal_name="Nguyễn Thị Minh Khai", **extra):
        data = {
            "email": email,
            "username": username,
            "legal_name": legal_name,
            "password1": PASSWORD,
            "password2": PASSWORD,
            **extra,
        }
        return client.post("/accounts/signup/", data)

    return do

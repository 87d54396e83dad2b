"""Links that apps above cms add at the end of a module or lesson page (a discussion, say), without cms importing
them: an app registers a function from its AppConfig.ready(); the page asks each for at most one link.

A function takes `page` and `request` and returns `(url, text)` or None. It runs on every view of the page, after
the cached part (ADR 0160): it must be cheap (a cache read, not a query per view)."""

from collections.abc import Callable

PageLink = tuple[str, str]
_providers: dict[str, Callable] = {}


def page_link_register(name: str, provider: Callable) -> None:
    _providers[name] = provider


def page_links(*, page, request) -> list[PageLink]:
    links = []
    for provider in _providers.values():
        link = provider(page=page, request=request)
        if link:
            links.append(link)
    return links

"""One outlet's copies of one article in a story: the same page reached twice (its feed
item and its HTML page, its URL with tracking parameters or over http) or saved again
after an update ("ارتفاع عدد الضحايا إلى 14" where the morning's copy said 12).  The
latest copy stands for the article; the figures of the earlier ones are overtaken, so a
page is never in dispute with itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit

from khabar.store.queries import publication_order

# Query parameters that say how a reader came, not which page: "?utm_source=rss".
_TRACKING = ("utm_", "fbclid", "gclid", "mc_", "at_")
# Host prefixes of one site's mobile and accelerated pages.
_MIRRORS = ("www.", "m.", "amp.")


def page_key(url: str) -> str | None:
    """The page a URL names, whatever way it was reached: host without "www.", path
    without a trailing slash or "/amp", query without tracking parameters; None for no
    URL."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if not host:
        return None
    for mirror in _MIRRORS:
        host = host.removeprefix(mirror)
    path = parts.path.rstrip("/").removesuffix("/amp")
    kept = sorted((k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(_TRACKING))
    return f"{host}{path}?{urlencode(kept)}"


def superseded(
    copies: Iterable[tuple[int, str, str, int | None]],
    published: Mapping[int, datetime | None],
) -> set[int]:
    """The articles another copy of the same page supersedes: from (article, outlet, URL,
    the article it reprints) of every source (``Store.copies``), the articles that share
    a page with a later one, or that a later article of the same outlet reprints."""
    copies = list(copies)
    outlets: defaultdict[int, set[str]] = defaultdict(set)
    for article, outlet, _url, _reprints in copies:
        if outlet:
            outlets[article].add(outlet)
    pages = _Pages()
    for article, _outlet, url, reprints in copies:
        key = page_key(url)
        if key is not None:
            pages.join(article, key)
        if reprints is not None and outlets[article] & outlets[reprints]:
            pages.join(article, reprints)
    found = set()
    for articles in pages.groups():
        latest = max(articles, key=lambda a: publication_order(published.get(a), a))
        found |= articles - {latest}
    return found


class _Pages:
    """Articles joined into one page each (a union-find over articles and page keys)."""

    def __init__(self) -> None:
        self._parent: dict[int | str, int | str] = {}

    def _root(self, item: int | str) -> int | str:
        parent = self._parent.setdefault(item, item)
        if parent != item:
            parent = self._parent[item] = self._root(parent)
        return parent

    def join(self, a: int | str, b: int | str) -> None:
        self._parent[self._root(a)] = self._root(b)

    def groups(self) -> list[set[int]]:
        """The articles of each page that has more than one."""
        found: defaultdict[int | str, set[int]] = defaultdict(set)
        for item in list(self._parent):
            if isinstance(item, int):
                found[self._root(item)].add(item)
        return [articles for articles in found.values() if len(articles) > 1]

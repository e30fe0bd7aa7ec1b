"""saidwhen: who said what, when — check claims about the news against the record, offline.

The public Python API (loaded lazily, so ``import saidwhen`` stays cheap)::

    from saidwhen import load_settings, ingest, check, quotes, timeline
    settings = load_settings(db="news.db")
    ingest([Path("articles/")], settings)
    verdict = check(settings, "Kallas said Russia wants this peace.")
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = ("ingest", "ingest_documents", "check", "quotes", "timeline", "search", "articles", "article")
_SETTINGS = ("Settings", "load_settings")

__all__ = ["__version__", *_API, *_SETTINGS]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module("saidwhen.api"), name)
    if name in _SETTINGS:
        return getattr(import_module("saidwhen.settings"), name)
    raise AttributeError(f"module 'saidwhen' has no attribute {name!r}")

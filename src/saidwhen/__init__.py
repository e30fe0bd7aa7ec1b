"""saidwhen: who said what, when — check claims about the news against the record, offline."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]

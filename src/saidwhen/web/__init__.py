"""Web stage: the HTTP API and the claim-checking page (``create_app``), thin over ``saidwhen.api``."""

from __future__ import annotations

from saidwhen.web.app import create_app
from saidwhen.web.limits import WebLimits

__all__ = ["WebLimits", "create_app"]

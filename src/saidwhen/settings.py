"""One validated Settings object, read from a TOML file and ``SAIDWHEN_*`` environment variables.

Precedence, highest first: explicit overrides (CLI flags such as ``--db``), environment variables
(``SAIDWHEN_DB``, ``SAIDWHEN_MAX_FILE_MB``, ...), the TOML file (``SAIDWHEN_CONFIG`` or
``./saidwhen.toml``), then the defaults below. Every default works offline with no configuration.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from saidwhen.errors import SettingsError

ENV_PREFIX = "SAIDWHEN_"


@dataclass(frozen=True)
class Settings:
    """Everything a run can be configured with. Field docs are the user-facing reference."""

    db: Path = Path("saidwhen.db")
    """SQLite store path (``--db``, ``SAIDWHEN_DB``)."""
    max_file_mb: float = 20.0
    """Files bigger than this are refused at ingest (a news article is rarely over 1 MB)."""
    max_claim_chars: int = 2000
    """Longest claim ``check`` accepts."""
    embed_at_ingest: bool = True
    """Store sentence vectors at ingest (needed for dense retrieval)."""
    workers: int = 2
    """Processes for language analysis."""
    organisation: str = "saidwhen"
    """Reviewing organisation named in ClaimReview output."""
    organisation_url: str = ""
    api_key: str = ""
    """Key required by the HTTP API's write endpoints; writes are refused while empty."""
    progress: bool = True
    """Show progress bars on long work (always off when stderr is not a terminal)."""

    def fingerprint(self) -> str:
        """Hash of the settings that change results (not paths or secrets), recorded in verdicts."""
        keep = {k: v for k, v in asdict(self).items() if k not in {"db", "api_key", "progress", "workers"}}
        blob = json.dumps(keep, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


def _coerce(name: str, raw: Any, default: Any) -> Any:
    target = type(default)
    try:
        if target is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if isinstance(default, Path):
            return Path(str(raw)).expanduser()
        return target(raw)
    except (TypeError, ValueError):
        raise SettingsError(
            f"setting '{name}' = {raw!r} is not a valid {target.__name__}; "
            f"fix it in the TOML file or the {ENV_PREFIX}{name.upper()} variable"
        ) from None


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Build Settings from defaults, the TOML file, the environment, then ``overrides`` (None = unset)."""
    base = Settings()
    known = {f.name: getattr(base, f.name) for f in fields(Settings)}
    values: dict[str, Any] = {}

    path = config or (Path(os.environ[ENV_PREFIX + "CONFIG"]) if ENV_PREFIX + "CONFIG" in os.environ else None)
    if path is None and Path("saidwhen.toml").is_file():
        path = Path("saidwhen.toml")
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SettingsError(f"config file {path} does not exist; create it or unset SAIDWHEN_CONFIG") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"config file {path} is not valid TOML: {exc}") from None
        section = data.get("saidwhen", data)
        for key, raw in section.items():
            if key not in known:
                raise SettingsError(f"unknown setting '{key}' in {path}; known: {', '.join(sorted(known))}")
            values[key] = _coerce(key, raw, known[key])

    for key, default in known.items():
        env = os.environ.get(ENV_PREFIX + key.upper())
        if env is not None and env != "":
            values[key] = _coerce(key, env, default)

    for key, raw in overrides.items():
        if key not in known:
            raise SettingsError(f"unknown setting '{key}'")
        if raw is not None:
            values[key] = _coerce(key, raw, known[key])

    settings = replace(base, **values)
    if settings.max_file_mb <= 0 or settings.max_claim_chars <= 0 or settings.workers < 1:
        raise SettingsError("max_file_mb, max_claim_chars and workers must be positive")
    return settings

"""Settings: defaults, TOML file, SAIDWHEN_* variables and overrides, in that order of precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

import saidwhen
from saidwhen.errors import SettingsError
from saidwhen.settings import Settings, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("SAIDWHEN_DB", "SAIDWHEN_CONFIG", "SAIDWHEN_MAX_FILE_MB", "SAIDWHEN_PROGRESS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_settings_defaults_work_offline() -> None:
    s = load_settings()
    assert s.db == Path("saidwhen.db") and s.max_file_mb == 20.0 and s.embed_at_ingest


def test_settings_precedence_file_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "saidwhen.toml"
    cfg.write_text('[saidwhen]\ndb = "file.db"\nmax_file_mb = 5\norganisation = "Desk"\n', encoding="utf-8")
    assert load_settings().db == Path("file.db")  # ./saidwhen.toml is read by default
    monkeypatch.setenv("SAIDWHEN_DB", "env.db")
    monkeypatch.setenv("SAIDWHEN_PROGRESS", "off")
    s = load_settings()
    assert (s.db, s.max_file_mb, s.organisation, s.progress) == (Path("env.db"), 5.0, "Desk", False)
    assert load_settings(db=Path("flag.db")).db == Path("flag.db")


@pytest.mark.parametrize(
    ("toml", "env", "message"),
    [
        ("max_file_mb = 'lots'", {}, "not a valid float"),
        ("colour = true", {}, "unknown setting 'colour'"),
        ("db = ", {}, "not valid TOML"),
        ("", {"SAIDWHEN_PROGRESS": "maybe"}, "SAIDWHEN_PROGRESS"),
        ("workers = 0", {}, "must be positive"),
    ],
)
def test_settings_errors_say_how_to_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str, env: dict[str, str], message: str
) -> None:
    (tmp_path / "saidwhen.toml").write_text(toml, encoding="utf-8")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(SettingsError, match=message):
        load_settings()


def test_settings_fingerprint_ignores_paths_and_secrets() -> None:
    assert Settings(db=Path("a.db"), api_key="x").fingerprint() == Settings(db=Path("b.db")).fingerprint()
    assert Settings(max_claim_chars=10).fingerprint() != Settings().fingerprint()


def test_public_api_is_curated() -> None:
    assert set(saidwhen.__all__) >= {"__version__"}
    for name in saidwhen.__all__:
        assert hasattr(saidwhen, name)

"""``saidwhen check`` refuses unusable claims with a clear message and exit code, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from saidwhen.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["check", ""], 2, "empty"),
        (["check", "   "], 2, "empty"),
        (["check", "word " * 20_000], 2, "limit"),
        (["check", "Каллас сказала, что Европа отказалась от членства Украины в НАТО."], 2, "English"),
        (["check", "Kallas said Russia wants this peace."], 2, "ingest articles first"),
        (["check"], 2, "give one claim"),
        (["check", "x", "--json", "--markdown"], 2, "choose one"),
        (["check", "Kallas said X.", "--date", "15/12/2025"], 2, "YYYY-MM-DD"),
    ],
)
def test_cli_check_explains_bad_claims(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "empty.db"), *args])
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_check_claims_file_must_hold_claims(tmp_path: Path) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_text("# only a comment\n\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", str(tmp_path / "e.db"), "check", "--claims", str(claims)])
    assert result.exit_code == 2 and "holds no claims" in result.stderr

"""The ``saidwhen`` command: thin — parse arguments, call ``api``, render. Run ``saidwhen --help``."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer

from saidwhen import api
from saidwhen.codec import to_json
from saidwhen.errors import InputError, SaidwhenError
from saidwhen.render import text as render_text
from saidwhen.render.claimreview import claimreview as claimreview_json
from saidwhen.render.json import article_summary, verdict_json
from saidwhen.render.report import verdict_markdown, verdict_text
from saidwhen.settings import Settings, load_settings

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    help="saidwhen: who said what, when. Ingest news articles, find who said what, check claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class _State:
    db: Path | None = None
    config: Path | None = None


_state = _State()

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


@app.callback()
def _global(
    db: Annotated[
        Path | None, typer.Option("--db", help="Store file (default: $SAIDWHEN_DB, else ./saidwhen.db).")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="TOML settings file (default: $SAIDWHEN_CONFIG or ./saidwhen.toml).")
    ] = None,
) -> None:
    """Global options, given before the command: saidwhen --db news.db ingest articles/"""
    _state.db = db
    _state.config = config


def settings() -> Settings:
    return load_settings(_state.config, db=_state.db)


def handles_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn saidwhen errors into one clear line on stderr and the error's exit code."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except SaidwhenError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def emit_json(value: Any) -> None:
    typer.echo(json.dumps(to_json(value), ensure_ascii=False, indent=2))


def parse_day(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{flag} {value!r} is not a date; write it as YYYY-MM-DD") from None


def _progress_bar(enabled: bool) -> tuple[api.Progress | None, Callable[[], None]]:
    """A rich progress display on stderr when it is a terminal; (callback, stop)."""
    if not enabled or not sys.stderr.isatty():
        return None, lambda: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    tasks: dict[str, Any] = {}
    bar.start()

    def tick(phase: str, done: int, total: int | None) -> None:
        if phase not in tasks:
            tasks[phase] = bar.add_task(phase, total=total)
        bar.update(tasks[phase], completed=done, total=total)

    return tick, bar.stop


@app.command()
@handles_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .jsonl, .html, RSS/Atom feeds.")],
    no_analyse: Annotated[
        bool, typer.Option("--no-analyse", help="Only read and store; find quotes and vectors later.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Add articles to the store. Re-ingesting an article adds nothing; bad files are reported and skipped."""
    cfg = settings()
    tick, stop = _progress_bar(cfg.progress)
    try:
        report = api.ingest(paths, cfg, progress=tick, analyse=not no_analyse)
    finally:
        stop()
    if as_json:
        emit_json(report)
    else:
        typer.echo(render_text.ingest_summary(report))
    if report.failed:
        raise typer.Exit(1)


@app.command()
@handles_errors
def articles(
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List stored articles: id, date, outlet, title, source."""
    found = api.articles(settings(), limit)
    if as_json:
        emit_json([article_summary(a) for a in found])
    else:
        typer.echo(render_text.article_table(found))


@app.command()
@handles_errors
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id or a unique prefix of it.")],
    as_json: JsonOpt = False,
) -> None:
    """Show one article: cleaned text as numbered sentences, and the dates found in it."""
    art, sentences = api.article(settings(), article_id)
    if as_json:
        emit_json({"article": art, "analysed_text": art.analysed_text(), "sentences": sentences})
    else:
        typer.echo(render_text.article_view(art, sentences))


@app.command()
@handles_errors
def search(
    query: Annotated[str, typer.Argument(help="Plain words; FTS syntax is treated as text.")],
    since: Annotated[str | None, typer.Option(help="Only articles published on/after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only articles published on/before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="Most sentences to show.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over stored sentences (BM25)."""
    hits = api.search(settings(), query, parse_day(since, "--since"), parse_day(until, "--until"), limit)
    if as_json:
        emit_json(hits)
    else:
        typer.echo(render_text.search_results(hits))


@app.command()
@handles_errors
def quotes(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="With --raw: plain .txt files or folders of them (no store).")
    ] = None,
    speaker: Annotated[str | None, typer.Option(help="Only this speaker (any alias: Zelensky = Zelenskyy).")] = None,
    since: Annotated[str | None, typer.Option(help="Only quotes said on/after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only quotes said on/before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="Most quotes to show.")] = 1000,
    raw: Annotated[bool, typer.Option("--raw", help="Analyse PATH... directly instead of reading the store.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per line.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Who said what: stored quotes with speaker, date said and article; or --raw on plain text files."""
    if raw:
        if not paths:
            raise InputError("--raw needs PATH...: plain .txt files or folders of them")
        from saidwhen.analyse import raw_quotes

        rows = list(raw_quotes(paths))
        if as_json and not jsonl:
            emit_json(rows)
        else:
            for row in rows:
                typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if paths:
        raise InputError("PATH arguments are only read with --raw; without it quotes come from the store")
    found = api.quotes(settings(), speaker, parse_day(since, "--since"), parse_day(until, "--until"), limit)
    if jsonl:
        for q in found:
            typer.echo(json.dumps(to_json(q), ensure_ascii=False))
    elif as_json:
        emit_json(found)
    else:
        typer.echo(render_text.quote_table(found))


@app.command()
@handles_errors
def timeline(
    speaker: Annotated[str, typer.Argument(help="The speaker (any alias or spelling).")],
    topic: Annotated[str | None, typer.Option(help="Only statements sharing a content word with this.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """A speaker's statements on a topic, oldest first, each with the date it was said."""
    found = api.timeline(settings(), speaker, topic)
    if as_json:
        emit_json(found)
    else:
        typer.echo(render_text.quote_table(found))


@app.command()
@handles_errors
def check(
    claim: Annotated[str | None, typer.Argument(help='The claim, e.g. "Kallas said Russia wants this peace."')] = None,
    said_by: Annotated[str | None, typer.Option("--said-by", help="Who the claim says said it.")] = None,
    on: Annotated[str | None, typer.Option("--date", help="The date the claim refers to (YYYY-MM-DD).")] = None,
    claims_file: Annotated[
        Path | None, typer.Option("--claims", help="Check every line of this file (# starts a comment).")
    ] = None,
    as_json: JsonOpt = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown report.")] = False,
    claimreview: Annotated[bool, typer.Option("--claimreview", help="Print schema.org ClaimReview JSON-LD.")] = False,
) -> None:
    """Check a claim against the stored record and explain the verdict with exact citations."""
    if sum([as_json, markdown, claimreview]) > 1:
        raise InputError("choose one of --json, --markdown and --claimreview")
    claims = _claims(claim, claims_file)
    cfg = settings()
    day = parse_day(on, "--date")
    colour = sys.stdout.isatty()
    results = []
    for i, text in enumerate(claims):
        verdict = api.check(cfg, text, said_by=said_by, on=day)
        if as_json or claimreview:
            results.append(verdict_json(verdict) if as_json else claimreview_json(verdict, cfg))
            continue
        if i:
            typer.echo("\n" + "-" * 72 + "\n")
        typer.echo(verdict_markdown(verdict) if markdown else verdict_text(verdict, colour))
    if results:
        typer.echo(json.dumps(results[0] if claim else results, ensure_ascii=False, indent=2))


def _claims(claim: str | None, claims_file: Path | None) -> list[str]:
    if (claim is None) == (claims_file is None):
        raise InputError("give one claim, or --claims FILE with one claim per line")
    if claim is not None:
        return [claim]
    assert claims_file is not None
    try:
        lines = claims_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the claims file {claims_file}: {exc}") from None
    found = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not found:
        raise InputError(f"{claims_file} holds no claims; write one claim per line")
    return found


@app.command()
@handles_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    rate_limit: Annotated[
        int, typer.Option("--rate-limit", min=0, help="Requests to /v1/ per client per minute (0: no limit).")
    ] = 120,
) -> None:
    """Serve the HTTP API and the claim-checking page at http://HOST:PORT/ (API docs at /docs)."""
    import uvicorn

    from saidwhen.web import WebLimits, create_app

    cfg = settings()
    web = create_app(cfg, WebLimits.from_settings(cfg, rate_per_minute=rate_limit))
    if host not in {"127.0.0.1", "localhost", "::1"}:
        typer.echo(f"warning: --host {host} makes the API reachable from other machines", err=True)
    typer.echo(f"serving {cfg.db} at http://{host}:{port}/ ; Ctrl+C stops", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")


eval_app = typer.Typer(help="Measure saidwhen on labelled data (PolNeAR, AVeriTeC).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("polnear")
@handles_errors
def eval_polnear(
    split_dir: Annotated[
        Path, typer.Argument(help="A PolNeAR split: text/ and attributions/, e.g. ../shared/data/polnear/dev")
    ],
    out: Annotated[Path | None, typer.Option("--out", help="Also write the predictions as JSONL here.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Attribution quality on PolNeAR: content P/R/F1, speaker accuracy and end-to-end F1, for direct
    quotes and for all attributions (the same measures as the reference scorer)."""
    from saidwhen.evaluate.polnear import evaluate_polnear, format_scores

    if not (split_dir / "text").is_dir() or not (split_dir / "attributions").is_dir():
        raise InputError(f"{split_dir} is not a PolNeAR split: it needs text/ and attributions/ folders")
    result = evaluate_polnear(split_dir, out)
    if as_json:
        emit_json(result)
    else:
        typer.echo(format_scores(result))


@eval_app.command("averitec")
@handles_errors
def eval_averitec(
    file: Annotated[Path, typer.Argument(help="AVeriTeC JSON file, e.g. ../shared/data/averitec/dev_even.json")],
    out: Annotated[Path, typer.Option("--out", help="Write one {claim_id, label} JSON line per claim here.")],
    as_json: JsonOpt = False,
) -> None:
    """Check every claim against a corpus of its own gold question-answer evidence; print accuracy,
    macro-F1 and the confusion matrix."""
    from saidwhen.evaluate.averitec import evaluate_averitec, format_scores

    cfg = settings()
    tick, stop = _progress_bar(cfg.progress)
    try:
        result = evaluate_averitec(
            file, out, cfg, progress=(lambda done, total: tick("claims", done, total)) if tick else None
        )
    finally:
        stop()
    if as_json:
        emit_json(result)
    else:
        typer.echo(format_scores(result))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()

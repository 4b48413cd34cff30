"""``storyline watch``: poll feeds and pages, store what is new, until Ctrl-C."""

from __future__ import annotations

import re
import threading

import click

from storyline.cli import main
from storyline.cli.options import db_option, make_pipeline, model_option, published_option
from storyline.errors import InputError, StorylineError
from storyline.ingest.urls import Fetcher, FetchSettings, is_url
from storyline.scale.watch import Round, Watcher
from storyline.store import Store

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def parse_interval(value: str) -> float:
    """'15m', '30s', '2h', '1d' or plain seconds -> seconds."""
    match = _INTERVAL.match(value.lower())
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(f"{value!r} is not an interval such as 30s, 15m or 2h", param_hint="--every")
    return float(match.group(1)) * _UNITS[match.group(2) or "s"]


@main.command()
@click.argument("sources", nargs=-1, required=True, metavar="FEED_OR_URL...")
@click.option("--every", default="15m", show_default=True, help="Time between rounds: 30s, 15m, 2h.")
@click.option("--rounds", type=click.IntRange(min=1), default=None, help="Stop after N rounds (default: until Ctrl-C).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds to wait for a server to connect or send; a source that times out is retried next round.")
@db_option
@published_option
@model_option
def watch(sources: tuple[str, ...], every: str, rounds: int | None, timeout: float, db: str | None,
          published: str | None, model: str) -> None:
    """Poll feeds and article URLs; store what is new each round, until Ctrl-C."""
    interval = parse_interval(every)
    bad = [source for source in sources if not is_url(source)]
    if bad:
        raise click.BadParameter(f"not an http(s) URL: {bad[0]}", param_hint="FEED_OR_URL")
    pipeline = make_pipeline(model, published)
    try:
        store = Store(db)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    settings = FetchSettings(timeout=timeout, deadline=max(3 * timeout, timeout + 10))
    stop = threading.Event()
    with store, Fetcher(settings) as fetcher:
        watcher = Watcher(list(sources), store, pipeline, fetcher, on_error=_report_error)
        try:
            while True:
                _report_round(watcher.poll())
                if rounds is not None and len(watcher.rounds) >= rounds:
                    break
                stop.wait(interval)  # Ctrl-C interrupts the wait (KeyboardInterrupt)
        except KeyboardInterrupt:
            click.echo("interrupted: stopping", err=True)
    totals = watcher.totals()
    click.echo(f"watched {len(sources)} source(s) for {len(watcher.rounds)} round(s): "
               f"{totals['added']} new article(s), {totals['revision']} revision(s), "
               f"{totals['failed']} failure(s)", err=True)


def _report_error(error: InputError) -> None:
    click.echo(f"error: {error} (retried next round)", err=True)


def _report_round(done: Round) -> None:
    counts = done.counts
    failed = f"; {len(done.failed)} failure(s)" if done.failed else ""
    click.echo(f"round {done.number}: {counts['added']} new article(s), {counts['revision']} revision(s), "
               f"{counts['duplicate'] + counts['unchanged']} unchanged{failed}", err=True)

"""``storyline brief STORY``: a briefing of a story with citations, in Markdown or HTML."""

from __future__ import annotations

from pathlib import Path

import click

from storyline.cli import main
from storyline.cli.options import db_option
from storyline.errors import StorylineError
from storyline.report import build_briefing, to_html, to_markdown
from storyline.report.render import DEFAULT_SERVER


@main.command()
@click.argument("story")
@click.option("--format", "output_format", type=click.Choice(["md", "html"]), default="md", show_default=True,
              help="Markdown (for reading) or one HTML file whose citations link to the marked words.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of stdout.")
@click.option("--server", default=DEFAULT_SERVER, show_default=True, metavar="URL",
              help="Where `storyline serve` runs: the HTML's citations link to its article pages.")
@db_option
def brief(story: str, output_format: str, output: Path | None, server: str, db: str | None) -> None:
    """A briefing of STORY from the record: what happened, key statements, numbers in
    dispute, who stands where; every sentence cites outlet, date and article."""
    import storyline

    try:
        with storyline.open(db) as corpus:
            briefing = build_briefing(corpus, story)
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    text = to_markdown(briefing) if output_format == "md" else to_html(briefing, server)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output} ({len(briefing.citations)} citation(s))", err=True)

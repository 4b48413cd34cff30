"""``storyline serve``: the web UI and the REST API over a store."""

from __future__ import annotations

import click

from storyline.cli import main
from storyline.cli.options import db_option
from storyline.errors import StorylineError
from storyline.web.security import TOKEN_ENV, check_bind, token_from


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Any address other than this machine's own needs --token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", metavar="T", default=None,
              help=f"A secret every request must carry (Authorization: Bearer T, or open a page once "
                   f"with ?token=T). Default: ${TOKEN_ENV}.")
def serve(db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the web UI and the REST API (/api/v1, described at /openapi.json)."""
    import uvicorn

    from storyline.web import create_app

    token = token_from(token)
    try:
        check_bind(host, token)
        import storyline

        storyline.open(db).close()  # a missing or unreadable store fails here, with its message
    except StorylineError as error:
        raise click.ClickException(str(error)) from None
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Storyline on http://{shown}:{port}/ (Ctrl-C stops it)" +
               ("; every request needs the token" if token else ""), err=True)
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="warning",
                h11_max_incomplete_event_size=16 * 1024, timeout_keep_alive=5)

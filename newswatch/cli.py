"""The ``newswatch`` command line.

Each group of sub-commands lives in ``newswatch/commands/<group>.py`` and exposes
``register(app)``; this module only sets up the shared options and error handling.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperOption

from newswatch import __version__
from newswatch.context import AppContext
from newswatch.errors import UserError
from newswatch.logs import add_secrets, setup_cli_logging
from newswatch.settings import SettingsError, secret_values

COMMAND_MODULES = ("core", "crawl", "extract", "events", "alerts", "web", "replay")


def _flag_shows_no_type(self: TyperOption, ctx: Any) -> str | None:
    """typer 0.29's rich help prints a type beside every option, ``<bool>`` beside flags
    that take no value (its plain formatter does not); it has no setting for it."""
    return None if self.is_flag else _typer_display_type(self, ctx)


_typer_display_type = TyperOption.display_type_rich
TyperOption.display_type_rich = _flag_shows_no_type  # type: ignore[method-assign]

app = typer.Typer(
    name="newswatch",
    help=(
        "Watch Syrian news as it breaks: crawl outlets, code events in ACLED's taxonomy "
        "and alert subscribers by region through Redis.\n\n"
        "Start with `newswatch demo` to see the whole loop offline, then `newswatch run`."
    ),
    no_args_is_help=True,
    # Markdown joins a docstring's lines into paragraphs that wrap to the terminal; "rich"
    # kept the source's line breaks, which wrapped badly on any other width.
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newswatch {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            envvar="NEWSWATCH_CONFIG",
            help="TOML configuration file (see `newswatch config show`).",
        ),
    ] = None,
    home: Annotated[
        Path | None,
        typer.Option(
            "--home",
            envvar="NEWSWATCH_HOME",
            help="Data directory: database, embedded Redis, WARC archive.",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    setup_cli_logging(debug)  # every line through the redaction, --debug included
    app_ctx = AppContext.load(config, home, debug)
    add_secrets(*secret_values(app_ctx.settings))
    ctx.obj = app_ctx
    ctx.call_on_close(app_ctx.close)


for _name in COMMAND_MODULES:
    importlib.import_module(f"newswatch.commands.{_name}").register(app)


def main() -> None:
    """Entry point: run the app, turning known errors into one line on stderr."""
    debug = "--debug" in sys.argv
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except (UserError, SettingsError) as exc:
        if debug:
            raise
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `newswatch articles list --jsonl | head`: the reader is done
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    except Exception as exc:  # a bug or an outage: still one line unless --debug
        # A usage error (missing argument, unknown option): click's message and exit code.
        # typer ships its own copy of click, whose exceptions derive from TyperException.
        show = getattr(exc, "show", None)
        if isinstance(exc, typer.TyperException) and callable(show):
            show()
            sys.exit(exc.exit_code)
        if debug:
            raise
        typer.echo(f"error: {type(exc).__name__}: {exc} (run with --debug for details)", err=True)
        sys.exit(1)

"""Sub-commands of the application shell: config, run, demo, status."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.console import Console

from newswatch.context import AppContext
from newswatch.settings import describe, documented_settings

config_app = typer.Typer(help="Inspect the effective configuration.", no_args_is_help=True)


@config_app.command("show")
def config_show(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of TOML.")] = False,
) -> None:
    """Print the effective configuration (defaults, file, environment), secrets masked."""
    app_ctx: AppContext = ctx.obj
    data = describe(app_ctx.settings)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    typer.echo(_to_toml(data))


@config_app.command("reference")
def config_reference() -> None:
    """Print every setting with its default and meaning, as a commented TOML file."""
    current = ""
    for section, key, default, doc in documented_settings():
        if section != current:
            typer.echo(f"\n[{section}]")
            current = section
        typer.echo(f"# {doc}  (env: NEWSWATCH_{section.upper()}__{key.upper()})")
        typer.echo(f"{key} = {_toml_value(default)}")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _to_toml(data: dict[str, Any]) -> str:
    lines = [f"home = {_toml_value(data['home'])}"]
    for name, body in data.items():
        if isinstance(body, dict):
            lines.append(f"\n[{name}]")
            lines.extend(f"{k} = {_toml_value(v)}" for k, v in body.items())
        elif isinstance(body, list):
            for table in body:
                lines.append(f"\n[[{name}]]")
                lines.extend(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items())
    return "\n".join(lines)


console = Console()


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")

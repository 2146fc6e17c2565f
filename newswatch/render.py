"""Human output: rich tables with Arabic shown in logical order and aligned."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from newswatch.demo import DemoResult


def _deaths(value: Any) -> str:
    return "?" if value is None else str(value)


def render_demo(result: DemoResult, console: Console) -> None:
    console.print(
        f"[bold]{result.articles}[/] articles crawled, [bold]{result.events}[/] events, "
        f"[bold]{result.alerts_delivered}[/] alerts delivered"
    )
    for name, sub in result.subscriptions.items():
        table = Table(title=f"{name}: {sub['received']} alerts", title_justify="left")
        for column in ("date", "type", "place", "governorate", "deaths", "breach"):
            table.add_column(column)
        for alert in sub["alerts"]:
            table.add_row(
                alert.get("date") or "",
                alert.get("sub_event_type") or "",
                alert.get("place_name") or "",
                alert.get("admin1_pcode") or "",
                _deaths(alert.get("fatalities")),
                "yes" if alert.get("ceasefire_breach") else "",
            )
        console.print(table)

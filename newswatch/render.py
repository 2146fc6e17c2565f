"""Human output: rich tables with Arabic shown in logical order and aligned."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from newswatch.demo import DemoResult


def _deaths(value: Any) -> str:
    return "?" if value is None else str(value)


def _place(pcode: str | None, written: str | None) -> str:
    from pipeline.gazetteer import Gazetteer

    place = Gazetteer.default().get(pcode) if pcode else None
    if place is None:
        return written or ""
    return f"{written or place.name_ar} ({place.name_en})"


def _governorate(pcode: str | None) -> str:
    from pipeline.gazetteer import Gazetteer

    place = Gazetteer.default().get(pcode) if pcode else None
    return place.name_en if place else (pcode or "")


def render_demo(result: DemoResult, console: Console) -> None:
    console.print(
        f"[bold]{result.articles}[/] articles crawled, [bold]{result.events}[/] events, "
        f"[bold]{result.alerts_delivered}[/] alerts delivered"
    )
    for name, sub in result.subscriptions.items():
        table = Table(title=f"{name}: {sub['received']} alerts", title_justify="left")
        for column in ("date", "type", "place", "governorate", "deaths", "breach"):
            table.add_column(column, no_wrap=column in ("date", "type"))
        for alert in sub["alerts"]:
            table.add_row(
                alert.get("date") or "",
                alert.get("sub_event_type") or "",
                _place(alert.get("place_pcode"), alert.get("place_name")),
                _governorate(alert.get("admin1_pcode")),
                _deaths(alert.get("fatalities")),
                "yes" if alert.get("ceasefire_breach") else "",
            )
        console.print(table)

"""The alerting commands as a user runs them: subscribe, subscriptions, alerts, ingest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newswatch.cli import app

REPO = Path(__file__).resolve().parents[1]
SECRET = "whsec_dGVzdC1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg=="

ARTICLES = [
    {
        "id": "a1", "outlet": "north-voice", "url": "https://north.example/1",
        "published": "2026-11-24T10:00:00+03:00",
        "title": "غارة جوية على أريحا تخرق وقف إطلاق النار",
        "text": "قُتل ثلاثة مدنيين اليوم الثلاثاء في غارة جوية شنتها طائرات حربية على مدينة "
        "أريحا بريف إدلب الجنوبي، في خرق جديد لاتفاق وقف إطلاق النار.",
    },
    {
        "id": "a2", "published": "2026-11-24T12:00:00+03:00",
        "title": "متظاهرون في درعا يطالبون بالإفراج عن المعتقلين",
        "text": "خرج عشرات المتظاهرين اليوم الثلاثاء في مدينة درعا بمظاهرة سلمية "
        "للمطالبة بالإفراج عن المعتقلين، ولم تسجل أي إصابات.",
    },
]


@pytest.fixture
def cli(tmp_path: Path, embedded_redis: Any, prefix: str) -> Any:
    """Runs ``python -m newswatch``; the embedded Redis only (the library tests cover both)."""
    redis_url = f"unix://{embedded_redis.socket_file}"
    env = {
        **os.environ,
        "NEWSWATCH_HOME": str(tmp_path / "home"),
        "REDIS_URL": redis_url,
        "NEWSWATCH_REDIS__PREFIX": prefix,
        "NEWSWATCH_ALERTS__ALLOW_PRIVATE_WEBHOOKS": "true",
    }
    env.pop("NEWSWATCH_CONFIG", None)

    def run(*args: str, ok: bool = True, **extra: str) -> Any:
        """In-process when a command should succeed (fast); a real process otherwise, to
        see the exit status and the one-line error exactly as a user does."""
        if ok:
            result = CliRunner().invoke(app, list(args), env={**env, **extra})
            assert result.exit_code == 0, (result.output, result.exception)
            return result
        return subprocess.run(
            [sys.executable, "-m", "newswatch", *args], env={**env, **extra}, cwd=REPO,
            capture_output=True, text=True, timeout=120,
        )

    return run


def test_subscribe_manage_and_refuse(cli: Any) -> None:
    sub_id = cli("subscribe", "--name", "idlib", "--region", "إدلب", "--type", "Battles",
                 "--type", "Explosions/Remote violence", "--breach-only",
                 "--min-fatalities", "1", "--channel", "redis").stdout.strip()
    assert sub_id.startswith("sub_")
    hook = cli("subscribe", "--name", "hook", "--channel", "http://127.0.0.1:9/h",
               "--secret", SECRET).stdout.strip()
    listed = json.loads(cli("subscriptions", "list", "--json").stdout)
    assert [s["name"] for s in listed] == ["idlib", "hook"]
    assert listed[0]["regions"] == ["SY07"] and listed[0]["breach_only"]
    shown = cli("subscriptions", "show", hook, "--json").stdout
    assert SECRET not in shown and json.loads(shown)["secret"] == "****"
    assert "paused" in cli("subscriptions", "pause", "idlib").stdout
    assert json.loads(cli("subscriptions", "show", sub_id, "--json").stdout)["paused"]
    cli("subscriptions", "resume", sub_id)
    cli("subscriptions", "remove", hook)
    assert len(json.loads(cli("subscriptions", "list", "--json").stdout)) == 1
    bad = cli("subscribe", "--name", "x", "--region", "Atlantis", "--channel", "redis", ok=False)
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "error: regions: unknown region 'Atlantis' (not a p-code or place name)"
    )
    env_off = cli("subscribe", "--name", "y", "--type", "Battle", "--channel", "redis", ok=False)
    assert "event_types: unknown ACLED event type 'Battle'" in env_off.stderr


def test_ingest_delivers_once_and_tail_prints_json(cli: Any, tmp_path: Path) -> None:
    articles = tmp_path / "in.jsonl"
    articles.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES))
    cli("subscribe", "--name", "breaches", "--breach-only", "--channel", "redis")
    cli("subscribe", "--name", "daraa", "--region", "SY12", "--channel", "redis",
        "--language", "ar")
    first = json.loads(cli("ingest", "--jsonl", str(articles), "--json").stdout)
    assert first["articles"] == 2 and first["events"] >= 2 and first["alerts"] >= 2
    again = json.loads(cli("ingest", "--jsonl", str(articles), "--json").stdout)
    assert again["alerts"] == 0
    lines = cli("alerts", "tail", "breaches", "--json", "--count", "10").stdout.splitlines()
    (alert,) = [json.loads(line) for line in lines]
    assert {"event_id", "version", "event", "replayed"} <= set(alert)
    assert alert["event"]["ceasefire_breach"] and alert["event"]["admin1_pcode"] == "SY07"
    daraa = [json.loads(x) for x in cli("alerts", "tail", "daraa", "--json").stdout.splitlines()]
    assert daraa and all(a["event"]["admin1_pcode"] == "SY12" for a in daraa)
    assert "احتجاج" in cli("alerts", "tail", "daraa").stdout
    assert cli("alerts", "dlq", "list").stdout == ""


def test_config_file_subscriptions_are_upserted(cli: Any, tmp_path: Path) -> None:
    config = tmp_path / "newswatch.toml"
    config.write_text(
        '[[subscription]]\nname = "from-config"\nregions = ["Dar\'a"]\nchannel = "redis"\n'
    )
    listed = json.loads(cli("--config", str(config), "subscriptions", "list", "--json").stdout)
    assert [(s["name"], s["regions"]) for s in listed] == [("from-config", ["SY12"])]
    config.write_text('[[subscription]]\nname = "bad"\nchannel = "redis"\nmode = "weekly"\n')
    bad = cli("--config", str(config), "subscriptions", "list", ok=False)
    assert "error: [[subscription]] 'bad': mode: 'weekly' is not one of" in bad.stderr


def test_dead_letters_list_and_retry(cli: Any, tmp_path: Path) -> None:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    state = {"fail": True, "ids": []}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["content-length"]))
            if not state["fail"]:
                state["ids"].append(self.headers["webhook-id"])
            self.send_response(503 if state["fail"] else 204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        cli("subscribe", "--name", "hook", "--breach-only", "--channel", url, "--secret", SECRET)
        articles = tmp_path / "in.jsonl"
        articles.write_text(json.dumps(ARTICLES[0], ensure_ascii=False) + "\n")
        # retry_for=0: the first failure is final, so the test needs no waiting.
        out = cli("ingest", "--jsonl", str(articles), "--json", NEWSWATCH_ALERTS__RETRY_FOR="0")
        assert json.loads(out.stdout)["alerts"] == 0
        listed = cli("alerts", "dlq", "list", "--json").stdout.splitlines()
        (dead,) = [json.loads(line) for line in listed]
        assert dead["error"].endswith("HTTP 503") and dead["attempts"] == "1"
        state["fail"] = False
        assert cli("alerts", "dlq", "retry").stdout.strip() == "requeued 1, delivered 1"
        assert len(state["ids"]) == 1 and cli("alerts", "dlq", "list").stdout == ""
    finally:
        server.shutdown()
        server.server_close()

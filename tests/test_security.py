"""Security: webhook signatures, SSRF refusals (at subscribe time and on redirects), and no
secret in any log line or command output, even at DEBUG."""

from __future__ import annotations

import base64
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "faults"))  # importlib mode: helpers by path
sys.path.insert(0, str(Path(__file__).parent / "alerts"))

from faults_helpers import (
    SECRET,
    Hook,
    RedisProcess,
    breach_article,
    verify_signature,
    write_config,
)
from receivers import PRIVATE_APPRISE, Listener

from alerts.attempt import AttemptControl
from alerts.channels import ChannelError
from alerts.channels.webhook import WebhookChannel
from alerts.message import Alert, Delivery
from alerts.netguard import OutboundGuard
from newswatch.cli import main
from newswatch.replica import ReplicaSite

PRIVATE_WEBHOOKS = [
    "http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "http://172.16.0.1/hook",
    "http://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data",
    "http://[::1]/hook", "http://localhost:8080/hook", "http://[fe80::1]/hook",
    "http://0.0.0.0/hook", "http://[::ffff:127.0.0.1]/hook",
]


def _cli(args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
         home: Path) -> tuple[int, str, str]:
    """Run the real entry point in-process: the exit code and both outputs."""
    monkeypatch.setattr(sys, "argv", ["newswatch", "--home", str(home), *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    out = capsys.readouterr()
    return int(exit_.value.code or 0), out.out, out.err


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEWSWATCH_CONFIG", "DATABASE_URL", "REDIS_URL"):
        monkeypatch.delenv(name, raising=False)


def _delivery(key: str = "sub1.ev1.v1") -> Delivery:
    alert = Alert("ev1", 1, {"event_type": "Battles", "sub_event_type": "Armed clash"})
    return Delivery(key, "alert", "sub1", (alert,), "text")


# -- signatures --------------------------------------------------------------------------

def test_webhook_signature_verifies_and_a_wrong_secret_or_body_does_not() -> None:
    hook = Hook()
    try:
        channel = WebhookChannel(hook.url, SECRET, timeout=5,
                                 guard=OutboundGuard(allow_private=True),
                                 control=AttemptControl(), clock=lambda: datetime.now(UTC))
        channel.send(_delivery())
        (attempt,) = hook.attempts
        assert attempt.valid and attempt.webhook_id == "sub1.ev1.v1"
        other = "whsec_" + base64.b64encode(b"another-secret-entirely").decode()
        hook.secret = other
        with pytest.raises(ChannelError, match="401"):
            channel.send(_delivery("sub1.ev1.v2"))
        assert not hook.attempts[-1].valid  # the receiver can tell a forged sender apart
    finally:
        hook.close()
    headers = {"webhook-id": "x", "webhook-timestamp": str(int(time.time())),
               "webhook-signature": "v1,AAAA"}
    assert not verify_signature(SECRET, headers, b"{}")


# -- SSRF --------------------------------------------------------------------------------

@pytest.mark.parametrize("url", PRIVATE_WEBHOOKS)
def test_subscribe_refuses_private_webhook_targets(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = _cli(
        ["subscribe", "--name", "x", "--channel", url, "--secret", SECRET],
        capsys, monkeypatch, tmp_path,
    )
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("error: channel: webhook refused"), err


def test_subscribe_refuses_shared_address_space(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = _cli(
        ["subscribe", "--name", "x", "--channel", "http://100.100.100.200/latest/meta-data",
         "--secret", SECRET],
        capsys, monkeypatch, tmp_path,
    )
    assert code == 2 and err.startswith("error: channel: webhook refused"), err


def test_subscribe_refuses_apprise_urls_to_private_addresses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = _cli(
        ["subscribe", "--name", "x", "--channel", "json://169.254.169.254/latest/meta-data"],
        capsys, monkeypatch, tmp_path,
    )
    assert code == 2 and err.startswith("error: channel:"), err


def test_allow_private_webhooks_lets_loopback_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSWATCH_ALERTS__ALLOW_PRIVATE_WEBHOOKS", "true")
    code, out, err = _cli(
        ["subscribe", "--name", "x", "--channel", "http://127.0.0.1:9/hook", "--secret", SECRET],
        capsys, monkeypatch, tmp_path,
    )
    assert code == 0 and out.strip(), err


@pytest.mark.parametrize("url", PRIVATE_APPRISE)
def test_subscribe_refuses_apprise_services_pointing_inside(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = _cli(["subscribe", "--name", "x", "--channel", url],
                          capsys, monkeypatch, tmp_path)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert err.startswith("error: channel: ") and "refused" in err, err


# -- Standard Webhooks secrets ---------------------------------------------------------

def _delivered_with(secret_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[Any]]:
    """Subscribe a receiver on 127.0.0.1, ingest two breaches; the secret and requests."""
    monkeypatch.setenv("NEWSWATCH_ALERTS__ALLOW_PRIVATE_WEBHOOKS", "true")
    hook = Listener("ok")
    try:
        code, out, err = _cli(["subscribe", "--name", "hook", "--channel", hook.url(),
                               *secret_args], capsys, monkeypatch, tmp_path)
        assert code == 0, err
        articles = tmp_path / "in.jsonl"
        articles.write_text("".join(json.dumps({"id": f"a{n}", **breach_article(n)},
                                               ensure_ascii=False) + "\n" for n in range(2)),
                            encoding="utf-8")
        code, _, err = _cli(["ingest", "--jsonl", str(articles)], capsys, monkeypatch, tmp_path)
        assert code == 0, err
    finally:
        hook.close()
    lines = out.splitlines()
    secret = lines[1] if len(lines) > 1 else secret_args[-1]
    return secret, hook.requests


def test_a_generated_secret_is_printed_once_and_verifies_with_the_official_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    import standardwebhooks

    secret, requests = _delivered_with([], tmp_path, capsys, monkeypatch)
    assert secret.startswith("whsec_") and len(base64.b64decode(secret[6:])) == 32
    assert len(requests) >= 2
    for request in requests:  # 100 %: every delivery
        standardwebhooks.Webhook(secret).verify(request.body, request.headers)
    code, out, _ = _cli(["subscriptions", "show", "hook", "--json"], capsys, monkeypatch,
                        tmp_path)
    assert code == 0 and secret not in out  # shown once, never again


def test_a_given_whsec_secret_verifies_with_the_official_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    import standardwebhooks

    secret, requests = _delivered_with(["--secret", SECRET], tmp_path, capsys, monkeypatch)
    assert secret == SECRET and len(requests) >= 2
    for request in requests:
        standardwebhooks.Webhook(SECRET).verify(request.body, request.headers)


@pytest.mark.parametrize("secret", ["plain-text-secret-123456", "whsec_not*base64",
                                    "whsec_" + base64.b64encode(b"short").decode()])
def test_a_secret_in_another_form_is_refused_with_how_to_make_one(
    secret: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSWATCH_ALERTS__ALLOW_PRIVATE_WEBHOOKS", "true")  # no DNS asked
    code, out, err = _cli(["subscribe", "--name", "x", "--channel", "http://127.0.0.1:9/h",
                           "--secret", secret], capsys, monkeypatch, tmp_path)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert err.startswith("error: secret: ") and "os.urandom(32)" in err, err
    assert secret not in err


# -- no secret in any log line -----------------------------------------------------------

SECRETS = {
    "webhook secret": SECRET,
    "webhook key": SECRET.removeprefix("whsec_"),
    "database password": "PgPa55-not-in-logs",
    "redis password": "RedisPa55-not-in-logs",
    "admin token": "adm-TOKEN-not-in-logs-1234",
    "webhook url query token": "QueryTok-not-in-logs",
    "apprise token": "AppriseTok-not-in-logs",
}


def _secret_config(path: Path, site: ReplicaSite, hook: Hook, apprise: Hook) -> Path:
    hook_port = hook.server.server_address[1]
    apprise_port = apprise.server.server_address[1]
    # No user:password@ in the webhook URL: urllib would look "user:password@127.0.0.1"
    # up in the DNS (see the report), and these tests send nothing off the machine.
    webhook = f"http://127.0.0.1:{hook_port}/hook?token={SECRETS['webhook url query token']}"
    apprise_url = f"json://appuser:{SECRETS['apprise token']}@127.0.0.1:{apprise_port}/notify"
    extra = f"""
[alerts]
allow_private_webhooks = true
webhook_timeout = 0.5
backoff_base = 0.05
backoff_max = 0.1
retry_for = 1
[[subscription]]
name = "hook"
channel = "{webhook}"
secret = "{SECRET}"
[[subscription]]
name = "apprise"
channel = "{apprise_url}"
"""
    write_config(path, f"{site.url}/feed/", extra=extra)
    text = path.read_text(encoding="utf-8").replace(
        "[web]\n", f'[web]\nadmin_token = "{SECRETS["admin token"]}"\n'
    ).replace('level = "INFO"', 'level = "DEBUG"')
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.timeout(90)
def test_no_secret_in_any_log_line_or_output(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    pg = str(request.getfixturevalue("postgres_url"))  # skips without PostgreSQL
    db_url = pg.replace("://postgres@", f"://postgres:{SECRETS['database password']}@", 1)
    assert SECRETS["database password"] in db_url
    redis_server = RedisProcess(tmp_path / "redis", password=SECRETS["redis password"])
    redis_server.start()
    hook, apprise = Hook(default="500"), Hook(script=["500"])
    site = ReplicaSite.start([breach_article(0)], robots_crawl_delay=0)
    try:
        cfg = _secret_config(tmp_path / "newswatch.toml", site, hook, apprise)
        articles = tmp_path / "articles.jsonl"
        articles.write_text(json.dumps({"id": "a1", **breach_article(1)}, ensure_ascii=False)
                            + "\n", encoding="utf-8")
        env = {**os.environ, "NEWSWATCH_HOME": str(tmp_path / "home"),
               "NEWSWATCH_CONFIG": str(cfg), "DATABASE_URL": db_url,
               "REDIS_URL": redis_server.url}
        outputs = [_run(["--debug", "run", "--burst"], env)]
        outputs += _run_all([
            ["--debug", "ingest", "--jsonl", str(articles)],
            ["--debug", "subscriptions", "show", "hook", "--json"],
            ["--debug", "alerts", "dlq", "list", "--json"],
        ], env)
    finally:
        site.stop()
        hook.close()
        apprise.close()
        redis_server.kill9()
    text = "\n".join(outputs)
    (tmp_path / "outputs.txt").write_text(text, encoding="utf-8")  # for a failing run
    assert hook.attempts and apprise.attempts  # the failures that get logged did happen
    assert '"level": "debug"' in text and "delivery" in text and "****" in text, text[-3000:]
    leaked = {name: value for name, value in SECRETS.items() if value in text}
    assert not leaked, f"secrets in output: {sorted(leaked)}"


def _run(args: list[str], env: dict[str, str]) -> str:
    proc = subprocess.run([sys.executable, "-m", "newswatch", *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    return f"$ {' '.join(args)} -> {proc.returncode}\n{proc.stdout}\n{proc.stderr}"


def _run_all(commands: list[list[str]], env: dict[str, str]) -> list[str]:
    """Run independent commands side by side (they only read, or write different rows)."""
    procs = [subprocess.Popen([sys.executable, "-m", "newswatch", *args], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for args in commands]
    out = []
    for args, proc in zip(commands, procs, strict=True):
        stdout, stderr = proc.communicate(timeout=60)
        out.append(f"$ {' '.join(args)} -> {proc.returncode}\n{stdout}\n{stderr}")
    return out


APPRISE_SECRETS = {
    "telegram bot token": "123456789:AAHbotToken-abcdefghijklmnopqrstuv",
    "slack token": "TIiajkdnlazkcOXrIdevi7FQ",
    "json password": "PassW0rd-apprise-secret",
}


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_apprise_lines_are_redacted_at_debug(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, restore_logging: None,
) -> None:
    """Apprise logs the service URL with its token (Telegram's "POST URL", its TRACE dump
    of the parsed URL, urllib3's failed URL): none of it reaches our output."""
    import socket

    from alerts.attempt import AttemptControl
    from alerts.service import make_network_channel
    from alerts.settings import AlertsSettings
    from alerts.subscriptions import Subscription
    from newswatch.logs import setup_logging

    real = socket.getaddrinfo

    def loopback(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host in ("api.telegram.org", "hooks.slack.com"):  # nothing leaves the machine
            host = "127.0.0.1"
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback)
    setup_logging("DEBUG", as_json=True)
    logging.getLogger("apprise").setLevel(1)  # TRACE too
    tokens = APPRISE_SECRETS
    urls = [f"tgram://{tokens['telegram bot token']}/12345",
            f"slack://T1JJ3T3L2/A1BRTD4JD/{tokens['slack token']}/#general",
            f"json://user:{tokens['json password']}@127.0.0.1:9/notify"]
    settings = AlertsSettings(allow_private_webhooks=True, webhook_timeout=3)
    for url in urls:
        channel = make_network_channel(
            Subscription(name="s", channel=url), settings, OutboundGuard(allow_private=True),
            AttemptControl(), lambda: datetime.now(UTC),
        )
        with pytest.raises(ChannelError):
            channel.send(_delivery())
    text = capsys.readouterr().err
    assert "Telegram POST URL" in text and "unpacked as" in text  # the lines were written
    leaked = {name: value for name, value in tokens.items() if value in text}
    assert not leaked, f"secrets in DEBUG lines: {sorted(leaked)}"
    assert "AAHbotToken" not in text and "1JJ3T3L2/A1BRTD4JD" not in text


def test_config_show_masks_channel_and_feed_paths_keeping_scheme_and_host(
    tmp_path: Path,
) -> None:
    from newswatch.settings import describe, load_settings

    cfg = tmp_path / "c.toml"
    cfg.write_text(
        '[[source]]\nid = "s"\nname = "S"\nhomepage = "https://outlet.example/"\n'
        'feeds = ["https://outlet.example/feed/?apikey=FeedKey-0123456789"]\n'
        '[[subscription]]\nname = "slack"\n'
        'channel = "https://hooks.slack.com/services/T0001/B0002/HookSecret0123456789"\n',
        encoding="utf-8",
    )
    shown = json.dumps(describe(load_settings(cfg, home=tmp_path, environ={})))
    assert "FeedKey" not in shown and "HookSecret" not in shown and "T0001" not in shown
    assert "https://outlet.example/****" in shown and "https://hooks.slack.com/****" in shown


def test_config_show_masks_every_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    hook, apprise = Hook(), Hook()
    site = ReplicaSite.start([breach_article(0)], robots_crawl_delay=0)
    try:
        cfg = _secret_config(tmp_path / "newswatch.toml", site, hook, apprise)
    finally:
        site.stop()
        hook.close()
        apprise.close()
    monkeypatch.setenv("REDIS_URL", f"redis://:{SECRETS['redis password']}@127.0.0.1:1/0")
    text = ""
    for args in (["config", "show"], ["config", "show", "--json"]):
        code, out, err = _cli(["--config", str(cfg), *args], capsys, monkeypatch, tmp_path)
        assert code == 0, err
        text += out + err
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:" + SECRETS["database password"] + "@h/d")
    code, out, err = _cli(["--config", str(cfg), "config", "show"], capsys, monkeypatch, tmp_path)
    text += out + err
    assert "****" in text
    leaked = {name: value for name, value in SECRETS.items() if value in text}
    assert not leaked, f"secrets in config show: {sorted(leaked)}"

"""Settings: defaults < TOML file < environment, with errors that name the key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newswatch.settings import SettingsError, describe, documented_settings, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newswatch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_and_home_from_env(tmp_path: Path) -> None:
    s = load_settings(environ={"NEWSWATCH_HOME": str(tmp_path)})
    assert s.home == tmp_path
    assert s.crawler.min_interval == 120 and s.crawler.max_interval == 7200
    assert s.database_url == f"sqlite:///{tmp_path / 'newswatch.db'}"


def test_file_then_env_override(tmp_path: Path) -> None:
    cfg = write(tmp_path, "[crawler]\nmin_interval = 60\nmax_interval = 600\n")
    s = load_settings(cfg, environ={"NEWSWATCH_CRAWLER__MIN_INTERVAL": "30"})
    assert (s.crawler.min_interval, s.crawler.max_interval) == (30, 600)


def test_env_booleans_and_shortcuts(tmp_path: Path) -> None:
    env = {
        "NEWSWATCH_ALERTS__ALLOW_PRIVATE_WEBHOOKS": "true",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "DATABASE_URL": "postgresql+psycopg://u:pw@127.0.0.1/test",
    }
    s = load_settings(environ=env, home=tmp_path)
    assert s.alerts.allow_private_webhooks is True
    assert s.redis.url == "redis://127.0.0.1:6379/0"
    assert s.database_url.startswith("postgresql+psycopg://")


@pytest.mark.parametrize(
    ("toml", "env", "message"),
    [
        ("[crawler]\nmin_interval = 'soon'\n", {}, "crawler.min_interval: expected int"),
        ("[crawler]\nspeed = 3\n", {}, "crawler.speed: unknown setting"),
        ("[crawlr]\n", {}, "unknown section [crawlr]"),
        ("[crawler]\nmin_interval = 600\nmax_interval = 60\n", {}, "crawler.max_interval"),
        ("", {"NEWSWATCH_CRAWLER__MIN_INTERVAL": "x"}, "NEWSWATCH_CRAWLER__MIN_INTERVAL"),
        ("", {"NEWSWATCH_WEB__NOPE": "1"}, "unknown setting web.nope"),
        ("[log]\nlevel = 'LOUD'\n", {}, "log.level"),
        ("[database]\nurl = 'mysql://x'\n", {}, "database.url"),
        ("[crawler\n", {}, "invalid TOML"),
        ("[alerts]\nwebhook_timeout = inf\n", {}, "alerts.webhook_timeout: expected float"),
        ("[alerts]\nbackoff_max = nan\n", {}, "alerts.backoff_max: expected float"),
        ("", {"NEWSWATCH_ALERTS__WEBHOOK_TIMEOUT": "1e400"}, "alerts.webhook_timeout"),
        ("[alerts]\ndelivery_workers = 0\n", {}, "alerts.delivery_workers"),
    ],
)
def test_wrong_setting_names_key(
    tmp_path: Path, toml: str, env: dict[str, str], message: str
) -> None:
    with pytest.raises(SettingsError, match=message.replace("[", r"\[").replace(".", r"\.")):
        load_settings(write(tmp_path, toml), environ=env)


def test_secrets_masked(tmp_path: Path) -> None:
    cfg = write(
        tmp_path,
        "[web]\nadmin_token = 'tok-123456'\n[database]\nurl = 'postgresql://nw:hunter2@db/nw'\n"
        "[[subscription]]\nname = 'x'\nsecret = 'whsec_abc'\n",
    )
    shown = str(describe(load_settings(cfg, home=tmp_path)))
    assert "tok-123456" not in shown and "hunter2" not in shown and "whsec_abc" not in shown
    assert "postgresql://nw:****@db/nw" in shown


@pytest.mark.parametrize("value", ["inf", "1e400", "nan", "-inf"])
def test_a_non_finite_count_in_a_subscription_table_names_its_key(
    tmp_path: Path, value: str
) -> None:
    cfg = write(tmp_path, f"[[subscription]]\nname = 'x'\nchannel = 'redis'\n"
                          f"min_fatalities = {value}\n")
    proc = subprocess.run(
        [sys.executable, "-m", "newswatch", "--config", str(cfg), "subscriptions", "list"],
        capture_output=True, text=True, env={"NEWSWATCH_HOME": str(tmp_path), "PATH": ""},
        timeout=60,
    )
    assert proc.returncode == 2 and proc.stderr.strip().count("\n") == 0, proc.stderr
    assert proc.stderr.startswith("error: [[subscription]] 'x': min_fatalities: "), proc.stderr


def test_every_setting_is_documented() -> None:
    rows = documented_settings()
    assert len(rows) > 20
    assert all(doc for _, _, _, doc in rows), [r for r in rows if not r[3]]


def test_config_show_cli_fails_in_one_line(tmp_path: Path) -> None:
    env = {"NEWSWATCH_HOME": str(tmp_path), "NEWSWATCH_CRAWLER__MAX_INTERVAL": "-1", "PATH": ""}
    proc = subprocess.run(
        [sys.executable, "-m", "newswatch", "config", "show"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "crawler.max_interval" in proc.stderr and "Traceback" not in proc.stderr

"""Roles and the cluster's instances: ``run --role`` picks the stages, ``status --json``
lists every live instance with its roles, heartbeat and claimed feeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from sqlalchemy import Engine

from newswatch.daemon import Daemon
from newswatch.db import open_database
from newswatch.roles import ALL_ROLES, RoleError, parse_roles
from newswatch.settings import Settings, load_settings
from newswatch.status import INSTANCE_TTL, instance_key, redis_status

REDIS_URL = os.environ.get("NEWSWATCH_TEST_REDIS", "redis://127.0.0.1:6379/9")


def test_roles_parse_comma_lists_and_refuse_unknown_names() -> None:
    assert parse_roles(None) == ALL_ROLES == parse_roles([]) == parse_roles("all")
    assert parse_roles(["crawl,web"]) == {"crawl", "web"} == parse_roles(["crawl", " Web "])
    with pytest.raises(RoleError, match="unknown role crawler"):
        parse_roles("crawler,web")


@pytest.fixture
def client(prefix: str) -> Iterator[redis.Redis]:
    try:
        conn = redis.Redis.from_url(REDIS_URL, decode_responses=True)
        conn.ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    yield conn
    for key in conn.scan_iter(match=f"{prefix}:*"):
        conn.delete(key)
    conn.close()


def settings_for(tmp_path: Path, prefix: str) -> Settings:
    cfg = tmp_path / "newswatch.toml"
    cfg.write_text(
        '[crawler]\nuse_registry = false\n[web]\nport = 0\n[[source]]\nid = "s"\n'
        'name = "S"\nhomepage = "http://127.0.0.1:9/"\nfeeds = ["http://127.0.0.1:9/feed/"]\n',
        encoding="utf-8",
    )
    return load_settings(cfg, tmp_path / "home",
                         environ={"REDIS_URL": REDIS_URL, "NEWSWATCH_REDIS__PREFIX": prefix})


@pytest.fixture
def engine(tmp_path: Path, prefix: str) -> Iterator[Engine]:
    eng = open_database(settings_for(tmp_path, prefix))
    yield eng
    eng.dispose()


def test_each_role_starts_only_its_stages(
    tmp_path: Path, prefix: str, client: redis.Redis, engine: Engine
) -> None:
    settings = settings_for(tmp_path, prefix)
    jobs = {}
    for roles in ("crawl", "pipeline", "alerts", "web", "crawl,pipeline,alerts,web"):
        daemon = Daemon(settings, engine, client, worker_id=f"w-{roles}",
                        roles=parse_roles(roles))
        daemon.schedule()
        jobs[roles] = {job.id for job in daemon.scheduler.get_jobs()}
    assert jobs["crawl"] == {"catch-up", "retention", "heartbeat"}
    assert jobs["pipeline"] == {"pipeline", "outbox", "heartbeat"}
    assert jobs["alerts"] == {"alerts", "reclaim", "heartbeat"}
    assert jobs["web"] == {"heartbeat"}
    assert jobs["crawl,pipeline,alerts,web"] == set().union(*jobs.values())


def test_status_lists_the_live_instances_their_roles_and_claims(
    tmp_path: Path, prefix: str, client: redis.Redis, engine: Engine
) -> None:
    settings = settings_for(tmp_path, prefix)
    crawler = Daemon(settings, engine, client, worker_id="crawler-1",
                     roles=parse_roles("crawl,pipeline"))
    front = Daemon(settings, engine, client, worker_id="front-1", roles=parse_roles("web"))
    for daemon in (crawler, front):
        daemon._beat("running")
    feed = "http://127.0.0.1:9/feed/"
    assert crawler.cluster.claim([feed]) == [feed]
    data = redis_status(client, prefix)
    assert {"daemon", "daemon_state", "queues"} <= set(data)  # the keys it always had
    got = {i["id"]: (i["roles"], i["claimed_feeds"]) for i in data["instances"]}
    assert got == {"crawler-1": (["crawl", "pipeline"], [feed]), "front-1": (["web"], [])}
    assert all(i["heartbeat"] and i["pid"] == os.getpid() for i in data["instances"])
    assert 0 < client.ttl(instance_key(prefix, "front-1")) <= INSTANCE_TTL
    client.delete(instance_key(prefix, "crawler-1"))  # its heartbeat expired: it died
    assert [i["id"] for i in redis_status(client, prefix)["instances"]] == ["front-1"]
    front.scheduler.start(paused=True)
    front.shutdown(None)  # a clean stop leaves the registry at once
    assert redis_status(client, prefix)["instances"] == []


def test_cli_run_refuses_an_unknown_role_and_status_json_has_instances(
    tmp_path: Path, prefix: str, client: redis.Redis, engine: Engine
) -> None:
    settings = settings_for(tmp_path, prefix)
    env = {**os.environ, "NEWSWATCH_HOME": str(settings.home), "REDIS_URL": REDIS_URL,
           "NEWSWATCH_REDIS__PREFIX": prefix, "NEWSWATCH_CONFIG": str(settings.config_path)}
    env.pop("DATABASE_URL", None)
    bad = subprocess.run([sys.executable, "-m", "newswatch", "run", "--role", "crawl,bogus"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "unknown role bogus" in bad.stdout + bad.stderr
    Daemon(settings, engine, client, worker_id="w1", roles=parse_roles("alerts"))._beat("running")
    shown = subprocess.run([sys.executable, "-m", "newswatch", "status", "--json"],
                           env=env, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert [(i["id"], i["roles"]) for i in data["instances"]] == [("w1", ["alerts"])]

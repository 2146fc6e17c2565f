"""A delivery worker process for crash tests.

python alerts_worker.py DB REDIS PREFIX SECONDS [RECLAIM_IDLE [WORKER_ID]]
"""

from __future__ import annotations

import sys
import time

import redis

from alerts.service import AlertService
from alerts.settings import AlertsSettings
from newswatch.db import make_engine


def main() -> None:
    db_url, redis_url, prefix, seconds = sys.argv[1:5]
    reclaim_idle = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    worker_id = sys.argv[6] if len(sys.argv) > 6 else None
    settings = AlertsSettings(
        allow_private_webhooks=True, reclaim_idle=reclaim_idle, webhook_timeout=30
    )
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    service = AlertService.from_settings(
        settings, make_engine(db_url), client, prefix, worker_id=worker_id
    )
    deadline = time.monotonic() + float(seconds)
    while time.monotonic() < deadline:
        service.route_once()
        service.deliver_once()
        time.sleep(0.02)


if __name__ == "__main__":
    main()

"""The policy stage: send now, hold for a digest, or suppress.

Held are alerts of digest subscriptions, replays under the ``digest`` replay policy and
minor events in quiet hours; suppressed are replays under ``suppress``.  What goes on is
rendered into the subscriber's language.
"""

from __future__ import annotations

import redis

from alerts import digest, keys
from alerts.matching import severity
from alerts.message import Delivery, render_alert
from alerts.redis_util import text_client
from alerts.stages import HELD, SKIPPED, Job, record
from alerts.store import DeliveryLog
from crawler.clock import Clock


class Policy:
    def __init__(
        self, client: redis.Redis, prefix: str, log: DeliveryLog, clock: Clock, map_url: str
    ) -> None:
        self.client = text_client(client)
        self.prefix = prefix
        self.log = log
        self.clock = clock
        self.map_url = map_url

    def __call__(self, job: Job) -> Job | str:
        if job.delivery is not None:  # a digest: already held once, goes out as it is
            return job
        decision = self.decide(job)
        if decision == "suppress":
            record(self.log, job, SKIPPED)
            self.client.xack(job.entry.queue, keys.DELIVERY_GROUP, job.entry.entry_id)
            return SKIPPED
        if decision == "hold":
            return self._hold(job)
        assert job.alert is not None
        kind = "update" if job.alert.update else "alert"
        text = render_alert(job.alert, job.sub.language, self.map_url)
        return job.with_(delivery=Delivery(job.key, kind, job.sub.id, (job.alert,), text))

    def decide(self, job: Job) -> str:
        sub, alert = job.sub, job.alert
        assert alert is not None
        if alert.replayed and sub.replay_policy == "suppress":
            return "suppress"
        if (alert.replayed and sub.replay_policy == "digest") or sub.mode != "immediate":
            return "hold"
        quiet = digest.in_quiet_hours(sub, self.clock())
        if quiet and severity(alert.event) < sub.quiet_min_severity:
            return "hold"
        return "send"

    def _hold(self, job: Job) -> str:
        assert job.alert is not None
        pipe = self.client.pipeline(transaction=True)
        digest.hold(pipe, self.prefix, job.sub.id, job.alert, self.clock())
        pipe.xack(job.entry.queue, keys.DELIVERY_GROUP, job.entry.entry_id)
        pipe.execute()
        record(self.log, job, HELD)
        return HELD

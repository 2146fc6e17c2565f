"""The dedup stage: "should I send?", asked of the idempotency key before anything else.

Recording "sent" happens only after the channel accepted the message (``alerts.send``),
so a crash in between costs at most one duplicate with the same ``webhook-id``, never a
loss (Alertmanager's "fail open").
"""

from __future__ import annotations

import json

from alerts.message import Alert, Delivery, digest_key, idempotency_key, render_digest
from alerts.queues import Queues
from alerts.stages import FINAL, SKIPPED, Job, record
from alerts.store import DeliveryLog


class Dedup:
    def __init__(self, log: DeliveryLog, queues: Queues, map_url: str) -> None:
        self.log = log
        self.queues = queues
        self.map_url = map_url

    def __call__(self, job: Job) -> Job | str:
        fields = job.entry.fields
        if fields.get("kind") == "digest":
            return self._digest(job)
        alert = Alert(
            event_id=fields["event_id"], version=int(fields["version"]),
            event=json.loads(fields["event"]), replayed=fields.get("replayed") == "1",
        )
        job = job.with_(alert=alert, key=idempotency_key(job.sub.id, alert.event_id,
                                                         alert.version))
        if self.log.status(job.key) in FINAL:
            return self.queues.ack(job.entry, SKIPPED)
        highest = self.log.highest_delivered(job.sub.id, alert.event_id)
        if alert.version <= highest:  # an older version overtaken by a newer one
            return self.queues.ack(job.entry, SKIPPED)
        if highest and not job.sub.updates:
            record(self.log, job.with_(alert=Alert(**{**alert.__dict__, "update": True})),
                   SKIPPED)
            return self.queues.ack(job.entry, SKIPPED)
        return job.with_(alert=Alert(**{**alert.__dict__, "update": bool(highest)}))

    def _digest(self, job: Job) -> Job:
        """A digest is its own delivery, keyed by its first alert."""
        fields = job.entry.fields
        alerts = tuple(Alert.from_dict(item) for item in json.loads(fields["items"]))
        first = alerts[0]
        key = digest_key(job.sub.id, f"{first.event_id}.v{first.version}")
        text = render_digest(alerts, job.sub.language, self.map_url)
        delivery = Delivery(key, "digest", job.sub.id, alerts, text,
                            {"window": fields.get("window")})
        return job.with_(key=key, delivery=delivery)

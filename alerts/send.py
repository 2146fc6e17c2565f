"""The send stage: hand the message to the subscriber's channel, then record success.

Success is recorded (``delivered``) and the entry acknowledged only after the channel
accepted the message.  A failure is the retry stage's to handle (``ChannelError``); an
attempt abandoned at shutdown (``Abandoned``) passes through untouched, so the entry
stays pending and is sent again after the restart under the same ``webhook-id``.
"""

from __future__ import annotations

from collections.abc import Callable

import redis

from alerts import keys
from alerts.channels import Channel
from alerts.message import Delivery
from alerts.queues import Queues
from alerts.redis_util import text_client
from alerts.stages import SENT, SKIPPED, Job, record
from alerts.store import DeliveryLog
from alerts.subscriptions import Subscription


class Send:
    def __init__(
        self, client: redis.Redis, prefix: str, log: DeliveryLog, queues: Queues,
        channel: Callable[[Subscription], Channel],
        on_delivered: Callable[[Delivery, dict[str, str]], None] | None = None,
    ) -> None:
        self.client = text_client(client)
        self.prefix = prefix
        self.log = log
        self.queues = queues
        self.channel = channel
        self.on_delivered = on_delivered

    def __call__(self, job: Job) -> Job | str:
        assert job.delivery is not None
        if self.log.delivered(job.key):
            return self.queues.ack(job.entry, SKIPPED)
        self.channel(job.sub).send(job.delivery)  # ChannelError: for the retry stage
        record(self.log, job, "delivered", attempts=job.attempt)
        self.client.delete(keys.retry_state(self.prefix, job.sub.id))
        self.queues.ack(job.entry, SENT)
        if self.on_delivered is not None:
            self.on_delivered(job.delivery, job.entry.fields)
        return SENT

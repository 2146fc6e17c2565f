"""alerts: region-based subscriptions and delivery that loses nothing.

    events stream --(router: match, enqueue + XACK atomically)--> per-subscription queues
    queues --(lanes, side by side: lease, then dedup -> policy -> retry(send))--> channels

Entry point: ``alerts.service.AlertService.from_settings(settings, engine, redis, prefix)``.
Modules: ``subscriptions`` (model + validation), ``store`` (tables ``al_*``), ``matching``
(index), ``router``, ``delivery`` (the worker) with its ``lanes`` and ``queues``, the
stages (``stages`` is their protocol; ``dedup``, ``policy``, ``send``, ``retry``), ``dlq``
(dead letters), ``digest`` (digests, quiet hours), ``channels`` (redis stream, webhook,
Apprise), ``netguard`` (the outbound guard), ``attempt`` (one send: its deadline, its
sockets), ``redact`` (masking), ``message`` (texts), ``keys`` (every Redis key).
Kept import-light: ``newswatch.settings`` imports ``alerts.settings`` and ``alerts.redact``.
"""

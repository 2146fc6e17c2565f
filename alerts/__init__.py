"""alerts: region-based subscriptions and delivery that loses nothing.

    events stream --(router: match, enqueue + XACK atomically)--> per-subscription queues
    queues --(delivery workers: lease, idempotency check, send, record, XACK)--> channels

Entry point: ``alerts.service.AlertService.from_settings(settings, engine, redis, prefix)``.
Modules: ``subscriptions`` (model + validation), ``store`` (tables ``al_*``), ``matching``
(index), ``router``, ``delivery`` (retries, dead letters), ``digest`` (digests, quiet
hours), ``channels`` (redis stream, webhook, Apprise), ``message`` (texts), ``keys``
(every Redis key).  Kept import-light: ``newswatch.settings`` imports ``alerts.settings``.
"""

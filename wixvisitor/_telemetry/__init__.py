"""OpenTelemetry metrics and spans, and the log events they mirror: one private room.

- ``telemetry.py``: :class:`Telemetry`, built per app from the meter and tracer providers
  (``OFF`` without OpenTelemetry), and ``telemetry_of`` for a client's API calls;
- ``instruments.py``: the names (instruments, loggers, events) and the span-context helpers;
- ``observed_http.py``: one token request or API call, as a span, metrics and log records;
- ``observed_flights.py``: single-flight renewals, as spans and log records;
- ``observed_store.py``: the store wrapper that times loads, saves and lock waits,
  imported only for an app with OpenTelemetry on.

Nothing here imports ``opentelemetry`` at import time: it is imported only once the
application has configured it (``docs/observability.md``). The hot path never reaches it.
"""

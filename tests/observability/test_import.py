"""Without OpenTelemetry imported by the application, wixvisitor neither imports nor wraps."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import asyncio, sys
import wixvisitor as wv
from wixvisitor.stores import MemoryTokenStore

assert not [m for m in sys.modules if m.startswith("opentelemetry")], "imported at import"
store = MemoryTokenStore()
visitors = wv.Visitors("client", store=store, base_url="http://127.0.0.1:9")
client = wv.create_client("client", base_url="http://127.0.0.1:9")
assert visitors.store is store, "the store was wrapped"
assert not visitors._shared.telemetry.enabled
asyncio.run(client.aclose())
assert not [m for m in sys.modules if m.startswith("opentelemetry")], "imported by a client"
print("ok")
"""


def test_import_and_clients_do_not_import_opentelemetry() -> None:
    """`import wixvisitor` and building clients load no opentelemetry module, installed or not."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_global_providers_are_used_once_opentelemetry_is_imported() -> None:
    """An application that imported opentelemetry gets its global providers' meter and tracer."""
    script = """
import opentelemetry.trace, opentelemetry.metrics
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
reader = InMemoryMetricReader()
opentelemetry.metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
import wixvisitor as wv
from wixvisitor.stores import MemoryTokenStore
visitors = wv.Visitors("client", store=MemoryTokenStore(), base_url="http://127.0.0.1:9")
assert visitors._shared.telemetry.enabled
names = [m.name for rm in reader.get_metrics_data().resource_metrics
         for sm in rm.scope_metrics for m in sm.metrics]
assert names == ["wixvisitor.sessions.in_memory"], names
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_imported_but_unconfigured_opentelemetry_changes_nothing() -> None:
    """OTel imported with no global provider set (this test process): no store wrapped, no telemetry."""
    import opentelemetry.metrics  # noqa: F401 -- imported, never configured here

    import wixvisitor as wv
    from wixvisitor.stores import MemoryTokenStore

    store = MemoryTokenStore()
    visitors = wv.Visitors("client", store=store, base_url="http://127.0.0.1:9")
    assert visitors.store is store
    assert not visitors._shared.telemetry.enabled

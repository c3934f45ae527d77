"""Observability: wixvisitor's OpenTelemetry metrics and spans, printed to the console.

    pip install 'wixvisitor[otel]' opentelemetry-sdk
    python examples/observability.py

It configures the OpenTelemetry SDK with console exporters (swap in OTLP or the
Prometheus reader in production), then runs a visitor against the embedded Wix
emulator: a first page view mints a session, five hours pass, and 100 concurrent
requests of that visitor share one renewal. What to look for in the output:

- ``wixvisitor.token.requests``: 2 (one ``anonymous``, one ``refresh_token``);
- ``wixvisitor.renewal.callers``: one flight of 100 callers;
- spans: ``GET``/``POST`` API calls and token requests (CLIENT), each a child of the
  request span that made it, and one ``wixvisitor.renewal`` span linked from the
  other 99 requests.

No span, metric or log record carries a token, a store key or a session id.
"""

from __future__ import annotations

import asyncio

from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import ConsoleMetricExporter, PeriodicExportingMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter

import wixvisitor as wv
from wixvisitor.emulator import Emulator


def configure_opentelemetry() -> tuple[MeterProvider, TracerProvider]:
    """Global providers exporting to the console (metrics once, at shutdown)."""
    reader = PeriodicExportingMetricReader(
        ConsoleMetricExporter(), export_interval_millis=3_600_000
    )
    meter_provider = MeterProvider(metric_readers=[reader])
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
    metrics.set_meter_provider(meter_provider)
    trace.set_tracer_provider(tracer_provider)
    return meter_provider, tracer_provider


async def storefront(emulator: Emulator) -> None:
    """A visitor's page view, then 100 concurrent requests after the token expired."""
    tracer = trace.get_tracer("examples.observability")
    # OpenTelemetry is configured (and imported) first: Visitors takes the global providers.
    async with wv.Visitors("my-client-id", base_url=emulator.base_url, clock=emulator.now) as app:
        with tracer.start_as_current_span("GET /"):
            wix = app.client("visitor-1")
            found = await wix.products_v3.search(limit=1)
            await wix.current_cart.add([wv.line_item(found["products"][0]["id"])])

        emulator.advance(5 * 3600)  # the access token expires

        async def request(number: int) -> None:
            with tracer.start_as_current_span("GET /cart"):
                await app.client("visitor-1").current_cart.get()

        await asyncio.gather(*(request(n) for n in range(100)))


async def main() -> None:
    meter_provider, tracer_provider = configure_opentelemetry()
    try:
        async with Emulator() as emulator:
            await storefront(emulator)
    finally:
        tracer_provider.shutdown()  # prints the spans
        meter_provider.shutdown()  # prints the metrics
    print("done: 2 token requests, 1 renewal shared by 100 callers (see the output above)")


if __name__ == "__main__":
    asyncio.run(main())

"""The OpenTelemetry SDK's in-memory metric reader and span exporter, read back for tests."""

from __future__ import annotations

from typing import Any

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import HistogramDataPoint, InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import wixvisitor as wv
from wixvisitor.emulator import Emulator

FAST = wv.RetryPolicy(attempts=4, initial_backoff=0.01, max_backoff=0.05, attempt_timeout=2)


class Otel:
    """The SDK's providers, reading metrics and spans back from memory."""

    def __init__(self) -> None:
        self.reader = InMemoryMetricReader()
        self.exporter = InMemorySpanExporter()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.tracer = self.tracer_provider.get_tracer("tests")

    def options(self, emu: Emulator, **more: Any) -> dict[str, Any]:
        """The options of a client of ``emu`` recording to these providers."""
        return {
            "base_url": emu.base_url,
            "clock": emu.now,
            "retry": FAST,
            "meter_provider": self.meter_provider,
            "tracer_provider": self.tracer_provider,
            **more,
        }

    def points(self, name: str) -> list[tuple[dict[str, Any], Any]]:
        """Every data point of the metric ``name``: (attributes, point)."""
        data = self.reader.get_metrics_data()
        found = []
        for resource in data.resource_metrics if data else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    if metric.name == name:
                        found += [(dict(p.attributes or {}), p) for p in metric.data.data_points]
        return found

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every metric's points as comparable values (the gauge left out)."""
        return {
            name: sorted(
                (sorted(a.items()), getattr(p, "value", None), getattr(p, "count", None))
                for a, p in self.points(name)
            )
            for name in self.names()
            if name != "wixvisitor.sessions.in_memory"
        }

    def names(self) -> set[str]:
        """The names of every metric recorded so far."""
        data = self.reader.get_metrics_data()
        return {
            metric.name
            for resource in (data.resource_metrics if data else ())
            for scope in resource.scope_metrics
            for metric in scope.metrics
        }

    def total(self, name: str, **where: str) -> float:
        """A counter's sum (or a histogram's count) over points whose attributes match.

        ``where`` names attributes with ``__`` for dots: ``wixvisitor__grant="anonymous"``.
        """
        wanted = {key.replace("__", "."): value for key, value in where.items()}
        total: float = 0
        for attributes, point in self.points(name):
            if all(attributes.get(key) == value for key, value in wanted.items()):
                total += point.count if isinstance(point, HistogramDataPoint) else point.value
        return total

    def by(self, name: str, attribute: str) -> dict[Any, float]:
        """A counter's sums (or a histogram's counts) by the value of one attribute."""
        sums: dict[Any, float] = {}
        for attributes, point in self.points(name):
            value = point.count if isinstance(point, HistogramDataPoint) else point.value
            key = attributes.get(attribute)
            sums[key] = sums.get(key, 0) + value
        return sums

    def spans(self, name: str | None = None) -> list[ReadableSpan]:
        """Finished spans, all or those called ``name``."""
        spans = list(self.exporter.get_finished_spans())
        return [s for s in spans if name is None or s.name == name]

    def close(self) -> None:
        self.meter_provider.shutdown()
        self.tracer_provider.shutdown()


async def mint(emu: Emulator, client_id: str) -> wv.Tokens:
    """A visitor session minted outside the client under test (recorded nowhere)."""
    async with wv.OAuthStrategy(client_id, base_url=emu.base_url, clock=emu.now) as plain:
        return await plain.generate_visitor_tokens()

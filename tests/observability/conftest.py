"""An OpenTelemetry SDK with in-memory metric reader and span exporter, per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _otel_support import Otel


@pytest.fixture
def otel() -> Iterator[Otel]:
    """Fresh SDK providers with in-memory readers, shut down afterwards."""
    sdk = Otel()
    yield sdk
    sdk.close()

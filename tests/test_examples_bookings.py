"""examples/bookings.py runs with one command against the embedded emulator and books three services."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bookings.py"


def test_the_bookings_example_books_through_cart_v2(tmp_path: Path) -> None:
    """Free and in-person bookings ordered by placeOrder, a paid one on the hosted page; all mine."""
    environment = {k: v for k, v in os.environ.items() if k != "WIX_CLIENT_ID"}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("using a local Wix emulator at http://127.0.0.1:")
    assert lines[1] == "  service: Haircut (40 USD), ['Ada Barber']"
    assert lines[5] == "booking form fields: first_name, last_name, email, phone"
    assert lines[6].startswith("Coffee Consultation at ") and lines[6].endswith("booking CREATED")
    assert lines[7].startswith("   total 0 (free): order ") and lines[7].endswith(" placed")
    assert lines[9].startswith("   total 15 (15 paid in person): order ")
    assert (
        lines[11]
        == "   total 40: paid on the hosted checkout, back at https://salon.example/thanks"
    )
    assert lines[12:] == [
        "  my booking: Haircut CONFIRMED PAID",
        "  my booking: Morning Yoga CONFIRMED NOT_PAID",
        "  my booking: Coffee Consultation CONFIRMED EXEMPT",
    ]
    assert "OauthNG" not in done.stdout + done.stderr

"""examples/bookings.py runs with one command against the embedded emulator and books a slot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bookings.py"


def test_the_bookings_example_books_a_slot_and_sees_it_taken(tmp_path: Path) -> None:
    """Services listed, a slot booked, checked out on the hosted page, taken, and in my bookings."""
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
    assert lines[1:3] == ["  service: Haircut (40 USD)", "  service: Coffee Consultation (0 USD)"]
    assert lines[4].startswith("booking CREATED for ")
    assert lines[6] == "back on the site at https://salon.example/thanks"
    assert lines[7].endswith(" taken: True")
    assert lines[8].startswith("  my booking: Haircut ") and lines[8].endswith(" CONFIRMED")
    assert "OauthNG" not in done.stdout + done.stderr

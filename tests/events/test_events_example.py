"""examples/events.py runs with one command: reserve, a new process resumes, hosted checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "events.py"


def test_the_events_example_reserves_resumes_and_checks_out(tmp_path: Path) -> None:
    """Two processes share the visitor through a JSON file; the reservation ends CONFIRMED."""
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
    assert lines[1:4] == [
        "  community-picnic: Community Picnic (RSVP)",
        "  jazz-night: Jazz Night (TICKETING)",
        "  founders-dinner: Founders Dinner (RSVP)",
    ]
    assert lines[5] == "tier General: 25.00 USD"
    assert lines[6].startswith("process 1: reserved 2 tickets, PENDING until ")
    assert lines[7] == "process 2: same visitor, reservation PENDING (2 tickets)"
    assert lines[9].startswith("back on the site at https://jazz.example/thanks, order ")
    assert lines[10] == "reservation CONFIRMED; 2 tickets issued"
    assert "OauthNG" not in done.stdout + done.stderr

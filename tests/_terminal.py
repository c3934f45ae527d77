"""Children started as from a terminal, where Ctrl-C (SIGINT) interrupts them.

A process started in the background by a non-interactive shell (``command &``, as some CI
runners and nohup'd scripts do) ignores SIGINT, and its children inherit that: an example
that relies on ``asyncio.run``'s Ctrl-C handling (``examples/aiohttp_storefront.py``) then
never sees the signal the test sends, and the test waits in vain. Pass
:func:`sigint_as_in_a_terminal` as ``preexec_fn`` to restore the terminal's behaviour.
"""

from __future__ import annotations

import signal


def sigint_as_in_a_terminal() -> None:
    """In the child, before it runs: SIGINT's default action, whatever the parent ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)

"""The ``wixvisitor`` command: ``demo``, ``tokens new|show|renew|clear`` and ``emulator``.

``python -m wixvisitor ...`` runs the same command. :func:`main` returns the exit
code instead of exiting, so it can be called in-process::

    >>> main(["tokens", "show", "--store", "file:tokens.json"])  # doctest: +SKIP
    0
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ..strategy import DEFAULT_BASE_URL
from .facts import DEMO_STEPS, EMULATOR_SERVES, numbered

__all__ = [
    "EXIT_FAILED",
    "EXIT_INVALID_REFRESH_TOKEN",
    "EXIT_OK",
    "EXIT_STORE_UNREACHABLE",
    "EXIT_USAGE",
    "main",
]

#: Everything held.
EXIT_OK = 0
#: A demo step did not hold, a token request failed, or there were no tokens to act on.
EXIT_FAILED = 1
#: Bad arguments: an unknown option, a bad ``--store`` URL, a missing ``--client-id``.
EXIT_USAGE = 2
#: The store could not be reached or used (Redis down, a corrupt or unreadable token file).
EXIT_STORE_UNREACHABLE = 3
#: Wix refused the refresh token (``invalid_grant``): the session cannot be renewed.
EXIT_INVALID_REFRESH_TOKEN = 4

_EXIT_CODES = """\
exit codes:
  0  everything held
  1  a demo step did not hold, a token request failed, or no tokens were stored
  2  usage error: bad arguments, bad --store URL, missing --client-id
  3  the store is unreachable or unusable (Redis down, a corrupt token file)
  4  Wix refused the refresh token (invalid_grant)
"""

_STORE_HELP = (
    "where tokens live: file:PATH (a JSON file), redis://HOST:PORT/DB, or "
    "rediss://USER:PASSWORD@HOST:PORT/DB for TLS and an ACL user"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``wixvisitor`` with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.command == "demo":
            from .demo import run_demo

            return run_demo(args)
        if args.command == "tokens":
            from .tokens_command import run_tokens

            return run_tokens(args)
        from .emulator_command import run_emulator

        return run_emulator(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wixvisitor",
        description="Keep anonymous Wix Headless visitor sessions alive.",
        epilog=_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_demo(commands)
    _add_tokens(commands)
    _add_emulator(commands)
    return parser


def _subparser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    *,
    steps: tuple[str, ...] = (),
) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=help_text,
        description=f"{help_text}\n\n{numbered(steps)}" if steps else help_text,
        epilog=_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_demo(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = _subparser(
        commands,
        "demo",
        f"Tell the visitor story in {len(DEMO_STEPS)} steps, against a local emulator (default) "
        "or real Wix.",
        steps=DEMO_STEPS,
    )
    demo.add_argument(
        "--client-id",
        help="run against real Wix with this OAuth app client id (default: a local emulator)",
    )
    demo.add_argument(
        "--base-url",
        help="run against the Wix at this URL, e.g. a `wixvisitor emulator` (default: embedded)",
    )
    demo.add_argument(
        "--redis-url",
        default=None,
        help="Redis for step 4 (default: $WIXVISITOR_REDIS_URL, else redis://127.0.0.1:6379/0)",
    )
    demo.add_argument(
        "--requests",
        type=_positive_int,
        default=500,
        help="concurrent requests in step 3 (default: 500)",
    )


def _add_tokens(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    tokens = _subparser(commands, "tokens", "Mint, inspect, renew or delete stored visitor tokens.")
    actions = tokens.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text, needs_wix in (
        ("new", "start a new anonymous visitor session and store its tokens", True),
        ("show", "show the stored tokens (values redacted unless --reveal)", False),
        ("renew", "renew the stored access token with the stored refresh token", True),
        ("clear", "delete the stored tokens", False),
    ):
        action = _subparser(actions, name, help_text)
        action.add_argument("--store", required=True, help=_STORE_HELP)
        action.add_argument("--key", default="default", help="the store key (default: default)")
        action.add_argument(
            "--redis-prefix",
            default="wixvisitor:",
            help="key prefix in Redis (default: wixvisitor:)",
        )
        action.add_argument(
            "--client-id",
            default=os.environ.get("WIXVISITOR_CLIENT_ID"),
            help="the OAuth app's client id (default: $WIXVISITOR_CLIENT_ID); in Redis, "
            "sessions are kept per client id",
        )
        if needs_wix:
            action.add_argument(
                "--base-url",
                default=DEFAULT_BASE_URL,
                help=f"where Wix answers (default: {DEFAULT_BASE_URL}; or an emulator's URL)",
            )
        if name in ("new", "show", "renew"):
            action.add_argument(
                "--reveal", action="store_true", help="print the token values (they are secrets)"
            )


def _add_emulator(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    emulator = _subparser(
        commands, "emulator", f"Serve a local Wix ({', '.join(EMULATOR_SERVES)}) until Ctrl-C."
    )
    emulator.add_argument("--host", default="127.0.0.1", help="interface (default: 127.0.0.1)")
    emulator.add_argument(
        "--port", type=_port, default=8080, help="port, 0 for any free one (default: 8080)"
    )
    emulator.add_argument(
        "--client-id", default=None, help="the only client id to accept (default: any)"
    )
    emulator.add_argument(
        "--access-ttl",
        type=_positive_int,
        default=14_400,
        help="access token lifetime in seconds (default: 14400, as Wix)",
    )
    emulator.add_argument("--seed", type=int, default=None, help="make ids reproducible")
    emulator.add_argument(
        "--catalog",
        type=str.upper,
        choices=("V1", "V3"),
        default="V3",
        help="the Wix Stores catalog the site runs (default: V3)",
    )
    emulator.add_argument(
        "--no-payments",
        dest="payments",
        action="store_false",
        help="a site with no payment method: paid tickets answer 403, as on Wix",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be between 0 and 65535")
    return value

"""The `wixvisitor` command: tokens new|show|renew|clear, emulator, help and exit codes."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from wixvisitor.cli import (
    EXIT_FAILED,
    EXIT_INVALID_REFRESH_TOKEN,
    EXIT_OK,
    EXIT_STORE_UNREACHABLE,
    EXIT_USAGE,
    main,
)
from wixvisitor.emulator import Emulator
from wixvisitor.stores.json_file import JsonFileTokenStore
from wixvisitor.stores.redis import RedisTokenStore
from wixvisitor.tokens import AccessToken, Tokens

CLI = [sys.executable, "-m", "wixvisitor"]


async def run(*argv: str) -> int:
    """Run the command in-process, off the event loop the emulator runs on."""
    return await asyncio.to_thread(main, list(argv))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def no_client_id_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests say which client id they use."""
    monkeypatch.delenv("WIXVISITOR_CLIENT_ID", raising=False)


@pytest.fixture
def file_store(tmp_path: Path) -> str:
    """A --store URL naming a JSON file in the test's folder."""
    return f"file:{tmp_path / 'tokens.json'}"


def secrets_of(tokens: Tokens) -> list[str]:
    return [tokens.access_token.value, tokens.refresh_token.value]


# -- help and usage ------------------------------------------------------------------


def test_help_documents_the_subcommands_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    """--help names demo, tokens and emulator and explains every exit code."""
    assert main(["--help"]) == EXIT_OK
    out = capsys.readouterr().out
    for word in ("demo", "tokens", "emulator", "exit codes", "invalid_grant", "unreachable"):
        assert word in out


def test_no_command_prints_help_and_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Running `wixvisitor` alone shows the help and exits 2."""
    assert main([]) == EXIT_USAGE
    assert "usage: wixvisitor" in capsys.readouterr().out


def test_a_missing_store_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """`tokens show` without --store exits 2 and says what is missing."""
    assert main(["tokens", "show"]) == EXIT_USAGE
    assert "--store" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command() -> None:
    """`python -m wixvisitor --help` works like the console script."""
    done = subprocess.run([*CLI, "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "exit codes" in done.stdout


# -- tokens with a JSON file ---------------------------------------------------------


async def test_new_show_renew_clear_with_a_file_store(
    emu: Emulator,
    client_id: str,
    file_store: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each tokens action works against the emulator and the file holds what they did."""
    wix = ["--client-id", client_id, "--base-url", emu.base_url]
    store = JsonFileTokenStore(tmp_path / "tokens.json")

    assert await run("tokens", "new", "--store", file_store, *wix) == EXIT_OK
    minted = await store.load("default")
    assert minted is not None
    assert emu.stats.anonymous == 1

    assert await run("tokens", "show", "--store", file_store) == EXIT_OK
    out = capsys.readouterr().out
    assert "tokens under key 'default' in file:" in out
    assert "role:           visitor" in out
    assert re.search(
        r"expires at: +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in 3h 59m, \d+ s left\)", out
    )

    emu.advance(5 * 3600)
    assert await run("tokens", "renew", "--store", file_store, *wix) == EXIT_OK
    renewed = await store.load("default")
    assert renewed is not None
    assert renewed.refresh_token == minted.refresh_token
    assert renewed.access_token != minted.access_token
    assert emu.stats.refresh == 1
    assert "renewed the access token" in capsys.readouterr().out

    assert await run("tokens", "clear", "--store", file_store) == EXIT_OK
    assert await store.load("default") is None
    assert "deleted the tokens under key 'default'" in capsys.readouterr().out


async def test_new_replaces_an_existing_session_and_says_so(
    emu: Emulator, client_id: str, file_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second `tokens new` under the same key reports that it replaced the session."""
    wix = ["--client-id", client_id, "--base-url", emu.base_url, "--key", "shop"]
    assert await run("tokens", "new", "--store", file_store, *wix) == EXIT_OK
    assert await run("tokens", "new", "--store", file_store, *wix) == EXIT_OK
    assert "replaced the session under key 'shop'" in capsys.readouterr().out


async def test_show_never_prints_a_value_without_reveal(
    emu: Emulator,
    client_id: str,
    file_store: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """new, show and renew print [secure] for both tokens; only --reveal prints them."""
    wix = ["--client-id", client_id, "--base-url", emu.base_url]
    store = JsonFileTokenStore(tmp_path / "tokens.json")
    assert await run("tokens", "new", "--store", file_store, *wix) == EXIT_OK
    assert await run("tokens", "show", "--store", file_store) == EXIT_OK
    emu.advance(5 * 3600)
    assert await run("tokens", "renew", "--store", file_store, *wix) == EXIT_OK
    captured = capsys.readouterr()
    tokens = await store.load("default")
    assert tokens is not None
    for value in secrets_of(tokens):
        assert value not in captured.out + captured.err
    assert captured.out.count("[secure]") == 6

    assert await run("tokens", "show", "--store", file_store, "--reveal") == EXIT_OK
    revealed = capsys.readouterr().out
    assert all(value in revealed for value in secrets_of(tokens))


async def test_show_reports_an_expired_access_token(
    emu: Emulator, client_id: str, file_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """show says how long ago the access token expired."""
    wix = ["--client-id", client_id, "--base-url", emu.base_url]
    assert await run("tokens", "new", "--store", file_store, *wix) == EXIT_OK
    tokens = await JsonFileTokenStore(file_store[len("file:") :]).load("default")
    assert tokens is not None
    access = AccessToken(tokens.access_token.value, tokens.access_token.expires_at - 20_000)
    expired = Tokens(access, tokens.refresh_token)
    await JsonFileTokenStore(file_store[len("file:") :]).save("default", expired)
    capsys.readouterr()
    assert await run("tokens", "show", "--store", file_store) == EXIT_OK
    assert re.search(r"\(expired 1h 33m ago\)", capsys.readouterr().out)


async def test_show_and_renew_without_tokens_fail_with_a_hint(
    emu: Emulator, client_id: str, file_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """show and renew of an empty key exit 1 and suggest `tokens new`."""
    assert await run("tokens", "show", "--store", file_store) == EXIT_FAILED
    assert "no tokens under key 'default'" in capsys.readouterr().err
    wix = ["--client-id", client_id, "--base-url", emu.base_url]
    assert await run("tokens", "renew", "--store", file_store, *wix) == EXIT_FAILED
    assert "wixvisitor tokens new" in capsys.readouterr().err
    assert emu.stats.token_calls == 0


async def test_clear_of_an_empty_key_succeeds_and_says_nothing_was_there(
    file_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Deleting nothing is not an error."""
    assert await run("tokens", "clear", "--store", file_store) == EXIT_OK
    assert "nothing stored under key 'default'" in capsys.readouterr().out


async def test_renew_with_a_revoked_refresh_token_exits_4(
    emu: Emulator,
    client_id: str,
    file_store: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A dead refresh token gives a clear message, exit 4, and the stored tokens stay."""
    wix = ["--client-id", client_id, "--base-url", emu.base_url]
    assert await run("tokens", "new", "--store", file_store, *wix) == EXIT_OK
    tokens = await JsonFileTokenStore(tmp_path / "tokens.json").load("default")
    assert tokens is not None
    assert emu.revoke(tokens.refresh_token.value)
    capsys.readouterr()

    assert await run("tokens", "renew", "--store", file_store, *wix) == EXIT_INVALID_REFRESH_TOKEN
    captured = capsys.readouterr()
    assert "Wix refused the refresh token" in captured.err
    assert "invalid_grant" in captured.err
    assert "wixvisitor tokens new" in captured.err
    for value in secrets_of(tokens):
        assert value not in captured.out + captured.err
    assert emu.stats.anonymous == 1  # no silent new session
    assert await JsonFileTokenStore(tmp_path / "tokens.json").load("default") == tokens


async def test_a_refused_token_request_exits_1(
    client_id: str, file_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An emulator that accepts another client id refuses `tokens new`: exit 1, Wix's code."""
    async with Emulator(client_id="someone-else") as emu:
        code = await run(
            "tokens", "new", "--store", file_store, "--client-id", client_id,
            "--base-url", emu.base_url,
        )  # fmt: skip
    assert code == EXIT_FAILED
    assert "the token request failed" in capsys.readouterr().err


async def test_new_without_a_client_id_is_a_usage_error(
    emu: Emulator, file_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """new and renew need --client-id (or $WIXVISITOR_CLIENT_ID)."""
    assert await run("tokens", "new", "--store", file_store, "--base-url", emu.base_url) == 2
    assert "--client-id is required" in capsys.readouterr().err
    assert emu.stats.token_calls == 0


async def test_the_client_id_can_come_from_the_environment(
    emu: Emulator, client_id: str, file_store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$WIXVISITOR_CLIENT_ID stands in for --client-id."""
    monkeypatch.setenv("WIXVISITOR_CLIENT_ID", client_id)
    assert await run("tokens", "new", "--store", file_store, "--base-url", emu.base_url) == 0
    assert emu.stats.anonymous == 1


@pytest.mark.parametrize(
    ("store", "message"),
    [
        ("s3://bucket/tokens", "unsupported store 's3://bucket/tokens'"),
        ("tokens.json", "use file:PATH or redis://"),
        ("file:", "file: needs a path"),
        ("redis://:hunter2@[::1", "bad Redis URL 'redis://:***@[::1'"),
    ],
)
def test_a_bad_store_url_exits_2(
    store: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unknown schemes, empty paths and malformed Redis URLs are usage errors, passwords hidden."""
    assert main(["tokens", "show", "--store", store]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err
    assert "hunter2" not in err


def test_an_unreachable_redis_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    """A Redis that does not answer gives exit 3 and names the URL, without its password."""
    url = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    assert main(["tokens", "show", "--store", url]) == EXIT_STORE_UNREACHABLE
    err = capsys.readouterr().err
    assert "the store is unreachable: no Redis answers at redis://:***@127.0.0.1" in err
    assert "hunter2" not in err


def test_a_corrupt_token_file_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A corrupt token file is reported as corrupt, naming the file, not as an unreachable store."""
    path = tmp_path / "tokens.json"
    path.write_text("{not json")
    assert main(["tokens", "show", "--store", f"file:{path}"]) == EXIT_STORE_UNREACHABLE
    err = capsys.readouterr().err
    assert "unreachable" not in err
    assert f"the store could not be used: the token file {path} is not valid JSON" in err
    assert "(corrupt or truncated)" in err


async def test_an_endpoint_that_does_not_answer_is_named_once(
    file_store: str, client_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No server at the base URL: the message names the URL once and says what failed."""
    port = free_port()  # nobody listens on it
    code = await run(
        "tokens", "new", "--store", file_store, "--client-id", client_id,
        "--base-url", f"http://127.0.0.1:{port}",
    )  # fmt: skip
    assert code == EXIT_FAILED
    err = capsys.readouterr().err
    url = f"http://127.0.0.1:{port}/oauth2/token"
    assert f"the token request failed: cannot reach the token endpoint {url}" in err
    assert err.count("token request failed") == 1
    assert err.count(url) == 1


# -- tokens with Redis ---------------------------------------------------------------


async def test_new_show_renew_clear_with_redis(
    emu: Emulator,
    client_id: str,
    redis_url: str,
    redis_prefix: str,
    redis_client: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each tokens action works with a Redis store under the given prefix, client id and key."""
    unbound = RedisTokenStore(redis_client, prefix=redis_prefix)  # type: ignore[arg-type]
    store = unbound.for_client(client_id)  # where the client id's strategies keep sessions
    where = ["--store", redis_url, "--redis-prefix", redis_prefix, "--key", "v1"]
    wix = ["--client-id", client_id, "--base-url", emu.base_url]

    assert await run("tokens", "new", *where, *wix) == EXIT_OK
    minted = await store.load("v1")
    assert minted is not None
    assert await unbound.load("v1") is None  # not under the key every client id shares
    assert await run("tokens", "show", *where, "--client-id", client_id) == EXIT_OK
    emu.advance(5 * 3600)
    assert await run("tokens", "renew", *where, *wix) == EXIT_OK
    renewed = await store.load("v1")
    assert renewed is not None and renewed.access_token != minted.access_token
    captured = capsys.readouterr()
    for value in [*secrets_of(minted), *secrets_of(renewed)]:
        assert value not in captured.out + captured.err
    assert f"key 'v1' in {redis_url}" in captured.out

    assert await run("tokens", "clear", *where, "--client-id", client_id) == EXIT_OK
    assert await store.load("v1") is None
    assert (emu.stats.anonymous, emu.stats.refresh) == (1, 1)


# -- emulator ------------------------------------------------------------------------


def start_emulator(*options: str) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [*CLI, "emulator", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    match = re.search(r"serving at (http://127\.0\.0\.1:\d+)", first)
    if match is None:
        process.kill()
        process.wait()
        raise AssertionError(f"unexpected first line: {first!r}")
    banner = first
    while "Ctrl-C" not in banner:
        banner += process.stdout.readline()
    return process, match.group(1), banner


def get_json(url: str) -> dict[str, int]:
    with urllib.request.urlopen(url, timeout=10) as answer:
        data: dict[str, int] = json.loads(answer.read())
    return data


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_emulator_serves_and_stops_cleanly_on_a_signal(signum: signal.Signals) -> None:
    """`wixvisitor emulator` prints its URL, answers there, and exits 0 on Ctrl-C or SIGTERM."""
    process, base_url, banner = start_emulator("--client-id", "abc", "--access-ttl", "60")
    try:
        assert get_json(base_url + "/_emulator/stats")["token_calls"] == 0
        request = urllib.request.Request(
            base_url + "/oauth2/token",
            data=json.dumps({"clientId": "abc", "grantType": "anonymous"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert json.loads(answer.read())["expires_in"] == 60
        process.send_signal(signum)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "client id:  abc" in banner
    assert out.strip() == "emulator stopped"
    assert "Traceback" not in err


def test_emulator_on_a_taken_port_exits_1() -> None:
    """A port already in use gives a one-line error and exit 1."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*CLI, "emulator", "--port", str(port)], capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr


def test_emulator_rejects_a_bad_port() -> None:
    """--port outside 0..65535 is a usage error."""
    assert main(["emulator", "--port", "70000"]) == EXIT_USAGE

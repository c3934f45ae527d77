"""JsonFileTokenStore: atomic 0600 writes, typed errors for bad files, locks, caching."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import make_tokens

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.errors import LockTimeoutError, StoreError
from wixvisitor.stores import JsonFileTokenStore

# Root ignores file modes; without these capabilities it obeys them like anyone else.
AS_ORDINARY_USER = (
    ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"]
    if os.geteuid() == 0
    else []
)
LOAD_IN_A_SUBPROCESS = """
import asyncio, sys
from wixvisitor.errors import StoreError
from wixvisitor.stores import JsonFileTokenStore
try:
    asyncio.run(JsonFileTokenStore(sys.argv[1]).load("default"))
except StoreError as error:
    print(type(error.__cause__).__name__, "OauthNG" in str(error), sys.argv[1] in str(error))
"""


def mode(path: Path) -> int:
    """The permission bits of ``path``."""
    return stat.S_IMODE(path.stat().st_mode)


def assert_names_path_not_tokens(error: StoreError, path: Path) -> None:
    """The message names the file and never a token value."""
    assert str(path) in str(error)
    assert "OauthNG" not in str(error)
    assert error.__cause__ is not None


async def test_missing_file_is_an_empty_store_and_is_not_created(tmp_path: Path) -> None:
    """Loading from a file that does not exist gives None and creates nothing."""
    store = JsonFileTokenStore(tmp_path / "none" / "tokens.json")
    assert await store.load("default") is None
    assert not (tmp_path / "none").exists()


async def test_save_creates_folder_and_a_private_file_without_leftovers(tmp_path: Path) -> None:
    """The parent folder is created, the file is mode 0600, and no temp file stays behind."""
    path = tmp_path / "a" / "b" / "tokens.json"
    await JsonFileTokenStore(path).save("default", make_tokens())
    assert mode(path) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["tokens.json", "tokens.json.lock"]
    assert json.loads(path.read_text()) == {"default": make_tokens().to_dict()}


async def test_temp_files_of_killed_writers_are_swept_at_the_next_write(tmp_path: Path) -> None:
    """Orphaned temp files of this store are removed by its first write; others are kept."""
    path = tmp_path / "tokens.json"
    orphan = tmp_path / ".tokens.json.k2j4_9xq.tmp"
    unrelated = tmp_path / ".tokens.json.backup.notes.tmp"
    orphan.write_text("{")
    unrelated.write_text("mine")
    await JsonFileTokenStore(path).save("default", make_tokens())
    assert not orphan.exists()
    assert unrelated.read_text() == "mine"


async def test_a_too_open_file_is_made_private_on_the_next_save(tmp_path: Path) -> None:
    """A world-readable token file written by someone else becomes 0600 when saved."""
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps({"other": make_tokens(2).to_dict()}))
    path.chmod(0o644)
    store = JsonFileTokenStore(path)
    await store.save("default", make_tokens())
    assert mode(path) == 0o600
    assert await store.load("other") == make_tokens(2)


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"default": {"accessToken": {"value": "OauthNG.secret', b"", b"\xff\xfe"],
    ids=["garbage", "truncated", "empty", "not-utf8"],
)
async def test_corrupt_file_is_a_store_error_and_is_never_overwritten(
    tmp_path: Path, content: bytes
) -> None:
    """A corrupt or truncated file raises StoreError on load and save, and stays as it was."""
    path = tmp_path / "tokens.json"
    path.write_bytes(content)
    store = JsonFileTokenStore(path)
    with pytest.raises(StoreError) as loading:
        await store.load("default")
    assert_names_path_not_tokens(loading.value, path)
    with pytest.raises(StoreError) as saving:
        await store.save("default", make_tokens())
    assert_names_path_not_tokens(saving.value, path)
    assert path.read_bytes() == content


async def test_a_file_holding_no_object_is_a_store_error(tmp_path: Path) -> None:
    """A JSON array or string instead of an object is refused, naming the path."""
    path = tmp_path / "tokens.json"
    path.write_text('["OauthNG.secret"]')
    with pytest.raises(StoreError, match="does not hold a JSON object") as caught:
        await JsonFileTokenStore(path).load("default")
    assert "OauthNG" not in str(caught.value)


async def test_one_invalid_entry_fails_only_its_own_key(tmp_path: Path) -> None:
    """An entry of the wrong shape is a StoreError for that key; other keys still load."""
    path = tmp_path / "tokens.json"
    path.write_text(
        json.dumps(
            {"bad": {"accessToken": {"value": "OauthNG.x"}}, "good": make_tokens().to_dict()}
        )
    )
    store = JsonFileTokenStore(path)
    with pytest.raises(StoreError, match="invalid tokens for session #") as caught:
        await store.load("bad")
    assert "OauthNG" not in str(caught.value) and "bad" not in str(caught.value)
    assert isinstance(caught.value.__cause__, wv.InvalidTokensError)
    assert await store.load("good") == make_tokens()


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root ignores file modes"
)
async def test_unreadable_file_is_a_store_error(tmp_path: Path) -> None:
    """A file the process may not read raises StoreError naming it, not a crash."""
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps({"default": make_tokens().to_dict()}))
    path.chmod(0)
    process = await asyncio.create_subprocess_exec(
        *AS_ORDINARY_USER,
        sys.executable,
        "-c",
        LOAD_IN_A_SUBPROCESS,
        str(path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    assert out.decode().split() == ["PermissionError", "False", "True"]


async def test_unusable_path_is_a_store_error(tmp_path: Path) -> None:
    """A folder where the file should be, or a file where its folder should be: StoreError."""
    (tmp_path / "tokens.json").mkdir()
    with pytest.raises(StoreError) as caught:
        await JsonFileTokenStore(tmp_path / "tokens.json").load("default")
    assert isinstance(caught.value.__cause__, IsADirectoryError)
    (tmp_path / "plain").write_text("")
    with pytest.raises(StoreError) as caught:
        await JsonFileTokenStore(tmp_path / "plain" / "tokens.json").save("k", make_tokens())
    assert isinstance(caught.value.__cause__, NotADirectoryError | FileExistsError)


async def test_saving_unchanged_tokens_leaves_the_file_untouched(tmp_path: Path) -> None:
    """Re-saving equal tokens does not replace the file (same inode, same bytes)."""
    path = tmp_path / "tokens.json"
    store = JsonFileTokenStore(path)
    await store.save("default", make_tokens())
    before = path.stat().st_ino
    await store.save("default", make_tokens())
    assert path.stat().st_ino == before


async def test_changes_by_another_writer_are_seen(tmp_path: Path) -> None:
    """A store that cached the file sees a later write by another store object."""
    path = tmp_path / "tokens.json"
    reader, writer = JsonFileTokenStore(path), JsonFileTokenStore(path)
    await writer.save("default", make_tokens(1))
    os.utime(path, (1_000_000_000, 1_000_000_000))  # old enough to be cached
    assert await reader.load("default") == make_tokens(1)
    assert await reader.load("default") == make_tokens(1)
    await writer.save("default", make_tokens(2))
    assert await reader.load("default") == make_tokens(2)


async def test_concurrent_waiters_all_get_a_failed_write_and_the_store_recovers(
    tmp_path: Path,
) -> None:
    """When the folder cannot be written every queued save fails; once fixed, saves work."""
    blocker = tmp_path / "state"
    blocker.write_text("")
    store = JsonFileTokenStore(blocker / "tokens.json")
    results = await asyncio.gather(
        *(store.save(f"k{n}", make_tokens(n)) for n in range(5)), return_exceptions=True
    )
    assert all(isinstance(result, StoreError) for result in results)
    blocker.unlink()
    await store.save("k1", make_tokens(1))
    assert await store.load("k1") == make_tokens(1)


async def test_a_cancelled_saver_does_not_cancel_the_others(tmp_path: Path) -> None:
    """Cancelling one of several concurrent saves still lands the others."""
    store = JsonFileTokenStore(tmp_path / "tokens.json")
    tasks = [asyncio.create_task(store.save(f"k{n}", make_tokens(n))) for n in range(6)]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for n in range(1, 6):
        assert await store.load(f"k{n}") == make_tokens(n)


async def test_lock_timeout_raises_and_other_keys_stay_free(tmp_path: Path) -> None:
    """While a key is locked, a second locker times out; another key locks at once."""
    path = tmp_path / "tokens.json"
    holder = JsonFileTokenStore(path)
    impatient = JsonFileTokenStore(path, lock_timeout=0.05)
    async with holder.lock("visitor"):
        with pytest.raises(LockTimeoutError, match="session #") as caught:
            async with impatient.lock("visitor"):
                pass
        assert "visitor" not in str(caught.value)
        async with impatient.lock("another visitor"):
            await impatient.save("another visitor", make_tokens())
    async with impatient.lock("visitor"):
        pass


async def test_tokens_survive_an_application_restart(
    emu: Emulator, client_id: str, tmp_path: Path
) -> None:
    """A second client on the same file reuses the saved session: no token call."""
    path = tmp_path / "tokens.json"
    async with wv.create_client(
        client_id, store=JsonFileTokenStore(path), base_url=emu.base_url, clock=emu.now
    ) as first:
        headers = await first.auth.get_auth_headers()
    emu.stats.reset()
    async with wv.create_client(
        client_id, store=JsonFileTokenStore(path), base_url=emu.base_url, clock=emu.now
    ) as second:
        assert await second.auth.get_auth_headers() == headers
    assert emu.stats.token_calls == 0

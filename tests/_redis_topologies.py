"""Private Redis topologies for the scale-out tests: a 3+3 Redis Cluster and a Sentinel pair.

Started from the installed ``redis-server`` (and ``redis-cli`` to form the cluster) on
free loopback ports, in a temporary folder, and killed afterwards. Nothing is persisted.
"""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

SENTINEL_MASTER = "wixvisitor-primary"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _ephemeral_floor() -> int:
    """The first port the kernel hands out to outgoing connections (Linux: 32768)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


#: Not the ``random`` module: pytest-randomly reseeds it before every test, so two
#: topologies made in two tests would draw the same candidates.
_PORTS = random.SystemRandom()


def cluster_port(taken: Collection[int] = ()) -> int:
    """A free port whose cluster bus port (+10000) is free too, as Redis Cluster needs.

    Both stay below the ephemeral range: a bus port in it could be taken by any outgoing
    connection between this check and the server's bind (a loaded CI machine saw it). Nor
    may either be a port, or a bus port, of the ``taken`` ones (a topology's own nodes,
    chosen before any of them binds).
    """
    highest = _ephemeral_floor() - 10001
    used = {port + offset for port in taken for offset in (0, 10000)}
    for _ in range(1000):
        port = _PORTS.randint(10000, highest)
        if {port, port + 10000} & used:
            continue
        if _bindable(port) and _bindable(port + 10000):
            return port
    raise RuntimeError("no free port pair for a cluster node")


def _cli(port: int, *args: str) -> str:
    done = subprocess.run(
        ["redis-cli", "-p", str(port), *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return done.stdout


def _wait(what: str, check: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _replicated(port: int) -> None:
    """Until a replica acknowledged every write of the master on ``port`` (WAIT says 1).

    A loaded machine can take longer than one WAIT's timeout (a replica still in its
    first sync, say): without the acknowledgement a failover test would lose its data
    to asynchronous replication, not to anything it tests.
    """
    _wait(f"a replica of {port}", lambda: _cli(port, "WAIT", "1", "2000").strip() == "1", 60.0)


class _Servers:
    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None or shutil.which("redis-cli") is None:
            raise RuntimeError("redis-server and redis-cli are needed")
        self.binary = binary
        self.dir = Path(tempfile.mkdtemp(prefix="wixvisitor-topology-"))
        self.processes: dict[int, subprocess.Popen[bytes]] = {}

    def spawn(self, port: int, *args: str) -> None:
        running = self.processes.get(port)
        if running is not None and running.poll() is None:
            raise RuntimeError(f"a server of this topology already runs on {port}")
        folder = self.dir / str(port)
        folder.mkdir(exist_ok=True)
        argv = [self.binary, *args, "--port", str(port), "--bind", "127.0.0.1"]
        argv += ["--save", "", "--appendonly", "no", "--dir", str(folder)]
        with open(folder / "log", "wb") as log:  # the server keeps its own copy of the fd
            self.processes[port] = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait(f"redis on {port}", lambda: "PONG" in _cli(port, "PING"))
        except RuntimeError:
            log = (folder / "log").read_text(errors="replace")[-500:]
            self.close()
            raise RuntimeError(f"redis-server on {port} did not start: {log}") from None

    def kill(self, port: int) -> None:
        """SIGKILL one server: a crash."""
        process = self.processes[port]
        process.kill()
        process.wait()

    def close(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
                process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


class RedisCluster6(_Servers):
    """Three masters and three replicas in cluster mode, fully covering the slots."""

    def __init__(self) -> None:
        super().__init__()
        self.ports: list[int] = []
        for _ in range(6):
            self.ports.append(cluster_port(self.ports))

    def start(self) -> RedisCluster6:
        """Start the six nodes and form the cluster; on any failure, stop what was started.

        (The caller never gets the topology then: its servers would outlive the test, and
        their ``Popen`` objects, collected while running, would hide the real error.)
        """
        try:
            return self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> RedisCluster6:
        for port in self.ports:
            self.spawn(port, "--cluster-enabled", "yes", "--cluster-node-timeout", "1000",
                       "--cluster-config-file", f"nodes-{port}.conf")  # fmt: skip
        nodes = [f"127.0.0.1:{port}" for port in self.ports]
        subprocess.run(
            ["redis-cli", "--cluster", "create", *nodes, "--cluster-replicas", "1", "--cluster-yes"],
            capture_output=True, timeout=60, check=True,
        )  # fmt: skip
        _wait("the cluster", self.healthy)
        return self

    def healthy(self) -> bool:
        """Every live node says cluster_state:ok and all agree on the slots."""
        live = [p for p in self.ports if self.processes[p].poll() is None]
        if not all("cluster_state:ok" in _cli(port, "CLUSTER", "INFO") for port in live):
            return False
        check = subprocess.run(
            ["redis-cli", "--cluster", "check", f"127.0.0.1:{live[0]}"],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        return "All nodes agree about slots configuration" in check.stdout and (
            "All 16384 slots covered" in check.stdout
        )

    def master_of(self, key: str) -> int:
        """The port of the master serving ``key``'s slot now."""
        live = next(p for p in self.ports if self.processes[p].poll() is None)
        slot = int(_cli(live, "CLUSTER", "KEYSLOT", key).strip())
        for line in _cli(live, "CLUSTER", "NODES").splitlines():
            fields = line.split()
            if "master" in fields[2] and "fail" not in fields[2]:
                for span in fields[8:]:
                    low, _, high = span.partition("-")
                    if low.isdigit() and int(low) <= slot <= int(high or low):
                        return int(fields[1].split(":")[1].split("@")[0])
        raise RuntimeError(f"no master serves slot {slot}")

    def replicate(self, port: int) -> None:
        """Wait until the master on ``port`` has its writes on its replica."""
        _replicated(port)


class ChangingCluster(RedisCluster6):
    """A 3+3 cluster whose topology the test changes under load: slots move, nodes come and go.

    Driven with redis-py's synchronous client (binary-safe keys, no subprocess per command);
    every method blocks, so call it through ``asyncio.to_thread``.
    """

    def node(self, port: int) -> Any:
        import redis

        return redis.Redis(host="127.0.0.1", port=port, socket_timeout=30)

    def node_id(self, port: int) -> str:
        with self.node(port) as client:
            return str(client.execute_command("CLUSTER", "MYID").decode())

    def masters(self) -> list[int]:
        """The ports of the live masters."""
        live = next(p for p in self.ports if self.processes[p].poll() is None)
        return sorted(
            int(line.split()[1].split(":")[1].split("@")[0])
            for line in _cli(live, "CLUSTER", "NODES").splitlines()
            if "master" in line.split()[2] and "fail" not in line.split()[2]
        )

    def add_master(self) -> int:
        """Start an empty master and introduce it to the cluster; its port."""
        port = cluster_port(self.ports)
        # Emptied again later, it stays a master (not a replica of who took its last slot).
        self.spawn(port, "--cluster-enabled", "yes", "--cluster-node-timeout", "1000",
                   "--cluster-config-file", f"nodes-{port}.conf",
                   "--cluster-allow-replica-migration", "no")  # fmt: skip
        self.ports.append(port)
        _cli(self.ports[0], "CLUSTER", "MEET", "127.0.0.1", str(port))
        live = [p for p in self.ports if self.processes[p].poll() is None]

        def known() -> bool:
            views = [_cli(p, "CLUSTER", "NODES") for p in live]
            return all(len(v.splitlines()) == len(live) and "handshake" not in v for v in views)

        _wait("the new node", known)
        _wait("the new node's view", lambda: "cluster_state:ok" in _cli(port, "CLUSTER", "INFO"))
        return port

    def move_slot(self, slot: int, target: int) -> None:
        """Migrate ``slot`` to the master on ``target`` as redis-cli does: keys in batches."""
        source = self.owner(slot)
        if source != target:
            self.begin_move(slot, source, target)
            self.finish_move(slot, source, target)

    def begin_move(self, slot: int, source: int, target: int) -> None:
        """Mark ``slot`` migrating from ``source`` to ``target`` and move its keys (ASK time)."""
        source_id, target_id = self.node_id(source), self.node_id(target)
        with self.node(source) as old, self.node(target) as new:
            new.execute_command("CLUSTER", "SETSLOT", slot, "IMPORTING", source_id)
            old.execute_command("CLUSTER", "SETSLOT", slot, "MIGRATING", target_id)
            while keys := old.execute_command("CLUSTER", "GETKEYSINSLOT", slot, 10):
                old.execute_command("MIGRATE", "127.0.0.1", target, "", 0, 5000, "KEYS", *keys)
                time.sleep(0.01)  # let clients meet the slot half moved

    def finish_move(self, slot: int, source: int, target: int) -> None:
        """Give ``slot`` to ``target`` on every master (the end of a migration)."""
        target_id = self.node_id(target)
        for port in [target, source, *(p for p in self.masters() if p not in (source, target))]:
            with self.node(port) as client:
                client.execute_command("CLUSTER", "SETSLOT", slot, "NODE", target_id)

    def owner(self, slot: int) -> int:
        """The port of the master that owns ``slot`` now."""
        with self.node(self.masters()[0]) as client:
            for low, high, master, *_ in client.execute_command("CLUSTER", "SLOTS"):
                if low <= slot <= high:
                    return int(master[1])
        raise RuntimeError(f"no master owns slot {slot}")

    def remove_node(self, port: int) -> None:
        """Make every other node forget the (empty) master on ``port``, then stop it."""
        gone = self.node_id(port)
        for other in self.ports:
            if other != port and self.processes[other].poll() is None:
                _cli(other, "CLUSTER", "FORGET", gone)
        self.kill(port)
        self.ports.remove(port)


class RedisSentinelPair(_Servers):
    """A primary, its replica, and one Sentinel (quorum 1) that fails over in about a second."""

    def __init__(self) -> None:
        super().__init__()
        self.primary, self.replica, self.sentinel = free_port(), free_port(), free_port()

    def start(self) -> RedisSentinelPair:
        """Start the primary, the replica and the Sentinel; on any failure, stop them all."""
        try:
            return self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> RedisSentinelPair:
        self.spawn(self.primary)
        self.spawn(self.replica, "--replicaof", "127.0.0.1", str(self.primary))
        _wait(
            "the replica", lambda: "connected_slaves:1" in _cli(self.primary, "INFO", "replication")
        )
        config = self.dir / "sentinel.conf"
        config.write_text(
            f"sentinel monitor {SENTINEL_MASTER} 127.0.0.1 {self.primary} 1\n"
            f"sentinel down-after-milliseconds {SENTINEL_MASTER} 800\n"
            f"sentinel failover-timeout {SENTINEL_MASTER} 4000\n"
        )
        self.spawn(self.sentinel, str(config), "--sentinel")
        _wait("the sentinel", lambda: "slaves=1" in _cli(self.sentinel, "INFO", "sentinel"))
        return self

    def current_primary(self) -> int:
        """The port Sentinel names as the primary now."""
        answer = _cli(self.sentinel, "SENTINEL", "get-master-addr-by-name", SENTINEL_MASTER)
        return int(answer.split()[1])

    def replicate(self) -> None:
        """Wait until the primary's writes are on the replica."""
        _replicated(self.current_primary())

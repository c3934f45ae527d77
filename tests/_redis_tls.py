"""A private redis-server that speaks only TLS and knows one ACL user limited to the key prefix.

Certificates (a throw-away CA and a server certificate for 127.0.0.1 and localhost) are
made with the ``openssl`` command in a temporary folder. The ACL rules are the ones
``docs/scaling.md`` lists, taken from :data:`STORE_ACL_RULES`, so the docs and the
test cannot drift apart.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

#: Everything RedisTokenStore needs, nothing more (found by running the contract suite under
#: it): its keys; GET, MGET, GETEX (slide_on_load) and DEL; SET for the lock; its scripts
#: (EVALSHA, SCRIPT LOAD when Redis does not know one yet; they call GET, SET and DEL); PING.
STORE_ACL_RULES = (
    "resetkeys ~wixvisitor:* resetchannels -@all "
    "+get +mget +getex +set +del +evalsha +script|load +ping"
)
USER = "shop"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _openssl(folder: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=folder, capture_output=True, check=True, timeout=60)


def make_certificates(folder: Path) -> None:
    """A CA (``ca.crt``) and a server certificate it signed (``server.crt``, ``server.key``)."""
    curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl(folder, "req", "-x509", *curve, "-keyout", "ca.key", "-out", "ca.crt",
             "-days", "2", "-subj", "/CN=wixvisitor test CA")  # fmt: skip
    _openssl(folder, "req", *curve, "-keyout", "server.key", "-out", "server.csr",
             "-subj", "/CN=localhost")  # fmt: skip
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    _openssl(folder, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "san.ext")  # fmt: skip


class TlsAclRedis:
    """redis-server on a TLS-only port; ``url`` is the store user's, ``admin_url`` the test's."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None or shutil.which("openssl") is None:
            raise RuntimeError("redis-server and openssl are needed")
        self.binary = binary
        self.dir = Path(tempfile.mkdtemp(prefix="wixvisitor-tls-"))
        self.port = _free_port()
        # Characters a URL must escape, so the test also proves they reach Redis intact.
        self.password = "pw/" + secrets.token_hex(12) + "@:%"
        self.admin_password = secrets.token_hex(16)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def ca(self) -> Path:
        """The CA certificate clients verify the server with."""
        return self.dir / "ca.crt"

    def url_for(self, user: str, password: str) -> str:
        """A ``rediss://user:password@host:port/0`` URL that verifies the server's certificate."""
        return (
            f"rediss://{quote(user, safe='')}:{quote(password, safe='')}@127.0.0.1:{self.port}/0"
            f"?ssl_ca_certs={quote(str(self.ca))}&ssl_cert_reqs=required"
        )

    @property
    def url(self) -> str:
        """The store user's URL."""
        return self.url_for(USER, self.password)

    @property
    def admin_url(self) -> str:
        """An unrestricted user's URL, for the test's own checks."""
        return self.url_for("admin", self.admin_password)

    def start(self) -> TlsAclRedis:
        make_certificates(self.dir)
        config = self.dir / "redis.conf"
        config.write_text(
            f"port 0\ntls-port {self.port}\nbind 127.0.0.1\n"
            f"tls-cert-file {self.dir / 'server.crt'}\ntls-key-file {self.dir / 'server.key'}\n"
            f"tls-ca-cert-file {self.ca}\ntls-auth-clients no\n"
            f'save ""\nappendonly no\ndir {self.dir}\n'
            "user default off\n"
            f"user admin on >{self.admin_password} ~* &* +@all\n"
            f"user {USER} on >{self.password} {STORE_ACL_RULES}\n"
        )
        log = open(self.dir / "log", "wb")  # noqa: SIM115 - the server keeps its own copy
        with log:
            self.process = subprocess.Popen(
                [self.binary, str(config)], stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 15
        while "Ready to accept connections" not in (self.dir / "log").read_text(errors="replace"):
            if time.monotonic() > deadline or self.process.poll() is not None:
                tail = (self.dir / "log").read_text(errors="replace")[-500:]
                self.close()
                raise RuntimeError(f"the TLS redis-server did not start: {tail}")
            time.sleep(0.02)
        return self

    def kill(self) -> None:
        """SIGKILL the server."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def close(self) -> None:
        self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)

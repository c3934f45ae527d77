"""A tiny real aiohttp.web server on loopback that answers whatever a test scripts."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import attrs
from aiohttp import web

VALID_TOKEN_ANSWER = {
    "access_token": "OauthNG.JWS.hostile-access",
    "token_type": "Bearer",
    "expires_in": 14400,
    "refresh_token": "OauthNG.JWS.hostile-refresh",
}


@attrs.define
class Answer:
    """One scripted answer: status, body bytes, headers; `stream` sends it chunked.

    With `echo`, ``{refreshToken}`` in the body becomes the refresh token the request sent.
    """

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = attrs.field(factory=dict)
    stream: bool = False
    hang: bool = False
    disconnect: bool = False
    echo: bool = False

    @classmethod
    def json(cls, data: Any, status: int = 200, **options: Any) -> Answer:
        """An answer whose body is `data` as JSON."""
        return cls(status, json.dumps(data).encode(), **options)


class HostileServer:
    """Serves the scripted token answer on /oauth2/token and API answer everywhere else."""

    def __init__(self) -> None:
        self.token_answer = Answer.json(VALID_TOKEN_ANSWER)
        self.api_answer = Answer.json({"cart": {"id": "c", "lineItems": []}})
        self.token_requests = 0
        self.api_requests = 0
        self.received: list[bytes] = []
        self._runner: web.AppRunner | None = None
        self.base_url = ""
        self._closing = asyncio.Event()

    async def _serve(self, request: web.Request, answer: Answer) -> web.StreamResponse:
        self.received.append(await request.read())
        if answer.hang:
            await self._closing.wait()
        if answer.disconnect:
            assert request.transport is not None
            request.transport.close()
            return web.Response(status=500)
        headers = {"Content-Type": answer.content_type, **answer.headers}
        body = answer.body
        if answer.echo:  # repeat the refresh token this request sent, as a careless server might
            sent = json.loads(self.received[-1] or b"{}").get("refreshToken", "")
            body = body.replace(b"{refreshToken}", sent.encode())
        if not answer.stream:
            return web.Response(status=answer.status, body=body, headers=headers)
        response = web.StreamResponse(status=answer.status, headers=headers)
        response.enable_chunked_encoding()
        await response.prepare(request)
        for start in range(0, len(answer.body), 1 << 20):
            await response.write(answer.body[start : start + (1 << 20)])
        await response.write_eof()
        return response

    async def _token(self, request: web.Request) -> web.StreamResponse:
        self.token_requests += 1
        return await self._serve(request, self.token_answer)

    async def _api(self, request: web.Request) -> web.StreamResponse:
        self.api_requests += 1
        return await self._serve(request, self.api_answer)

    async def start(self) -> None:
        """Listen on a free loopback port."""
        app = web.Application()
        app.router.add_post("/oauth2/token", self._token)
        app.router.add_route("*", "/{tail:.*}", self._api)
        self._runner = web.AppRunner(app, handler_cancellation=True, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.base_url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"

    async def close(self) -> None:
        """Stop listening, releasing hanging handlers."""
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()


async def hostile_server() -> AsyncIterator[HostileServer]:
    """Start a hostile server for one test and close it afterwards."""
    server = HostileServer()
    await server.start()
    try:
        yield server
    finally:
        await server.close()

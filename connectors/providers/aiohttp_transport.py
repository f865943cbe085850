"""An httpx transport that sends requests with aiohttp's connection pool.

httpx's own pool (httpcore) spends time quadratic in the number of queued requests on
assigning connections (encode/httpx#3215, encode/httpcore#1035); at a few dozen
concurrent calls it, not the network, bounds throughput. The connectors keep httpx's
client, requests, responses, timeouts and ``MockTransport`` for tests; only the wire work
moves to aiohttp, whose client already ships with the project for the simulator.

aiohttp failures are raised as the httpx exceptions that mean the same thing, so callers
see one exception vocabulary whichever transport is underneath.
"""

from __future__ import annotations

from collections.abc import Iterable

import aiohttp
import httpx

# Sized for a worker with ~256 requests in flight to one provider.
POOL_SIZE = 256

# httpx has already set these on the request; aiohttp must not add its own.
SKIP_AUTO_HEADERS = ("Accept-Encoding", "User-Agent", "Content-Type")


def _decoded(raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in raw]


def httpx_error(error: Exception, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception that means what an aiohttp (or socket) failure means."""
    message = str(error) or type(error).__name__
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(error, (aiohttp.ServerTimeoutError, TimeoutError)):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(error, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    if isinstance(error, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError)):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(error, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(error, (aiohttp.ClientOSError, ConnectionError)):
        return httpx.ReadError(message, request=request)
    if isinstance(error, aiohttp.ClientConnectionError):  # "Connection closed" and kin
        return httpx.RemoteProtocolError(message, request=request)
    return httpx.TransportError(message)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One aiohttp session per transport, created on first use in the running event loop
    (so a provider belongs to the loop that first used it)."""

    def __init__(self, max_connections: int = POOL_SIZE, keepalive_s: float = 30.0) -> None:
        self._max_connections = max_connections
        self._keepalive_s = keepalive_s
        self._session: aiohttp.ClientSession | None = None

    def _session_for_loop(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._max_connections, keepalive_timeout=self._keepalive_s
            )
            # httpx decodes Content-Encoding itself; aiohttp must hand over the raw bytes.
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        limits = request.extensions.get("timeout", {})
        timeout = aiohttp.ClientTimeout(
            total=None, connect=limits.get("connect"), sock_read=limits.get("read")
        )
        body = await request.aread()
        try:
            async with self._session_for_loop().request(
                request.method,
                str(request.url),
                headers=_decoded(request.headers.raw),
                data=body or None,
                timeout=timeout,
                allow_redirects=False,
                skip_auto_headers=SKIP_AUTO_HEADERS,
            ) as response:
                content = await response.read()
                reason = (response.reason or "").encode("latin-1", "replace")
                return httpx.Response(
                    status_code=response.status,
                    headers=_decoded(response.raw_headers),
                    content=content,
                    request=request,
                    extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
                )
        except (aiohttp.ClientError, TimeoutError, ConnectionError) as error:
            raise httpx_error(error, request) from error

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

"""Rules that apply to every route: the Host header must name this server, and static files
carry ``nosniff``.

A page on another site can make a browser send requests to ``127.0.0.1`` by rebinding its own
DNS name to that address (DNS rebinding); the browser then treats the answers as that site's.
The request still carries the attacker's name in its Host header, so requests whose Host is not
a loopback name, the ``--host`` the server was started with or one named with ``--allow-host``
are refused with 421 (Misdirected Request) before any route runs.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.responses import PlainTextResponse
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARDS = frozenset({"0.0.0.0", "::", ""})


def host_name(header: str) -> str:
    """The name in a Host header, without its port: ``[::1]:8000`` gives ``::1``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def allowed_hosts(host: str, extra: Iterable[str]) -> frozenset[str]:
    """The names a request's Host may carry: loopback, the listening address, and ``extra``."""
    names = {host_name(name) if name != "*" else "*" for name in extra}
    if host not in WILDCARDS:
        names.add(host.strip("[]").lower())
    return frozenset(LOOPBACK_NAMES | names)


class HostCheck:
    """ASGI middleware refusing HTTP requests whose Host header is not an allowed name."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or "*" in self.allowed:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        name = host_name(headers.get(b"host", b"").decode("latin-1"))
        if name in self.allowed:
            await self.app(scope, receive, send)
            return
        message = f"this server does not answer for the host '{name}'; start it with --allow-host {name} to allow it\n"
        response = PlainTextResponse(message, 421, headers={"X-Content-Type-Options": "nosniff"})
        await response(scope, receive, send)


class NoSniffStaticFiles(StaticFiles):
    """Static files whose type a browser must take as declared (``X-Content-Type-Options``)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["X-Content-Type-Options"] = "nosniff"
            await send(message)

        await super().__call__(scope, receive, send_with_header)

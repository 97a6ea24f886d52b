"""Plain-text answers for every refusal, and the wrapper that gives each route them.

A route raises ProtocolError (or the pool's QueryTimeout / EngineUnavailable); the wrapper turns
it into its status and message. Anything else is a bug: the application's last-resort handler
logs it and answers a fixed sentence, so no exception text or traceback reaches a client.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar, cast

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from graph.server.admission import RETRY_AFTER, Overloaded
from graph.server.pool import EngineCrashed, EngineUnavailable, QueryTimeout
from graph.server.protocol import ProtocolError

log = logging.getLogger("gcmkg.serve")
Handler = TypeVar("Handler", bound=Callable[..., Awaitable[Response]])
INTERNAL_ERROR = "internal error: the server could not answer this request (the details are in its log)"


def text_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """``message`` as UTF-8 plain text with ``status``."""
    return PlainTextResponse(message + "\n", status, headers={"X-Content-Type-Options": "nosniff", **(headers or {})})


def guarded(handler: Handler) -> Handler:
    """``handler`` with the server's refusals turned into their plain-text answers."""

    @functools.wraps(handler)
    async def wrapper(*args: object, **kwargs: object) -> Response:
        try:
            return await handler(*args, **kwargs)
        except ProtocolError as error:
            return text_response(error.status, str(error), error.headers)
        except QueryTimeout as error:
            return text_response(504, str(error))
        except (EngineUnavailable, EngineCrashed, Overloaded) as error:
            return text_response(503, str(error), {"Retry-After": RETRY_AFTER})

    return cast(Handler, wrapper)


async def not_found(request: Request, _error: Exception) -> Response:
    return text_response(404, f"not found: {request.url.path}")


async def http_error(request: Request, error: Exception) -> Response:
    """Starlette's own refusals (405 and the like) as plain text."""
    status = int(getattr(error, "status_code", 500))
    if status == 404:
        return await not_found(request, error)
    detail = str(getattr(error, "detail", "")) or "the request cannot be answered"
    return text_response(status, detail, dict(getattr(error, "headers", None) or {}))


async def internal_error(request: Request, error: Exception) -> Response:
    """The last resort: log the bug with its traceback, tell the client only that it happened."""
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=error)
    return text_response(500, INTERNAL_ERROR)

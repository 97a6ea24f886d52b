"""SPARQL Update through the front only: ``oxigraph update`` on the store, then fresh engines.

The engines are read-only processes on loopback ports that any local program or web page can
reach, so none of them may write. An authorized update runs as a short ``oxigraph update``
process (with the same confinement as the engines: no network, capped memory) under the server's
time limit; read-only engines see the store as it was when they opened it, so the pool then
restarts them one by one, and only then does the front empty its cache and answer 204.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from graph.server.engine import confinement, oxigraph_message, quiet_environment
from graph.server.protocol import ProtocolError
from graph.server.results import syntax_message


async def run_update(
    binary: str, location: Path, text: str, base: str, timeout: float, sandboxed: bool, memory_bytes: int | None
) -> None:
    """Apply the update ``text`` to the store at ``location``; ProtocolError if it fails."""
    process = await asyncio.create_subprocess_exec(
        binary, "update", "--location", str(location), "--update-base", base,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        preexec_fn=confinement(sandboxed, memory_bytes), env=quiet_environment(),
    )  # fmt: skip
    try:
        _out, stderr = await asyncio.wait_for(process.communicate(text.encode("utf-8")), timeout)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise ProtocolError(504, f"the update was stopped after the time limit of {timeout:g} s") from None
    if process.returncode != 0:
        raise update_refusal(text, oxigraph_message(stderr))


def update_refusal(text: str, message: str) -> ProtocolError:
    """A syntax error located in the update (400), else the engine's reason (400 too: the update
    was refused and nothing was written)."""
    if re.match(r"error at \d+:\d+: ", message):
        return ProtocolError(400, syntax_message(text, message))
    if "Operation not permitted" in message:
        return ProtocolError(400, "the update needs network access, which this server does not have")
    return ProtocolError(400, f"the update failed, nothing was written: {message.splitlines()[0] if message else ''}")

"""No outbound connections from the engines: a seccomp filter set in each engine process.

The server refuses ``SERVICE`` and ``LOAD`` with a friendly message when it sees them, but that
reading of the query is not the engine's: a comment that ends at a carriage return or an escape
in an IRI made the two disagree, and the engine then called any host the client named. So the
decision does not rest on parsing at all. Before ``oxigraph`` starts, the kernel is told to fail
every ``connect()`` (and every ``sendto()`` naming an address, and ``io_uring``) of that process
with ``EPERM``. The engine only ever *accepts* connections, so serving is unaffected, while a
``SERVICE``, ``LOAD`` or ``FROM`` of any form, however it is spelled, cannot reach the network:
every target fails the same way, so error texts reveal nothing about which ports are open.

Hand-written because it is 15 BPF instructions and the usual binding (libseccomp) is a C library
that is not a Python dependency; ``prctl`` is reached through ctypes like the parent-death signal.
"""

from __future__ import annotations

import ctypes
import platform
import struct

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
ALLOW = 0x7FFF0000
DENY = 0x00050000 | 1  # SECCOMP_RET_ERRNO | EPERM
X32_BIT = 0x40000000
ARCHES = {
    # machine: (AUDIT_ARCH_*, connect, sendto, io_uring_setup)
    "x86_64": (0xC000003E, 42, 44, 425),
    "aarch64": (0xC00000B7, 203, 206, 425),
}
LOAD, JEQ, JGE, RET = 0x20, 0x15, 0x35, 0x06
ARCH_OFFSET, NR_OFFSET, ADDRESS_OFFSET = 4, 0, 16 + 8 * 4  # seccomp_data: nr, arch, args[4]


class SandboxUnavailable(OSError):
    """This machine cannot run the engines without network access (unknown CPU or no seccomp)."""


def filter_program(machine: str | None = None) -> list[tuple[int, int, int, int]]:
    """The BPF program as (code, jump-if-true, jump-if-false, constant) instructions."""
    found = ARCHES.get(machine or platform.machine())
    if found is None:
        raise SandboxUnavailable(f"no seccomp filter for {machine or platform.machine()}")
    arch, connect, sendto, io_uring = found
    return [
        (LOAD, 0, 0, ARCH_OFFSET),
        (JEQ, 1, 0, arch),  # another ABI (i386, ...) gets nothing
        (RET, 0, 0, DENY),
        (LOAD, 0, 0, NR_OFFSET),
        (JGE, 8, 0, X32_BIT),  # the x32 ABI: deny all
        (JEQ, 7, 0, connect),
        (JEQ, 6, 0, io_uring),
        (JEQ, 0, 4, sendto),
        (LOAD, 0, 0, ADDRESS_OFFSET),  # sendto's destination: allowed only when NULL
        (JEQ, 0, 3, 0),
        (LOAD, 0, 0, ADDRESS_OFFSET + 4),
        (JEQ, 0, 1, 0),
        (RET, 0, 0, ALLOW),
        (RET, 0, 0, DENY),
    ]


def _program_bytes(machine: str | None = None) -> bytes:
    return b"".join(struct.pack("HBBI", *instruction) for instruction in filter_program(machine))


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def deny_network() -> None:
    """Install the filter in this process (meant for ``preexec_fn``: between fork and exec).

    Raises SandboxUnavailable when the kernel refuses, so the engine never starts unprotected.
    """
    code = _program_bytes()
    buffer = ctypes.create_string_buffer(code, len(code))
    program = _SockFprog(len(code) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    if prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise SandboxUnavailable(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(program), 0, 0) != 0:
        raise SandboxUnavailable(ctypes.get_errno(), "the seccomp filter was refused")

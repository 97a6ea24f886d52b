"""Writing third-party text into pages safely: the one helper for JSON inside ``<script>``.

Names and quotes come from statements gcmkg does not control; every page that carries its data as
JSON (the network page, the matrix, the editor, the static site) writes it with :func:`script_json`.
"""

from __future__ import annotations

import json
from typing import Any


def script_json(data: Any) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 as ``\\u`` escapes, so
    no text in it ends the tag; NaN and infinities are refused (JSON has none).

    >>> script_json({"name": "</script><b>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def shorten(text: str, length: int) -> str:
    """``text`` cut to at most ``length`` characters, ending in "…" when it was cut.

    >>> shorten("Servicio Jesuita a Migrantes", 12)
    'Servicio Je…'
    """
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"

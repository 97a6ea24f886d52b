"""Plain text and Markdown: decoded as UTF-8 (a byte-order mark, UTF-8 or UTF-16, is honoured)."""

from __future__ import annotations

import codecs
from pathlib import Path

from graph.ingest.extract.common import Extraction
from graph.ingest.extract.layout_text import normalise
from graph.ingest.text import IngestError


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 text (UTF-16 when a BOM says so); a one-line error telling how to re-save otherwise."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(
            f"{path} is not UTF-8 text ({error.reason} at byte {error.start}): open it in a text editor and "
            "save it with the UTF-8 encoding, then ingest the saved file"
        ) from None
    if "\x00" in text:
        raise IngestError(
            f"{path} contains NUL bytes at byte {raw.index(0)}: it is a binary file, not text; "
            "ingest reads .txt, .md, .html, .pdf and .docx"
        )
    return text


def extract(raw: bytes, path: Path) -> Extraction:
    return Extraction(normalise(decode(raw, path)), "plain text (UTF-8)")

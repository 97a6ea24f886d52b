"""Reading a statement file of any common format into the plain text a draft is built from.

One module per format (:mod:`.plain`, :mod:`.html`, :mod:`.pdf`, :mod:`.docx`), each built on a
well-kept library; this dispatcher picks one by the file's first bytes (and its suffix when the
bytes do not tell), and records what was read: the original file's name, SHA-256, format and the
extractor with its version. The draft's source is the *extracted* text: offsets point into it.

Every failure is an :class:`~graph.ingest.text.IngestError` with one line that says what to do.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from graph.ingest.extract import docx, html, pdf, plain
from graph.ingest.extract.common import Extraction, library_version
from graph.ingest.text import IngestError, InputText, Origin

FORMATS = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}
FORMATS |= {".pdf": "pdf", ".docx": "docx"}
OLD_FORMATS = {
    b"\xd0\xcf\x11\xe0": "an old binary Office file (.doc/.xls)",
    b"{\\rtf": "an RTF file",
}
ZIP = b"PK\x03\x04"


def sniff(raw: bytes, path: Path) -> str:
    """The format of ``raw``: its magic bytes first, then the suffix, then a look at the text."""
    if raw.startswith(b"%PDF") or raw[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    for magic, what in OLD_FORMATS.items():
        if raw.startswith(magic):
            raise IngestError(
                f"{path} is {what}: open it in Word or LibreOffice and save it as .docx, then ingest that"
            )
    if raw.startswith(ZIP):
        if b"word/" in raw[:200_000] or path.suffix.lower() == ".docx":
            return "docx"
        raise IngestError(f"{path} is a ZIP archive, not a statement: unzip it and ingest the .docx, .pdf or text file")
    suffix_format = FORMATS.get(path.suffix.lower())
    if suffix_format in ("pdf", "docx"):
        raise IngestError(
            f"{path} is named {path.suffix} but is not a {suffix_format.upper()} file (corrupt or mislabelled): "
            "download or export it again"
        )
    if suffix_format == "html" or html.looks_like_html(raw[:200_000].decode("utf-8", errors="replace")):
        return "html"
    return "text"


def read_input(path: Path) -> InputText:
    """The text of ``path`` in any supported format, with a record of how it was read."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read {path}: {error.strerror or error}") from None
    if not raw.strip():
        raise IngestError(f"{path} is empty: there is no statement text to ingest")
    kind = sniff(raw, path)
    readers = {"pdf": pdf.extract, "docx": docx.extract, "html": html.extract, "text": plain.extract}
    extraction: Extraction = readers[kind](raw, path)
    if not extraction.text.strip():
        raise IngestError(f"{path} holds no text{extraction.empty_hint}")
    text = extraction.text if extraction.text.endswith("\n") else extraction.text + "\n"
    origin = Origin(
        name=path.name,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=kind,
        extractor=extraction.extractor,
        version=library_version(extraction.library) if extraction.library else "",
    )
    return InputText(text, path.name, list(extraction.notes), origin)


__all__ = ["FORMATS", "read_input", "sniff"]

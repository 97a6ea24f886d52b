"""Content negotiation: which of the formats the server offers a client's ``Accept`` header prefers.

A small pure function over a table of formats, so every route negotiates the same way and the
rules are tested from a table of headers (``tests/test_server_units.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat

SOLUTION_FORMATS: dict[str, QueryResultsFormat] = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
"""SELECT and ASK answers, in the order the server prefers them when the client does not care."""

GRAPH_FORMATS: dict[str, RdfFormat] = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/ld+json": RdfFormat.JSON_LD,
    "application/rdf+xml": RdfFormat.RDF_XML,
}
"""CONSTRUCT and DESCRIBE answers, resource descriptions and the service description."""

ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
}
"""Media types some clients send that mean one of the formats above."""

FORMAT_NAMES = {
    "html": "text/html",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdf": "application/rdf+xml",
    "xml": "application/sparql-results+xml",
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
"""Short names for ``?format=``, for links and for clients that cannot set headers."""


@dataclass(frozen=True)
class MediaRange:
    """One entry of an Accept header: ``type/subtype`` (either may be ``*``) and its quality."""

    type: str
    subtype: str
    quality: float

    def matches(self, media_type: str) -> int:
        """How specifically this range names ``media_type``: 2 exactly, 1 by ``type/*``, 0 by
        ``*/*``, -1 not at all."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header; a malformed quality counts as 1, as browsers do."""
    ranges = []
    for item in (header or "").split(","):
        media, *params = (part.strip() for part in item.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 1.0
        kind, _, sub = ALIASES.get(f"{kind}/{sub}", f"{kind}/{sub}").partition("/")
        ranges.append(MediaRange(kind, sub, quality))
    return ranges


def quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    """The quality the client gives ``media_type``: that of the most specific range naming it."""
    best, specificity = 0.0, -1
    for media_range in ranges:
        level = media_range.matches(media_type)
        if level > specificity:
            best, specificity = media_range.quality, level
    return best if specificity >= 0 else 0.0


def negotiate(header: str | None, offers: Sequence[str]) -> str | None:
    """The offer the client prefers (ties go to the earlier offer), or None if it accepts none.

    No Accept header, or an empty one, accepts anything: the first offer.
    """
    ranges = parse_accept(header)
    if not ranges:
        return offers[0] if offers else None
    scored = [(quality(ranges, offer), -index, offer) for index, offer in enumerate(offers)]
    best = max(scored, default=(0.0, 0, None))
    return best[2] if best[0] > 0 else None

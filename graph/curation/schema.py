"""The keys each mapping of a curated YAML file may have; any other key is an error.

A misspelled key (``adresses:``) used to be skipped without a word, and with it the links it
held. Listing the keys here makes it an error with a "did you mean" (see ``unknown_keys``).
"""

from __future__ import annotations

STATEMENT_KEYS: dict[str, frozenset[str]] = {
    "statement": frozenset(
        {
            "id", "source", "title", "language", "kind", "date", "date_evidence", "event", "addressees",
            "signatory_countries", "signatories", "positions", "mentions",
        }
    ),
    "event": frozenset({"id", "name", "start", "end", "evidence", "place"}),
    "place": frozenset({"id", "name", "country", "evidence"}),
    "signatory_countries": frozenset({"countries", "evidence"}),
    "position": frozenset({"id", "type", "quote", "addresses", "suggested"}),
    "link": frozenset({"objective", "principle", "rationale", "confidence", "stance"}),
    "mention": frozenset({"resource", "evidence"}),
}  # fmt: skip
"""``suggested`` is what ``gcmkg ingest`` proposes; ``gcmkg accept`` drops it."""

COMPACT_FILE_KEYS = frozenset({"compact", "events"})
COMPACT_KEYS = frozenset({"id", "title", "symbol", "source", "adopted", "legal_nature"})
EVENT_KEYS = frozenset(
    {"id", "name", "start", "end", "place", "source", "outcome", "outcome_symbol", "outcome_note", "about_compact"}
)

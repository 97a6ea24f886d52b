"""``review.md``: every decision of a draft, and the checkboxes ``gcmkg accept`` requires ticked."""

from __future__ import annotations

import html
import re

from graph.escape import shorten
from graph.ingest.draft import REVIEW, SIGNATORIES, SPELLINGS, TABLES, Draft, ReviewItem
from graph.ingest.matching import AMBIGUOUS, KNOWN, MATCH, NEW

UNCHECKED = re.compile(r"^\s*[-*]\s+\[ \]\s+(.*)$", re.M)
OUTCOME_WORDS = {
    KNOWN: "already curated",
    MATCH: "matched (confirm)",
    AMBIGUOUS: "AMBIGUOUS: new, check",
    NEW: "new",
}


def unchecked_boxes(review_text: str) -> list[str]:
    """The text of every ``- [ ]`` line still unticked."""
    return [match.group(1).strip() for match in UNCHECKED.finditer(review_text)]


MARKDOWN = re.compile(r"([\\`*_\[\]|~])")
"""Characters that start Markdown formatting (emphasis, code, links, tables, strike-through)."""


def text_line(value: object) -> str:
    """Third-party text (names, titles, quotes) as inert Markdown on one line: ``&``, ``<`` and
    ``>`` become entities, so no HTML reaches a viewer that renders it, and Markdown's special
    characters are escaped, so a name cannot become a link, an image or a table column."""
    text = re.sub(r"[\r\n\u2028\u2029]+", " ", str(value))
    return MARKDOWN.sub(r"\\\1", html.escape(text, quote=False))


ID_SPAN = re.compile(r"(`[A-Za-z0-9._:/-]+`)")
"""A code span holding an id or path, as ingest's own sentences write them."""


def sentence(text: str) -> str:
    """One of ingest's sentences about the draft: its code spans of ids are kept, everything
    else (the names it quotes come from the statement) is escaped like a table cell."""
    return "".join(part if ID_SPAN.fullmatch(part) else text_line(part) for part in ID_SPAN.split(text))


def cell(value: object) -> str:
    """A value safe inside a markdown table cell."""
    text = str(value)
    return text_line(shorten(text, 300))


def code(value: object) -> str:
    """An identifier as a code span (no Markdown or HTML inside one) that cannot end it early."""
    text = re.sub(r"[\r\n\u2028\u2029]+", " ", str(value)).replace("`", "'").replace("|", "\\|")
    return f"`{text}`"


class Code(str):
    """A table value written as a code span rather than as escaped text."""

    @property
    def code(self) -> str:
        return code(str(self))


def table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += [
        "| " + " | ".join(value.code if isinstance(value, Code) else cell(value) for value in row) + " |"
        for row in rows
    ]
    return lines


def review_markdown(draft: Draft) -> str:
    title = str(draft.statement.get("title", draft.statement_id))
    lines = [
        f"# Review: {cell(title)}",
        "",
        f"Draft of statement {code(draft.statement_id)} from {code(draft.input_name)}, written by `gcmkg ingest`. "
        "Nothing here is curated yet.",
        "",
        "How to review: check each decision below and edit the draft's files where it is wrong "
        f"(`statements/{draft.statement_id}.yaml`, the CSV files, `{SPELLINGS}`); tick each box (`- [x]`) once "
        "you have checked it; move the suggested objectives you agree with to `addresses:` with a rationale. "
        f"Then run `gcmkg accept <this folder>`: it refuses while a box is unticked or a `TODO` is left, and "
        "writes nothing to `data/` unless everything passes the same checks as `gcmkg build`.",
        "",
        *files_summary(draft),
        "",
        *checklist(draft.review),
        *statement_section(draft),
        *signatories_section(draft),
        *places_section(draft),
        *positions_section(draft),
        *notes_section(draft),
        *build_section(draft),
    ]
    return "\n".join(lines).rstrip() + "\n"


def files_summary(draft: Draft) -> list[str]:
    counts = {name: len(rows) for name, rows in draft.rows.items()}
    return [
        "Files in this draft:",
        "",
        f"- `sources/{draft.source_name}`: the statement's text ({len(draft.text)} characters)"
        + (
            f", extracted from `{cell(draft.origin.name)}` ({draft.origin.format}, SHA-256 "
            f"`{draft.origin.sha256[:16]}…`) by {draft.origin.extractor} {draft.origin.version}; see `origin.yaml`"
            if draft.origin
            else ""
        ),
        f"- `statements/{draft.statement_id}.yaml`: metadata, {len(draft.statement.get('signatories', []))} direct "
        f"signatories, {len(draft.statement.get('positions', []))} positions",
        *(f"- `{name}`: {counts[name]} new row(s)" for name in TABLES),
        f"- `{SPELLINGS}`: {len(draft.spellings)} new spelling(s) of curated agents, added to their `written_as`",
        f"- `{SIGNATORIES}`: every name read ({len(draft.signatories)}), one row each, as a table to sort and filter",
        f"- `{REVIEW}`: this file",
    ]


def checklist(items: list[ReviewItem]) -> list[str]:
    blocking = [item for item in items if item.blocking]
    lines = [f"## To check before accepting ({len(blocking)})", ""]
    if not blocking:
        lines.append("Nothing needs a decision beyond the tables below.")
    for number, item in enumerate(blocking, start=1):
        lines.append(f"- [ ] **R{number}** ({item.topic}) {sentence(item.text)}")
    notes = [item for item in items if not item.blocking]
    if notes:
        lines += ["", "Also worth a look (no tick needed):", ""]
        lines += [f"- ({item.topic}) {sentence(item.text)}" for item in notes]
    return [*lines, ""]


def statement_section(draft: Draft) -> list[str]:
    rows: list[list[object]] = [[name, value, how] for name, value, how in draft.metadata_how]
    return ["## Statement", "", *table(["field", "value", "how it was read"], rows), ""]


def signatories_section(draft: Draft) -> list[str]:
    rows = draft.signatories
    outcomes = {outcome: sum(1 for row in rows if row.outcome == outcome) for outcome in OUTCOME_WORDS}
    direct = sum(1 for row in rows if row.role == "signs directly")
    summary = (
        f"{len(rows)} names ({direct} signing directly, {len(rows) - direct} as coalition members): "
        f"{outcomes[KNOWN]} already curated, {outcomes[MATCH]} matched to a curated agent, "
        f"{outcomes[AMBIGUOUS]} ambiguous, {outcomes[NEW]} new."
    )
    lines = ["## Signatories", "", f"Section: {cell(draft.section_how or 'none found')}. {summary}", ""]
    header = ["#", "as written", "read as", "role", "decision", "id", "score", "reason", "notes"]
    body: list[list[object]] = [
        [
            number,
            row.written,
            row.kind,
            row.role,
            OUTCOME_WORDS[row.outcome],
            Code(row.agent),
            "" if row.score is None else f"{row.score:.2f}",
            row.reason,
            "; ".join(row.notes),
        ]
        for number, row in enumerate(rows, start=1)
    ]
    return [*lines, *table(header, body), ""]


def places_section(draft: Draft) -> list[str]:
    rows: list[list[object]] = [[Code(a), country, evidence, how] for a, country, evidence, how in draft.places]
    return ["## Countries (based_in.csv)", "", *table(["agent", "country", "evidence", "how"], rows), ""]


def positions_section(draft: Draft) -> list[str]:
    rows: list[list[object]] = []
    for number, position in enumerate(draft.positions, start=1):
        suggested = "; ".join(
            f"{s.target.path} {s.score:.2f} ({', '.join(s.evidence)})" for s in position.suggestions[:3]
        )
        rows.append(
            [number, Code(position.id), position.type, position.rule, f"{position.start}-{position.end}", suggested]
        )
    header = ["#", "id", "type", "rule", "characters", "suggested (top 3: score, words)"]
    return [
        "## Positions",
        "",
        "Types come from the rules in `graph/ingest/positions.py`; suggestions from the lexical model "
        "(TF-IDF over objective titles and curated links). Suggestions are never links until you move them.",
        "",
        *table(header, rows),
        "",
    ]


def notes_section(draft: Draft) -> list[str]:
    if not draft.notes:
        return []
    return ["## About the input", "", *(f"- {sentence(note)}" for note in draft.notes), ""]


def build_section(draft: Draft) -> list[str]:
    lines = ["## What `gcmkg build` would say if this draft were accepted now", ""]
    if not draft.build_problems:
        return [*lines, "Nothing: the draft passes every check of the curated data.", ""]
    lines += [f"- {cell(problem)}" for problem in draft.build_problems]
    return [*lines, ""]

"""The evidence of a membership (``memberships.csv``): where a source says who belongs to a coalition.

Two shapes are accepted:

- **under the coalition's line**: the ``evidence`` (a mention of the member) is on the line that names
  the coalition, or in the indented or bulleted lines right below it;
- **a separate span** naming the coalition, given in the optional ``context`` column: a heading
  ('Members of the X:', 'Integran la X:'), a table cell ('member of' column: '… | X | …') or the
  coalition's own line when its members follow as a flat block. The context must name the
  coalition (one of its ``written_as`` spellings, its ``pref_label`` or its acronym), and the member
  must be in its scope: on the same line, or in the block that follows it (blank lines only right
  after the context, none between it and the member).

Both the member's span and the context's span are kept on the :class:`~graph.curation.model.Relation`.

A based-in claim may likewise quote a country heading ('### Argentina') above the block that
holds the agent (:func:`heading_above`).
"""

from __future__ import annotations

import re

from graph.curation.model import Mention, Organization
from graph.curation.source_text import SourceText, Span, line_end

LIST_ITEM = re.compile(r"^(?:[ \t]+|[-*\u2022\u2013]\s)")  # indented, or a bullet (hyphen, star, bullet, en dash)


def membership_evidence(
    member: list[Mention], coalition: Organization, exact: str, context: str
) -> tuple[Mention | None, Mention | None]:
    """The member's evidence and, when given, the context that names the coalition; (None, None)
    when the evidence is not where a membership can be read."""
    for mention in member:
        source = mention.source
        for span in source.occurrences(exact):
            if not (span.start < mention.span.end and mention.span.start < span.end):
                continue
            if context:
                found = context_for(source, coalition, context, span)
                if found is not None:
                    return Mention(source, span), Mention(source, found)
            elif any(p.source is source and in_list_of(p, span.start, span.end) for p in coalition.mentions):
                return Mention(source, span), None
    return None, None


def relation_evidence(member: list[Mention], exact: str) -> Mention | None:
    """Evidence that overlaps a mention of the member (a ``subOrganizationOf`` relation)."""
    for mention in member:
        for span in mention.source.occurrences(exact):
            if span.start < mention.span.end and mention.span.start < span.end:
                return Mention(mention.source, span)
    return None


def context_for(source: SourceText, coalition: Organization, context: str, member: Span) -> Span | None:
    """The occurrence of ``context`` nearest before (or on the line of) the member that names the
    coalition and has the member in its scope."""
    if not names_coalition(context, coalition):
        return None
    line_start = source.line_start(member.start)
    candidates = source.occurrences(context, 0, source.line_end(member.start))
    for span in reversed(candidates):
        if span.start >= line_start and not (span.start < member.end and member.start < span.end):
            return span  # on the member's line (a table row, 'Members of X: A, B, C')
        if span.end <= line_start and in_block_after(source, span, line_start):
            return span
    return None


def names_coalition(context: str, coalition: Organization) -> bool:
    names = [*coalition.written_as, coalition.pref_label, coalition.acronym]
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", context) for name in names if len(name.strip()) >= 2)


def in_block_after(source: SourceText, context: Span, line_start: int) -> bool:
    """Whether the line starting at ``line_start`` is in the block under the context's line: blank
    lines may separate the context from the block, not the block's lines from each other."""
    lines = source.text[source.line_end(context.start) + 1 : line_start].split("\n")[:-1]
    while lines and not lines[0].strip():
        lines.pop(0)
    return all(line.strip() for line in lines)


def in_list_of(coalition: Mention, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies in the list that follows the coalition's name."""
    return in_list_after(coalition.source.text, coalition.span.start, start, end)


def in_list_after(text: str, coalition_start: int, start: int, end: int) -> bool:
    """Whether ``[start, end)`` of ``text`` follows the coalition's name (at ``coalition_start``) on
    its line, or is in the indented or bulleted lines right below that line. The rule
    ``gcmkg build`` applies to a membership without a context; the draft applies it too
    (:mod:`graph.ingest.membership_context`), to know when a context is needed."""
    if start <= coalition_start:
        return False
    coalition_line_end = line_end(text, coalition_start)
    if end <= coalition_line_end:
        return True
    following = text[coalition_line_end + 1 : line_end(text, start)].split("\n")
    return all(LIST_ITEM.match(line) for line in following)


def heading_above(source: SourceText, exact: str, position: int) -> Span | None:
    """The nearest line above ``position`` that is only ``exact`` (markup, bullets and a colon
    aside) and has the line of ``position`` in the block below it; or ``exact`` opening the line of
    ``position`` as its label ('México: A, B, C'); else None."""
    line_start = source.line_start(position)
    for span in source.occurrences(exact, line_start, position):
        before = source.text[line_start : span.start].strip(HEADING_MARKUP)
        if not before and source.text[span.end : span.end + 1] == ":":
            return span
    for span in reversed(source.occurrences(exact, 0, line_start)):
        line = source.text[source.line_start(span.start) : source.line_end(span.start)]
        if line.strip().strip(HEADING_MARKUP).rstrip(":").strip().strip(HEADING_MARKUP) != exact:
            continue
        return span if in_block_after(source, span, line_start) else None
    return None


HEADING_MARKUP = " \t#*_>"

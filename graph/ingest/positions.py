"""Splitting a statement's body into positions with exact quotes, offsets and a type.

The rules are deliberately simple and written out so a curator can predict them:

1. A paragraph is one line (or, in hard-wrapped text, the lines between blank lines). Titles,
   addressee lines ('To States', 'A los Estados'), lines ending in ':' ('we express the
   following:'), short headings and lines describing the document itself ('This press release
   was written by…') are not positions.
2. A paragraph's type comes from its first explicit cue: 'We reaffirm our commitment /
   nos comprometemos' -> commitment; 'We demand / call for / urge / exigimos…' -> demand;
   'We are concerned / observe with concern / nos preocupa…' -> concern. Without a cue, a '?'
   makes it a question; a normative word ('must', 'essential', 'urgent', 'debe', 'é necessário')
   a demand; otherwise it is an observation, typed concern.
3. A paragraph is split where a sentence *starts* with an explicit cue of another type than the
   one so far ('We observe with concern … . We reaffirm that States …').
4. Short lines ending in '!' at the end of the body are slogans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.ingest.text import Line, split_lines

COMMITMENT = "commitment"
DEMAND = "demand"
CONCERN = "concern"
QUESTION = "question"
SLOGAN = "slogan"

CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        COMMITMENT,
        re.compile(
            r"\b(?:we\s+(?:re)?affirm\s+our\s+commitment|we\s+renew\s+our\s+commitment|we\s+commit\b|"
            r"we\s+are\s+committed|we\s+pledge|we\s+will\s+continue|we\s+are\b[^.!?]{0,25}\bdefending|"
            r"nos\s+comprometemos|comprometemo-nos|reafirmamos\s+(?:nuestro|o\s+nosso|nosso)\s+compromis(?:so|o)|"
            r"renovamos\s+(?:nuestro|o\s+nosso|nosso)\s+compromis(?:so|o)|estamos\s+comprometid|seguiremos|continuaremos)",
            re.I,
        ),
    ),
    (
        DEMAND,
        re.compile(
            r"\b(?:we\s+demand|we\s+call\s+(?:on|upon|for)|we\s+urge|we\s+ask|we\s+request|we\s+insist|"
            r"we\s+advocate|we\s+need|we\s+reaffirm\s+that|we\s+recommend|we\s+propose|we\s+appeal|"
            r"exigimos|demandamos|pedimos|solicitamos|instamos|urgimos|hacemos\s+un\s+llamad|"
            r"hacemos\s+un\s+llamamiento|llamamos\s+a|reclamamos|exhortamos|abogamos|necesitamos|"
            r"reafirmamos\s+que|recomendamos|proponemos|conclamamos|reivindicamos|apelamos|propomos|"
            r"defendemos\s+que)\b",
            re.I,
        ),
    ),
    (
        CONCERN,
        re.compile(
            r"\b(?:we\s+are\s+(?:deeply\s+|very\s+|gravely\s+|extremely\s+)?concerned|we\s+observe|"
            r"with\s+(?:deep\s+|great\s+|grave\s+)?concern|we\s+denounce|we\s+condemn|we\s+regret|we\s+deplore|"
            r"we\s+are\s+(?:fully\s+|well\s+)?aware|we\s+warn|we\s+note\s+with|"
            r"nos\s+preocupan?|preocupa-nos|estamos\s+preocupad|observamos\s+con\s+preocupaci[oó]n|"
            r"con\s+(?:profunda\s+|gran\s+)?preocupaci[oó]n|observamos\s+com\s+preocupa[cç][aã]o|"
            r"com\s+(?:profunda\s+|grande\s+)?preocupa[cç][aã]o|denunciamos|condenamos|lamentamos|alertamos|"
            r"advertimos|somos\s+conscientes|constatamos)",
            re.I,
        ),
    ),
]
NORMATIVE = re.compile(
    r"\b(?:must|should|need|needs|essential|crucial|urgent|necessary|importance|important|key|guarantee|"
    r"ensure|require|requires|have\s+to|debe|deben|deber[ií]an|necesari[oa]|urgente|fundamental|esencial|"
    r"imprescindible|clave|garantizar|asegurar|importancia|importante|deve|devem|deveriam|precisa|precisam|"
    r"necess[aá]ri[oa]|essencial|garantir|assegurar|import[aâ]ncia)\b",
    re.I,
)
ADDRESSEE = re.compile(r"\s*(?:to|a|al|a\s+la|a\s+las|a\s+los|aos|às|ao|à)\s+\S", re.I)
META = re.compile(
    r"\s*(?:this|the\s+present|este|esta|el\s+presente|la\s+presente|o\s+presente|a\s+presente)\s+"
    r"(?:press\s+release|statement|declaration|letter|document|communiqu[eé]|comunicado|pronunciamiento|"
    r"declaraci[oó]n|declara[cç][aã]o|carta|documento|nota)\b",
    re.I,
)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”\u2019')\]]*\s+(?=[¿¡\"“(]*[A-ZÁÉÍÓÚÑÂÊÔÃÕÇ0-9])")


@dataclass(frozen=True)
class PositionDraft:
    """A position as found: ``text[start:end] == quote``; ``rule`` says why it has its type."""

    start: int
    end: int
    quote: str
    type: str
    rule: str


def find_positions(text: str, body_start: int, body_end: int, title: Line | None) -> list[PositionDraft]:
    """Positions of the body ``text[body_start:body_end]`` in text order."""
    paragraphs = [p for p in paragraphs_of(text, body_start, body_end) if is_position(p, title)]
    found: list[PositionDraft] = []
    for paragraph in paragraphs:
        found += split_paragraph(text, paragraph)
    return mark_slogans(found)


def paragraphs_of(text: str, start: int, end: int) -> list[Line]:
    """One paragraph per line, or per block between blank lines when the text is hard-wrapped."""
    lines = split_lines(text, start, end)
    filled = [line for line in lines if line.stripped]
    if not filled:
        return []
    unfinished = sum(1 for line in filled if not re.search(r"[.!?:\"”)]\s*$", line.text))
    has_blank = len(filled) < len(lines)
    if not (has_blank and unfinished > len(filled) / 2 and len(filled) >= 4):
        return [trimmed(line) for line in filled]
    blocks: list[Line] = []
    current: list[Line] = []
    for line in [*lines, Line(end, end, "")]:
        if line.stripped:
            current.append(line)
        elif current:
            blocks.append(trimmed(Line(current[0].start, current[-1].end, text[current[0].start : current[-1].end])))
            current = []
    return blocks


def trimmed(line: Line) -> Line:
    """The line without surrounding whitespace, offsets adjusted."""
    left = len(line.text) - len(line.text.lstrip())
    value = line.text.strip()
    return Line(line.start + left, line.start + left + len(value), value)


def is_position(paragraph: Line, title: Line | None) -> bool:
    value = paragraph.text
    if title is not None and paragraph.start <= title.start < paragraph.end:
        return False
    if value.endswith(":") or META.match(value):
        return False
    if ADDRESSEE.match(value) and len(value) <= 80 and not value.endswith((".", "!", "?")):
        return False
    words_count = len(value.split())
    return not (words_count <= 8 and not re.search(r"[.!?]$", value))


def sentences_of(text: str, paragraph: Line) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph (absolute offsets)."""
    spans: list[tuple[int, int]] = []
    position = paragraph.start
    for match in SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, paragraph.end))
    return [span for span in spans if span[1] > span[0]]


# All cues in one pattern, one named group per type: the earliest cue wins, and at the same place
# the type listed first in CUES (one pass over the text instead of one per type).
ANY_CUE = re.compile("|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in CUES), re.I)


def first_cue(value: str) -> tuple[int, str, str] | None:
    """(offset, type, words) of the earliest explicit cue in ``value``."""
    match = ANY_CUE.search(value)
    if match is None or match.lastgroup is None:
        return None
    return match.start(), match.lastgroup, match.group()


def starting_cue(value: str) -> tuple[str, str] | None:
    """(type, words) of an explicit cue at the start of a sentence ('Finally, we …' counts)."""
    cue = first_cue(value)
    if cue is None:
        return None
    offset, kind, words = cue
    lead = value[:offset]
    if len(lead.split()) <= 2 and not re.search(r"[a-z]{3,}\s+(?:that|que)\s*$", lead, re.I):
        return kind, words
    return None


def split_paragraph(text: str, paragraph: Line) -> list[PositionDraft]:
    """One position per run of sentences of the same explicit type."""
    groups: list[list[tuple[int, int]]] = []
    group_kind: str | None = None
    for start, end in sentences_of(text, paragraph):
        sentence = text[start:end]
        cue = starting_cue(sentence)
        if groups and cue and group_kind and cue[0] != group_kind:
            groups.append([(start, end)])
            group_kind = cue[0]
            continue
        if not groups:
            groups.append([])
        groups[-1].append((start, end))
        if group_kind is None:
            found = first_cue(sentence)
            group_kind = found[1] if found else None
    drafts: list[PositionDraft] = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        quote = text[start:end]
        kind, rule = type_of(quote)
        drafts.append(PositionDraft(start, end, quote, kind, rule))
    return drafts


def type_of(quote: str) -> tuple[str, str]:
    """The position type of a quote and the rule that gave it."""
    cue = first_cue(quote)
    if cue:
        return cue[1], f"'{cue[2]}' -> {cue[1]}"
    if "?" in quote or "¿" in quote:
        return QUESTION, "'?' -> question"
    normative = NORMATIVE.search(quote)
    if normative:
        return DEMAND, f"no cue; normative word '{normative.group()}' -> demand"
    return CONCERN, "no cue, no normative word: an observation -> concern"


def mark_slogans(positions: list[PositionDraft]) -> list[PositionDraft]:
    """Short '…!' positions at the end of the body become slogans."""
    result = list(positions)
    index = len(result) - 1
    while index >= 0 and result[index].quote.rstrip().endswith("!") and len(result[index].quote) <= 140:
        position = result[index]
        result[index] = PositionDraft(
            position.start, position.end, position.quote, SLOGAN, "short '…!' line at the end -> slogan"
        )
        index -= 1
    return result

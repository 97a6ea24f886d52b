"""Text tests of :mod:`graph.ingest.section_members` (coalition membership read from structure): where a
clause about a name begins, whether words are all lowercase, a sector heading, a bracket's closing
partner, a line's list marker. Every word they use comes from the lexicon."""

from __future__ import annotations

import re

from graph.ingest.lexicon import alternation, phrases
from graph.ingest.lists import BULLET, LEADING_ARTICLE, LEXICON
from graph.ingest.names import ORGANIZATION_WORDS, name_without_acronym
from graph.ingest.section_state import MARKUP, MEMBER_VERB
from graph.ingest.text import DASHES, Line, words

CLAUSE_WORD = re.compile(rf"(?:{alternation(LEXICON, 'clause_words')})", re.I)
INLINE_CLAUSE = re.compile(r"[ \t]*,[ \t]+((?:[a-zß-ÿ][\w'\u2019-]*[ \t]+){1,8})(?=[A-ZÀ-Þ])")
LEAD_WORD = re.compile(rf"(?:{alternation(LEXICON, 'clause_words')}|{alternation(LEXICON, 'list_articles')})", re.I)
# Where a descriptive clause may begin inside a coalition's line: a comma or a spaced dash.
CLAUSE_BREAK = re.compile(rf"[ \t]*,[ \t]*|[ \t]+[-{DASHES}][ \t]*|[ \t]*[{DASHES}][ \t]+")
DETAIL_ROW = re.compile(r"[^\W\d_][\w.]{0,12}[ \t]*:[ \t]+\S")  # 'Por: Ana Lopes, presidenta' below a name
LOWER_WORD = re.compile(r"[a-zß-ÿ][\w'\u2019-]*$")
COALITION_WORDS = frozenset(key for phrase in phrases(LEXICON, "coalition_words") for key in words(phrase))
LOOKAHEAD = 30  # rows after a coalition's line looked at to see how its members are laid out
DETAILS = 2  # an entry's own lines (place, representative) that may stand between it and its members


def lowercase_words(value: str) -> bool:
    """Only words in lowercase (and the markup of a colon): a clause, no name."""
    tokens = [token.strip(",;") for token in value.strip(MARKUP + ":").split()]
    return bool(tokens) and all(LOWER_WORD.match(token) or token.isdigit() for token in tokens if token)


def category(label: str) -> bool:
    """A sector heading rather than a cue: an organization word, also in the plural ('Sindicatos',
    'Redes e articulações'), or a plural first word that is no member verb ('Faith communities'; not
    'Includes', 'Brings together')."""
    keys = words(label)
    if any(
        key in ORGANIZATION_WORDS or key[:-1] in ORGANIZATION_WORDS or key[:-2] in ORGANIZATION_WORDS for key in keys
    ):
        return True
    first = label.split()[0]
    return len(first) > 3 and first[-1] in "sx" and not MEMBER_VERB.search(f" {label}")


def sector_heading(name: str) -> bool:
    """'TRADE UNIONS', 'Faith communities', 'Coletivos e associações': six words at most, no bracket,
    the first or last word plural and the first no coalition word ('Red de Migrantes' is a name): a
    heading over a sector's names, which are not its members."""
    tokens = name.split()
    if not 0 < len(tokens) <= 6 or re.search(r"[()\[\]]", name) or words(name)[:1] in ([w] for w in COALITION_WORDS):
        return False
    return any(len(token) > 3 and token[-1] in "sxSX" for token in (tokens[0], tokens[-1]))


def clause_start(text: str, head_start: int, cue_start: int) -> int:
    """Where a descriptive clause before a cue begins ('… (CFRD) — articulación de', 'Rede X —
    articulação regional'): at the first comma or spaced dash after which everything up to the cue
    is lowercase; ``cue_start`` when there is none."""
    for match in CLAUSE_BREAK.finditer(text, head_start, cue_start):
        whole = match.start() > head_start and balanced(text[head_start : match.start()])
        if whole and lowercase_words(text[match.end() : cue_start]):
            return match.start()
    return cue_start


def balanced(value: str) -> bool:
    return value.count("(") == value.count(")") and value.count("[") == value.count("]")


def trailing_clause(text: str, head_start: int, colon: int) -> int | None:
    """In 'Name, clause:' or 'Name clause:' without cue words, where the clause begins; None when the
    text before the colon ends in no clause. A run of lowercase words without a comma or dash needs a
    relative or possessive word ('which', 'que', 'its', 'suas') so that a name's own lowercase words
    ('… de apoyo a migrantes') stay in it."""
    start = clause_start(text, head_start, colon)
    if start < colon:
        return start
    tokens = list(re.finditer(r"\S+", text[head_start:colon]))
    run = 0
    while run < len(tokens) and LOWER_WORD.match(tokens[-1 - run].group()):
        run += 1
    if run == 0 or run == len(tokens):
        return None
    clause = tokens[len(tokens) - run :]
    if not any(CLAUSE_WORD.fullmatch(token.group()) for token in clause):
        return None
    return head_start + clause[0].start() - 1 if clause[0].start() > 0 else None


def object_end(text: str, cue_end: int) -> int:
    """After a cue, lowercase words up to a final colon ('on behalf of | its affiliates:', 'en nombre de
    | sus asociadas:') are the cue's object, no member: the cue ends at the line's end."""
    rest = text[cue_end:]
    if rest.rstrip().rstrip(MARKUP).endswith(":") and lowercase_words(rest):
        return len(text)
    return cue_end


def closing_of(text: str, opening: int) -> int:
    """The index of the bracket closing the one at ``opening`` on the same line, -1 if none."""
    depth = 0
    for index in range(opening, len(text)):
        if text[index] in "([":
            depth += 1
        elif text[index] in ")]":
            depth -= 1
            if depth == 0:
                return index
    return -1


def coalition_before(before: str) -> bool:
    """The name just before a bracket (after the last comma, semicolon or cell bar) has a coalition word
    for its head: first ('Red Sur …', 'Réseau …') or last ('Northern Welcome Alliance')."""
    name = name_without_acronym(re.split(r"[,;|]", before)[-1].strip())
    bullet = BULLET.match(name)
    name = name[bullet.end() :] if bullet else name
    article = LEADING_ARTICLE.match(name)
    keys = words(name[article.end() :] if article else name)
    return len(keys) >= 2 and (keys[0] in COALITION_WORDS or keys[-1] in COALITION_WORDS)


def marker_of(line: Line) -> str:
    """A line's list marker, numbers and letters as one kind ('n'): '' when it has none."""
    bullet = BULLET.match(line.stripped)
    if bullet is None:
        return ""
    glyph = bullet.group().strip()
    return "n" if glyph[:1].isalnum() or glyph[:1] == "(" else glyph[:1]

"""Lines around and inside a signatory list that are never names: page furniture, dates, contacts,
counts ('and 35 more organizations') and prose. Their words come from the lexicon."""

from __future__ import annotations

import re

from graph.ingest.entry_lines import is_call_to_action, relative_time_start
from graph.ingest.lexicon import alternation
from graph.ingest.lists import FOOTNOTE_MARKS, STOP_LINE, TRAILER
from graph.ingest.text import fold

LEXICON = "signatories"
PAGE_LINE = re.compile(
    r"[-\u2013\u2014\s]*(?:page|p[aá]gina|p\.|pág\.)?\s*\d{1,4}(?:\s*(?:of|de|sur|/)\s*\d{1,4})?"
    r"[-\u2013\u2014\s]*",
    re.I,
)
MONTH = re.compile(rf"\b(?:{alternation(LEXICON, 'months')})\b", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
# An e-mail, a web address (with a scheme, www. or a lower-case domain and path), a phone number.
CONTACT = re.compile(
    r"\S+@\S+\.\w+|https?://|www\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/|(?:\+|\b)\d[\d ().-]{8,}\d\b"
)
TABLE_HEADER = re.compile(
    rf"(?:{alternation(LEXICON, 'table_headers')})s?|(?:{alternation(LEXICON, 'table_coalition_headers')})|"
    rf"(?:{alternation(LEXICON, 'table_place_headers')})|(?:{alternation(LEXICON, 'table_number_headers')})|"
    rf"(?:{alternation(LEXICON, 'table_name_headers')})|(?:{alternation(LEXICON, 'table_affiliation_headers')})|"
    rf"(?:{alternation(LEXICON, 'table_type_headers')})",
    re.I,
)
TYPE_COLUMN = re.compile(rf"(?:{alternation(LEXICON, 'table_type_headers')})", re.I)
PERSON_TYPE = re.compile(rf"(?:{alternation(LEXICON, 'table_person_types')})\b", re.I)
NAME_COLUMN = re.compile(rf"(?:{alternation(LEXICON, 'table_name_headers')})", re.I)
AFFILIATION_COLUMN = re.compile(rf"(?:{alternation(LEXICON, 'table_affiliation_headers')})", re.I)
PLACE_COLUMN = re.compile(rf"(?:{alternation(LEXICON, 'table_place_headers')})", re.I)
COALITION_COLUMN = re.compile(rf"(?:{alternation(LEXICON, 'table_coalition_headers')})", re.I)
LETTER_HEADING = re.compile(r"[A-ZÀ-Þ]\.?")
LETTER_INDEX = re.compile(r"[A-ZÀ-Þ](?:[ \t]*[·|/,\-\u2013\u2022]?[ \t]*[A-ZÀ-Þ]\b){2,}")  # 'A · B · C', 'A | B | C'
# one letter alone on its line: 'A', 'B.' above the names it opens
PARTICLES = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "du",
        "van",
        "von",
        "der",
        "y",
        "e",
        "et",
        "and",
        "of",
        "the",
        "le",
        "les",
    ]
)


def is_date_line(value: str) -> bool:
    """'Santiago de Chile, 20 de marzo de 2025', 'March 2025', '2025-03-20'."""
    if len(value.split()) > 12:
        return False
    return bool(NUMERIC_DATE.search(value)) or (bool(MONTH.search(value)) and bool(YEAR.search(value)))


def is_furniture(value: str, title: str = "") -> bool:
    """A page number, the running title, a date, a contact, a count, or a letter heading or letter
    index of an alphabetical list ('A', '### B', 'A · B · C'): never a name."""
    value = value.strip().strip("*_#").strip()
    if not value or LETTER_HEADING.fullmatch(value) or LETTER_INDEX.fullmatch(value):
        return True
    if PAGE_LINE.fullmatch(value) or (title and fold(value) == fold(title)):
        return True
    if is_call_to_action(value) or relative_time_start(value) == 0:  # 'Assine a carta', 'hace 2 horas'
        return True
    if value[0] in FOOTNOTE_MARKS:  # '¹ Miembro de la Red Regional.': a footnote, not a name
        return True
    if RULER.fullmatch(value) or is_column_titles(value) or is_mail_furniture(value):
        return True
    return is_date_line(value) or bool(CONTACT.search(value)) or bool(STOP_LINE.match(value)) or is_trailer(value)


RULER = re.compile(r"[-=_~+*.\u2500\u2550\u2014\u2013 ]{3,}")  # '=====', '-----', '───': a rule under a heading
COLUMN_GAP = re.compile(r"\t+|[ \t]{3,}")  # what sets columns apart in a text laid out with spaces


MAIL_HEADER = re.compile(rf"(?:-+ ?)?(?:{alternation(LEXICON, 'email_headers')})[ \t]*(?::|-{{2,}})", re.I)
MAIL_LINE = re.compile(
    rf"(?:>[ \t]*)*(?:{alternation(LEXICON, 'email_quote_intros')})[ \t]*:?|"
    rf"(?:{alternation(LEXICON, 'greetings')})[ \t]*[,:!.]?",
    re.I,
)


def is_mail_furniture(value: str) -> bool:
    """A forwarded e-mail's header field ('Asunto: …', 'Objet : …'), the line that introduces a quoted
    message ('On Tue … wrote:') or a salutation alone on its line ('Dear all,', 'Un abrazo')."""
    return bool(MAIL_HEADER.match(value) or MAIL_LINE.fullmatch(value))


def is_column_titles(value: str) -> bool:
    """A line of column titles set apart by tabs or wide gaps ('Organisation      Pays')."""
    cells = COLUMN_GAP.split(value.strip())
    return len(cells) >= 2 and is_table_header(cells)


def is_page_line(value: str) -> bool:
    return bool(PAGE_LINE.fullmatch(value.strip().strip("*_#").strip()))


def is_short_title(value: str, title: str) -> bool:
    """A running header that shortens the title ('Zero Fees, Full Wages - joint statement' under
    'ZERO FEES, FULL WAGES: A JOINT STATEMENT ON …'): three words or more, all words of the title.
    Only read so next to a page number, where a signatory's name that the title holds is not."""
    own = set(re.findall(r"\w+", fold(value)))
    return len(own) >= 3 and own <= set(re.findall(r"\w+", fold(title)))


def is_trailer(value: str) -> bool:
    value = value.strip().lstrip("\u2026.").strip()
    return bool(TRAILER.fullmatch(value) or COUNT_LINE.match(value))


# '+ 14 coletivos locais…', 'and 12 more whose names…', 'y 30 más': a number after at most one short
# word, then lowercase words (a numbered name starts with a capital: '1 Casa X'): a count, no name.
COUNT_LINE = re.compile(r"[+\u2026.]*[ \t]*(?:[^\W\d_]{1,4}[ \t]+)?\d+[ \t]+[a-zß-ÿ][^\n]*$")


def is_prose(value: str) -> bool:
    """A sentence, not a list: ten words or more (six when it ends with a full stop), most of them
    lowercase (particles aside). Words in brackets do not count: 'Ana Ruiz (nurse, for
    identification only)' is a name with a note."""
    value = re.sub(r"\([^()]*\)", " ", value)
    tokens = [t for t in re.findall(r"[^\W\d_][\w'\u2019-]*", value)]
    if len(tokens) < (6 if re.search(r"[a-záéíóúñãõçàèù]{2}\.\s*$", value) else 10):
        return False
    lower = sum(1 for t in tokens if t[0].islower() and t.lower() not in PARTICLES)
    return lower > 0.5 * len(tokens)


def header_key(cell: str) -> str:
    """A header cell without markup or a note in brackets ('Instituição (apenas para identificação)');
    of a header in two languages ('Organización / Organization'), the first."""
    key = re.sub(r"\s*\([^()]*\)", "", cell).strip().strip("*_").strip()
    halves = key.split(" / ")
    return halves[0].strip() if len(halves) == 2 and TABLE_HEADER.fullmatch(halves[0].strip()) else key


def is_table_header(cells: list[str]) -> bool:
    filled = [header_key(cell) for cell in cells if cell.strip()]
    return bool(filled) and all(TABLE_HEADER.fullmatch(cell) for cell in filled)


def coalition_column(cells: list[str]) -> int | None:
    """In a table's header row, the index of the column that names each row's coalition."""
    for index, cell in enumerate(cells):
        if COALITION_COLUMN.fullmatch(cell.strip().strip("*_").strip()):
            return index
    return None


def place_columns(cells: list[str]) -> set[int]:
    """In a table's header row, the columns of towns and countries ('Ciudad', 'Pays')."""
    return {index for index, cell in enumerate(cells) if PLACE_COLUMN.fullmatch(cell.strip().strip("*_").strip())}


def type_columns(cells: list[str]) -> set[int]:
    """In a table's header row, the columns that say what each row's signatory is ('Type', 'Tipo')."""
    return {index for index, cell in enumerate(cells) if TYPE_COLUMN.fullmatch(cell.strip().strip("*_").strip())}


def affiliation_columns(cells: list[str]) -> set[int]:
    """In the header of a table of persons ('Nombre | Organización | País'), the institution columns
    after the name column: affiliations, never signatories."""
    keys = [header_key(cell) for cell in cells]
    names = [index for index, key in enumerate(keys) if NAME_COLUMN.fullmatch(key)]
    if not names:
        return set()
    return {index for index, key in enumerate(keys) if index > names[0] and AFFILIATION_COLUMN.fullmatch(key)}

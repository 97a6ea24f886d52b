"""Lines of a signatory list whose shape says what part of an entry they are (round 7b): a bold name
with a description after a dash ('1. **Name** (Pays) — what it does'), a representative's line
below a signature block ('Por: Ana Lopes, presidente'), a relative time stamp of a petition page
('hace 2 horas'), and a call to action or share row ('Sign the letter', 'Copiar enlace'). The words
come from lexicon/signatories.yaml (four languages)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.ingest.lexicon import alternation
from graph.ingest.lists import BULLET, ORGANIZATION_LABEL, PERSON_LABEL, RELATIVE_TIME, SIGNATORY_CUE
from graph.ingest.names import NAME_PARTICLES, ORGANIZATION_WORDS, looks_like_person, starts_with_organization_word
from graph.ingest.text import words

LEXICON = "signatories"
# A bold name (list marker optional), an optional bracket (its place), a spaced dash, then words: the
# description is what the entry says about the name, never a name of its own.
DESCRIBED_ENTRY = re.compile(
    r"[ \t]*(?:" + BULLET.pattern + r")?(?P<mark>\*\*|__)(?P<name>[^*_\n]{2,200}?)(?P=mark)"
    r"(?P<place>[ \t]*\([^()\n]{1,80}\))?(?P<dash>[ \t]+[-\u2013\u2014][ \t]+)(?P<description>\S[^\n]*)$"
)
# Without bold, the place in brackets must come before the dash and the description start in lowercase:
# '1. Name (Pays) — ce qu'elle fait' ('Name - accueil des familles (Belgique)' is a name with a tagline).
PLAIN_ENTRY = re.compile(
    r"[ \t]*(?:" + BULLET.pattern + r")?(?P<name>[^\n]{2,200}?)(?P<place>[ \t]*\([^()\n]{1,80}\))"
    r"(?P<dash>[ \t]+[-\u2013\u2014][ \t]+)(?P<description>[a-zà-ÿ][^\n]*)$"
)
# In a list that describes its names, ' — what it does' after a name without a place.
DESCRIPTION_AFTER_DASH = re.compile(r"(?<=\S)[ \t]+[-\u2013\u2014][ \t]+(?P<description>[a-zà-ÿ][^\n]*)$")
TYPE_BADGE = re.compile(rf"(?:{alternation(LEXICON, 'type_badges')})", re.I)
SECTOR_HEADING = re.compile(rf"(?:{alternation(LEXICON, 'sector_headings')})", re.I)
# 'Por: Ana Lopes, presidente', 'By: …', 'Par : …', 'p.p. …': who signs for the organization above.
REPRESENTATIVE_LINE = re.compile(rf"[ \t]*(?:{alternation(LEXICON, 'representative_prefixes')})[ \t]*:[ \t]*\S", re.I)
# 'Sign the letter', 'Ver todas as 312 adesões', 'Copiar enlace', 'Share on Facebook WhatsApp'.
CALL_TO_ACTION = re.compile(rf"[ \t]*(?:{alternation(LEXICON, 'calls_to_action')})\b(?P<tail>[^\n]{{0,60}})$", re.I)


@dataclass(frozen=True)
class Entry:
    """A list line whose name a description follows: where the name (and its bracketed place) ends
    and the description starts, in the line; the place as written; whether the name is in bold."""

    name_end: int
    description_start: int
    place: str
    description: str
    bold: bool


def described_entry(value: str) -> Entry | None:
    """The line as '**Name** (place) — description' or 'Name (place) — description', or None."""
    match = DESCRIBED_ENTRY.match(value)
    if match is not None and not match.group("name").rstrip().endswith(":"):  # '**Note:** — …' leads in
        name_end = match.end("place") if match.group("place") else match.end("name") + 2
        place = (match.group("place") or "").strip(" \t()")
        return Entry(name_end, match.start("description"), place, match.group("description"), True)
    plain = PLAIN_ENTRY.match(value)
    if plain is None:
        return None
    place = plain.group("place").strip(" \t()")
    return Entry(plain.end("place"), plain.start("description"), place, plain.group("description"), False)


# ' — articulação regional,' between a coalition's name and its cue: what the coalition is.
DESCRIPTION_BEFORE_CUE = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+[a-zà-ÿ][^\n()]*?[ \t,]*$")


def description_start(head: str) -> int:
    """Where a lowercase description after a spaced dash starts in the text before a coalition cue
    ('Rede X — articulação regional, composta por:'), or ``len(head)`` when there is none."""
    match = DESCRIPTION_BEFORE_CUE.search(head)
    return match.start() if match and match.start() > 0 else len(head)


def is_representative_line(value: str) -> bool:
    """'Por: Edna Lopes, presidente': the person who signs for the organization named above."""
    return bool(REPRESENTATIVE_LINE.match(value))


# 'Rapporteuse de la rencontre : Odile Ferrand', 'Moderator: Jane Roe': a singular role, a colon, one person.
CREDIT = re.compile(
    r"[ \t]*(?P<role>[A-ZÀ-Þ][a-zà-ÿ'\u2019-]+(?:[ \t]+[a-zà-ÿ'\u2019-]+){0,5})[ \t]*:[ \t]*(?P<who>[^\n]+?)[ \t.]*$"
)


def is_credit_line(value: str) -> bool:
    """A role in the singular and one person after a colon ('Rapporteuse de la rencontre : Odile
    Ferrand', 'Relatora: Ana Gil'): who did a job at the meeting, not a signatory. A plural first word
    ('Periodistas: Ana Gil') is a category of signatories, a lexicon label or heading is no credit."""
    match = CREDIT.match(value)
    if match is None or match.group("role").split()[0].lower().endswith(("s", "x")):
        return False
    role = match.group("role")
    if PERSON_LABEL.fullmatch(role) or ORGANIZATION_LABEL.fullmatch(role) or SIGNATORY_CUE.match(role):
        return False
    return starts_with_organization_word(role) is False and looks_like_person(match.group("who"))


def relative_time_start(value: str) -> int:
    """Where a relative time stamp at the end of ``value`` starts ('Raúl Ortiz hace 6 horas'), or
    ``len(value)`` when there is none."""
    match = RELATIVE_TIME.search(value)
    return match.start() if match else len(value)


def is_call_to_action(value: str) -> bool:
    """A button or share row of a web page ('Assine a carta', 'Compartir en Facebook'); a name that
    starts with such words ('Donate Life Foundation') has a capitalized organization word after them."""
    match = CALL_TO_ACTION.fullmatch(value.strip().strip("*_#").strip())
    if match is None:
        return False
    capitalized = [token for token in match.group("tail").split() if token[:1].isupper()]
    return not any(key in ORGANIZATION_WORDS for key in words(" ".join(capitalized)))  # 'Donate Life Foundation'


def singular_forms(word: str) -> set[str]:
    """The singulars a folded plural word may have ('communities' -> 'community', 'organizacoes' ->
    'organizacao', 'pastorais' -> 'pastoral', 'reseaux' -> 'reseau', 'redes' -> 'red'/'rede')."""
    forms: set[str] = set()
    for plural, singular in (("ies", "y"), ("oes", "ao"), ("aes", "ao"), ("ais", "al"), ("eis", "el"), ("es", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            forms.add(word[: -len(plural)] + singular)
    if word.endswith(("s", "x")) and len(word) > 3:
        forms.add(word[:-1])
    return forms


def names_a_sector(label: str, markup: bool) -> bool:
    """A group heading of the list, not an organization: six words at most, no digit or bracket,
    in capitals or sentence case (any case under heading markup), its first word (or its last, after
    a singular first word) the plural of an organization word ('TRADE UNIONS', 'Sindicatos', 'Redes e articulações',
    'Universidades e grupos de pesquisa', '### Syndicats, Églises et recherche')."""
    tokens = label.replace(",", " ").split()
    if not 0 < len(tokens) <= 6 or any(char.isdigit() or char in "()[]" for char in label):
        return False
    capitals = label.isupper()
    if not (capitals or markup) and any(char.isupper() for token in tokens[1:] for char in token):
        return False
    keys = words(label)
    if not keys:
        return False
    if SECTOR_HEADING.fullmatch(label.strip()):
        return True  # 'Civil society', 'Academia', 'Otros': a sector named in the singular (lexicon)
    if singular_forms(keys[0]) & ORGANIZATION_WORDS:
        return True  # 'Sindicatos', 'Redes e articulações': the head noun comes first
    # 'FAITH COMMUNITIES': the head noun comes last, after words in the singular ('Médicos sin
    # fronteras' is a name: its first word is a plural too); a particle ('de', 'del') shows a name
    # in another language ('ASOCIACIÓN DE TRABAJADORAS DEL HOGAR MIGRANTES')
    if keys[0].endswith(("s", "x")) or any(key in NAME_PARTICLES for key in keys):
        return False
    return bool(singular_forms(keys[-1]) & ORGANIZATION_WORDS)


def is_type_badge(value: str) -> bool:
    """A card's badge alone on its line ('NGO', 'Red', 'Grassroots group'): a kind, never a name."""
    return bool(TYPE_BADGE.fullmatch(value.strip().strip("*_#[]()").strip()))

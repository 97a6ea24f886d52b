"""What a signatory name looks like: acronyms, legal forms, person names, organization words.

Shared by the list splitter (which uses them to decide whether a comma ends a name) and by the
matcher (which compares names without their acronym or legal form).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.ingest.lexicon import alternation, phrases
from graph.ingest.text import DASHES, fold, wordlist, words

# Words that make a name an organization's ("Red", "Fundación", "Alliance"), accent-free: lexicon/names.yaml.
ORGANIZATION_WORDS = frozenset(wordlist(" ".join(phrases("names", "organization_words"))))

# Legal forms written after a name, with or without dots: ", AC", "A.C.", "IAP", "Inc.".
LEGAL_FORM = re.compile(
    r"(?:A\.?\s?C\.?|S\.?\s?C\.?|I\.?\s?A\.?\s?P\.?|S\.?\s?A\.?|Inc\.?|Ltd\.?|LLC|e\.?\s?V\.?|GmbH|ONG|NGO|OSC|ASBL)"
    r"(?![\w])"
)

# Small words inside personal names ("Karina de la Cruz", "João dos Santos"): lexicon/names.yaml.
NAME_PARTICLES = frozenset(wordlist(" ".join(phrases("names", "name_particles"))))

TRAILING_PARENS = re.compile(r"\(([^()]{1,40})\)\s*$")
DASH_ACRONYM = re.compile(r"\s[-\u2013\u2014]\s*([A-Z][A-Z0-9&]{1,11})\s*$")


def trailing_acronym(name: str) -> str:
    """The acronym written after a name: '(JRS LAC)', '(Dejusticia)', ' - CATP'; '' if none."""
    parens = TRAILING_PARENS.search(name)
    if parens:
        inner = parens.group(1).strip()
        if looks_like_acronym(inner):
            return inner
    dash = DASH_ACRONYM.search(name)
    return dash.group(1) if dash else ""


def looks_like_acronym(value: str) -> bool:
    """Short, few words, with a capital: 'IDC', 'JRS -Ecuador', 'UNORCA A.C.', 'Prodesc'."""
    tokens = value.split()
    return (
        0 < len(value) <= 20
        and len(tokens) <= 3
        and any(char.isupper() for char in value)
        and (any(token.isupper() and len(token) > 1 for token in tokens) or len(tokens) == 1)
    )


def name_without_acronym(name: str) -> str:
    """'Casa del Migrante de Saltillo (CDMS)' -> 'Casa del Migrante de Saltillo'."""
    acronym = trailing_acronym(name)
    if not acronym:
        return name.strip()
    parens = TRAILING_PARENS.search(name)
    cut = parens.start() if parens and parens.group(1).strip() == acronym else name.rfind(acronym)
    return name[:cut].rstrip(" -" + DASHES).strip()


def acronym_key(acronym: str) -> str:
    """Comparison key of an acronym: 'JRS -Ecuador' -> 'jrsecuador', 'A.C.' -> 'ac'."""
    return re.sub(r"[^a-z0-9]", "", fold(acronym))


def explains(acronym: str, name: str) -> bool:
    """True when the acronym's letters are prefixes of the name's words, in order.

    'ECAP' is explained by 'Equipo de Estudios, Comunitarios y Acción Psicosocial', 'Prodesc' by
    'Proyecto de Derechos … Sociales y Culturales', but not by 'Comunitarios y Acción Psicosocial'.
    """
    letters = acronym_key(acronym)
    name_words = [re.sub(r"[^a-z0-9]", "", word) for word in words(name)]
    name_words = [word for word in name_words if word]
    if not letters or len(letters) > 24 or len(name_words) > 40:
        return False
    return _explains(letters, tuple(name_words))


@lru_cache(maxsize=65536)
def _explains(letters: str, name_words: tuple[str, ...]) -> bool:
    if not letters:
        return True
    for index, word in enumerate(name_words):
        for length in range(min(len(word), len(letters)), 0, -1):
            if letters[:length] == word[:length] and _explains(letters[length:], name_words[index + 1 :]):
                return True
    return False


def is_initial(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.", token))


def looks_like_person(name: str) -> bool:
    """Two to five capitalized words, no digits, acronyms or organization words: 'Blanca Gómez'."""
    if any(char.isdigit() for char in name) or any(char in name for char in "()&/@"):
        return False
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() in NAME_PARTICLES or tokens[-1].lower() in NAME_PARTICLES:
        return False
    proper = [token for token in tokens if token.lower() not in NAME_PARTICLES]
    if len(proper) < 2 or len(tokens) - len(proper) > 2:
        return False
    return all(is_proper_name_word(token) for token in proper)


def looks_like_listed_person(name: str) -> bool:
    """Under a persons' label, a person's name whose last word only is also an organization word
    ('Itzel Maldonado Cruz'): three or four words, the others a person's."""
    tokens = name.split()
    if looks_like_person(name) or not 3 <= len(tokens) <= 4:
        return looks_like_person(name)
    return fold(tokens[-1]) in ORGANIZATION_WORDS and looks_like_person(" ".join(tokens[:-1])) and tokens[-1].istitle()


def is_proper_name_word(token: str) -> bool:
    if is_initial(token):
        return True
    letters = [char for char in token if char.isalpha()]
    return (
        bool(letters)
        and token[0].isupper()
        and not (len(letters) > 1 and all(char.isupper() for char in letters))
        and fold(token.strip(".,'\u2019")) not in ORGANIZATION_WORDS
    )


def starts_with_organization_word(name: str) -> bool:
    first = words(name)[:1]
    return bool(first) and first[0] in ORGANIZATION_WORDS


def looks_like_organization(name: str) -> bool:
    """Has an acronym, a legal form or an organization word: 'Sin Fronteras IAP', 'Red AMMPARO'."""
    if trailing_acronym(name) or LEGAL_FORM.search(name):
        return True
    if any(word in ORGANIZATION_WORDS for word in words(name)):
        return True
    return any(len(token) > 1 and token.isupper() for token in name.split())


def is_gerund(word: str) -> bool:
    """'Advancing', 'Construyendo', 'Defendendo': how a tagline after a comma starts."""
    folded = fold(word)
    return len(folded) > 5 and (folded.endswith("ing") or folded.endswith(("ando", "endo", "iendo", "indo")))


# After a name, words saying it signs as a person ('(in a personal capacity)', ', a título personal').
CAPACITY = re.compile(
    rf"[ \t]*(?:\([ \t]*(?:{alternation('signatories', 'capacity_markers')})[ \t]*\)|"
    rf"(?:,|[ \t][-\u2013\u2014])[ \t]*(?:{alternation('signatories', 'capacity_markers')})\b)",
    re.I,
)


def surname_first(given: str) -> bool:
    """One or two capitalized words without an organization word: the given name of a name written
    surname first ('Bennett, Grace', 'Ruiz Aldana, María José'), not an affiliation."""
    tokens = given.split()
    return 0 < len(tokens) <= 2 and all(t[:1].isupper() for t in tokens) and not looks_like_organization(given)

"""Sub-headings of a signatory list: person and organization labels ('A título individual:',
'Supported by:'), labels naming a coalition read earlier ('Members of the X:'), and country or
region headings that give the names below them a place."""

from __future__ import annotations

import re

from graph.ingest.countries import Place
from graph.ingest.entry_lines import names_a_sector
from graph.ingest.finder import HEADING_WORDS, heading_line
from graph.ingest.lexicon import load
from graph.ingest.lists import (
    BULLET,
    COALITION_CUE,
    ORGANIZATION_LABEL,
    PERSON_LABEL,
)
from graph.ingest.names import looks_like_organization
from graph.ingest.section_members import named_with_clause, reference_above
from graph.ingest.section_state import (
    EXACT_ORGANIZATION_LABEL,
    EXACT_PERSON_LABEL,
    MARKUP,
    MEMBER_HEADING,
    MEMBER_VERB,
    REFERENCE_WORDS,
    Label,
    SectionState,
)
from graph.ingest.text import Line, words

COUNTED = re.compile(r"[^()]*[^\W\d][^()]*\(\d{1,4}\)[ \t]*")  # 'Organizations (34)', 'Sindicatos (5)'
# A type heading's first words are plural ('Syndicats', 'Organizaciones basadas en la fe', 'Trade unions').
PLURAL_HEAD = re.compile(r"(?:[^\W\d_][\w'\u2019-]*[sx]\b|[^\W\d_][\w'\u2019-]*\s+[^\W\d_][\w'\u2019-]*[sx]\b)")
# A supporters' label that runs on into their names without a colon ('With the support of A and B.').
SUPPORT_LEAD = re.compile(
    r"[ \t]*(?:with the support of|supported by|con el apoyo de|com o apoio d[eao]s?|avec le soutien d(?:e|u|es))"
    r"[ \t]+(?=[A-ZÀ-Þ])",
    re.I,
)
JOINING_WORDS = frozenset(["and", "y", "e", "et", "l", "d"])  # 'Centroamérica y México', "Afrique de l'Ouest"
REGION_WORDS = frozenset(str(word) for language in load("places")["region_words"].values() for word in language)


def list_heading(label: str) -> bool:
    """Five words at most ending in a heading word of the lexicon ('OTHER ENDORSING ORGANIZATIONS',
    'Further signatories'): a sub-heading of the list, not an organization's name."""
    match = HEADING_WORDS.search(label)
    return match is not None and match.end() == len(label) and len(label.split()) <= 5 and label[-1].isalpha()


def one_language(label: str) -> tuple[str, bool]:
    """Of a label in two languages ('Firmas individuales / Individual signatures'), the half that is
    a label of the lexicon, and whether one was; else the label as it is."""
    halves = [half.strip() for half in label.split(" / ")]
    if len(halves) != 2:
        return label, False
    for half in halves:
        if PERSON_LABEL.fullmatch(half) or ORGANIZATION_LABEL.fullmatch(half) or heading_line(half):
            return half, True
    return label, False


class LabelReader(SectionState):
    """Reads a line as a sub-heading of the list."""

    def country_heading(self, line: Line, persons: bool) -> Label | None:
        """A line that is only a country or a region ('### Argentina', 'Brasil:', '**México**'): it
        groups the names below it by where they are; the country is their place, never a name."""
        content = line.text[line.indent :]
        bullet = BULLET.match(content)
        colon = content.find(":")
        inline: int | None = None
        if colon > 0 and content[colon + 1 :].strip(MARKUP):  # 'México: A, B, C.' names follow inline
            value = content[:colon].strip(MARKUP)
            rest = content[colon + 1 :]
            inline = line.start + line.indent + colon + 1 + len(rest) - len(rest.lstrip(MARKUP))
        elif bullet and content.rstrip().rstrip(MARKUP).endswith(":"):  # '- Indonesia:' above its names
            value = content[bullet.end() :].strip().strip(MARKUP).rstrip(":").strip().strip(MARKUP)
        elif bullet:
            return None
        else:
            value = line.text.strip().strip(MARKUP).rstrip(":").strip().strip(MARKUP)
            value = re.sub(r"[ \t]*[(\[]\d+[)\]]$", "", value)  # 'Brasil (4)': an accordion's count
        if bullet and inline is not None:
            value = value[bullet.end() :].strip(MARKUP) if value.startswith(bullet.group()) else value
        place = self.gazetteer.one_place(value, 0) if value else None
        if place is None and value:  # 'Regional and international': regions and scopes only
            parts = self.gazetteer.location_parts(value)
            place = Place("", 0, len(value), value) if parts and not any(p.code for p in parts) else None
        if place is None and value and self.region_phrase(value):  # 'ZONA NORTE', 'Pacific Islands'
            place = Place("", 0, len(value), value)
        if place is None:
            return None
        start = line.start + line.text.find(value)
        code = (start, start + len(value), place.code) if place.code else None
        end = line.start + line.indent + colon + 1 if inline is not None else line.end
        return Label(line.start + line.indent, end, persons, None, inline, code, True)

    def region_phrase(self, value: str) -> bool:
        """Five words at most, each a region or country name, a word of a regional heading ('north',
        'zona', 'islands') or a small word ('de', 'and'), at least one not a small word."""
        total = words(value)
        if not 0 < len(total) <= 5:
            return False
        rest = value
        for place in [*self.gazetteer.countries(value), *self.gazetteer.regions(value)]:
            rest = rest.replace(place.text, " ")
        keys = [key for key in words(rest) if key not in REFERENCE_WORDS and key not in JOINING_WORDS]
        return all(key in REGION_WORDS for key in keys) and any(
            key not in REFERENCE_WORDS and key not in JOINING_WORDS for key in total
        )

    def label_of(self, line: Line, following: Line | None = None) -> Label | None:
        """The line as a sub-heading, or None. Without a colon or heading markup, only a label of
        the lexicon alone on its line, or one followed by bulleted names ('Individual members of
        the Bloc' above '- Aaron …'), is a sub-heading."""
        heading_of_country = self.country_heading(line, self.context()[1])
        if heading_of_country is not None:
            return heading_of_country
        content_start = line.start + line.indent
        bullet = BULLET.match(self.text, content_start, line.end)
        if bullet:
            content_start = bullet.end()
        value = self.text[content_start : line.end]
        heading = value.lstrip().startswith(("#", "**")) or (value.strip().startswith("__"))
        colon = value.find(":")
        inline: int | None = None
        if 0 < colon <= 200:
            label_text = value[:colon].strip(MARKUP)
            rest = value[colon + 1 :]
            if rest.strip(MARKUP):
                inline = content_start + colon + 1 + len(rest) - len(rest.lstrip(MARKUP))
            label_end = content_start + colon + 1
        else:
            label_text = value.strip(MARKUP)
            label_end = line.end
        counted = COUNTED.fullmatch(label_text)
        label_text = re.sub(r"\s*\([^()]*\)", "", label_text).strip()  # '(for identification only)'
        label_text, bilingual = one_language(label_text)
        persons = bool(PERSON_LABEL.match(label_text))
        target = self.coalition_named(label_text) if MEMBER_HEADING.match(label_text) or persons else None
        if target is None and persons and PERSON_LABEL.fullmatch(label_text):
            target = self.coalition_called(label_text)
        verb = MEMBER_VERB.search(label_text) if target is None and colon > 0 and inline is not None else None
        if verb:  # 'Le Collectif X regroupe : A, B et C.'
            target = self.coalition_named(label_text[: verb.start()])
        if target is None and colon > 0 and inline is not None:  # 'A PLAI assina em nome das suas associadas:'
            target = named_with_clause(self, label_text)
            if target is not None:
                return Label(content_start, label_end, persons, target, inline, whole=True)
        if target is None and not bullet and inline is None and 0 < colon == len(value.rstrip(MARKUP)) - 1:
            target = reference_above(self, label_text, following)  # 'Miembros de la RAA:' above its list
        if target is not None:
            return Label(content_start, label_end, persons, target, inline)
        if not self.pieces and colon == len(value.rstrip(MARKUP)) - 1 and self.is_description(label_text):
            return Label(content_start, label_end, persons, None, None)  # 'Organizations and people who join:'
        if counted and not bullet and inline is None and self.is_category(label_text):
            return Label(content_start, label_end, persons, None, None)  # 'Associations (9)'
        lead = SUPPORT_LEAD.match(value) if colon == -1 and not bullet else None
        if lead and self.pieces:  # 'Com o apoio de A e B.': supporters named on the label's line
            return Label(content_start, content_start + lead.end(), False, None, content_start + lead.end())
        if colon == -1 and not bullet and (list_heading(label_text) or bilingual):  # 'OTHER ENDORSING ORGANIZATIONS'
            return Label(content_start, label_end, persons, None, None)
        if colon == -1 and not bullet and self.sector_above(label_text, heading, following):
            return Label(content_start, label_end, persons, None, None)  # 'TRADE UNIONS' above its entries
        if colon == -1 and not heading:
            exact = EXACT_PERSON_LABEL.fullmatch(label_text) or EXACT_ORGANIZATION_LABEL.fullmatch(label_text)
            if not exact and not bullet and PERSON_LABEL.fullmatch(label_text) and HEADING_WORDS.search(label_text):
                return Label(content_start, label_end, True, None, None)  # 'Personas firmantes
            above_list = (
                not bullet
                and following is not None
                and bool(BULLET.match(following.text, following.indent))
                and bool(
                    PERSON_LABEL.fullmatch(label_text)
                    or ORGANIZATION_LABEL.fullmatch(label_text)
                    or (self.is_category(label_text) and PLURAL_HEAD.match(label_text))
                )
            )
            return Label(content_start, label_end, persons, None, None) if exact or above_list else None
        if colon != -1 and not (colon == len(value.rstrip(MARKUP)) - 1 or inline is not None):
            return None
        if colon != -1 and not bullet and self.sector_label(label_text):  # 'Sindicatos:', 'Academia: A, B'
            return Label(content_start, label_end, persons, None, inline)
        if colon == -1 and not bullet and self.is_category(label_text) and PLURAL_HEAD.match(label_text):
            return Label(content_start, label_end, persons, None, None)  # '### International networks'

        if PERSON_LABEL.fullmatch(label_text):
            return Label(content_start, label_end, True, None, inline)
        if ORGANIZATION_LABEL.fullmatch(label_text):
            return Label(content_start, label_end, False, None, inline)
        return None

    def sector_above(self, label: str, markup: bool, following: Line | None) -> bool:
        """A sector heading ('Sindicatos', 'FAITH COMMUNITIES', '### Academia' over numbered entries)
        above the entries it groups; a line followed by its own place ('COLECTIVA FEMINISTA SIN
        FRONTERAS' over 'Argentina') is a name, a heading naming an organization ('### Red X') too."""
        if following is None or self.gazetteer.is_location(following.stripped.strip(MARKUP)):
            return False
        listed = bool(BULLET.match(following.text, following.indent))
        if markup and listed and self.is_category(label) and not looks_like_organization(label):
            return True
        return names_a_sector(label, markup)

    @staticmethod
    def sector_label(label: str) -> bool:
        """A sector heading before a colon ('Sindicatos:'), not a label the lexicon reads otherwise
        ('Organizações-membro que assinam:' opens a coalition's members)."""
        known = PERSON_LABEL.fullmatch(label) or ORGANIZATION_LABEL.fullmatch(label) or MEMBER_HEADING.match(label)
        return not known and not COALITION_CUE.match(label + ":") and names_a_sector(label, False)

    def is_category(self, label: str) -> bool:
        """A sector heading's words ('Associations', "Trade unions and workers' associations",
        'Réseaux et collectifs'): a lexicon label, or up to eight words in sentence case (no capital
        after the first word, so no proper name) that name no country."""
        if PERSON_LABEL.fullmatch(label) or ORGANIZATION_LABEL.fullmatch(label):
            return True
        tokens = label.split()
        return (
            0 < len(tokens) <= 8
            and not any(char.isupper() for token in tokens[1:] for char in token)
            and not self.gazetteer.countries(label)
        )

    def is_description(self, label: str) -> bool:
        """Five words or more in sentence case opening the list before a colon: a description of
        what follows ('Organizaciones y personas que se suman a este pronunciamiento:')."""
        tokens = label.split()
        return len(tokens) >= 5 and self.is_category(" ".join(tokens[:8])) and len(tokens) <= 14

    def coalition_called(self, label: str) -> int | None:
        """The coalition read earlier (one with members) that a person label's last words name
        ('Individual members of the Bloc' -> 'Latin American Bloc on Migration (LAC Bloc)')."""
        match = EXACT_PERSON_LABEL.match(label)
        tail = [w for w in words(label[match.end() :] if match else "") if w not in REFERENCE_WORDS]
        if not tail:
            return None
        heads = {piece.parent for piece in self.pieces if piece.parent is not None}
        for index in sorted(heads, reverse=True):
            piece = self.pieces[index]
            if set(tail) <= set(words(self.text[piece.start : piece.end])):
                return index
        return None

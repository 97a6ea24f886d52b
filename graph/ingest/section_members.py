"""Coalition membership read from the list's structure rather than from the exact cue words
(:mod:`graph.ingest.sections` uses it; the cue words of the lexicon stay the first path; the text
tests are in :mod:`graph.ingest.member_clauses`):

- the clause between a name and its colon ('X (FDHW), on behalf of its affiliates:', 'Rede X —
  articulação regional, composta por:') is cut from the name, whatever its words;
- such a line, or a short line ending in a colon alone below a name ('Articula a:'), is a coalition
  when its members follow: nested deeper, a bulleted list right below it (maybe after the entry's
  place and representative lines, or another marker at the same depth), one line of names ending a
  sentence, or plain lines up to a blank line;
- inline: after a comma a lowercase clause with a relative or possessive word then names; a coalition
  word then a bracket of names; the same in a table cell;
- apart: a sentence or a heading that names an organization read earlier by its name or acronym ('A
  PLAI assina em nome das suas associadas: A, B e C.', 'Miembros de la RAA:'), or a bracket of names on
  the line below a name.
"""

from __future__ import annotations

import re

from graph.ingest.lists import BULLET, COALITION_CUE, CUE, ITEM, LABEL, Piece
from graph.ingest.member_clauses import (
    CLAUSE_WORD,
    DETAIL_ROW,
    DETAILS,
    INLINE_CLAUSE,
    LEAD_WORD,
    LOWER_WORD,
    category,
    clause_start,
    closing_of,
    coalition_before,
    marker_of,
    object_end,
    trailing_clause,
)
from graph.ingest.names import (
    looks_like_organization,
    name_without_acronym,
    starts_with_organization_word,
    trailing_acronym,
)
from graph.ingest.section_places import last_item, place_row
from graph.ingest.section_state import MARKUP, Frame, SectionState
from graph.ingest.text import Line, words

Row = tuple[Line, int, bool]  # a section line, its indentation, whether a blank line precedes it


class MemberReader(SectionState):
    """Reads a coalition's members from the layout below its line (see the module's docstring)."""

    upcoming: list[Row]  # the rows after the line being read (set by the splitter)
    marker: str  # the list marker of the line being read ('-', '•', '1.' as 'n'), '' for none

    def layout_below(self, indent: int, bulleted: bool, block: bool = False) -> str:
        """How the members below a coalition's line are laid out: 'indent' (nested deeper), 'bullets'
        (a bulleted list right below a line without a marker), 'await' (the same after the entry's
        own place or representative lines), with ``block`` 'line' (one plain line of names) or 'block'
        (plain lines up to a blank line), '' when no member block follows."""
        if not self.upcoming:
            return ""
        if self.upcoming[0][1] > indent:
            return "indent"
        if bulleted:  # '- Red X, que acompaña a:' over '• A', '• B': another marker at the same depth
            line, depth, blank = self.upcoming[0]
            below = marker_of(line)
            return f"marker:{below}" if below and below != self.marker and depth == indent and not blank else ""
        for number, (line, depth, blank) in enumerate(self.upcoming[: DETAILS + 1]):
            if blank and number > 0:
                return ""
            if BULLET.match(line.stripped) and depth >= indent:
                return "bullets" if number == 0 and not blank else "await"
            if not self.detail_row(line):
                break
        if block and self.names_line(indent):
            return "line"
        return "block" if block and self.plain_block(indent) else ""

    def names_line(self, indent: int) -> bool:
        """One plain line at the line's own depth that lists names and ends a sentence ('A (Perú), B
        (Chile) y C (Bolivia).'): the members, on that one line."""
        line, depth, _ = self.upcoming[0]
        if depth != indent or BULLET.match(line.stripped) or not line.stripped.endswith("."):
            return False
        return len([p for p in self.splitter.split(line.start, line.end) if p.kind == ITEM]) >= 2

    def plain_block(self, indent: int) -> bool:
        """Two plain lines or more at the line's own depth, then a blank line and more of the list: a
        block of members ('X, en representación de:' over 'A (Perú)', 'B (Chile)', blank)."""
        for number, (line, depth, blank) in enumerate(self.upcoming):
            if blank and number > 0:
                return number >= 2
            if depth != indent or BULLET.match(line.stripped) or line.stripped.rstrip(MARKUP).endswith(":"):
                return False
        return False

    def detail_row(self, line: Line) -> bool:
        """A line of an entry's own details: only places, or 'Label: value' ('Por: Ana Lopes')."""
        return place_row(line, self.gazetteer) or bool(DETAIL_ROW.match(line.stripped))

    def structural_cue(self, line: Line, indent: int) -> tuple[int, int, str] | None:
        """A line ending in a colon whose clause no lexicon cue knows, with its members laid out below
        it: the clause's span (columns) and the members' mode; None otherwise."""
        content = line.text.rstrip().rstrip(MARKUP)
        bullet = BULLET.match(line.text, line.indent)
        head_start = bullet.end() if bullet else line.indent
        if not content.endswith(":") or ":" in content[head_start:-1]:
            return None
        colon = len(content) - 1
        while colon > head_start and line.text[colon - 1] in " \t":
            colon -= 1
        start = trailing_clause(line.text, head_start, colon)
        head = line.text[head_start:start].strip(MARKUP) if start is not None else ""
        if start is None or not head or (len(head.split()) == 1 and len(head) <= 3):  # 'A rede …:': an article
            return None
        return start, len(line.text), self.layout_below(indent, bool(bullet), block=True) or "none"

    def inline_clause_cue(self, line: Line) -> tuple[int, int, str] | None:
        """'X (CRA), signing for its member groups A (Peru), B (Chile) and C': after a comma, lowercase
        words holding a relative or possessive word, then two names or more (no place, two marked as
        organizations) up to the line's end: the clause is the cue, the names its members."""
        for match in INLINE_CLAUSE.finditer(line.text, line.indent):
            if not any(CLAUSE_WORD.fullmatch(token) for token in match.group(1).split()):
                continue
            if not line.text[line.indent : match.start()].strip(MARKUP + "-"):
                continue
            pieces = self.splitter.split(line.start + match.end(), line.end)
            names = [self.name_of(p).strip() for p in pieces if p.kind == ITEM]
            if len(names) < 2 or any(self.gazetteer.is_location(name) for name in names):
                continue
            if sum(1 for name in names if looks_like_organization(name)) >= 2:
                return match.start(), match.end(), "none"
        return None

    def lead_only(self, line: Line, cue_start: int) -> bool:
        """Only possessive or article words before the cue ('Its members:', 'Sus integrantes:', 'Ses
        membres :'): the cue opens the line, below the coalition it speaks of."""
        bullet = BULLET.match(line.text, line.indent)
        tokens = line.text[bullet.end() if bullet else line.indent : cue_start].split()
        return bool(tokens) and len(tokens) <= 2 and all(LEAD_WORD.fullmatch(token) for token in tokens)

    def bracket_cue(self, line: Line) -> tuple[int, int, str] | None:
        """'Red Sur Solidaria (Casa Azul, Albergue Rojo y Hogar Verde)': see :func:`bracket_members`."""
        found = bracket_members(self, line.start, line.end)
        return (found[0] + 1 - line.start, found[0] + 1 - line.start, "none") if found else None

    def cue_line(self, line: Line, indent: int) -> tuple[int, str] | None:
        """'Articula a:' alone on its line, below a name, above a bulleted or nested list: a cue
        whatever its words, unless it reads as a name or a category ('Redes e articulações:')."""
        value = line.stripped.strip(MARKUP)
        if BULLET.match(line.stripped) or not value.endswith(":") or ":" in value[:-1]:
            return None
        label = value[:-1].strip()
        words = label.split()
        sentence = len(words) > 5 and 2 * sum(1 for word in words if word[0].islower()) > len(words)
        lead = label.split(",")[0].split()  # 'Por meio desta articulação, assinam:'; not 'Name (N), clause:'
        sentence = sentence and "(" not in label and 2 * sum(1 for word in lead if word[0].islower()) > len(lead)

        if not label or (len(words) > 5 and not sentence) or trailing_acronym(label):
            return None
        if (category(label) or looks_like_organization(label)) and not sentence:
            return None
        head = last_item(self.pieces, line)
        if head is None or self.pieces[head].persons:
            return None
        mode = self.layout_below(indent, False)
        head_line = self.text.rfind("\n", 0, self.pieces[head].start) + 1
        head_indent = len(self.text[head_line : self.pieces[head].start].expandtabs()) if head_line else 0
        if not mode and line.indent > head_indent:  # a sentence set in below its network, its members too
            mode = self.layout_below(head_indent, False)
        return (head, mode) if mode else None

    def cue_span(self, line: Line, cue: re.Match[str] | None, indent: int) -> tuple[int, int, str] | None:
        """The span (columns) of the line's cue with its clause and object, and how its members are laid
        out below ('' lets the splitter decide from the next line, 'none' opens no members)."""
        if cue is None:
            return self.structural_cue(line, indent) or self.bracket_cue(line) or self.inline_clause_cue(line)
        if cue.start() <= line.indent:
            return None
        bullet = BULLET.match(line.text, line.indent)
        end = object_end(line.text, cue.end())
        start = clause_start(line.text, bullet.end() if bullet else line.indent, cue.start())
        mode = self.layout_below(indent, bool(bullet)) if not line.text[end:].strip() else ""
        return start, end, mode

    def read_member_sentence(self, line: Line, parent: int | None) -> bool:
        """Members given apart from their coalition's line: 'La RAA agrupa a A, B y C.' (an organization
        read earlier, by name or acronym, then lowercase words, then two names or more), or a line
        that is only a bracket of names right below a name ('(Casa Azul, Albergue Rojo y Hogar Verde)')."""
        value = line.text[line.indent :]
        if value.rstrip()[:1] in "([" and closing_of(value, 0) == len(value.rstrip()) - 1:
            head = last_item(self.pieces, line)
            inner = (line.start + line.indent + 1, line.start + len(line.text.rstrip()) - 1)
            if head is None or self.pieces[head].persons or not self.names_in(*inner):
                return False
            self.add(self.splitter.split(*inner), head)
            return True
        run = re.match(
            r"(?:[^\W\d_][\w'\u2019()-]*[ \t]+){1,12}?((?:[a-zß-ÿ][\w'\u2019-]*[ \t]+){1,6})(?=[A-ZÀ-Þ])", value
        )
        if run is None or parent is not None:
            return False
        target = named_with_clause(self, value[: run.end()].strip())
        members = (line.start + line.indent + run.end(), line.end)
        if target is None or not self.names_in(*members):
            return False
        self.pieces.append(Piece(LABEL, line.start + line.indent, line.start + line.indent + run.end(1)))
        self.add(self.splitter.split(*members), target)
        return True

    def names_in(self, start: int, end: int) -> bool:
        """Two names or more between ``start`` and ``end``, no place among them, two marked as organizations."""
        names = [self.name_of(p).strip() for p in self.splitter.split(start, end) if p.kind == ITEM]
        if len(names) < 2 or any(self.gazetteer.is_location(name) for name in names):
            return False
        return sum(1 for name in names if looks_like_organization(name)) >= 2

    def read_cue_line(self, line: Line, indent: int) -> bool:
        """Read ``line`` as a cue alone below its coalition ('Articula a:'), if it is one."""
        found = self.cue_line(line, indent)
        if found is None:
            return False
        self.pieces.append(Piece(CUE, line.start + line.indent, line.end))
        self.stack.append(Frame(indent, found[0], False, "cue", found[1]))
        return True


def named_with_clause(state: SectionState, label: str) -> int | None:
    """The organization read earlier that ``label`` names by its name or acronym, after at most an
    article, and follows with a clause in lowercase ('A PLAI assina em nome das suas associadas', 'La
    Red Andina (RA) firma por'): its piece index; None otherwise."""
    tokens = label.split()
    run = 0
    while run < len(tokens) and LOWER_WORD.match(tokens[-1 - run]):
        run += 1
    head = tokens[: len(tokens) - run]
    if run == 0 or not head:
        return None
    earlier = state.read_before(" ".join(head))
    if earlier is not None:
        return earlier
    for index in range(len(state.pieces) - 1, -1, -1):
        piece = state.pieces[index]
        acronym = trailing_acronym(state.name_of(piece)) if piece.kind == ITEM and not piece.persons else None
        if acronym and len(acronym) >= 3 and head[-1] == acronym and len(head) <= 2:
            return index
    return None


def cell_members(state: SectionState, start: int, end: int) -> tuple[int, int, int] | None:
    """A table cell naming a coalition and its members inline ('Red X, integrada por: A, B y C', 'Red X
    — articulación de: A; B', 'Red X (A, B y C)'): where its name ends and where its members begin and
    end (text offsets); None when the cell is one name."""
    value = state.text[start:end]
    cue = COALITION_CUE.search(value)
    if cue and cue.start() > 0 and value[cue.end() :].strip():
        before = value[: cue.start()]
        opening = max(before.rfind("("), before.rfind("["))
        if opening != -1 and not before[opening + 1 :].strip():  # 'Red X (integrada por A, B y C)'
            close = closing_of(value, opening)
            return (start + opening, start + cue.end(), start + close) if close > 0 else None
        return start + clause_start(value, 0, cue.start()), start + cue.end(), end
    bracket = bracket_members(state, start, end)
    if bracket is not None:
        return bracket[0], bracket[0] + 1, bracket[1]
    colon = value.find(":")
    if colon > 0 and (trailing_clause(value, 0, colon) is not None or starts_with_organization_word(value)):
        head_end = trailing_clause(value, 0, colon) or colon
        names = [p for p in state.splitter.split(start + colon + 1, end) if p.kind == ITEM]
        return (start + head_end, start + colon + 1, end) if len(names) >= 2 else None
    return None


def bracket_members(state: SectionState, start: int, end: int) -> tuple[int, int] | None:
    """'Red Sur Solidaria (Casa Azul, Albergue Rojo y Hogar Verde)': a name with a coalition word for its
    head, then a bracket listing two names or more (no place, each of two words or more, two of them
    marked as organizations): the offsets of the bracket that opens and the one that closes them."""
    text = state.text[start:end]
    for match in re.finditer(r"[(\[]", text):
        close = closing_of(text, match.start())
        inner = text[match.end() : close]
        if close < 0 or not re.search(r"[,;]", inner) or not coalition_before(text[: match.start()]):
            continue
        pieces = state.splitter.split(start + match.end(), start + close)
        names = [state.name_of(p).strip() for p in pieces if p.kind == ITEM]
        if len(names) < 2 or any(state.gazetteer.is_location(n) or len(n.split()) < 2 for n in names):
            continue
        if sum(1 for name in names if looks_like_organization(name)) >= 2:
            return start + match.start(), start + close
    return None


def reference_above(state: SectionState, label: str, following: Line | None) -> int | None:
    """'Miembros de la RAA:', 'Integrantes de la Red Andina:', 'RAA:' above a bulleted or deeper list: a
    heading that names an organization read earlier by its acronym or by its name's first two words or
    more (its other words in lowercase, but the first), whose members follow. Its piece index, or None."""
    below = following is not None and (BULLET.match(following.stripped) is not None or following.indent > 0)
    tokens = label.split()
    for rest in (tokens, tokens[1:]):  # 'Northern Alliance members', 'Miembros de la RAA'
        capitals = [number for number, token in enumerate(rest) if not LOWER_WORD.match(token)]
        if below and capitals and capitals == list(range(capitals[0], capitals[-1] + 1)):
            found = named_earlier(state, rest[capitals[0] : capitals[-1] + 1])
            if found is not None:
                return found
    return None


def named_earlier(state: SectionState, reference: list[str]) -> int | None:
    """The organization read last whose acronym is ``reference`` or whose name starts with its words."""
    keys = words(" ".join(reference))
    for index in range(len(state.pieces) - 1, -1, -1):
        piece = state.pieces[index]
        if piece.kind != ITEM or piece.persons:
            continue
        name = state.name_of(piece)
        if reference == [trailing_acronym(name)] or (
            len(keys) >= 2 and words(name_without_acronym(name))[: len(keys)] == keys
        ):
            return index
    return None

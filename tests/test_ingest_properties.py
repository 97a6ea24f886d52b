"""Property: the signatory splitter never loses or invents characters.

The names it returns, rejoined with the separators, labels and cues it consumed, are the whole
list, in order; every name is a non-empty span without surrounding whitespace.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.ingest.countries import Gazetteer
from graph.ingest.lists import ITEM, ListSplitter, Piece
from graph.ingest.signatories import SectionSplitter, extract_signatories

GAZETTEER = Gazetteer({"MX", "EC", "AR", "CL", "US", "SV", "HN", "GT"})
FRAGMENTS = [
    "Red Uno",
    "Fundación Dos (FD)",
    "Equipo de Estudios, Comunitarios y Acción Psicosocial (ECAP)",
    "Cristosal, Advancing Human Rights",
    "Instituto X, AC (IX)",
    ", ",
    "; ",
    " y ",
    " and ",
    " e ",
    "\n",
    "\r\n",
    "\n- ",
    "  • ",
    "1. ",
    "- Mexico",
    " (Ecuador)",
    ", Mexico/Douglas AZ.",
    "Defensoras y defensores de migrantes; ",
    "Individuals:\n",
    ", composed of ",
    "integrada por:\n    - ",
    "Ana Lima",
    "(",
    ")",
    "…",
    ".",
    "🌍",
    "جمعية",
    "שלום",
    "\u200f",
    "\t",
    "  ",
]
texts = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join),
)


def assert_covers(pieces: list[Piece], text: str, start: int, end: int) -> None:
    assert pieces == [] if start >= end else pieces[0].start == start
    position = start
    for piece in pieces:
        assert piece.start == position and piece.end > piece.start
        position = piece.end
        if piece.kind == ITEM:
            value = text[piece.start : piece.end]
            assert value == value.strip() and value
    assert position == end or (start >= end and not pieces)
    assert "".join(text[p.start : p.end] for p in pieces) == text[start:end]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_list_splitter_accounts_for_every_character(text: str) -> None:
    assert_covers(ListSplitter(text, GAZETTEER).split(0, len(text)), text, 0, len(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_section_splitter_accounts_for_every_character(text: str) -> None:
    assert_covers(SectionSplitter(text, GAZETTEER).split(0, len(text)), text, 0, len(text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80), texts)
def test_extracted_names_are_verbatim_spans(before: str, names: str) -> None:
    text = f"{before}\nFirman:\n{names}"
    extraction = extract_signatories(text, GAZETTEER)
    for agent in extraction.agents:
        assert text[agent.name_start : agent.name_start + len(agent.name)] == agent.name
        assert agent.start <= agent.name_start and agent.name_start + len(agent.name) <= agent.end
        for place in agent.places:
            assert text[place.start : place.start + len(place.evidence)] == place.evidence

"""Organization matching: scores, reasons and the decision left to the curator."""

from __future__ import annotations

import pytest

from graph.curation.curated import load_curated
from graph.curation.model import Curated
from graph.ingest.matching import AMBIGUOUS, KNOWN, MATCH, NEW, NameIndex, decide, word_keys
from tests.conftest import SEED_DATA


@pytest.fixture(scope="module")
def curated() -> Curated:
    return load_curated(SEED_DATA)


def index_of(curated: Curated, only_first_spelling: bool) -> NameIndex:
    """The curated organizations; optionally with one spelling each, so that a second spelling
    has to be found by matching rather than by lookup."""
    index = NameIndex()
    for organization in curated.organizations.values():
        forms = organization.written_as[:1] if only_first_spelling else organization.written_as
        for written in forms:
            index.add(organization.id, written, organization.acronym)
        index.add(organization.id, organization.pref_label, organization.acronym, verbatim=False)
    return index


@pytest.fixture(scope="module")
def first_spellings(curated: Curated) -> NameIndex:
    return index_of(curated, only_first_spelling=True)


@pytest.fixture(scope="module")
def all_spellings(curated: Curated) -> NameIndex:
    return index_of(curated, only_first_spelling=False)


def test_spanish_name_of_idc_matches_the_existing_id(all_spellings: NameIndex, first_spellings: NameIndex) -> None:
    name = "Coalición Internacional contra la Detención (IDC)"
    assert decide(all_spellings.candidates(name)).outcome == KNOWN
    decision = decide(first_spellings.candidates(name))  # only 'International Detention Coalition (IDC)' known
    assert decision.outcome == MATCH
    assert decision.best is not None and decision.best.agent == "idc"
    assert decision.best.score >= 0.95
    assert "same acronym IDC" in decision.best.reason
    assert "Detención" in decision.best.reason


@pytest.mark.parametrize(
    ("name", "agent"),
    [
        ("Jesuit Refugee Service (JRS LAC)", "jrs-lac"),
        ("Comisión Argentina para Personas Refugiadas y Migrantes (CAREF)", "caref"),
        ("Mesa Transfronteriza Migraciones y Género (MTMG)", "mtmg"),
        ("International Detention Coalition", "idc"),
        ("ALIANZA AMÉRICAS", "alianza-americas"),
        ("IDC", "idc"),
    ],
)
def test_other_spellings_match_with_a_reason(first_spellings: NameIndex, name: str, agent: str) -> None:
    decision = decide(first_spellings.candidates(name))
    assert decision.outcome == MATCH, decision
    assert decision.best is not None and decision.best.agent == agent
    assert decision.best.reason


@pytest.mark.parametrize(
    "name",
    [
        "Jesuit Refugee Service",  # four curated offices contain these words
        "Servicio Jesuita a Refugiados Ecuador (SJR Ecuador)",  # same words as jrs-ecuador, another acronym
        "Comisión de Acción Menonita (CASM)/ Human Mobility Management Program",  # same acronym, other words
        "Red de Mujeres",
    ],
)
def test_unclear_names_are_ambiguous_never_merged(first_spellings: NameIndex, name: str) -> None:
    decision = decide(first_spellings.candidates(name))
    assert decision.outcome == AMBIGUOUS, decision
    assert len(decision.candidates) >= 1


@pytest.mark.parametrize("name", ["Casa del Migrante de Tapachula", "Migrant Rights Network", "Red de Pueblos Unidos"])
def test_unrelated_names_are_new(all_spellings: NameIndex, name: str) -> None:
    assert decide(all_spellings.candidates(name)).outcome == NEW


def test_a_preferred_label_alone_is_a_match_not_a_known_spelling(all_spellings: NameIndex) -> None:
    decision = decide(all_spellings.candidates("Cristosal"))
    assert decision.outcome == MATCH
    assert decision.best is not None and decision.best.agent == "cristosal"
    assert "no source writes it" in decision.best.reason


def test_different_acronyms_argue_against_a_match(all_spellings: NameIndex) -> None:
    candidates = all_spellings.candidates("Jesuit Refugee Service Chile (JRS -Chile)")
    assert candidates[0].agent == "jrs-chile" and candidates[0].score == 1.0
    other = next(c for c in candidates if c.agent == "jrs-lac")
    assert other.score < 0.6 and "different acronyms" in other.reason


def test_word_keys_are_language_neutral() -> None:
    assert word_keys("Coalición Internacional contra la Detención (IDC)") == word_keys(
        "International Detention Coalition"
    )
    assert word_keys("Cruz Roja de Jamaica") == word_keys("Jamaica Red Cross")


@pytest.mark.parametrize(
    ("written", "agent"),
    [
        ("Sin Fronteas IAP", "sin-fronteras"),  # a typo
        ("Centro de Estudios Legales y Sociales (CELS)", "cels"),
        ("Legales y Sociales Centro de Estudios (CELS)", "cels"),  # the words in another order
    ],
)
def test_typos_and_word_order_are_proposed_never_taken_silently(
    all_spellings: NameIndex, written: str, agent: str
) -> None:
    decision = decide(all_spellings.candidates(written))
    assert decision.best is not None and decision.best.agent == agent
    assert decision.outcome in (MATCH, KNOWN)
    if written not in {form.written for form in all_spellings.forms}:
        assert decision.outcome == MATCH and decision.best.score < 1.0


def test_every_curated_spelling_is_known_as_written(curated: Curated, all_spellings: NameIndex) -> None:
    for organization in curated.organizations.values():
        for written in organization.written_as:
            decision = decide(all_spellings.candidates(written))
            assert decision.outcome == KNOWN and decision.best is not None, written
            assert decision.best.agent == organization.id, written


def test_two_close_curated_names_stay_ambiguous() -> None:
    index = NameIndex()
    index.add("jrs-ecuador", "Jesuit Refugee Service Ecuador")
    index.add("jrs-chile", "Jesuit Refugee Service Chile")
    decision = decide(index.candidates("Jesuit Refugee Service"))
    assert decision.outcome == AMBIGUOUS
    assert {c.agent for c in decision.candidates} == {"jrs-ecuador", "jrs-chile"}

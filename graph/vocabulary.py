"""The controlled vocabularies of positions, read from ``ontology/gcm.ttl`` (their one source).

- **Position kinds**: the subclasses of ``gcm:Position`` that carry a ``skos:notation`` slug
  (``demand``, ``concern``, ...), in ``schema:position`` order, each with its ``gcm:defaultStance``.
- **Stances**: the concepts of ``gcm:stances`` (calls for, concerned about, commits to, asks,
  slogan), with their English and Spanish labels, definition and whether they defend the commitment
  they are taken towards (``gcm:defendsCommitment``), which decides ``gcm:supports``.

Curation checks slugs against these, the build types positions and qualifies links with them, and
the network page and statistics take their lists from here; SHACL and the violation queries read the
same terms from the ontology inside the built graph. Parsing uses pyoxigraph (a few milliseconds).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from graph import paths
from graph.rows import select_plain

_QUERY_KINDS = """
PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
SELECT ?class ?slug ?label ?order ?stance WHERE {
  ?class rdfs:subClassOf gcm:Position ; skos:notation ?slug ; rdfs:label ?label ;
         schema:position ?order ; gcm:defaultStance ?stance .
  FILTER(LANG(?label) = "en")
} ORDER BY ?order
"""
_QUERY_STANCES = """
PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
SELECT ?stance ?slug ?en ?es ?definition ?order ?defends WHERE {
  ?stance a gcm:Stance ; skos:inScheme gcm:stances ; skos:notation ?slug ; schema:position ?order ;
          skos:definition ?definition ; gcm:defendsCommitment ?defends ;
          skos:prefLabel ?en , ?es .
  FILTER(LANG(?en) = "en" && LANG(?es) = "es")
} ORDER BY ?order
"""


@dataclass(frozen=True)
class Stance:
    iri: str
    slug: str
    label_en: str
    label_es: str
    definition: str
    defends: bool


@dataclass(frozen=True)
class PositionKind:
    iri: str
    slug: str
    label: str
    default_stance: str
    """The slug of the stance a position of this kind takes unless the curator says otherwise."""


@dataclass(frozen=True)
class Vocabulary:
    kinds: tuple[PositionKind, ...]
    stances: tuple[Stance, ...]

    @property
    def kind_slugs(self) -> tuple[str, ...]:
        return tuple(kind.slug for kind in self.kinds)

    @property
    def stance_slugs(self) -> tuple[str, ...]:
        return tuple(stance.slug for stance in self.stances)

    def kind(self, slug: str) -> PositionKind:
        return next(kind for kind in self.kinds if kind.slug == slug)

    def stance(self, slug: str) -> Stance:
        return next(stance for stance in self.stances if stance.slug == slug)


def _cells(store: ox.Store, query: str) -> list[list[str]]:
    """The cells of each row as text, in column order (the vocabulary's queries bind every variable)."""
    return [list(row.values()) for row in select_plain(store, query)]


@cache
def load_vocabulary(ontology_dir: Path | None = None) -> Vocabulary:
    """Position kinds and stances as the ontology in ``ontology_dir`` defines them."""
    store = ox.Store()
    store.bulk_load(path=str((ontology_dir or paths.ONTOLOGY_DIR) / "gcm.ttl"), format=ox.RdfFormat.TURTLE)
    stances = tuple(
        Stance(iri, slug, en, es, definition, defends == "true")
        for iri, slug, en, es, definition, _order, defends in _cells(store, _QUERY_STANCES)
    )
    by_iri = {stance.iri: stance.slug for stance in stances}
    rows = _cells(store, _QUERY_KINDS)
    kinds = tuple(PositionKind(iri, slug, label, by_iri[stance]) for iri, slug, label, _order, stance in rows)
    if not kinds or not stances:
        raise RuntimeError(f"no position kinds or stances in {ontology_dir or paths.ONTOLOGY_DIR}/gcm.ttl")
    return Vocabulary(kinds, stances)

"""Counts a user checks first: per class, per country and per objective."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from graph.namespaces import sparql_prefixes
from graph.rows import select
from graph.vocabulary import load_vocabulary

_KIND_ROWS = " ".join(
    f'(<{kind.iri}> "{kind.slug}s" {7 + index})' for index, kind in enumerate(load_vocabulary().kinds)
)
CLASS_COUNTS = f"""
SELECT ?label (COUNT(DISTINCT ?s) AS ?count) WHERE {{
  VALUES (?class ?label ?order) {{
    (gcm:Statement "statements" 1) (org:Organization "organizations" 2)
    (org:OrganizationalCollaboration "coalitions" 3) (foaf:Person "persons" 4)
    (gcm:Country "countries" 5) (gcm:Position "positions" 6) {_KIND_ROWS}
    (gcm:Objective "objectives" 20)
    (gcm:GuidingPrinciple "guiding principles" 21) (gcm:QualifiedAddress "objective links" 22)
    (gcm:Support "derived supports" 23)
  }}
  OPTIONAL {{ ?s a ?class }}
}} GROUP BY ?label ?order ORDER BY ?order
"""

COUNTRY_COUNTS = """
SELECT ?code ?name (COUNT(DISTINCT ?agent) AS ?based) (SAMPLE(?listed) AS ?inList) WHERE {
  ?country a gcm:Country ; gcm:iso3166Alpha2 ?code ; skos:prefLabel ?name .
  FILTER(LANG(?name) = "en")
  OPTIONAL { ?agent gcm:basedIn ?country }
  BIND(EXISTS { ?statement gcm:signatoryCountry ?country } AS ?listed)
  FILTER(BOUND(?agent) || ?listed)
} GROUP BY ?code ?name ORDER BY DESC(?based) ?code
"""

OBJECTIVE_COUNTS = """
SELECT ?notation ?label (COUNT(DISTINCT ?demand) AS ?demands) (COUNT(DISTINCT ?agent) AS ?supporters)
WHERE {
  ?objective a gcm:Objective ; skos:notation ?notation ; skos:altLabel ?label .
  OPTIONAL { ?demand a gcm:Demand ; gcm:addresses ?objective }
  OPTIONAL { ?agent gcm:supports ?objective }
} GROUP BY ?notation ?label ORDER BY xsd:integer(?notation)
"""


@dataclass(frozen=True)
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]]


def run(store: ox.Store, query: str) -> list[list[str]]:
    return [[cell_text(term) for term in row.values()] for row in select(store, sparql_prefixes() + query)]


def cell_text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return "yes" if term.value == "true" else "" if term.value == "false" else term.value
    return str(getattr(term, "value", term))


def stats_tables(store: ox.Store) -> list[Table]:
    return [
        Table("Resources per class", ["class", "count"], run(store, CLASS_COUNTS)),
        Table(
            "Organizations and persons per country",
            ["ISO", "country", "based in (text)", "in the statement's country list"],
            run(store, COUNTRY_COUNTS),
        ),
        Table(
            "Support per GCM objective",
            ["objective", "short label", "demands", "supporting agents"],
            run(store, OBJECTIVE_COUNTS),
        ),
    ]

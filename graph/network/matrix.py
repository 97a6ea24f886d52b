"""The agent x objective matrix and the statements' timeline: one offline page for many statements.

Rows are the agents that took part in a statement (directly or through a coalition), columns the
23 objectives and 10 guiding principles; a cell counts the positions (quotes) of the agent's
statements that address the column. The page counts the cells itself, so it can filter by
statement, country, kind, coalition and by how the position relates to the objective: its
``gcm:stance`` when the graph has stances, else its kind (demand, concern, ...). The default is
what makes support: stances with ``gcm:defendsCommitment true``, or demands where there are no
stances (the rule of ``gcm:supports`` before stances).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from pyoxigraph import Store

from graph.namespaces import PREFIXES
from graph.network.corpus import participants
from graph.network.offline import render, template_text
from graph.network.page import KIND_STYLES, write_text
from graph.network.views import AGENT_KINDS, CONCEPT_KINDS, POSITION_KINDS, SEPARATOR, Facts, notation_key, read_facts
from graph.rows import select_plain

_DATES_QUERY = """
SELECT ?statement ?date ?event ?name ?start WHERE {
  ?statement a gcm:Statement .
  OPTIONAL { ?statement dcterms:date ?date }
  OPTIONAL {
    ?statement gcm:event ?event OPTIONAL { ?event schema:name ?name } OPTIONAL { ?event schema:startDate ?start }
  }
}"""
_STANCES_QUERY = """
SELECT ?position ?concept ?stance ?label ?order ?defends WHERE {
  ?position gcm:qualifiedAddress ?link . ?link gcm:target ?concept ; gcm:stance ?stance .
  OPTIONAL { ?stance skos:prefLabel ?label FILTER(LANGMATCHES(LANG(?label), "en")) }
  OPTIONAL { ?stance schema:position ?order }
  OPTIONAL { ?stance gcm:defendsCommitment ?defends }
}"""


def matrix_data(store: Store) -> dict[str, Any]:
    """The page's JSON: statements, positions, concepts, agents and the relations to filter by."""
    facts = read_facts(store, weigh_support=False)
    taking = participants(facts)
    statements = list(taking)
    numbers = {iri: s for s, iri in enumerate(statements)}
    concepts = sorted(
        (iri for iri, attrs in facts.nodes.items() if attrs["kind"] in CONCEPT_KINDS),
        key=lambda iri: notation_key(facts.nodes[iri]),
    )
    columns = {iri: c for c, iri in enumerate(concepts)}
    relations, link_relation = _relations(store, facts)
    positions = _positions(facts, numbers, columns, link_relation, relations)
    coalitions = sorted(
        (iri for iri, attrs in facts.nodes.items() if attrs["kind"] == "coalition"),
        key=lambda iri: (str(facts.nodes[iri]["label"]).casefold(), iri),
    )
    return {
        "statements": _statements(store, facts, taking, positions),
        "concepts": [_concept(facts, iri) for iri in concepts],
        "relations": relations,
        "relationName": "stance" if any(r["source"] == "stance" for r in relations) else "kind of position",
        "positions": positions,
        "coalitions": [[iri, facts.nodes[iri]["label"]] for iri in coalitions],
        "agents": _agents(facts, taking, numbers, {iri: k for k, iri in enumerate(coalitions)}),
        "agentKinds": [[kind, KIND_STYLES[kind][0]] for kind in AGENT_KINDS if kind in KIND_STYLES],
    }


def _relations(store: Store, facts: Facts) -> tuple[list[dict[str, Any]], dict[tuple[str, str], str]]:
    """The relations to filter by (stances if the graph has them, else position kinds) and each link's."""
    rows = select_plain(store, _STANCES_QUERY, PREFIXES)
    if not rows:
        kinds = [kind for kind in POSITION_KINDS if any(a["kind"] == kind for a in facts.nodes.values())]
        return [
            {"value": kind, "label": KIND_STYLES.get(kind, (kind,))[0], "source": "kind", "default": kind == "demand"}
            for kind in kinds
        ], {}
    stances: dict[str, dict[str, Any]] = {}
    for row in rows:
        stances.setdefault(
            row["stance"],
            {
                "value": row["stance"],
                "label": row.get("label", row["stance"].rsplit("#", 1)[-1]),
                "source": "stance",
                "default": row.get("defends", "true") in {"true", "1"},
                "order": int(row.get("order", 99)),
            },
        )
    ordered = sorted(stances.values(), key=lambda s: (s.pop("order"), s["label"]))
    return ordered, {(row["position"], row["concept"]): row["stance"] for row in rows}


def _positions(
    facts: Facts,
    numbers: dict[str, int],
    columns: dict[str, int],
    link_relation: dict[tuple[str, str], str],
    relations: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Each position that addresses a concept: statement number, kind, order, quote, [concept, relation]."""
    relation_index = {r["value"]: k for k, r in enumerate(relations)}
    statement_of = {edge.target: edge.source for edge in facts.linked("has_position")}
    links: defaultdict[str, list[list[int]]] = defaultdict(list)
    for edge in facts.linked("addresses"):
        attrs = facts.nodes[edge.source]
        relation = link_relation.get((edge.source, edge.target), str(attrs["kind"]))
        if edge.target in columns and relation in relation_index:
            links[edge.source].append([columns[edge.target], relation_index[relation]])
    rows = []
    for iri in sorted(
        links, key=lambda p: (numbers.get(statement_of.get(p, ""), -1), int(facts.nodes[p].get("order", 0)), p)
    ):
        if statement_of.get(iri) not in numbers:
            continue
        attrs = facts.nodes[iri]
        rows.append(
            {
                "statement": numbers[statement_of[iri]],
                "kind": attrs["kind"],
                "order": attrs.get("order", 0),
                "quote": attrs.get("quote", ""),
                "links": sorted(links[iri]),
            }
        )
    return rows


def _statements(
    store: Store, facts: Facts, taking: dict[str, dict[str, bool]], positions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Title, date, event, signatories (direct, all) and objectives addressed of each statement."""
    meta: dict[str, dict[str, str]] = {}
    for row in select_plain(store, _DATES_QUERY, PREFIXES):
        meta.setdefault(row["statement"], row)
    addressed: defaultdict[int, set[int]] = defaultdict(set)
    for position in positions:
        addressed[position["statement"]].update(c for c, _ in position["links"])
    rows = []
    for s, (iri, signers) in enumerate(taking.items()):
        row = meta.get(iri, {})
        rows.append(
            {
                "id": iri,
                "title": facts.nodes[iri]["label"],
                "date": row.get("date") or row.get("start", ""),
                "event": row.get("name", ""),
                "direct": sum(signers.values()),
                "signatories": len(signers),
                "concepts": len(addressed[s]),
            }
        )
    return rows


def _concept(facts: Facts, iri: str) -> dict[str, Any]:
    attrs = facts.nodes[iri]
    notation = str(attrs.get("notation", ""))
    return {
        "id": iri,
        "notation": notation,
        "kind": attrs["kind"],
        "heading": notation if attrs["kind"] == "objective" else f"({notation})",
        "label": str(attrs["label"]),
    }


def _agents(
    facts: Facts, taking: dict[str, dict[str, bool]], numbers: dict[str, int], coalition_numbers: dict[str, int]
) -> list[dict[str, Any]]:
    """Every agent that took part in a statement: name, kind, countries, kinds, coalitions, statements."""
    joined: defaultdict[str, list[list[int]]] = defaultdict(list)
    for iri, signers in taking.items():
        for agent, direct in signers.items():
            joined[agent].append([numbers[iri], int(direct)])
    coalitions: defaultdict[str, list[str]] = defaultdict(list)
    for edge in facts.linked("member_of"):
        coalitions[edge.source].append(edge.target)
    rows = []
    for agent in sorted(joined, key=lambda a: (str(facts.nodes[a]["label"]).casefold(), a)):
        attrs = facts.nodes[agent]
        rows.append(
            {
                "id": agent,
                "label": attrs["label"],
                "acronym": attrs.get("acronym", ""),
                "kind": attrs["kind"],
                "countries": _pairs(str(attrs.get("country_codes", "")).split(" "), str(attrs.get("countries", ""))),
                "organizationKinds": [k for k in str(attrs.get("organization_kinds", "")).split(SEPARATOR) if k],
                "coalitions": sorted(
                    coalition_numbers[c] for c in {*coalitions[agent], agent} if c in coalition_numbers
                ),
                "statements": joined[agent],
            }
        )
    return rows


def _pairs(codes: list[str], names: str) -> list[list[str]]:
    """[code, name] of each country an agent is based in."""
    if not names:
        return []
    return [[code, name] for code, name in zip(codes, names.split(SEPARATOR), strict=True)]


def render_matrix_page(matrix: dict[str, Any], title: str = "gcmkg: who supports which GCM objectives") -> str:
    """The whole matrix page, every resource inline (Jinja2, autoescaped)."""
    return render(
        "matrix.html.jinja",
        title=title,
        data=matrix,
        scripts=[template_text("matrix.js")],
        styles=[template_text("matrix.css")],
    )


def write_matrix_page(matrix: dict[str, Any], path: Path) -> Path:
    """Write the matrix page to ``path`` (through a temporary file) and return the path."""
    return write_text(path, render_matrix_page(matrix))

"""Materializing ``gcm:supports``: who supports which GCM objective or principle, and why.

The rule: an agent supports an objective (or principle) when it signed a statement, or is a
member (directly or through nested coalitions) of a coalition that signed it, and that statement
has a position whose *stance* towards the objective defends it (``gcm:defendsCommitment`` in
``ontology/gcm.ttl``: calls for, concerned about, commits to; a question or a slogan only when a
curator gave it such a stance). Every derived triple has a ``gcm:Support`` record naming the
statements, positions, stances and coalitions it came through, so no derived fact looks asserted
and a query can still ask for demands only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.closure import closure
from graph.curation.model import Curated, Statement
from graph.namespaces import GCM, ID, PROV, RDFS, A
from graph.rdf.triples import Triple, agent_iri, en, organization_iri, position_iri, statement_iri
from graph.vocabulary import load_vocabulary

DERIVATION = ID["activity/derive-supports"]
RULE = (
    "An agent supports an objective or guiding principle when it signed a statement, or is a "
    "member (directly or through nested coalitions) of a coalition that signed it, and that "
    "statement has a position whose stance towards the objective or principle defends it "
    "(gcm:defendsCommitment true: calls for, concerned about, commits to)."
)


@dataclass
class Support:
    """Everything one (agent, objective) support was derived through."""

    statements: set[str] = field(default_factory=set)
    positions: set[tuple[str, str]] = field(default_factory=set)
    stances: set[str] = field(default_factory=set)
    coalitions: set[str] = field(default_factory=set)
    signed_directly: bool = False


def members_by_coalition(curated: Curated) -> dict[str, set[str]]:
    """Each coalition's members, including members of member coalitions."""
    direct: dict[str, set[str]] = defaultdict(set)
    for relation in curated.relations:
        if relation.relation == "memberOf":
            direct[relation.organization].add(relation.member)
    return closure(direct)


def defending_links(statement: Statement) -> list[tuple[str, str, str]]:
    """(position id, target, stance slug) of every link whose stance defends its target."""
    defending = {stance.slug for stance in load_vocabulary().stances if stance.defends}
    return [
        (position.id, link.target, link.stance)
        for position in statement.positions
        for link in position.links
        if link.stance in defending
    ]


def derived_supports(curated: Curated) -> dict[tuple[str, str], Support]:
    """(agent id, objective path) -> how the support was derived."""
    members = members_by_coalition(curated)
    supports: dict[tuple[str, str], Support] = defaultdict(Support)
    for statement in curated.statements.values():
        links = defending_links(statement)
        for signatory in statement.signatories:
            routes = [(signatory, None)] + [(m, signatory) for m in sorted(members.get(signatory, ()))]
            for agent, coalition in routes:
                for position, target, stance in links:
                    support = supports[(agent, target)]
                    support.statements.add(statement.id)
                    support.positions.add((statement.id, position))
                    support.stances.add(stance)
                    if coalition is None:
                        support.signed_directly = True
                    else:
                        support.coalitions.add(coalition)
    return dict(supports)


def _iri(term: object) -> str:
    return f"<{term}>"


# Terms every support record repeats, written once as N-Triples terms.
_SUPPORTS, _QUALIFIED, _SUPPORT_CLASS = _iri(GCM.supports), _iri(GCM.qualifiedSupport), _iri(GCM.Support)
_AGENT, _SUPPORTED, _SIGNED_DIRECTLY = _iri(GCM.agent), _iri(GCM.supported), _iri(GCM.signedDirectly)
_GENERATED_BY, _STATEMENT = _iri(PROV.wasGeneratedBy), _iri(GCM.throughStatement)
_POSITION, _STANCE, _COALITION = _iri(GCM.throughPosition), _iri(GCM.throughStance), _iri(GCM.throughCoalition)
_TYPE, _DERIVATION = _iri(A), _iri(DERIVATION)
_BOOLEANS = {flag: str(ox.Literal(flag)) for flag in (True, False)}


def activity_triples() -> Iterator[Triple]:
    """The derivation activity (rdflib terms: it has literals for LineWriter to escape)."""
    yield DERIVATION, A, PROV.Activity
    yield DERIVATION, RDFS.label, en("Derivation of gcm:supports")
    yield DERIVATION, RDFS.comment, en(RULE)


def support_lines(curated: Curated) -> Iterator[str]:
    """The N-Triples lines of every gcm:supports triple and its gcm:Support record.

    Written as strings, not rdflib terms: on a corpus these are most of the graph, and every term
    here is an IRI the project mints from checked identifiers (no escaping needed). Each line is
    yielded once, records in (agent, concept) order.
    """
    stances = {stance.slug: f"<{stance.iri}>" for stance in load_vocabulary().stances}
    statements: dict[str, str] = {}
    positions: dict[tuple[str, str], str] = {}
    for (agent_id, target), support in sorted(derived_supports(curated).items()):
        agent = _iri(agent_iri(curated, agent_id))
        concept = _iri(ID[target])
        iri = _iri(ID[f"support/{agent_id}/{target.replace('/', '-')}"])
        yield f"{agent} {_SUPPORTS} {concept} ."
        yield f"{agent} {_QUALIFIED} {iri} ."
        yield f"{iri} {_TYPE} {_SUPPORT_CLASS} ."
        yield f"{iri} {_AGENT} {agent} ."
        yield f"{iri} {_SUPPORTED} {concept} ."
        yield f"{iri} {_SIGNED_DIRECTLY} {_BOOLEANS[support.signed_directly]} ."
        yield f"{iri} {_GENERATED_BY} {_DERIVATION} ."
        for statement in support.statements:
            term = statements.get(statement) or statements.setdefault(statement, _iri(statement_iri(statement)))
            yield f"{iri} {_STATEMENT} {term} ."
        for key in support.positions:
            term = positions.get(key) or positions.setdefault(key, _iri(position_iri(*key)))
            yield f"{iri} {_POSITION} {term} ."
        for stance in support.stances:
            yield f"{iri} {_STANCE} {stances[stance]} ."
        for coalition in support.coalitions:
            yield f"{iri} {_COALITION} {_iri(organization_iri(coalition))} ."

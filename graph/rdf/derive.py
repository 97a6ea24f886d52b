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

from rdflib import Literal, URIRef

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
    closed: dict[str, set[str]] = {}
    for coalition in direct:
        seen: set[str] = set()
        stack = [coalition]
        while stack:
            for member in direct.get(stack.pop(), set()):
                if member not in seen:
                    seen.add(member)
                    stack.append(member)
        closed[coalition] = seen - {coalition}
    return closed


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


# Terms every support record repeats, made once (rdflib's namespace lookups are slow in bulk).
_SUPPORTS, _QUALIFIED, _SUPPORT_CLASS = GCM.supports, GCM.qualifiedSupport, GCM.Support
_AGENT, _SUPPORTED, _SIGNED_DIRECTLY = GCM.agent, GCM.supported, GCM.signedDirectly
_GENERATED_BY, _STATEMENT, _POSITION = PROV.wasGeneratedBy, GCM.throughStatement, GCM.throughPosition
_STANCE, _COALITION = GCM.throughStance, GCM.throughCoalition
_BOOLEANS = {True: Literal(True), False: Literal(False)}


def support_triples(curated: Curated) -> Iterator[Triple]:
    yield DERIVATION, A, PROV.Activity
    yield DERIVATION, RDFS.label, en("Derivation of gcm:supports")
    yield DERIVATION, RDFS.comment, en(RULE)
    stances = {stance.slug: URIRef(stance.iri) for stance in load_vocabulary().stances}
    agents: dict[str, URIRef] = {}
    positions: dict[tuple[str, str], URIRef] = {}
    for (agent_id, target), support in sorted(derived_supports(curated).items()):
        agent = agents.get(agent_id) or agents.setdefault(agent_id, agent_iri(curated, agent_id))
        concept = ID[target]
        iri = ID[f"support/{agent_id}/{target.replace('/', '-')}"]
        yield agent, _SUPPORTS, concept
        yield agent, _QUALIFIED, iri
        yield iri, A, _SUPPORT_CLASS
        yield iri, _AGENT, agent
        yield iri, _SUPPORTED, concept
        yield iri, _SIGNED_DIRECTLY, _BOOLEANS[support.signed_directly]
        yield iri, _GENERATED_BY, DERIVATION
        for statement in support.statements:
            yield iri, _STATEMENT, statement_iri(statement)
        for key in support.positions:
            yield iri, _POSITION, positions.get(key) or positions.setdefault(key, position_iri(*key))
        for stance in support.stances:
            yield iri, _STANCE, stances[stance]
        for coalition in support.coalitions:
            yield iri, _COALITION, organization_iri(coalition)

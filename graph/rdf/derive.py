"""Materializing ``gcm:supports``: who supports which GCM objective or principle, and why.

The rule: an agent supports an objective (or principle) when it signed a statement, or is a
member (directly or through nested coalitions) of a coalition that signed it, and that statement
has a *demand* addressing the objective. Concerns, questions, commitments and slogans do not make
support. Every derived triple has a ``gcm:Support`` record naming the statements, demands and
coalitions it came through, so no derived fact looks asserted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import Literal

from graph.curation.model import Curated
from graph.namespaces import GCM, ID, PROV, RDFS, A
from graph.rdf.triples import Triple, agent_iri, en, organization_iri, position_iri, statement_iri

DERIVATION = ID["activity/derive-supports"]
RULE = (
    "An agent supports an objective or guiding principle when it signed a statement, or is a "
    "member (directly or through nested coalitions) of a coalition that signed it, and that "
    "statement has a demand that addresses the objective or principle."
)


@dataclass
class Support:
    """Everything one (agent, objective) support was derived through."""

    statements: set[str] = field(default_factory=set)
    demands: set[tuple[str, str]] = field(default_factory=set)
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


def derived_supports(curated: Curated) -> dict[tuple[str, str], Support]:
    """(agent id, objective path) -> how the support was derived."""
    members = members_by_coalition(curated)
    supports: dict[tuple[str, str], Support] = defaultdict(Support)
    for statement in curated.statements.values():
        demands = [p for p in statement.positions if p.type == "demand"]
        for signatory in statement.signatories:
            routes = [(signatory, None)] + [(m, signatory) for m in sorted(members.get(signatory, ()))]
            for agent, coalition in routes:
                for demand in demands:
                    for link in demand.links:
                        support = supports[(agent, link.target)]
                        support.statements.add(statement.id)
                        support.demands.add((statement.id, demand.id))
                        if coalition is None:
                            support.signed_directly = True
                        else:
                            support.coalitions.add(coalition)
    return dict(supports)


def support_triples(curated: Curated) -> Iterator[Triple]:
    yield DERIVATION, A, PROV.Activity
    yield DERIVATION, RDFS.label, en("Derivation of gcm:supports")
    yield DERIVATION, RDFS.comment, en(RULE)
    for (agent_id, target), support in sorted(derived_supports(curated).items()):
        agent, concept = agent_iri(curated, agent_id), ID[target]
        iri = ID[f"support/{agent_id}/{target.replace('/', '-')}"]
        yield agent, GCM.supports, concept
        yield agent, GCM.qualifiedSupport, iri
        yield iri, A, GCM.Support
        yield iri, GCM.agent, agent
        yield iri, GCM.supported, concept
        yield iri, GCM.signedDirectly, Literal(support.signed_directly)
        yield iri, PROV.wasGeneratedBy, DERIVATION
        for statement in support.statements:
            yield iri, GCM.throughStatement, statement_iri(statement)
        for statement, demand in support.demands:
            yield iri, GCM.throughDemand, position_iri(statement, demand)
        for coalition in support.coalitions:
            yield iri, GCM.throughCoalition, organization_iri(coalition)

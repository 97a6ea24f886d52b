"""Synthetic gcmkg graphs of the seed's shape, at any size, for benchmarking the query library.

Same classes, properties and IRI patterns as the built graph: statements with source documents
and text spans, positions of the five kinds with curated links to the 23 objectives and 10
principles, organizations (of kinds, based in countries, with sourced location claims), persons,
coalitions (some nested) with org:Membership nodes, direct signatures, and the materialized
``gcm:supports`` with their ``gcm:Support`` records derived by the same rule as ``graph.rdf.derive``.
Every span's offsets give its exact text, so the ``*_violation.rq`` queries return no rows: the
generator doubles as a check of those queries at scale.

    python benchmarks/synthetic.py 100000 -o benchmarks/out/synthetic-100k.nt
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ID = "https://w3id.org/gcmkg/id/"
GCM = "https://w3id.org/gcmkg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"

PRINCIPLES = "abcdefghij"
KINDS = [
    "faith-based",
    "union",
    "family-association-of-missing-migrants",
    "academic",
    "network",
    "youth",
    "lgbtiq",
    "humanitarian",
    "media",
    "women-and-gender",
    "human-rights",
    "migrant-led",
]
COUNTRIES = [
    "AR",
    "BO",
    "BR",
    "CL",
    "CO",
    "CU",
    "DO",
    "EC",
    "SV",
    "GD",
    "GT",
    "GY",
    "HT",
    "HN",
    "JM",
    "MX",
    "NI",
    "PE",
    "LC",
    "US",
    "UY",
    "VE",
    "ES",
    "IT",
    "MA",
    "SN",
    "PH",
    "TH",
    "KE",
    "ZA",
]
WORDS = """missing migrants human rights detention alternatives regular pathways decent work families justice
dignity children women protection discrimination xenophobia remittances consular services borders smuggling
trafficking return reintegration data information inclusion cohesion development climate participation civil
society states governments""".split()  # noqa: SIM905 (a paragraph reads better than 37 quoted words)
KIND_OF_POSITION = ["demand"] * 12 + ["concern"] * 4 + ["commitment", "question", "slogan"]


def iri(value: str) -> str:
    return f"<{value}>"


def literal(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{escaped}"@{lang}'
    if datatype:
        return f'"{escaped}"^^<{datatype}>'
    return f'"{escaped}"'


def integer(value: int) -> str:
    return literal(str(value), datatype=XSD + "integer")


@dataclass
class Writer:
    """Collects N-Triples lines."""

    lines: list[str] = field(default_factory=list)

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self.lines.append(f"{subject} {predicate} {obj} .")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass
class Agent:
    key: str  # "organization/org-12" or "person/person-3"
    name: str
    coalition: bool = False


@dataclass
class World:
    """The agents every statement draws its signatories from."""

    organizations: list[Agent]
    coalitions: list[Agent]
    persons: list[Agent]
    members: dict[str, list[str]]  # coalition key -> member keys (direct)
    weights: list[float]


def reference_data(out: Writer) -> None:
    """Objectives, principles, kinds, countries and the curators, as in the built graph."""
    a = iri(RDF_TYPE)
    for number in range(1, 24):
        node = iri(f"{ID}objective/{number}")
        out.add(node, a, iri(GCM + "Objective"))
        out.add(node, a, iri(SKOS + "Concept"))
        out.add(node, iri(SKOS + "inScheme"), iri(ID + "objective"))
        out.add(node, iri(SKOS + "notation"), literal(str(number)))
        out.add(node, iri(SKOS + "prefLabel"), literal(f"Objective number {number}", "en"))
        out.add(node, iri(SKOS + "altLabel"), literal(f"Objective {number}", "en"))
        out.add(node, iri(GCM + "paragraph"), integer(number + 16))
    for letter in PRINCIPLES:
        node = iri(f"{ID}principle/principle-{letter}")
        out.add(node, a, iri(GCM + "GuidingPrinciple"))
        out.add(node, a, iri(SKOS + "Concept"))
        out.add(node, iri(SKOS + "inScheme"), iri(ID + "principle"))
        out.add(node, iri(SKOS + "notation"), literal(letter))
        out.add(node, iri(SKOS + "prefLabel"), literal(f"Principle {letter}", "en"))
    for kind in KINDS:
        node = iri(f"{ID}kind/{kind}")
        out.add(node, a, iri(GCM + "OrganizationKind"))
        out.add(node, iri(SKOS + "inScheme"), iri(ID + "kind"))
        out.add(node, iri(SKOS + "prefLabel"), literal(kind.replace("-", " "), "en"))
        out.add(node, iri(SKOS + "prefLabel"), literal(f"{kind} (es)", "es"))
    for code in COUNTRIES:
        node = iri(f"{ID}country/{code}")
        out.add(node, a, iri(GCM + "Country"))
        out.add(node, iri(SKOS + "prefLabel"), literal(f"Country {code}", "en"))
        out.add(node, iri(SKOS + "prefLabel"), literal(f"País {code}", "es"))
        out.add(node, iri(GCM + "iso3166Alpha2"), literal(code))
    out.add(iri(ID + "agent/curators"), a, iri(PROV + "Agent"))
    out.add(iri(ID + "activity/derive-supports"), a, iri(PROV + "Activity"))


def concepts() -> list[str]:
    return [f"objective/{n}" for n in range(1, 24)] + [f"principle/principle-{p}" for p in PRINCIPLES]


def make_world(statements: int, rng: random.Random) -> World:
    organizations = [
        Agent(f"organization/org-{i}", f"Organization {i} for Migrant Rights") for i in range(8 * statements + 40)
    ]
    coalitions = [
        Agent(f"organization/coalition-{i}", f"Coalition {i} on Migration", True)
        for i in range(max(2, statements // 4))
    ]
    persons = [Agent(f"person/person-{i}", f"Defender {i} Person") for i in range(2 * statements + 5)]
    members: dict[str, list[str]] = {}
    for index, coalition in enumerate(coalitions):
        chosen = rng.sample(organizations, k=min(len(organizations), rng.randint(15, 50)))
        chosen_keys = [agent.key for agent in chosen] + [p.key for p in rng.sample(persons, k=rng.randint(0, 6))]
        if index > 0 and rng.random() < 0.3:  # nested: an earlier coalition joins this one (no cycles)
            chosen_keys.append(coalitions[rng.randrange(index)].key)
        members[coalition.key] = chosen_keys
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(organizations))]
    return World(organizations, coalitions, persons, members, weights)


def agents(world: World, out: Writer, rng: random.Random, mention: dict[str, str]) -> None:
    """Labels, kinds, countries (with location claims pointing at a mention) and memberships."""
    a = iri(RDF_TYPE)
    for agent in world.organizations + world.coalitions:
        node = iri(ID + agent.key)
        out.add(node, a, iri(ORG + "Organization"))
        out.add(node, a, iri(FOAF + "Agent"))
        if agent.coalition:
            out.add(node, a, iri(ORG + "OrganizationalCollaboration"))
        out.add(node, iri(SKOS + "prefLabel"), literal(agent.name, "es"))
        if rng.random() < 0.4:
            out.add(node, iri(SKOS + "altLabel"), literal(agent.name.upper()))
            out.add(node, iri(GCM + "acronym"), literal("".join(w[0] for w in agent.name.split())))
        for kind in rng.sample(KINDS, k=rng.choice([1, 1, 2])):
            out.add(node, iri(ORG + "classification"), iri(f"{ID}kind/{kind}"))
        if agent.key in mention and rng.random() < 0.9:
            country = rng.choice(COUNTRIES)
            claim = iri(f"{ID}{agent.key}/based-in/{country}")
            out.add(node, iri(GCM + "basedIn"), iri(f"{ID}country/{country}"))
            out.add(node, iri(GCM + "locationClaim"), claim)
            out.add(claim, a, iri(GCM + "LocationClaim"))
            out.add(claim, iri(GCM + "agent"), node)
            out.add(claim, iri(GCM + "country"), iri(f"{ID}country/{country}"))
            out.add(claim, iri(GCM + "textSpan"), mention[agent.key])
    for person in world.persons:
        node = iri(ID + person.key)
        out.add(node, a, iri(FOAF + "Person"))
        out.add(node, a, iri(FOAF + "Agent"))
        out.add(node, iri(FOAF + "name"), literal(person.name))
    for coalition, keys in world.members.items():
        for key in keys:
            membership = iri(f"{ID}membership/{coalition.split('/')[-1]}/{key.split('/')[-1]}")
            out.add(iri(ID + key), iri(ORG + "memberOf"), iri(ID + coalition))
            out.add(iri(ID + coalition), iri(ORG + "hasMember"), iri(ID + key))
            out.add(membership, a, iri(ORG + "Membership"))
            out.add(membership, iri(ORG + "member"), iri(ID + key))
            out.add(membership, iri(ORG + "organization"), iri(ID + coalition))


@dataclass
class Document:
    """A source text being written, with the spans cut from it."""

    key: str
    parts: list[str] = field(default_factory=list)
    length: int = 0

    def append(self, text: str, out: Writer) -> str:
        """Add ``text`` on its own line; returns the IRI of its span, fully described."""
        start = self.length
        self.parts.append(text + "\n")
        self.length += len(text) + 1
        span = f"{ID}source/{self.key}/span/{start}-{start + len(text)}"
        a = iri(RDF_TYPE)
        out.add(iri(span), a, iri(OA + "SpecificResource"))
        out.add(iri(span), iri(OA + "hasSource"), iri(f"{ID}source/{self.key}"))
        out.add(iri(span), iri(OA + "hasSelector"), iri(span + "/position"))
        out.add(iri(span), iri(OA + "hasSelector"), iri(span + "/quote"))
        out.add(iri(span + "/position"), a, iri(OA + "TextPositionSelector"))
        out.add(iri(span + "/position"), iri(OA + "start"), integer(start))
        out.add(iri(span + "/position"), iri(OA + "end"), integer(start + len(text)))
        out.add(iri(span + "/quote"), a, iri(OA + "TextQuoteSelector"))
        out.add(iri(span + "/quote"), iri(OA + "exact"), literal(text))
        return iri(span)


@dataclass
class Derivation:
    """What graph.rdf.derive records per (agent, concept)."""

    statements: set[str] = field(default_factory=set)
    demands: set[str] = field(default_factory=set)
    coalitions: set[str] = field(default_factory=set)
    direct: bool = False


def closure(world: World, coalition: str) -> set[str]:
    """Members of a coalition, including members of member coalitions (org:memberOf+)."""
    seen: set[str] = set()
    stack = [coalition]
    while stack:
        for member in world.members.get(stack.pop(), []):
            if member not in seen:
                seen.add(member)
                stack.append(member)
    return seen - {coalition}


def statement(
    number: int,
    world: World,
    out: Writer,
    rng: random.Random,
    mention: dict[str, str],
    supports: dict[tuple[str, str], Derivation],
) -> None:
    a = iri(RDF_TYPE)
    key = f"s-{number}"
    node = iri(f"{ID}statement/{key}")
    document = Document(f"doc-{number}")
    out.add(node, a, iri(GCM + "Statement"))
    out.add(node, iri(DCTERMS + "source"), iri(f"{ID}source/{document.key}"))
    title = f"Statement {number} of civil society on migration"
    out.add(node, iri(DCTERMS + "title"), literal(title, "en"))
    out.add(node, iri(GCM + "textSpan"), document.append(title, out))
    event = iri(f"{ID}event/event-{number % 40}")
    out.add(node, iri(GCM + "event"), event)
    if number < 40:  # forty events, each shared by the statements written at it
        out.add(event, a, iri(SCHEMA + "Event"))
        out.add(event, iri(SCHEMA + "name"), literal(f"Regional review {number}", "en"))
        out.add(event, iri(SCHEMA + "startDate"), literal(f"{2019 + number % 7}-03-18", datatype=XSD + "date"))
    demands: list[tuple[str, list[str]]] = []
    for position_number in range(1, rng.randint(10, 30) + 1):
        kind = rng.choice(KIND_OF_POSITION)
        position = f"{ID}position/{key}/p-{position_number}"
        quote = (
            f"Position {position_number} of statement {number}: "
            + " ".join(rng.choices(WORDS, k=rng.randint(12, 40)))
            + "."
        )
        out.add(iri(position), a, iri(GCM + "Position"))
        out.add(iri(position), a, iri(GCM + kind.capitalize()))
        out.add(iri(position), iri(SCHEMA + "position"), integer(position_number))
        out.add(iri(position), iri(GCM + "quote"), literal(quote))
        out.add(iri(position), iri(GCM + "textSpan"), document.append(quote, out))
        out.add(node, iri(GCM + "hasPosition"), iri(position))
        targets = rng.sample(concepts(), k=rng.choice([0, 1, 1, 2, 2, 3]) + (1 if kind == "demand" else 0))
        for target in targets:
            link = iri(f"{position}/addresses/{target.replace('/', '-')}")
            out.add(iri(position), iri(GCM + "addresses"), iri(ID + target))
            out.add(iri(position), iri(GCM + "qualifiedAddress"), link)
            out.add(link, a, iri(GCM + "QualifiedAddress"))
            out.add(link, iri(GCM + "target"), iri(ID + target))
            out.add(link, iri(GCM + "rationale"), literal(f"Why position {position_number} addresses {target}.", "en"))
            out.add(link, iri(GCM + "assertionMethod"), iri(GCM + "curated"))
            out.add(link, iri(GCM + "confidence"), literal(rng.choice(["0.6", "0.8", "1.0"]), datatype=XSD + "decimal"))
            out.add(link, iri(PROV + "wasAttributedTo"), iri(ID + "agent/curators"))
        if kind == "demand":
            out.add(node, iri(GCM + "hasDemand"), iri(position))
            demands.append((position, targets))
    signers = signatories(world, rng)
    countries: set[str] = set()
    for agent in signers:
        out.add(node, iri(GCM + "signatory"), iri(ID + agent.key))
        span = document.append(agent.name, out)
        out.add(iri(ID + agent.key), iri(GCM + "mention"), span)
        mention.setdefault(agent.key, span)
        countries.add(rng.choice(COUNTRIES))
    for country in countries:
        out.add(node, iri(GCM + "signatoryCountry"), iri(f"{ID}country/{country}"))
    source = iri(f"{ID}source/{document.key}")
    out.add(source, a, iri(GCM + "SourceDocument"))
    out.add(source, iri(SCHEMA + "text"), literal("".join(document.parts)))
    derive(world, node, signers, demands, supports)


def signatories(world: World, rng: random.Random) -> list[Agent]:
    """5 to 40 organizations (short lists are the common case), popular ones more often; in
    about half the statements one or two coalitions too, which bring their members along."""
    count = min(rng.randint(5, 40), rng.randint(5, 40))
    drawn = rng.choices(world.organizations, weights=world.weights, k=count)
    chosen = {agent.key: agent for agent in drawn}
    for coalition in rng.sample(world.coalitions, k=min(len(world.coalitions), rng.choice([0, 0, 0, 1, 1, 2]))):
        chosen[coalition.key] = coalition
    return list(chosen.values())


def derive(
    world: World,
    statement_node: str,
    signers: list[Agent],
    demands: list[tuple[str, list[str]]],
    supports: dict[tuple[str, str], Derivation],
) -> None:
    """The gcm:supports rule of graph.rdf.derive, accumulated across statements."""
    routes = [(agent.key, None) for agent in signers]
    routes += [
        (member, agent.key) for agent in signers if agent.coalition for member in sorted(closure(world, agent.key))
    ]
    for agent_key, coalition in routes:
        for demand, targets in demands:
            for target in targets:
                record = supports[(agent_key, target)]
                record.statements.add(statement_node)
                record.demands.add(demand)
                if coalition is None:
                    record.direct = True
                else:
                    record.coalitions.add(coalition)


def support_records(supports: dict[tuple[str, str], Derivation], out: Writer) -> None:
    a = iri(RDF_TYPE)
    for (agent_key, target), record in supports.items():
        agent, concept = iri(ID + agent_key), iri(ID + target)
        node = iri(f"{ID}support/{agent_key.split('/')[-1]}/{target.replace('/', '-')}")
        out.add(agent, iri(GCM + "supports"), concept)
        out.add(agent, iri(GCM + "qualifiedSupport"), node)
        out.add(node, a, iri(GCM + "Support"))
        out.add(node, iri(GCM + "agent"), agent)
        out.add(node, iri(GCM + "supported"), concept)
        out.add(
            node, iri(GCM + "signedDirectly"), literal("true" if record.direct else "false", datatype=XSD + "boolean")
        )
        out.add(node, iri(PROV + "wasGeneratedBy"), iri(ID + "activity/derive-supports"))
        for statement_node in sorted(record.statements):
            out.add(node, iri(GCM + "throughStatement"), statement_node)
        for demand in sorted(record.demands):
            out.add(node, iri(GCM + "throughDemand"), iri(demand))
        for coalition in sorted(record.coalitions):
            out.add(node, iri(GCM + "throughCoalition"), iri(ID + coalition))


def generate_statements(statements: int, seed: int = 0) -> str:
    """The N-Triples of a synthetic graph with this many statements."""
    rng = random.Random(seed)
    out = Writer()
    world = make_world(statements, rng)
    reference_data(out)
    mention: dict[str, str] = {}
    supports: dict[tuple[str, str], Derivation] = defaultdict(Derivation)
    for number in range(statements):
        statement(number, world, out, rng, mention, supports)
    agents(world, out, rng, mention)
    support_records(supports, out)
    return out.text()


def generate(triples: int, seed: int = 0) -> str:
    """A synthetic graph of about ``triples`` triples (within a few percent)."""
    statements = max(1, triples // 4000)
    for _ in range(3):
        text = generate_statements(statements, seed)
        size = text.count("\n")
        if abs(size - triples) < 0.03 * triples:
            break
        statements = max(1, round(statements * triples / size))
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("triples", type=int, help="approximate number of triples, e.g. 100000")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    text = generate(args.triples, args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} triples to {args.output}")


if __name__ == "__main__":
    main()

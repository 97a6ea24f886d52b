"""The SPARQL behind every profile: plain SELECT queries over the graph, one set per kind of page.

Each query names the resource of the page ``?this``; :func:`bind` puts its IRI in a VALUES block
(written by pyoxigraph's serializer, never pasted from input). They read only what the graph
says (``gcm:supports`` and its support records, positions and their spans, memberships, based-in
claims), so any of them can be run as is in the query editor with the IRI filled in.
Stances (``gcm:stance`` on a position's qualified address) are shown where the graph has them;
otherwise the position's kind (a subclass of ``gcm:Position``, labelled in the ontology) stands in.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

from graph.namespaces import sparql_prefixes

PREFIXES = sparql_prefixes()
LABEL = "skos:prefLabel|foaf:name|dcterms:title|rdfs:label"
THIS = "VALUES ?this { $THIS }"
"""Where :func:`bind` puts the IRIs of the pages asked for (one on the server, all in the static site)."""

FACTS = f"""{PREFIXES}SELECT ?this ?p ?o ?label WHERE {{
  {THIS}
  ?this ?p ?o .
  FILTER(?p NOT IN (gcm:qualifiedSupport, gcm:supports, gcm:mention, gcm:locationClaim, gcm:hasDemand))
  OPTIONAL {{ ?o {LABEL} ?label }}
}}"""
"""Every property of the page's resource with the labels of what it links to."""

SPAN = """OPTIONAL { ?position gcm:textSpan/oa:hasSelector ?selector .
    ?selector oa:start ?start ; oa:end ?end }"""
KIND = "OPTIONAL { ?position a ?kind . ?kind rdfs:subClassOf gcm:Position ; rdfs:label ?kindLabel }"
STANCE = """OPTIONAL { ?position gcm:qualifiedAddress ?address . ?address gcm:target ?concept ; gcm:stance ?stance .
    OPTIONAL { ?stance skos:prefLabel|rdfs:label ?stanceLabel } }"""
CONCEPT = """?concept skos:prefLabel ?conceptLabel ; skos:notation ?notation ; a ?conceptType .
  FILTER(?conceptType IN (gcm:Objective, gcm:GuidingPrinciple))"""
AGENT_TYPES = "FILTER(?type IN (org:Organization, org:OrganizationalCollaboration, foaf:Person))"
STATEMENT = "OPTIONAL { ?statement dcterms:title ?title } OPTIONAL { ?statement dcterms:date ?date }"

AGENT_STATEMENTS = f"""{PREFIXES}SELECT ?this ?statement ?title ?date ?via ?viaLabel WHERE {{
  {THIS}
  {{ ?statement gcm:signatory ?this }}
  UNION {{ ?this org:memberOf+ ?via . ?statement gcm:signatory ?via . OPTIONAL {{ ?via {LABEL} ?viaLabel }} }}
  {STATEMENT}
}}"""
"""The statements an agent signed, directly or through which coalition."""

AGENT_SUPPORTS = f"""{PREFIXES}SELECT ?this ?concept ?conceptLabel ?notation ?conceptType ?statement ?title ?date
  ?position ?quote ?start ?end ?kindLabel ?stance ?stanceLabel WHERE {{
  {THIS}
  ?support gcm:agent ?this ; gcm:supported ?concept ; gcm:throughStatement ?statement ;
    gcm:throughDemand|gcm:throughPosition ?position .
  ?statement gcm:hasPosition ?position . ?position gcm:addresses ?concept ; gcm:quote ?quote .
  {CONCEPT}
  {STATEMENT}
  {SPAN}
  {KIND}
  {STANCE}
}}"""
"""The objectives and principles an agent supports, with the quotes (and stances) that carry them."""

AGENT_COSIGNERS = f"""{PREFIXES}SELECT ?this ?other (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?statement) AS ?shared)
  WHERE {{
  {{ SELECT ?this ?statement WHERE {{ {THIS}
     {{ ?statement gcm:signatory ?this }} UNION {{ ?this org:memberOf+ ?mine . ?statement gcm:signatory ?mine }} }} }}
  {{ SELECT ?other ?statement WHERE {{
     {{ ?statement gcm:signatory ?other }}
     UNION {{ ?other org:memberOf+ ?theirs . ?statement gcm:signatory ?theirs }} }} }}
  FILTER(?other != ?this)
  OPTIONAL {{ ?other {LABEL} ?name }}
}} GROUP BY ?this ?other"""
"""Who signed the same statements (directly or through coalitions), ranked by how many."""

CONCEPT_SUPPORTERS = f"""{PREFIXES}SELECT ?this ?agent ?label ?type ?country ?countryLabel ?kind ?kindLabel
  WHERE {{
  {THIS}
  ?agent gcm:supports ?this ; a ?type . {AGENT_TYPES}
  OPTIONAL {{ ?agent {LABEL} ?label }}
  OPTIONAL {{ ?agent gcm:basedIn ?country . ?country skos:prefLabel ?countryLabel }}
  OPTIONAL {{ ?agent org:classification ?kind . ?kind skos:prefLabel ?kindLabel }}
}}"""
"""The agents supporting an objective or principle, with their countries and kinds."""

CONCEPT_QUOTES = f"""{PREFIXES}SELECT ?this ?statement ?title ?date ?position ?quote ?start ?end ?kindLabel ?stance
  ?stanceLabel WHERE {{
  {THIS}
  BIND(?this AS ?concept)
  ?position gcm:addresses ?concept ; gcm:quote ?quote . ?statement gcm:hasPosition ?position .
  {STATEMENT}
  {SPAN}
  {KIND}
  {STANCE}
}}"""
"""The quotes that address an objective or principle, with their statements."""

CONCEPT_SDG = f"""{PREFIXES}SELECT ?this ?target ?notation ?rationale ?basis WHERE {{
  {THIS}
  ?this gcm:qualifiedSdgLink ?link . ?link gcm:sdgTarget ?target .
  OPTIONAL {{ ?target skos:notation ?notation }}
  OPTIONAL {{ ?link gcm:rationale ?rationale }}
  OPTIONAL {{ ?link gcm:linkBasis/rdfs:label ?basis }}
}}"""
"""The SDG targets an objective is linked to, and why."""

STATEMENT_TEXT = f"""{PREFIXES}SELECT ?this ?text WHERE {{ {THIS} ?this dcterms:source/schema:text ?text }}"""
"""The full source text of a statement."""

STATEMENT_POSITIONS = f"""{PREFIXES}SELECT ?this ?position ?quote ?start ?end ?kindLabel ?concept ?conceptLabel
  ?notation ?conceptType ?stance ?stanceLabel WHERE {{
  {THIS}
  ?this gcm:hasPosition ?position . ?position gcm:quote ?quote .
  {SPAN}
  {KIND}
  OPTIONAL {{ ?position gcm:addresses ?concept . {CONCEPT} }}
  {STANCE}
}}"""
"""A statement's positions, where they sit in the text, and what they address."""

STATEMENT_SIGNATORIES = f"""{PREFIXES}SELECT ?this ?parent ?child ?label ?country WHERE {{
  {THIS}
  {{ ?this gcm:signatory ?child . BIND(?this AS ?parent) }}
  UNION {{ ?this gcm:signatory ?top . ?top org:hasMember* ?parent . ?parent org:hasMember ?child }}
  OPTIONAL {{ ?child {LABEL} ?label }}
  OPTIONAL {{ ?child gcm:basedIn/skos:prefLabel ?country . FILTER(LANGMATCHES(LANG(?country), "en")) }}
}}"""
"""The signatories of a statement and, for coalitions, their members (nested)."""

COUNTRY_AGENTS = f"""{PREFIXES}SELECT ?this ?agent ?label ?type ?kindLabel WHERE {{
  {THIS}
  ?agent gcm:basedIn ?this ; a ?type . {AGENT_TYPES}
  OPTIONAL {{ ?agent {LABEL} ?label }}
  OPTIONAL {{ ?agent org:classification/skos:prefLabel ?kindLabel . FILTER(LANGMATCHES(LANG(?kindLabel), "en")) }}
}}"""
"""The organizations and people based in a country."""

COUNTRY_STATEMENTS = f"""{PREFIXES}SELECT ?this ?statement ?title ?date (COUNT(DISTINCT ?agent) AS ?signers)
  WHERE {{
  {THIS}
  ?agent gcm:basedIn ?this .
  {{ ?statement gcm:signatory ?agent }} UNION {{ ?agent org:memberOf+ ?via . ?statement gcm:signatory ?via }}
  {STATEMENT}
}} GROUP BY ?this ?statement ?title ?date"""
"""The statements signed by agents based in a country, with how many of them signed."""

COUNTRY_POSITIONS = f"""{PREFIXES}SELECT ?this ?record ?date ?kindLabel ?stanceLabel ?source WHERE {{
  {THIS}
  ?record gcm:state ?this ; gcm:positionKind ?kind ; dcterms:date ?day .
  BIND(STR(?day) AS ?date)
  OPTIONAL {{ ?record dcterms:source ?source }}
  OPTIONAL {{ ?kind skos:prefLabel ?kindLabel . FILTER(LANGMATCHES(LANG(?kindLabel), "en")) }}
  OPTIONAL {{ ?kind gcm:amountsTo/skos:prefLabel ?stanceLabel . FILTER(LANGMATCHES(LANG(?stanceLabel), "en")) }}
}}"""
"""The State's dated positions on the Compact (its vote and later acts), with what each amounts to."""

PROFILE_QUERIES: dict[str, dict[str, str]] = {
    "agent": {
        "facts": FACTS,
        "statements": AGENT_STATEMENTS,
        "supports": AGENT_SUPPORTS,
        "cosigners": AGENT_COSIGNERS,
    },
    "concept": {"facts": FACTS, "supporters": CONCEPT_SUPPORTERS, "quotes": CONCEPT_QUOTES, "sdg": CONCEPT_SDG},
    "statement": {
        "facts": FACTS,
        "text": STATEMENT_TEXT,
        "positions": STATEMENT_POSITIONS,
        "signatories": STATEMENT_SIGNATORIES,
    },
    "country": {
        "facts": FACTS,
        "agents": COUNTRY_AGENTS,
        "statements": COUNTRY_STATEMENTS,
        "positions": COUNTRY_POSITIONS,
    },
}
"""The queries of each kind of profile, by the name the profile reads their rows under."""

KIND_OF_PATH = {
    "organization": "agent",
    "person": "agent",
    "objective": "concept",
    "principle": "concept",
    "statement": "statement",
    "country": "country",
}
"""The profile kind of each IRI path (``organization/caref`` is an agent profile)."""

INDEX = f"""{PREFIXES}SELECT ?item ?label ?type ?notation ?date WHERE {{
  ?item a ?type .
  FILTER(?type IN (org:Organization, org:OrganizationalCollaboration, foaf:Person, gcm:Objective,
    gcm:GuidingPrinciple, gcm:Statement, gcm:Country))
  OPTIONAL {{ ?item {LABEL} ?label }}
  OPTIONAL {{ ?item skos:notation ?notation }}
  OPTIONAL {{ ?item dcterms:date ?date }}
}}"""
"""Everything that has a profile, with its labels (for the index and the search box)."""

QUOTES = f"""{PREFIXES}SELECT ?statement ?position ?quote ?start ?end WHERE {{
  ?statement gcm:hasPosition ?position . ?position gcm:quote ?quote .
  {SPAN}
}}"""
"""Every quote with where it sits (for the search box)."""


def bind(query: str, *iris: str) -> str:
    """``query`` with ``?this`` bound to ``iris`` (serialized by pyoxigraph, so always valid IRIs);
    every row names the ``?this`` it is about, so one run can serve many pages."""
    return query.replace("$THIS", " ".join(str(NamedNode(iri)) for iri in iris))


def profile_kind(path: str) -> str | None:
    """The kind of profile for an IRI path below ``id/`` (``organization/caref``), None if none."""
    head, _, rest = path.partition("/")
    return KIND_OF_PATH.get(head) if rest and "/" not in rest else None


HIDDEN_IN_JSONLD = frozenset({"https://w3id.org/gcmkg/ontology#qualifiedSupport"})
"""Predicates left out of a page's JSON-LD: the derived support records (the linked-data view and
the Turtle keep them)."""


def description_query(*iris: NamedNode) -> str:
    """CONSTRUCT the resource's own triples, without the derived support records (kept in the
    linked-data view) so the JSON-LD in a page stays small."""
    return f"""{PREFIXES}CONSTRUCT {{ ?this ?p ?o }} WHERE {{
  VALUES ?this {{ {" ".join(str(iri) for iri in iris)} }} ?this ?p ?o . FILTER(?p NOT IN (gcm:qualifiedSupport))
}}"""


VOID = f"""{PREFIXES}PREFIX void: <http://rdfs.org/ns/void#>
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ ?s ?p ?o . FILTER(STRSTARTS(STR(?s), "https://w3id.org/gcmkg/id/dataset/")) }}
  UNION {{ ?s a void:Dataset ; ?p ?o }}
}}"""
"""The VoID description of the dataset (its partitions, link sets and their targets)."""

NAMES = f"""{PREFIXES}SELECT ?item ?name WHERE {{
  ?item skos:prefLabel|skos:altLabel|foaf:name|gcm:acronym|dcterms:title ?name .
  FILTER(STRSTARTS(STR(?item), STR(id:)))
}}"""
"""Every name and spelling of our resources (for the search box)."""

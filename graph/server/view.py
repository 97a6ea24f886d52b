"""A resource's description arranged for a person: a title, its types, the source quotes, and its
properties and incoming links with readable labels.

Plain data (no HTML): the template escapes every string it writes, so a name such as
``<script>`` in the data shows as text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from graph.escape import shorten
from graph.namespaces import GCM, OA, PREFIXES, RDF, SKOS
from graph.server.describe import ID_BASE, LABEL_PREDICATES, local_path

DISPLAY_PREFIXES = {
    **{name: namespace for name, namespace in PREFIXES.items() if name != "id"},
    "void": "http://rdfs.org/ns/void#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    "vann": "http://purl.org/vocab/vann/",
    "sdg": "http://metadata.un.org/sdg/",
}
"""Prefixes for showing IRIs short (the graph's own IRIs are shown by their path instead)."""
MAX_VALUES = 100
"""Values shown per property; the rest are counted ("and 12 more")."""
LANGUAGE_ORDER = ("en", "", "es", "pt", "fr")
TYPE = str(RDF.type)
FIRST_PROPERTIES = (*LABEL_PREDICATES[:1], SKOS.altLabel, *LABEL_PREDICATES[1:], GCM.acronym, GCM.quote)
"""Properties that name or quote a resource, shown before the others."""
QUOTE = str(GCM.quote)
EXACT = str(OA.exact)


@dataclass(frozen=True)
class Link:
    """A resource as a link: what to show, where it leads (None: nowhere to go), its short IRI."""

    iri: str
    label: str
    href: str | None
    short: str


@dataclass(frozen=True)
class Value:
    """One value of a property: a literal's text (with language or datatype), or a link, with the
    source text when the link is a span of a source."""

    text: str
    link: Link | None = None
    note: str = ""
    quote: str = ""


@dataclass(frozen=True)
class Row:
    """A property and its values (or, for incoming links, the resources that use it)."""

    predicate: Link
    values: tuple[Value, ...]
    more: int = 0


@dataclass(frozen=True)
class CompactPosition:
    """One dated record of where a State stands on the Compact, shown on its page and on the
    pages of the agents based in it."""

    country: Link
    record: Link
    date: str
    kind: str
    stance: str
    source: str


@dataclass(frozen=True)
class ResourcePage:
    """Everything the HTML page of one resource shows."""

    iri: str
    title: str
    types: tuple[Link, ...]
    quotes: tuple[str, ...]
    rows: tuple[Row, ...]
    incoming: tuple[Row, ...]
    positions: tuple[CompactPosition, ...] = ()


def curie(iri: str) -> str:
    """``prefix:local`` for an IRI in a known namespace, else the IRI."""
    for name, namespace in DISPLAY_PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{name}:{iri[len(namespace) :]}"
    return iri


class Labels:
    """The best label known for each IRI, and the exact source text of text spans."""

    def __init__(self) -> None:
        self._labels: dict[str, tuple[tuple[int, int], str]] = {}
        self.exact: dict[str, str] = {}

    def add(self, iri: str, predicate: str | None, label: Literal) -> None:
        """Keep ``label`` if it beats the one known: by predicate (prefLabel first), then by
        language (English, none, Spanish, ...)."""
        names = [str(p) for p in LABEL_PREDICATES]
        rank = names.index(predicate) if predicate in names else len(names)
        language = label.language or ""
        order = LANGUAGE_ORDER.index(language) if language in LANGUAGE_ORDER else len(LANGUAGE_ORDER)
        known = self._labels.get(iri)
        if known is None or (rank, order) < known[0]:
            self._labels[iri] = ((rank, order), label.value)

    def link(self, iri: str) -> Link:
        """``iri`` as a link: ours lead to their page here, other web IRIs to themselves."""
        known = self._labels.get(iri)
        href = local_path(iri) or (iri if iri.startswith(("http://", "https://")) else None)
        short = iri[len(ID_BASE) :] if iri.startswith(ID_BASE) else curie(iri)
        return Link(iri, known[1] if known else short, href, short)


def subject_key(term: object) -> str:
    """A subject as text: the IRI or blank node id (a quoted triple, rare here, as N-Triples)."""
    return term.value if isinstance(term, NamedNode | BlankNode) else str(term)


def collect_labels(triples: Iterable[Triple], label_rows: Iterable[Mapping[str, object]]) -> Labels:
    """Labels from the description's own label triples and from the labels query's rows."""
    labels = Labels()
    names = {str(p) for p in LABEL_PREDICATES}
    for triple in triples:
        if triple.predicate.value in names and isinstance(triple.object, Literal):
            labels.add(subject_key(triple.subject), triple.predicate.value, triple.object)
    for row in label_rows:
        term, label, exact = row.get("term"), row.get("label"), row.get("exact")
        if isinstance(term, NamedNode) and isinstance(label, Literal):
            labels.add(term.value, None, label)
        if isinstance(term, NamedNode) and isinstance(exact, Literal):
            labels.exact[term.value] = exact.value
    return labels


def value_of(term: object, labels: Labels) -> Value:
    """A term as the page shows it."""
    if isinstance(term, Literal):
        if term.language:
            return Value(term.value, note=term.language)
        datatype = term.datatype.value
        plain = datatype.endswith(("#string", "#langString"))
        return Value(term.value, note="" if plain else curie(datatype))
    if isinstance(term, NamedNode):
        return Value("", link=labels.link(term.value), quote=labels.exact.get(term.value, ""))
    if isinstance(term, BlankNode):
        return Value(f"_:{term.value}")
    return Value(str(term))


def rows_of(groups: Mapping[str, list[Value]], labels: Labels) -> tuple[Row, ...]:
    """Rows sorted by property label (names first), values sorted and capped."""
    names = [str(p) for p in FIRST_PROPERTIES]

    def order(predicate: str) -> tuple[int, str]:
        return (names.index(predicate) if predicate in names else len(names), labels.link(predicate).label.casefold())

    rows = []
    for predicate in sorted(groups, key=order):
        values = sorted(groups[predicate], key=lambda v: v.link.label.casefold() if v.link else v.text.casefold())
        rows.append(Row(labels.link(predicate), tuple(values[:MAX_VALUES]), max(0, len(values) - MAX_VALUES)))
    return tuple(rows)


def page_title(link: Link, quotes: list[str], length: int = 90) -> str:
    """The resource's label; for an unlabelled text (a demand), the start of its quote."""
    if link.label != link.short or not quotes:
        return link.label
    quote = quotes[0]
    return shorten(quote, length)


def resource_page(iri: str, triples: list[Triple], incoming: Iterable[tuple[str, str]], labels: Labels) -> ResourcePage:
    """The page of ``iri`` from its description, the links to it and the labels of all involved."""
    own: defaultdict[str, list[Value]] = defaultdict(list)
    types: list[Link] = []
    quotes: list[str] = []
    for triple in triples:
        subject, predicate, obj = subject_key(triple.subject), triple.predicate.value, triple.object
        if subject == iri and predicate == TYPE and isinstance(obj, NamedNode):
            types.append(labels.link(obj.value))
        elif subject == iri:
            own[predicate].append(value_of(obj, labels))
        if isinstance(obj, Literal) and (
            (subject == iri and predicate == QUOTE) or (predicate == EXACT and subject.startswith(iri + "/"))
        ):
            quotes.append(obj.value)
    linked: defaultdict[str, list[Value]] = defaultdict(list)
    for subject, predicate in incoming:
        linked[predicate].append(Value("", link=labels.link(subject), quote=labels.exact.get(subject, "")))
    title = page_title(labels.link(iri), quotes)
    return ResourcePage(
        iri, title, tuple(sorted(types, key=lambda t: t.label)), tuple(dict.fromkeys(quotes)),
        rows_of(own, labels), rows_of(linked, labels),
    )  # fmt: skip


def compact_positions(rows: Iterable[Mapping[str, object]], labels: Labels) -> tuple[CompactPosition, ...]:
    """The rows of :func:`graph.server.describe.compact_positions_query`, ready to show."""
    found = []
    for row in rows:
        country, record = row.get("country"), row.get("record")
        if isinstance(country, NamedNode) and isinstance(record, NamedNode):
            texts = {key: value.value if isinstance(value := row.get(key), Literal) else ""
                     for key in ("date", "kind", "stance", "source")}  # fmt: skip
            found.append(CompactPosition(labels.link(country.value), labels.link(record.value), **texts))
    return tuple(found)

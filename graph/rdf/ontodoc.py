"""Human-readable documentation of the ontology, rendered from ``ontology/gcm.ttl``.

One self-contained HTML page (no scripts, no outside requests); every text from the ontology is
escaped.
"""

from __future__ import annotations

from html import escape

from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from graph.namespaces import GCM, RDFS, SCHEMA, SKOS, A, curie

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
section { margin: 1.2rem 0; padding: .6rem .9rem; border-left: 3px solid #4a7; background: #f8faf8; }
code { background: #eef; padding: 0 .2rem; } dt { font-weight: 600; } dd { margin: 0 0 .4rem 1rem; }
"""


def text_of(graph: Graph, term: URIRef, predicate: URIRef) -> str:
    values = sorted(str(v) for v in graph.objects(term, predicate))
    return values[0] if values else ""


def terms_of(graph: Graph, kinds: list[URIRef]) -> list[URIRef]:
    found = {s for kind in kinds for s in graph.subjects(A, kind) if isinstance(s, URIRef)}
    return sorted(t for t in found if str(t).startswith(str(GCM)))


def term_section(graph: Graph, term: URIRef) -> str:
    rows = [("definition", text_of(graph, term, SKOS.definition))]
    for label, predicate in (
        ("subclass of", RDFS.subClassOf),
        ("subproperty of", RDFS.subPropertyOf),
        ("domain", RDFS.domain),
        ("domain includes", SCHEMA.domainIncludes),
        ("range", RDFS.range),
    ):
        values = sorted(curie(v) for v in graph.objects(term, predicate) if isinstance(v, URIRef))
        if values:
            rows.append((label, ", ".join(values)))
    body = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows if v)
    name = curie(term)
    return (
        f'<section id="{escape(name.split(":", 1)[-1])}"><h3>{escape(text_of(graph, term, RDFS.label))} '
        f"<code>{escape(name)}</code></h3><dl>{body}</dl></section>"
    )


def ontology_html(ontology: Graph) -> str:
    classes = terms_of(ontology, [OWL.Class])
    properties = terms_of(ontology, [OWL.ObjectProperty, OWL.DatatypeProperty])
    individuals = sorted(
        t for t in ontology.subjects(SKOS.prefLabel, None) if isinstance(t, URIRef) and str(t).startswith(str(GCM))
    )
    ontology_iri = URIRef(str(GCM).rstrip("#"))
    title = text_of(ontology, ontology_iri, URIRef("http://purl.org/dc/terms/title")) or "gcmkg ontology"
    description = text_of(ontology, ontology_iri, URIRef("http://purl.org/dc/terms/description"))
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1><p>{escape(description)}</p>",
        f"<p>Namespace <code>{escape(str(GCM))}</code>: {len(classes)} classes, {len(properties)} properties.</p>",
        "<h2>Classes</h2>",
        *(term_section(ontology, t) for t in classes),
        "<h2>Properties</h2>",
        *(term_section(ontology, t) for t in properties),
        "<h2>Individuals</h2>",
        *(
            f"<section><h3><code>{escape(curie(t))}</code> {escape(text_of(ontology, t, SKOS.prefLabel))}</h3>"
            f"<p>{escape(text_of(ontology, t, SKOS.definition))}</p></section>"
            for t in individuals
        ),
        "</body></html>\n",
    ]
    return "".join(parts)

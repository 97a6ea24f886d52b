"""The one loader every command, the network page and the tests use.

Queries run on pyoxigraph (an embedded SPARQL engine, 30-460x faster than rdflib's own store on
this graph's joins). By default the graph is built in memory from ``data/`` so it always reflects
the curated files; a built ``gcmkg.nt`` can be loaded instead.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph.rdf.build import assemble


@lru_cache(maxsize=1)
def default_ntriples() -> bytes:
    """The seed graph as sorted N-Triples, built once per process."""
    return assemble().ntriples.encode("utf-8")


def load_store(ntriples_file: Path | None = None) -> ox.Store:
    """A fresh in-memory pyoxigraph store holding the graph in its default graph.

    Each call returns a new store, so a caller that updates it does not affect others.
    """
    data = ntriples_file.read_bytes() if ntriples_file else default_ntriples()
    store = ox.Store()
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def load_graph(ntriples_file: Path | None = None) -> Graph:
    """The graph as an rdflib Graph, for serializing and SHACL (not for querying large data)."""
    data = ntriples_file.read_bytes() if ntriples_file else default_ntriples()
    return Graph().parse(data=data.decode("utf-8"), format="nt")

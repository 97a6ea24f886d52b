"""Curation: reading and cross-checking everything under ``data/`` into plain Python values.

Owns the curated tables (CSV/YAML), the verbatim source texts and their character spans, the
typed model (:mod:`graph.curation.model`) and the whole-folder check (:mod:`graph.curation.curated`).
May import: :mod:`graph.errors`, :mod:`graph.paths`, :mod:`graph.namespaces`. Knows nothing of RDF
serialization, SPARQL, pages or the command line.
"""

"""Linking: proposing identifiers in other datasets (Wikidata) for a curator to review.

May import: :mod:`graph.curation`, :mod:`graph.rdf` (serialization), :mod:`graph.sparql`
(remote endpoints) and the foundation modules. Never the server or the CLI.
"""

"""RDF: curated values become a validated, deterministic knowledge graph.

Owns triples (one function per kind of thing), derived ``gcm:supports``, links out, VoID, SHACL
validation, serialization, ``build`` and the one loader every command uses, and the counts of
``gcmkg stats``.
May import: :mod:`graph.curation`, :mod:`graph.sparql` (the library's violation queries), and the
foundation modules (:mod:`graph.errors`, :mod:`graph.namespaces`, :mod:`graph.paths`,
:mod:`graph.vocabulary`, :mod:`graph.rows`).
"""

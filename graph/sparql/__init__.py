"""SPARQL: the query library and everything that runs it, here or on another store.

Owns the lexer (:mod:`~graph.sparql.tokens`), query files and typed parameters
(:mod:`~graph.sparql.library`), VALUES binding (:mod:`~graph.sparql.binding`), remote endpoints
(:mod:`~graph.sparql.remote`), result output, ``push`` and federation.
May import: the foundation modules only (:mod:`graph.errors`, :mod:`graph.namespaces`,
:mod:`graph.paths`, :mod:`graph.escape`, :mod:`graph.rows`). Never imports :mod:`graph.rdf`, so the
build can run the library's queries.
"""

"""Network: who supports which commitments, as graphs to draw, measure and export.

Owns the networkx views read from the knowledge graph with SPARQL, their statistics, exports
(GraphML, GEXF, node-link JSON) and the self-contained offline page with its templates.
May import: :mod:`graph.namespaces` and the foundation modules. Never the server or the CLI.
"""

"""Site: the pages a researcher reads, for ``gcmkg serve`` and for a static folder (``gcmkg site``).

Owns the profile queries (:mod:`~graph.site.queries`: plain SPARQL over the graph, one set per kind
of page: organization or person, objective or principle, statement, country), the profiles they
assemble into (:mod:`~graph.site.profiles`, plain data), their HTML (:mod:`~graph.site.render`
and the templates, every value escaped) and the static site writer (:mod:`~graph.site.static`).
The profiles are built from query rows, so the server (through its engines) and the static site
(on an embedded store) show the same thing.
May import: :mod:`graph.rdf`, :mod:`graph.sparql`, :mod:`graph.network` and the foundation
modules. Never the server or the CLI (the server imports this package).
"""

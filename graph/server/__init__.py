"""``gcmkg serve``: a read-only SPARQL endpoint, a query editor and a page for every resource.

Oxigraph server processes evaluate the queries (they can be killed when a query runs away); a
small Starlette application in front of them adds the rules (time limit, row cap, size limit, no
``SERVICE``, updates only with a token), content negotiation, the resource pages and the editor.

May import: :mod:`graph.rdf` (the loader), :mod:`graph.sparql`, :mod:`graph.network` (the
network page), :mod:`graph.site` (the profile pages) and the foundation modules. Never the CLI.
"""

from graph.server.app import create_app
from graph.server.backend import PreparedStore
from graph.server.settings import ServerSettings

__all__ = ["PreparedStore", "ServerSettings", "create_app"]

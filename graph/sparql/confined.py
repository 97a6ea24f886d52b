"""``gcmkg query`` on the embedded engine with no network: the query runs in a forked child
whose every outbound connection the kernel refuses (:mod:`graph.sparql.sandbox`).

pyoxigraph evaluates ``SERVICE`` itself. Which endpoints a query calls was read by a scanner that
is not pyoxigraph's parser, and a comment ending at a carriage return hid a ``SERVICE`` from it.
So unless the user allowed endpoints with ``--service``, the query is evaluated where it cannot
connect anywhere, whatever it says, and its complete answer comes back to this process as
bytes (SPARQL JSON results or N-Triples, both lossless) to be printed as usual.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Mapping

from pyoxigraph import (
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    parse,
    parse_query_results,
    serialize,
)

from graph.errors import GcmkgError
from graph.sparql.library import Query, QueryError, Results, run_query
from graph.sparql.sandbox import deny_network


def run_offline(store: Store, query: Query, values: Mapping[str, str] | None = None) -> Results:
    """The results of ``run_query`` computed in a child process without network access."""
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (runs in the child, reported through the pipe)
        os.close(reading)
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(pickle.dumps(_answer(store, query, values)))
        os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        data = pipe.read()
    os.waitpid(child, 0)
    if not data:
        raise QueryError(f"query '{query.name}' stopped the query engine")
    kind, value = pickle.loads(data)
    return _results(kind, value, query.name)


def _answer(store: Store, query: Query, values: Mapping[str, str] | None) -> tuple[str, object]:
    try:
        deny_network()
        results = run_query(store, query, values)
        if isinstance(results, QuerySolutions | QueryBoolean):
            return "solutions", results.serialize(format=QueryResultsFormat.JSON)
        return "triples", serialize(list(results), format=RdfFormat.N_TRIPLES) or b""
    except GcmkgError as error:
        return "error", (type(error).__name__, str(error), error.exit_code)
    except (OSError, RuntimeError) as error:
        message = "it needs network access, which gcmkg query gives only to --service endpoints"
        reason = message if "Operation not permitted" in str(error) else str(error)
        return "error", ("QueryError", f"query '{query.name}' failed: {reason}", 2)


def _results(kind: str, value: object, name: str) -> Results:
    if kind == "solutions" and isinstance(value, bytes):
        return parse_query_results(value, QueryResultsFormat.JSON)
    if kind == "triples" and isinstance(value, bytes):
        return [quad.triple for quad in parse(value, format=RdfFormat.N_TRIPLES)]
    _type, message, code = value if isinstance(value, tuple) else ("", str(value), 2)
    error = QueryError(str(message))
    error.exit_code = int(code)
    raise error

"""What a relation reaches through its own chain: a coalition's members through member coalitions
(``org:memberOf+``), or the coalitions an agent belongs to through nested ones.

One walk for the build's derived supports (:mod:`graph.rdf.derive`), the network's co-signature
(:mod:`graph.network.corpus`) and the static site's profiles (:mod:`graph.site.bulk`).
A foundation module: every layer may import it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def reachable(edges: Mapping[str, Iterable[str]], start: str) -> set[str]:
    """Every node reached from ``start`` in one or more steps (``start`` itself only through a cycle).

    >>> sorted(reachable({"bloc": ["red"], "red": ["casa"]}, "bloc"))
    ['casa', 'red']
    """
    seen: set[str] = set()
    stack = list(edges.get(start, ()))
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(edges.get(node, ()))
    return seen


def closure(edges: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    """For every node with edges, the nodes it reaches, itself left out."""
    return {node: reachable(edges, node) - {node} for node in edges}

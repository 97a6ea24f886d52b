"""Statistics of the network views: centrality, communities, support per objective, coalition shares.

Deterministic across processes: sets are sorted before networkx iterates them, and sampling and
community detection are seeded.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx
from pyoxigraph import Store

from graph.network.views import AGENT_KINDS, CONCEPT_KINDS, Facts, notation_key, read_facts, view_graph


def network_stats(store: Store, top: int = 10, seed: int = 42) -> dict[str, Any]:
    """Centrality, communities, support per objective and coalition shares, as plain data.

    Centralities are computed on the ``full`` view (who brokers between statements and
    objectives), communities on the weighted ``support`` view (who supports the same objectives).
    Louvain and the betweenness sample of large graphs use ``seed``, so reruns agree.
    """
    facts = read_facts(store)
    # Copies, not views: an undirected view iterates neighbours through a set, in hash order.
    full, support = view_graph(facts, "full").to_undirected(), view_graph(facts, "support").to_undirected()
    objectives = _objective_support(support)
    communities = louvain(support, seed)
    return {
        "nodes": full.number_of_nodes(),
        "edges": full.number_of_edges(),
        "kinds": dict(sorted(Counter(kind for _, kind in full.nodes(data="kind")).items())),
        "degree": _ranked(full, nx.degree_centrality(full), top),
        "betweenness": _ranked(full, _betweenness(full, seed), top),
        "communities": _describe_communities(support, communities),
        "modularity": nx.community.modularity(support, communities, weight="weight") if support.size() else 0.0,
        "most_supported": objectives[:5],
        "least_supported": sorted(objectives, key=lambda row: (row["supporters"], row["demands"]))[:5],
        "coalitions": _coalition_shares(facts),
    }


def _ranked(graph: nx.Graph, scores: dict[str, float], top: int) -> list[dict[str, Any]]:
    """The ``top`` nodes by score (ties by label), with label, kind and any quote for display."""
    ranked = sorted(scores, key=lambda iri: (-scores[iri], str(graph.nodes[iri]["label"])))
    return [
        {
            "iri": iri,
            "label": graph.nodes[iri]["label"],
            "kind": graph.nodes[iri]["kind"],
            "quote": graph.nodes[iri].get("quote", ""),
            "score": round(scores[iri], 4),
        }
        for iri in ranked[:top]
    ]


def _betweenness(graph: nx.Graph, seed: int) -> dict[str, float]:
    """Exact betweenness up to 1,000 nodes, else estimated from 100 seeded pivots.

    Exact betweenness is O(n·m): 100 pivots keep 5,000 nodes to a few seconds, and the few top
    brokers it is shown for stand out clearly enough to be ranked from a sample.
    """
    pivots = None if graph.number_of_nodes() <= 1000 else 100
    scores: dict[str, float] = nx.betweenness_centrality(graph, k=pivots, seed=seed)
    return scores


def louvain(support: nx.Graph, seed: int) -> list[set[str]]:
    """Louvain communities of a weighted view, largest first (singletons where nothing links).

    Louvain keeps communities as sets of nodes; sets of strings iterate in an order that changes
    with each process's hash seed, so it runs on integer labels, to give the same answer every time.
    """
    numbered = nx.convert_node_labels_to_integers(support, label_attribute="iri")
    found = nx.community.louvain_communities(numbered, weight="weight", seed=seed)
    communities = [{numbered.nodes[n]["iri"] for n in members} for members in found]
    return sorted(communities, key=lambda members: (-len(members), min(members)))


def _describe_communities(support: nx.Graph, communities: list[set[str]]) -> list[dict[str, Any]]:
    """What each community of more than one node holds: its concepts and best-supported agents."""
    rows = []
    for members in communities:
        if len(members) < 2:
            continue
        concepts = sorted(
            (iri for iri in members if support.nodes[iri]["kind"] in CONCEPT_KINDS),
            key=lambda iri: notation_key(support.nodes[iri]),
        )
        agents = sorted(
            (iri for iri in members if support.nodes[iri]["kind"] in AGENT_KINDS),
            key=lambda iri: (-support.degree(iri, weight="weight"), str(support.nodes[iri]["label"])),
        )
        rows.append(
            {
                "size": len(members),
                "agents": len(agents),
                "concepts": [support.nodes[iri]["label"] for iri in concepts],
                "leading_agents": [support.nodes[iri]["label"] for iri in agents[:3]],
            }
        )
    return rows


def _objective_support(support: nx.Graph) -> list[dict[str, Any]]:
    """Every objective with its supporters and demands: most supporters, then most demands, first."""
    objectives = [iri for iri, kind in support.nodes(data="kind") if kind == "objective"]
    rows = [
        {
            "iri": iri,
            "label": support.nodes[iri]["label"],
            "supporters": support.degree(iri),
            "demands": support.nodes[iri]["demands"],
        }
        for iri in sorted(objectives, key=lambda iri: notation_key(support.nodes[iri]))
    ]
    return sorted(rows, key=lambda row: (-int(row["supporters"]), -int(row["demands"])))


def _coalition_shares(facts: Facts) -> list[dict[str, Any]]:
    """Each coalition's members as a share of everyone who signed, directly or through a coalition.

    The denominator counts organizations and persons (not coalitions themselves) that signed a
    statement or are members of a coalition that signed one, each once.
    """
    nodes = facts.nodes
    members: defaultdict[str, set[str]] = defaultdict(set)
    for edge in facts.linked("member_of"):
        members[edge.target].add(edge.source)
    signed = {edge.target for edge in facts.linked("signed")}
    signers = {iri for iri in signed if nodes[iri]["kind"] != "coalition"}
    signers |= {m for c in signed for m in members[c] if nodes[m]["kind"] != "coalition"}
    rows = []
    for iri in sorted(i for i, attrs in nodes.items() if attrs["kind"] == "coalition"):
        count = len(members[iri])
        rows.append(
            {
                "iri": iri,
                "label": nodes[iri]["label"],
                "acronym": nodes[iri].get("acronym", ""),
                "members": count,
                "signers": len(signers),
                "share": count / len(signers) if signers else 0.0,
            }
        )
    return rows

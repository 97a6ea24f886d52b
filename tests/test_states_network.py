"""The country's vote on the Compact in the network: an attribute of agents and countries, a filter
and a colour on the page, with the vote labels and colours passed through the page's data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graph.network.page import page_data, write_page
from graph.network.views import build_view
from tests.browser import DrawnPage
from tests.conftest import select
from tests.test_page_browser import visible_agents

ID = "https://w3id.org/gcmkg/id/"
VOTE_LABELS = """SELECT ?label WHERE { ?k gcm:isVoteOption true ; skos:prefLabel ?label FILTER(LANG(?label) = "en") }"""


def test_agents_carry_the_votes_of_their_countries(store: ox.Store) -> None:
    graph = build_view(store, "full")
    assert graph.nodes[ID + "organization/jrs-chile"]["country_votes"] == "abstained"
    assert graph.nodes[ID + "organization/frontera-de-cristo"]["country_votes"] == "voted against; voted in favour"
    assert build_view(store, "coalitions").nodes[ID + "country/CL"]["country_votes"] == "abstained"
    labels = {row["label"] for row in select(store, VOTE_LABELS)}
    votes = [vote for vote, _colour in page_data(graph)["countryVotes"]]
    assert votes == sorted(votes, key=str.casefold) and set(votes) <= labels


@pytest.fixture
def full(browser: Any, tmp_path: Path, store: ox.Store) -> Iterator[DrawnPage]:
    opened = DrawnPage(browser, write_page(build_view(store, "full"), tmp_path / "full.html"))
    yield opened
    opened.page.context.close()


def test_filter_and_colour_by_the_countrys_vote(full: DrawnPage, store: ox.Store) -> None:
    against = select(
        store,
        """SELECT DISTINCT ?a WHERE { ?a gcm:basedIn ?c . ?v a gcm:VoteOnCompact ; gcm:state ?c ;
             gcm:positionKind/skos:notation "against" }""",
    )
    full.page.select_option("#filter-vote", "voted against")
    assert set(visible_agents(full)) == {row["a"] for row in against} != set()
    full.page.select_option("#filter-vote", "")
    full.page.check("#colour-vote")
    colours = full.js(
        """() => {
          const colour = new Map(gcmkg.data.countryVotes);
          const i = gcmkg.data.nodes.findIndex((n) => n.id.endsWith('/organization/jrs-chile'));
          return [gcmkg.nodes.get(i).color, colour.get('abstained')];
        }"""
    )
    assert colours[0] == colours[1] and colours[0].startswith("#")
    full.page.uncheck("#colour-vote")
    assert full.js("() => gcmkg.nodes.get(0).color") == full.js(
        "() => gcmkg.data.kinds.find((k) => k.kind === gcmkg.data.nodes[0].kind).color"
    )
    assert full.errors() == []

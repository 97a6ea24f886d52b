"""Links to other datasets: shipped links are right and sourced; reconciliation proposes, ranks,
survives throttling and timeouts, and links nothing without review."""

from __future__ import annotations

import csv
import http.server
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from graph import paths
from graph.curation.curated import load_curated
from graph.errors import CurationError
from graph.linking.reconcile import DiskCache, ReconcileError, apply_review, fetch_json, propose_links, review_csv
from graph.namespaces import GCM, SKOS
from graph.rdf.build import BuildResult
from graph.rdf.validate import load_shapes, validate
from tests.conftest import SEED_DATA, select, start_oxigraph

FIXTURE = Path(__file__).parent / "data" / "links_wikidata.ttl"


def test_every_country_links_to_wikidata_with_codes_and_source(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?code ?wd ?a3 ?m49 ?source WHERE { ?c a gcm:Country ; gcm:iso3166Alpha2 ?code ;
          skos:exactMatch ?wd ; gcm:iso3166Alpha3 ?a3 ; gcm:m49 ?m49 ; dcterms:source ?source }""",
    )
    assert len({r["code"] for r in rows}) == 193
    by_code = {r["code"]: r for r in rows}
    assert by_code["AR"]["wd"] == "http://www.wikidata.org/entity/Q414"
    assert (by_code["MX"]["a3"], by_code["MX"]["m49"]) == ("MEX", "484")
    assert all(re.fullmatch(r"http://www\.wikidata\.org/entity/Q\d+", r["wd"]) for r in rows)
    assert all("owid/owid-grapher" in r["source"] for r in rows)


def test_objective_20_cites_target_10c_and_thematic_links_are_related_match_only(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?n ?target ?basis ?predicate WHERE {
          ?o skos:notation ?n ; gcm:qualifiedSdgLink [ gcm:sdgTarget ?target ; gcm:linkBasis ?basis ] .
          ?o ?predicate ?target . FILTER(?predicate IN (gcm:citesSdgTarget, skos:relatedMatch)) }""",
    )
    cited = {(r["n"], r["target"]) for r in rows if r["predicate"].endswith("citesSdgTarget")}
    assert cited == {("20", "http://metadata.un.org/sdg/10.c")}
    for row in rows:
        is_cited = row["basis"] == str(GCM.citedByCompact)
        assert row["predicate"].endswith("citesSdgTarget") == is_cited
    assert len(rows) == 8
    assert all(re.fullmatch(r"http://metadata\.un\.org/sdg/\d+\.[0-9a-c]+", r["target"]) for r in rows)


def test_shacl_refuses_a_cited_target_without_its_basis(built: BuildResult) -> None:
    graph = Graph()
    for triple in built.graph:
        graph.add(triple)
    graph.add((URIRef("https://w3id.org/gcmkg/id/objective/5"), GCM.citesSdgTarget,
               URIRef("http://metadata.un.org/sdg/10.7")))  # fmt: skip
    report = validate(graph, load_shapes(paths.ONTOLOGY_DIR))
    assert not report.conforms
    assert "only for targets the GCM text itself cites" in report.text


def test_no_organization_has_an_unsourced_link(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?o WHERE { ?o a org:Organization ; skos:exactMatch|schema:url ?x .
          FILTER NOT EXISTS { ?o dcterms:source ?s } }""",
    )
    assert rows == []


def test_an_identifier_without_source_is_refused(data_copy: Path) -> None:
    table = data_copy / "links" / "organizations.csv"
    table.write_text(table.read_text(encoding="utf-8").replace("\nceda,,,", "\nceda,,Q100001,"), encoding="utf-8")
    with pytest.raises(CurationError, match=r"links/organizations.csv, row \d+, field 'source'"):
        load_curated(data_copy)


def test_the_compact_and_the_imrf_the_statement_mentions(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?symbol ?exact WHERE { ?gcm a gcm:Compact ; gcm:unSymbol ?symbol .
          id:statement\\/lac-2025-santiago schema:mentions id:event\\/imrf-2026 .
          id:event\\/imrf-2026 schema:about ?gcm ; gcm:mention/oa:hasSelector/oa:exact ?exact }""",
    )
    assert rows == [{"symbol": "A/RES/73/195", "exact": "International Migration Review Forum (IMRF)"}]


def test_void_counts_match_the_graph(built: BuildResult) -> None:
    store = ox.Store()
    store.bulk_load(built.outputs[0].read_bytes(), format=ox.RdfFormat.N_TRIPLES)
    rows = select(
        store,
        """
        SELECT ?triples ?links WHERE { id:dataset\\/gcmkg void:triples ?triples ;
          void:subset [ void:linkPredicate skos:exactMatch ; void:triples ?links ] }""".replace(
            "SELECT", "PREFIX void: <http://rdfs.org/ns/void#>\nSELECT"
        ),
    )
    description = select(
        store,
        """SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o .
        FILTER(STRSTARTS(STR(?s), "https://w3id.org/gcmkg/id/dataset/gcmkg")
               || ((?s IN (<http://www.wikidata.org/>, <http://metadata.un.org/sdg>)
                    || REGEX(STR(?s), "^https://[a-z-]+[.]wikipedia[.]org/$"))
                   && (?p = dcterms:title || ?o = <http://rdfs.org/ns/void#Dataset>))) }""",
    )
    assert rows and int(rows[0]["links"]) == len(list(built.graph.subject_objects(SKOS.exactMatch)))
    assert int(rows[0]["triples"]) == len(built.graph) - int(description[0]["n"])


# ------------------------------------------------------------------ reconciliation


@pytest.fixture(scope="module")
def wikidata(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server holding the Wikidata-shaped fixture."""
    url, process = start_oxigraph(tmp_path_factory.mktemp("wikidata"), [FIXTURE])
    yield url
    process.terminate()


def test_reconciliation_proposes_and_ranks_candidates(wikidata: str) -> None:
    curated = load_curated(SEED_DATA)
    candidates = propose_links(curated, wikidata, batch_size=25)
    ranked = {(c.organization, c.item): c.score for c in candidates}
    assert ranked[("cristosal", "Q100003")] == 1.0  # preferred name + country agrees (SV)
    assert ranked[("cristosal", "Q100008")] == 0.3  # written name, but country disagrees
    assert ranked[("cristosal", "Q100004")] == 0.2  # a human called Cristosal
    assert ranked[("caref", "Q100005")] == 0.9  # written name without acronym + Argentina
    assert ranked[("grenada-red-cross", "Q100006")] == 1.0
    assert ranked[("cels", "Q100001")] == 0.7
    assert ranked[("cels", "Q100002")] == 0.3  # acronym only
    order = [c.item for c in candidates if c.organization == "cristosal"]
    assert order == ["Q100003", "Q100008", "Q100004"]


GCMKG = Path(sys.executable).parent / "gcmkg"


class Flaky(http.server.BaseHTTPRequestHandler):
    """A loopback proxy in front of the real server: answers 429, then stalls, then forwards."""

    script: ClassVar[list[str]] = []
    upstream: ClassVar[str] = ""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        action = self.script.pop(0) if self.script else "forward"
        if action == "429":
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        if action == "stall":
            time.sleep(2.5)
            return
        if action == "500":
            page = b"<html><body>\n<h1>Internal Server Error</h1>\n<p>engine crashed</p></body></html>"
            self.send_response(500)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            return
        request = urllib.request.Request(self.upstream, data=body, method="POST",
                                         headers={"Content-Type": self.headers["Content-Type"],
                                                  "Accept": self.headers["Accept"]})  # fmt: skip
        with urllib.request.urlopen(request, timeout=10) as answer:
            payload = answer.read()
            self.send_response(200)
            self.send_header("Content-Type", answer.headers["Content-Type"])
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def flaky(wikidata: str) -> Iterator[type[Flaky]]:
    Flaky.upstream, Flaky.script = wikidata, []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Flaky.url = f"http://127.0.0.1:{server.server_address[1]}/query"  # type: ignore[attr-defined]
    yield Flaky
    server.shutdown()


QUERY = 'SELECT ?item WHERE { ?item <http://www.wikidata.org/prop/direct/P297> "AR" }'


def test_fetch_survives_a_429_and_a_timeout(flaky: type[Flaky]) -> None:
    flaky.script[:] = ["429", "stall", "forward"]
    waits: list[float] = []
    answer = fetch_json(flaky.url, QUERY, timeout=1, backoff=0.2,  # type: ignore[attr-defined]
                        sleep=lambda seconds: (waits.append(seconds), time.sleep(seconds)))  # fmt: skip
    assert answer["results"]["bindings"] == [{"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q414"}}]
    assert waits == [1.0, 0.4]  # Retry-After honoured, then exponential backoff


def test_an_http_500_is_one_line_from_every_remote_command(flaky: type[Flaky], tmp_path: Path) -> None:
    """SPARQLWrapper raises its own exception for a 500; every command reports it the same way."""
    url = flaky.url  # type: ignore[attr-defined]
    expected = f"error: {url} answered HTTP 500 Internal Server Error: <html><body> <h1>Internal Server Error</h1>"
    for args in (
        ["link", "organizations", "--endpoint", url, "-o", str(tmp_path / "review.csv")],
        ["query", "gaps", "--endpoint", url],
    ):
        flaky.script[:] = ["500"] * 5
        result = subprocess.run([str(GCMKG), *args], capture_output=True, text=True, check=False)
        assert result.returncode == 1, result.stderr
        assert result.stderr.startswith(expected), result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert not (tmp_path / "review.csv").exists()


def test_fetch_gives_up_with_a_clear_error(flaky: type[Flaky]) -> None:
    flaky.script[:] = ["429"] * 3
    with pytest.raises(ReconcileError, match=r"still failing after 3 attempts \(HTTP 429"):
        fetch_json(flaky.url, QUERY, retries=2, sleep=lambda seconds: None)  # type: ignore[attr-defined]


def test_cached_rerun_is_offline_and_identical(wikidata: str, tmp_path: Path) -> None:
    from datetime import date

    curated = load_curated(SEED_DATA)
    cache = DiskCache(tmp_path / "cache")
    first = review_csv(propose_links(curated, wikidata, cache), curated, wikidata, date(2026, 1, 1))

    def offline(url: str, query: str) -> dict[str, object]:
        raise AssertionError("the cached rerun went to the network")

    second = review_csv(propose_links(curated, wikidata, cache, fetch=offline), curated, wikidata, date(2026, 1, 1))
    assert first == second and "Q100003" in first


def test_only_reviewed_rows_are_linked(wikidata: str, data_copy: Path, tmp_path: Path) -> None:
    from datetime import date

    curated = load_curated(data_copy)
    review = tmp_path / "review.csv"
    review.write_text(review_csv(propose_links(curated, wikidata), curated, wikidata, date(2026, 1, 1)),
                      encoding="utf-8")  # fmt: skip
    rows = list(csv.DictReader(review.read_text(encoding="utf-8").splitlines()))
    for row in rows:
        row["decision"] = {"Q100003": "accept", "Q100004": "reject"}.get(row["candidate"], "")
    with review.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    assert apply_review(review, data_copy, set(curated.organizations)) == 1
    linked = [link for link in load_curated(data_copy).links.organizations if link.wikidata]
    assert [(link.organization, link.wikidata) for link in linked] == [("cristosal", "Q100003")]
    assert "accepted by a curator in review.csv" in linked[0].source and "cristosal.org/frequently" in linked[0].source
    assert linked[0].website == "https://www.cristosal.org/" and "wikipedia.org/wiki/Cristosal" in linked[0].wikipedia


def test_a_bad_decision_is_refused_and_nothing_written(data_copy: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.csv"
    shutil.copy(SEED_DATA / "links" / "organizations.csv", tmp_path / "before.csv")
    review.write_text("organization,candidate,decision\ncristosal,Q100003,maybe\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"review\.csv, row 2, field 'decision'"):
        apply_review(review, data_copy, {"cristosal"})
    assert (data_copy / "links" / "organizations.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()


def test_every_shipped_country_link_resolves_to_that_country(wikidata: str, store: ox.Store) -> None:
    """Each country's skos:exactMatch is, in the Wikidata-shaped fixture, a country (Q6256) whose
    ISO 3166-1 alpha-2 code (P297) is the one the graph gives."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    statement_countries = {row["alpha2"] for row in csv.DictReader((paths.DATA_DIR / "countries.csv").open())}
    shipped = {
        r["wd"]: r["code"]
        for r in select(store, "SELECT ?wd ?code WHERE { ?c gcm:iso3166Alpha2 ?code ; skos:exactMatch ?wd }")
        if r["code"] in statement_countries
    }
    client = SPARQLWrapper(wikidata)
    client.setReturnFormat(JSON)
    client.setQuery(
        "SELECT ?item ?code WHERE { ?item <http://www.wikidata.org/prop/direct/P31> "
        "<http://www.wikidata.org/entity/Q6256> ; <http://www.wikidata.org/prop/direct/P297> ?code }"
    )
    answer = client.queryAndConvert()
    assert isinstance(answer, dict)
    fixture = {b["item"]["value"]: b["code"]["value"] for b in answer["results"]["bindings"]}
    assert len(shipped) == 22
    assert {item: fixture.get(item) for item in shipped} == shipped


def test_organization_websites_and_articles_carry_their_source(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?o ?page ?source WHERE { ?o a org:Organization ; schema:url|foaf:isPrimaryTopicOf ?page ;
          dcterms:source ?source }""",
    )
    assert rows and all(row["source"].startswith("http") for row in rows)
    articles = {row["page"] for row in rows if ".wikipedia.org/wiki/" in row["page"]}
    assert "https://en.wikipedia.org/wiki/ACT_Alliance" in articles


def test_a_wikipedia_link_that_is_not_an_article_is_refused(data_copy: Path) -> None:
    table = data_copy / "links" / "organizations.csv"
    text = table.read_text(encoding="utf-8").replace(
        "https://en.wikipedia.org/wiki/ACT_Alliance,", "https://example.org/act,", 1
    )
    table.write_text(text, encoding="utf-8")
    with pytest.raises(CurationError, match=r"links/organizations.csv, row 3, field 'wikipedia': .* not a Wikipedia"):
        load_curated(data_copy)

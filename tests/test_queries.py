"""The query library on the embedded engine: every query file, key answers, the CLI.

Expected answers are computed here from the curated files (``data/statements/*.yaml`` and the
CSV tables) with plain Python, never by running the query under test.
"""

from __future__ import annotations

import csv
import itertools
import json
import shlex
import socket
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner

from graph.cli.query import push_command, queries_command, query_command
from graph.rows import plain
from graph.rows import rows as result_rows
from graph.sparql.binding import values_insertion_points, with_values
from graph.sparql.library import (
    ParameterError,
    Query,
    QueryFileError,
    bind_parameters,
    load_library,
    parse_query,
    read_query,
    run_query,
    run_violation_checks,
    solution_rows,
)
from graph.vocabulary import load_vocabulary
from tests.conftest import SEED_DATA, seed_ntriples

ID = "https://w3id.org/gcmkg/id/"
TEST_DATA = Path(__file__).parent / "data"
LIBRARY = load_library()
SEED_ROWS = {
    "co_supporters": 90,
    "coalition_members": 66,
    "country_list_differences": 8,
    "country_position_at_date": 1,
    "demand_provenance": 109,
    "demand_provenance_graph": 24,
    "gaps": 11,
    "kind_objectives": 272,
    "name_variants": 51,
    "objective_supporters_by_country_position": 64,
    "objectives_ranked": 23,
    "organizations_by_kind": 17,
    "organizations_in_several_coalitions": 0,  # the seed has a single coalition
    "organizations_per_country": 21,
    "position_changes": 57,
    "principles_ranked": 10,
    "search_demands": 8,
    "signatories_in_countries_against_or_abstaining": 8,
    "signed_directly_and_through_coalition": 6,
    "statement_demands": 36,
    "statements_overview": 1,
    "supporters_by_stance": 33,
    "supporters_of_objective": 100,
    "supports_one_objective_not_another": 100,
}
"""Rows (or triples) each question of the library gives on the frozen seed with its example's
parameters: a new query needs its count here."""

# ------------------------------------------------------------------ curated data, read plainly


def curated_statements() -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text("utf-8")) for p in sorted((SEED_DATA / "statements").glob("*.yaml"))]


def table(name: str) -> list[dict[str, str]]:
    with (SEED_DATA / name).open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def concept_iri(link: dict[str, Any]) -> str:
    return ID + (f"objective/{link['objective']}" if "objective" in link else f"principle/{link['principle']}")


def agent_iri(agent: str) -> str:
    persons = {row["id"] for row in table("persons.csv")}
    return ID + ("person/" if agent in persons else "organization/") + agent


def members_of(coalition: str, relations: Iterable[str] = ("memberOf",)) -> set[str]:
    """Everyone who reaches ``coalition`` through memberOf (and, if asked, subOrganizationOf)
    edges ending in memberOf, as coalition_members.rq's property path does."""
    rows = table("memberships.csv")
    members: set[str] = set()
    frontier = {coalition}
    while frontier:
        found = {r["member"] for r in rows if r["organization"] in frontier and r["relation"] == "memberOf"}
        found |= {r["member"] for r in rows if r["organization"] in members | found and r["relation"] in relations}
        frontier = found - members
        members |= found
    return members


def signers(statement: dict[str, Any]) -> set[str]:
    """Direct signatories and (nested) members of signing coalitions, as slugs."""
    agents = set(statement["signatories"])
    for signatory in statement["signatories"]:
        agents |= members_of(signatory)
    return agents


def demands(statement: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(schema:position, position) of each demand, numbered among all positions from 1."""
    return [(n, p) for n, p in enumerate(statement["positions"], start=1) if p["type"] == "demand"]


def rows_of(store: ox.Store, name: str, **values: str) -> list[dict[str, str]]:
    """Rows of a library query as {variable: lexical value}, unbound variables left out."""
    return [plain(row) for row in result_rows(run_query(store, LIBRARY[name], values))]


def example_values(query: Query) -> dict[str, str]:
    """The --param values of the query's first example line."""
    words = shlex.split(query.examples[0])
    values: dict[str, str] = {}
    for flag, value in itertools.pairwise(words):
        if flag in {"--param", "-p"}:
            name, _, given = value.partition("=")
            values[name] = given
    return values


# --------------------------------------------------------------------- every query in the library


def test_library_has_the_required_queries() -> None:
    required = {
        "supporters_of_objective",
        "objectives_ranked",
        "gaps",
        "statement_demands",
        "coalition_members",
        "organizations_in_several_coalitions",
        "organizations_per_country",
        "country_list_differences",
        "organizations_by_kind",
        "kind_objectives",
        "search_demands",
        "co_supporters",
        "demand_provenance",
    }
    assert required <= set(LIBRARY)
    assert len(LIBRARY) >= 15
    assert sum(q.is_violation for q in LIBRARY.values()) >= 5


@pytest.mark.parametrize("query", LIBRARY.values(), ids=list(LIBRARY))
def test_library_query(query: Query, store: ox.Store) -> None:
    """Header complete, example valid, runs on the seed; violations empty, the rest not."""
    assert query.title and query.description and query.examples, f"{query.name}: incomplete header"
    assert all(p.description for p in query.parameters), f"{query.name}: a parameter has no help"
    words = shlex.split(query.examples[0])
    assert words[:3] == ["gcmkg", "query", query.name]
    values = example_values(query)
    results = run_query(store, query, values)
    if query.form != "SELECT":
        assert len(list(results)) == SEED_ROWS[query.name]
        return
    assert isinstance(results, ox.QuerySolutions)
    projected = {v.value for v in results.variables}
    assert {p.name for p in query.parameters} <= projected, "parameters must be projected variables"
    rows = solution_rows(results)
    if query.is_violation:
        assert rows == [], f"{query.name} found problems in the seed graph: {rows[:3]}"
    else:
        assert len(rows) == SEED_ROWS[query.name], f"{query.name}: {len(rows)} rows on the seed graph"


@pytest.mark.parametrize("query", LIBRARY.values(), ids=list(LIBRARY))
def test_values_binding_gives_the_same_answer_as_substitution(query: Query, store: ox.Store) -> None:
    """The VALUES text sent to remote endpoints means what pyoxigraph's substitution means."""
    values = example_values(query)
    bound = bind_parameters(query, values)
    substituted = run_query(store, query, values)
    with_blocks = store.query(with_values(query.text, bound))
    if query.form == "SELECT":
        assert Counter(map(repr_row, solution_rows(substituted))) == Counter(map(repr_row, solution_rows(with_blocks)))
    else:
        assert {str(t) for t in substituted} == {str(t) for t in with_blocks}


def repr_row(row: dict[str, str]) -> str:
    return json.dumps(row, sort_keys=True)


VIOLATIONS = [q for q in LIBRARY.values() if q.is_violation]


@pytest.fixture(scope="session")
def broken() -> ox.Store:
    store = ox.Store()
    store.load(path=str(TEST_DATA / "query_broken.ttl"))
    return store


BROKEN_FINDS = {
    "address_without_qualification_violation": 1,
    "agent_without_label_violation": 2,
    "based_in_without_claim_violation": 1,
    "compact_vote_violation": 2,
    "concept_scheme_violation": 3,
    "demand_without_concept_violation": 1,
    "position_type_violation": 2,
    "quote_not_span_text_violation": 2,
    "span_text_violation": 1,
    "support_content_violation": 5,
    "support_not_derived_violation": 2,
    "support_record_violation": 2,
}
"""How many problems each check finds in ``query_broken.ttl``, which breaks each rule on purpose: a new
check needs its broken case there and its count here."""


@pytest.mark.parametrize("query", VIOLATIONS, ids=[q.name for q in VIOLATIONS])
def test_violation_query_catches_its_problem(query: Query, broken: ox.Store) -> None:
    rows = solution_rows(run_query(broken, query))
    assert len(rows) == BROKEN_FINDS[query.name], f"{query.name}: {rows}"
    assert all(row.get("problem") for row in rows), "every row says what the problem is"


def test_run_violation_checks(store: ox.Store, broken: ox.Store) -> None:
    on_seed = run_violation_checks(store)
    assert [name for name, _ in on_seed] == [q.name for q in VIOLATIONS]
    assert all(rows == [] for _, rows in on_seed)
    on_broken = dict(run_violation_checks(broken))
    assert on_broken["span_text_violation"][0]["found"] == '"We demand justice for missing migrants. "'
    problems = {
        (row["concept"].rsplit("/", 1)[1], row["problem"].split()[0]) for row in on_broken["support_record_violation"]
    }
    assert problems == {("23>", '"gcm:supports'), ("8>", '"gcm:Support')}
    derived = {
        (row["concept"].rsplit("/", 1)[1], row["problem"].split()[0])
        for row in on_broken["support_not_derived_violation"]
    }
    assert derived == {("23>", '"gcm:supports'), ("8>", '"support')}


# ------------------------------------------------------------------------- answers on the seed


def defending_stance(position: dict[str, Any], link: dict[str, Any]) -> str | None:
    """The link's stance (the curator's, else the kind's default) when it defends its target."""
    vocabulary = load_vocabulary()
    stance = link.get("stance") or vocabulary.kind(position["type"]).default_stance
    return stance if vocabulary.stance(stance).defends else None


def test_objective_8_is_supported_through_the_missing_migrants_demand(store: ox.Store) -> None:
    expected: set[tuple[str, str, str, str]] = set()
    for statement in curated_statements():
        for position in statement["positions"]:
            for link in position["addresses"]:
                if link.get("objective") == 8 and (stance := defending_stance(position, link)):
                    iri = f"{ID}position/{statement['id']}/{position['id']}"
                    expected |= {(agent_iri(a), iri, stance, position["quote"]) for a in signers(statement)}
    rows = rows_of(store, "supporters_of_objective", objective="8")
    assert {(r["agent"], r["position"], r["stance"], r["quote"]) for r in rows} == expected
    assert any(d.endswith("/justice-for-missing-migrants") for _, d, _, _ in expected)
    assert all(r["name"] for r in rows)


def test_gaps_are_the_concepts_no_curated_demand_link_reaches(store: ox.Store) -> None:
    concepts = {f"{ID}objective/{row['number']}" for row in table("objectives.csv")}
    concepts |= {f"{ID}principle/{row['slug']}" for row in table("principles.csv")}
    reached = {concept_iri(link) for s in curated_statements() for _, d in demands(s) for link in d["addresses"]}
    rows = rows_of(store, "gaps")
    assert {r["concept"] for r in rows} == concepts - reached
    assert f"{ID}objective/13" in concepts - reached  # detention: only concerns mention it
    assert rows_of(store, "supporters_of_objective", objective="13")  # ... which defend it


def test_statement_demands_in_text_order(store: ox.Store) -> None:
    statement = curated_statements()[0]
    rows = rows_of(store, "statement_demands", statement=statement["id"])
    order = list(dict.fromkeys(r["demand"] for r in rows))
    assert order == [f"{ID}position/{statement['id']}/{d['id']}" for _, d in demands(statement)]
    for number, demand in demands(statement):
        mine = [r for r in rows if r["number"] == str(number)]
        assert {r["concept"] for r in mine} == {concept_iri(link) for link in demand["addresses"]}
        assert {r["rationale"] for r in mine} == {link["rationale"] for link in demand["addresses"]}


def test_objectives_ranked_counts(store: ox.Store) -> None:
    organizations = {row["id"] for row in table("organizations.csv")}
    demand_count: Counter[str] = Counter()
    supporters: dict[str, set[str]] = {}
    for statement in curated_statements():
        for position in statement["positions"]:
            for link in position["addresses"]:
                if "objective" not in link:
                    continue
                if position["type"] == "demand":
                    demand_count[str(link["objective"])] += 1
                if defending_stance(position, link):
                    supporters.setdefault(str(link["objective"]), set()).update(signers(statement) & organizations)
    rows = rows_of(store, "objectives_ranked")
    assert len(rows) == 23
    got = {r["notation"]: (int(r["organizations"]), int(r["demands"])) for r in rows}
    assert got == {str(n): (len(supporters.get(str(n), ())), demand_count[str(n)]) for n in range(1, 24)}
    ranks = [got[r["notation"]] for r in rows]
    assert ranks == sorted(ranks, reverse=True)


def test_coalition_members_recursively(store: ox.Store) -> None:
    rows = rows_of(store, "coalition_members", coalition="lac-bloc")
    expected = members_of("lac-bloc", ("memberOf", "subOrganizationOf"))
    assert {r["member"] for r in rows} == {agent_iri(m) for m in expected}
    assert expected - members_of("lac-bloc"), "the seed has sub-organizations of members"
    based = {(row["agent"], row["country"]) for row in table("based_in.csv")}
    assert {(r["member"].rsplit("/", 1)[1], r["country"].rsplit("/", 1)[1]) for r in rows if "country" in r} == {
        (agent, country) for agent, country in based if agent in expected
    }


def test_country_lists_compared(store: ox.Store) -> None:
    statement = curated_statements()[0]
    listed = set(statement["signatory_countries"]["countries"])
    agents = signers(statement)
    based = {row["country"] for row in table("based_in.csv") if row["agent"] in agents}
    rows = rows_of(store, "country_list_differences", statement=statement["id"])
    got = {(r["country"].rsplit("/", 1)[1], r["difference"].startswith("listed")) for r in rows}
    assert got == {(c, True) for c in listed - based} | {(c, False) for c in based - listed}
    per_country = rows_of(store, "organizations_per_country", statement=statement["id"])
    counts = Counter(row["country"] for row in table("based_in.csv") if row["agent"] in agents)
    assert {(r["country"].rsplit("/", 1)[1], r["listed"], int(r["organizations"])) for r in per_country} == {
        (c, str(c in listed).lower(), counts[c]) for c in listed | based
    }


@pytest.mark.parametrize("words", ["missing migrants", "human rights", "MIGRANTS  demand", "rights", "zzz nothing"])
def test_search_demands_needs_every_word(store: ox.Store, words: str) -> None:
    expected = {
        f"{ID}position/{s['id']}/{d['id']}"
        for s in curated_statements()
        for _, d in demands(s)
        if all(w in d["quote"].lower() for w in words.lower().split())
    }
    rows = rows_of(store, "search_demands", words=words)
    assert {r["demand"] for r in rows} == expected


def test_signed_directly_and_through_coalition(store: ox.Store) -> None:
    expected = {
        (agent_iri(agent), agent_iri(coalition))
        for s in curated_statements()
        for coalition in s["signatories"]
        for agent in set(s["signatories"]) & members_of(coalition)
    }
    rows = rows_of(store, "signed_directly_and_through_coalition")
    assert {(r["agent"], r["coalition"]) for r in rows} == expected
    assert expected


def test_co_supporters_share_every_concept_of_the_one_statement(store: ox.Store) -> None:
    statement = curated_statements()[0]
    concepts = {
        concept_iri(link) for p in statement["positions"] for link in p["addresses"] if defending_stance(p, link)
    }
    organizations = {row["id"] for row in table("organizations.csv")}
    rows = rows_of(store, "co_supporters", organization="alianza-americas")
    others = (signers(statement) & organizations) - {"alianza-americas"}
    assert {r["other"] for r in rows} == {agent_iri(o) for o in others}
    assert {r["shared"] for r in rows} == {str(len(concepts))}
    assert {r["sameSet"] for r in rows} == {"true"}


def test_supports_one_objective_not_another(store: ox.Store) -> None:
    supporters_8 = {r["agent"] for r in rows_of(store, "supporters_of_objective", objective="8")}
    not_4 = rows_of(store, "supports_one_objective_not_another", objective="8", not_objective="4")
    assert {r["agent"] for r in not_4} == supporters_8
    assert rows_of(store, "supports_one_objective_not_another", objective="8", not_objective="2") == []


def test_demand_provenance_points_at_the_quote(store: ox.Store) -> None:
    statement = curated_statements()[0]
    text = (SEED_DATA / statement["source"]).read_text("utf-8")
    demand = next(d for _, d in demands(statement) if d["id"] == "justice-for-missing-migrants")
    rows = rows_of(store, "demand_provenance", demand=f"id:position/{statement['id']}/{demand['id']}")
    assert {r["exact"] for r in rows} == {demand["quote"]}
    start, end = int(rows[0]["start"]), int(rows[0]["end"])
    assert text[start:end] == demand["quote"]
    addresses = [r for r in rows if r["predicate"].endswith("#addresses")]
    assert {r["rationale"] for r in addresses} == {link["rationale"] for link in demand["addresses"]}
    assert any(r["predicate"].endswith("#throughPosition") and "generatedBy" in r for r in rows)


# ------------------------------------------------------------------------ headers and parameters


def test_header_fields_and_continuations() -> None:
    query = read_query(TEST_DATA / "query_typed.rq")
    assert query.title == "Parameters of every type"
    assert [p.name for p in query.parameters] == ["number", "ratio", "flag", "day", "thing", "text"]
    assert query.parameters[0].required and query.parameters[1].default == "0.5"
    description = LIBRARY["supporters_of_objective"].description
    assert description.startswith("Organizations, coalitions and persons") and "one lookup per support" in description


def test_typed_parameters(store: ox.Store) -> None:
    query = read_query(TEST_DATA / "query_typed.rq")
    rows = solution_rows(run_query(store, query, {"number": "+7", "flag": "yes", "thing": "id:kind/union"}))
    assert rows == [
        {
            "number": '"7"^^<http://www.w3.org/2001/XMLSchema#integer>',
            "ratio": '"0.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
            "flag": '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>',
            "day": '"2025-03-18"^^<http://www.w3.org/2001/XMLSchema#date>',
            "thing": f"<{ID}kind/union>",
            "text": '"hello world"',
        }
    ]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "missing parameter 'number'"),
        ({"number": "3", "colour": "red"}, "unknown parameter 'colour'"),
        ({"number": "three"}, "'number' must be an integer, got 'three'"),
        ({"number": "3", "ratio": "1e5"}, "'ratio' must be a decimal"),
        ({"number": "3", "flag": "maybe"}, "'flag' must be a boolean"),
        ({"number": "3", "day": "2025-02-30"}, "'day' must be a date"),
        ({"number": "3", "thing": "not an iri"}, "'thing' must be an iri"),
        ({"number": "3", "thing": "http://x/<script>"}, "'thing' must be an iri"),
    ],
)
def test_bad_parameters_are_reported_with_the_parameter_list(values: dict[str, str], message: str) -> None:
    query = read_query(TEST_DATA / "query_typed.rq")
    with pytest.raises(ParameterError) as raised:
        bind_parameters(query, values)
    assert message in str(raised.value)
    assert "parameters of 'query_typed':" in str(raised.value)
    assert "number: integer (required)" in str(raised.value)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("# param: n (integer, default x): n\nSELECT ?n {}", "default of 'n' is not an integer"),
        ("# param: n (colour, default 1): n\nSELECT ?n {}", "type 'colour' is not one of"),
        ("# param: n integer = 1\nSELECT ?n {}", "cannot read '# param: n integer = 1'"),
        ("# param: m (integer, default 1): m\nSELECT ?n {}", "'m' is not a variable of the query"),
        ("# param: n (string, default a): n\n# param: n (string, default b): n\nSELECT ?n {}", "declared twice"),
    ],
)
def test_bad_headers(header: str, message: str) -> None:
    with pytest.raises(QueryFileError, match=message.replace("(", r"\(")):
        parse_query(header, "broken")


def test_a_parameter_named_only_in_a_comment_is_not_in_the_query() -> None:
    with pytest.raises(QueryFileError):
        parse_query("# param: n (integer, default 1): n\n# uses ?n\nSELECT ?x {}", "commented")


# --------------------------------------------------------------------------- VALUES binding


def test_values_go_where_substitution_would_bind() -> None:
    text = """PREFIX ex: <http://example.org/ns#>
SELECT ?a ?b WHERE {  # a comment with { braces }
  { SELECT ?a WHERE { ?s ex:p "}{" . ?s ex:q ?a } }
  { SELECT ?x (COUNT(?b) AS ?n) WHERE { ?x ex:r ?b } GROUP BY ?x }
  { SELECT ?c (STR(?q) AS ?b) WHERE { ?c ex:s ?q } }
}"""
    points = values_insertion_points(text, {"a", "b"})
    lines = [text[:offset].count("\n") + 1 for offset, _ in points]
    assert [(line, names) for line, (_, names) in zip(lines, points, strict=True)] == [
        (2, ["a", "b"]),
        (3, ["a"]),
        (5, ["b"]),
    ]
    bound = with_values(text, {"a": ox.Literal("x"), "b": ox.Literal('"}')})
    assert bound.count("\n") == text.count("\n")
    assert 'VALUES (?a ?b) { ("x" "\\"}") }' in bound


def test_values_skip_a_construct_template() -> None:
    text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert with_values(text, {"o": ox.Literal("1")}) == (
        'CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?o) { ("1") }  ?s ?p ?o }'
    )
    short = "CONSTRUCT WHERE { ?s ?p ?o }"
    assert with_values(short, {"o": ox.Literal("1")}).startswith('CONSTRUCT WHERE { VALUES (?o) { ("1") }')


def test_describe_with_an_unprojected_parameter_falls_back_to_values(store: ox.Store) -> None:
    query = read_query(TEST_DATA / "query_describe.rq")
    subjects = {t.subject.value for t in run_query(store, query, {"objective": "8"})}
    assert subjects == {f"{ID}objective/8"}


# ---------------------------------------------------------------------------------------- CLI


@pytest.fixture
def free_port() -> int:
    """A loopback port nobody listens on (bound, read, released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed graph as N-Triples, so CLI runs load it instead of rebuilding it."""

    path = tmp_path_factory.mktemp("seed") / "gcmkg.nt"
    path.write_bytes(seed_ntriples())
    return path


def invoke(runner: CliRunner, args: list[str], command: Any = query_command) -> Any:
    result = runner.invoke(command, args, catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def test_cli_table_is_the_default(runner: CliRunner, seed_file: Path) -> None:
    result = invoke(runner, ["gaps", "--from", str(seed_file)])
    assert result.exit_code == 0
    assert "National sovereignty" in result.stdout and "11 rows" in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_cli_solution_formats(runner: CliRunner, seed_file: Path, store: ox.Store, fmt: str) -> None:
    result = invoke(runner, ["gaps", "--from", str(seed_file), "--format", fmt])
    assert result.exit_code == 0
    expected = run_query(store, LIBRARY["gaps"])
    assert isinstance(expected, ox.QuerySolutions)
    assert result.stdout_bytes == expected.serialize(format=getattr(ox.QueryResultsFormat, fmt.upper()))


def test_cli_output_file_format_from_suffix(runner: CliRunner, seed_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "supporters.json"
    result = invoke(
        runner, ["supporters_of_objective", "-p", "objective=8", "--from", str(seed_file), "-o", str(target)]
    )
    assert result.exit_code == 0
    data = json.loads(target.read_text("utf-8"))
    assert data["head"]["vars"][0] == "objective" and len(data["results"]["bindings"]) == 100


def test_cli_construct_prints_rdf(runner: CliRunner, seed_file: Path) -> None:
    turtle = invoke(runner, ["demand_provenance_graph", "--from", str(seed_file)])
    assert turtle.exit_code == 0
    triples = list(ox.parse(turtle.stdout_bytes, ox.RdfFormat.TURTLE))
    assert len(triples) > 10 and "@prefix gcm:" in turtle.stdout
    jsonld = invoke(runner, ["demand_provenance_graph", "--from", str(seed_file), "--format", "jsonld"])
    assert len(list(ox.parse(jsonld.stdout_bytes, ox.RdfFormat.JSON_LD))) == len(triples)


def test_cli_refuses_formats_that_do_not_fit(runner: CliRunner, seed_file: Path) -> None:
    result = invoke(runner, ["gaps", "--from", str(seed_file), "--format", "ttl"])
    assert result.exit_code == 2 and "use table, csv, tsv or json" in result.stderr
    result = invoke(runner, ["demand_provenance_graph", "--from", str(seed_file), "--format", "csv"])
    assert result.exit_code == 2 and "use ttl or jsonld" in result.stderr


@pytest.mark.parametrize(
    "value",
    ['" } ; DROP ALL ; SELECT * { ?s ?p ?o } #', "x''' } UNION { ?s ?p ?o", 'back\\slash \\u0022 \\" end', "}}\n{{"],
)
def test_cli_injection_attempts_are_just_literals(runner: CliRunner, seed_file: Path, value: str) -> None:
    echo = invoke(runner, [str(TEST_DATA / "query_echo.rq"), "-p", f"value={value}", "--format", "json"])
    assert echo.exit_code == 0
    assert json.loads(echo.stdout)["results"]["bindings"][0]["value"]["value"] == value
    search = invoke(runner, ["search_demands", "--from", str(seed_file), "-p", f"words={value}", "--format", "csv"])
    assert search.exit_code == 0 and search.stdout.strip() == "words,statement,number,demand,quote"


def test_cli_bad_parameters(runner: CliRunner) -> None:
    wrong_type = invoke(runner, ["organizations_in_several_coalitions", "-p", "min_coalitions=two"])
    assert wrong_type.exit_code == 2
    assert "must be an integer, got 'two'" in wrong_type.stderr
    assert "min_coalitions: integer = 2" in wrong_type.stderr
    not_an_iri = invoke(runner, ["supporters_of_objective", "-p", "objective=8 or 9"])
    assert not_an_iri.exit_code == 2
    assert "'objective' must be an iri, got '8 or 9'" in not_an_iri.stderr
    assert "objective: iri in id:objective/ = 8" in not_an_iri.stderr
    unknown = invoke(runner, ["gaps", "-p", "objective=8"])
    assert unknown.exit_code == 2 and "query 'gaps' takes no parameters" in unknown.stderr
    missing = invoke(runner, [str(TEST_DATA / "query_typed.rq")])
    assert missing.exit_code == 2 and "missing parameter 'number'" in missing.stderr
    malformed = invoke(runner, ["gaps", "-p", "objective"])
    assert malformed.exit_code == 2 and "expects name=value" in malformed.stderr


def test_cli_invalid_sparql_names_line_and_column(runner: CliRunner) -> None:
    result = invoke(runner, [str(TEST_DATA / "query_bad_syntax.rq")])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: invalid SPARQL at line 5, column 17")
    assert lines[1] == "   5 |   ?demand ?p ?o FILTER(?o > 3"
    assert lines[2] == "     |                 ^"


def test_cli_unknown_query(runner: CliRunner) -> None:
    result = invoke(runner, ["no_such_query"])
    assert result.exit_code == 2
    assert "no query named 'no_such_query'" in result.stderr and "supporters_of_objective" in result.stderr
    missing_file = invoke(runner, ["nowhere/missing.rq"])
    assert missing_file.exit_code == 2 and "query file not found" in missing_file.stderr


def test_cli_lists_the_library(runner: CliRunner) -> None:
    result = invoke(runner, [], queries_command)
    assert result.exit_code == 0
    for name in LIBRARY:
        assert name in result.stdout
    assert "min_coalitions: integer = 2" in result.stdout
    one = invoke(runner, ["gaps"], queries_command)
    assert "MINUS" in one.stdout and LIBRARY["gaps"].title in one.stdout


def test_cli_push_reports_an_unreachable_store(runner: CliRunner, seed_file: Path, free_port: int) -> None:
    result = invoke(
        runner, ["--endpoint", f"http://127.0.0.1:{free_port}/store", "--from", str(seed_file)], push_command
    )
    assert result.exit_code == 1 and "cannot reach" in result.stderr


def test_cli_registered_in_gcmkg() -> None:
    from click import Context

    from graph.cli import cli
    from graph.cli.query import push_command, queries_command, query_command

    context = Context(cli)
    assert {"query", "queries", "push"} <= set(cli.list_commands(context))  # type: ignore[attr-defined]
    assert cli.get_command(context, "query") is query_command  # type: ignore[attr-defined]
    assert cli.get_command(context, "queries") is queries_command  # type: ignore[attr-defined]
    assert cli.get_command(context, "push") is push_command  # type: ignore[attr-defined]


def test_cli_ask_prints_a_boolean(runner: CliRunner, seed_file: Path, tmp_path: Path) -> None:
    ask = tmp_path / "is_objective.rq"
    ask.write_text(
        "# title: Is it an objective?\n"
        "# param: thing (iri in id:objective/, default 8): a number or an IRI\n"
        "PREFIX gcm: <https://w3id.org/gcmkg/ontology#>\n"
        "ASK { ?thing a gcm:Objective }\n",
        encoding="utf-8",
    )
    yes = invoke(runner, [str(ask), "--from", str(seed_file)])
    assert (yes.exit_code, yes.stdout) == (0, "true\n")
    no = invoke(runner, [str(ask), "--from", str(seed_file), "-p", "thing=24", "--format", "json"])
    assert json.loads(no.stdout) == {"head": {}, "boolean": False}


@pytest.mark.parametrize("local", [["--from", "SEED"], ["--with", "SEED"]])
def test_cli_endpoint_excludes_from_and_with(runner: CliRunner, seed_file: Path, local: list[str]) -> None:
    args = ["gaps", *(str(seed_file) if a == "SEED" else a for a in local), "--endpoint", "http://127.0.0.1:9/"]
    result = runner.invoke(query_command, args)
    assert result.exit_code == 2 and "it excludes --from and --with" in result.output

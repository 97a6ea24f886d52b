"""The seed statement as a graph: exact counts, every signatory-list trap, provenance spans."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.curation.source_text import SourceText
from tests.conftest import select

ORG = "https://w3id.org/gcmkg/id/organization/"


def count(store: ox.Store, where: str) -> int:
    rows = select(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}")
    return int(rows[0]["n"])


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("?x a org:Organization", 91),
        ("?x a org:OrganizationalCollaboration", 1),
        ("?x a foaf:Person", 9),
        ("?x a gcm:Country", 193),
        ("?x a gcm:MemberState", 193),
        ("?x a gcm:VoteOnCompact", 193),
        ("?s gcm:signatoryCountry ?x", 20),
        ("?s gcm:signatory ?x", 43),
        ("?x org:memberOf id:organization\\/lac-bloc", 63),
        ("?x org:memberOf id:organization\\/lac-bloc ; a foaf:Person", 9),
        ("?x org:memberOf id:organization\\/lac-bloc . ?s gcm:signatory ?x", 6),
        ("?x a gcm:Position", 30),
        ("?x a gcm:Demand", 18),
        ("?x a gcm:Concern", 4),
        ("?x a gcm:Slogan", 4),
        ("?x a gcm:Objective", 23),
        ("?x a gcm:GuidingPrinciple", 10),
        ("?x gcm:supports ?o", 100),
        ("?x a gcm:Commitment", 2),
        ("?x a gcm:Question", 2),
        ("?x gcm:basedIn ?c", 42),
        ("?x org:subOrganizationOf id:organization\\/jrs-lac", 3),
    ],
)
def test_seed_counts(store: ox.Store, where: str, expected: int) -> None:
    assert count(store, where) == expected


def labels(store: ox.Store, slug: str) -> tuple[str, set[str], set[str]]:
    """prefLabel, altLabels and based-in country codes of one organization."""
    rows = select(
        store,
        f"""
        SELECT ?pref ?alt ?code WHERE {{
          <{ORG}{slug}> skos:prefLabel ?pref .
          OPTIONAL {{ <{ORG}{slug}> skos:altLabel ?alt }}
          OPTIONAL {{ <{ORG}{slug}> gcm:basedIn/gcm:iso3166Alpha2 ?code }}
        }}""",
    )
    assert rows, f"no organization {slug}"
    return rows[0]["pref"], {r["alt"] for r in rows if "alt" in r}, {r["code"] for r in rows if "code" in r}


@pytest.mark.parametrize(
    ("slug", "pref", "alts", "countries"),
    [
        # names that contain commas stay whole
        ("ecap", "Equipo de Estudios, Comunitarios y Acción Psicosocial", None, set()),
        ("imumi", "Instituto para las Mujeres en la Migración, AC", None, set()),
        ("prodesc", "Proyecto de Derechos Humanos, Económicos, Sociales y Culturales A.C", None, {"MX"}),
        (
            "red-casas-migrantes-zona-norte",
            "Red de casas de Migrantes y Centros de Derechos Humanos de la zona norte, Pedro Pantoja",
            None,
            {"MX"},
        ),
        ("cmgj", "Center for Migration, Gender, and Justice", None, set()),
        # a tagline after the comma is not another organization
        ("cristosal", "Cristosal", {"Cristosal, Advancing Human Rights in Central America"}, {"SV"}),
        # the same organization written in two languages or two wordings: one node, every spelling kept
        (
            "idc",
            "International Detention Coalition",
            {"International Detention Coalition (IDC)", "Coalición Internacional contra la Detención (IDC)"},
            set(),
        ),
        (
            "caref",
            "Comisión Argentina para Personas Refugiadas y Migrantes",
            {
                "Comisión Argentina para los Refugiados y Migrantes (CAREF)",
                "Comisión Argentina para Personas Refugiadas y Migrantes (CAREF)",
            },
            {"AR"},
        ),
        (
            "casm",
            "Comisión de Acción Social Menonita",
            {
                "Comisión de Acción Social Menonita (CASM)",
                "Comisión de Acción Menonita (CASM)/ Human Mobility Management Program",
            },
            {"HN"},
        ),
        (
            "jrs-lac",
            "Jesuit Refugee Service Latin America and the Caribbean",
            {"Jesuit Refugee Service Latin America and the Caribbean (JRS LAC)", "Jesuit Refugee Service (JRS LAC)"},
            set(),
        ),
        (
            "mtmg",
            "Mesa de Coordinación Transfronteriza Migraciones y Género",
            {
                "Mesa de Coordinación Transfronteriza Migraciones y Género (MTMG)",
                "Mesa Transfronteriza Migraciones y Género (MTMG)",
            },
            set(),
        ),
        # country suffixes become gcm:basedIn, not part of the name
        ("cdms", "Casa del Migrante de Saltillo", None, {"MX"}),
        ("cofamicenh", "Comité de Familiares de Migrantes Desaparecidos del Centro de Honduras", None, {"HN"}),
        ("corporacion-alianza-migrante", "Corporación Alianza Migrante", None, {"EC"}),
        ("frontera-de-cristo", "Frontera de Cristo", None, {"MX", "US"}),
        ("jrs-argentina-uruguay", "Jesuit Refugee Service Argentina-Uruguay", None, {"AR", "UY"}),
        ("manodiversa", "Organización Manodiversa de Bolivia", None, {"BO"}),
        # a dash before an acronym is not a country suffix
        (
            "catp",
            "Central Autónoma de Trabajadores del Perú",
            {"Central Autónoma de Trabajadores del Perú - CATP"},
            {"PE"},
        ),
    ],
)
def test_signatory_list_traps(
    store: ox.Store, slug: str, pref: str, alts: set[str] | None, countries: set[str]
) -> None:
    got_pref, got_alts, got_countries = labels(store, slug)
    assert got_pref == pref
    if alts is not None:
        assert got_alts == alts
    assert got_countries == countries


def test_no_label_keeps_a_country_suffix(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?label WHERE { ?o a org:Organization ; skos:prefLabel|skos:altLabel ?label .
          FILTER(REGEX(STR(?label), "-\\\\s*(Mexico|México|Honduras|El Salvador|Regional|Chile)$")) }""",
    )
    assert rows == []


def test_each_organization_appears_once_by_acronym(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?acronym (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o gcm:acronym ?acronym }
        GROUP BY ?acronym HAVING (COUNT(DISTINCT ?o) > 1)""",
    )
    assert rows == []


def test_the_nine_defenders_are_persons_in_the_bloc(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name ; org:memberOf id:organization\\/lac-bloc .
          FILTER NOT EXISTS { ?p a org:Organization } } ORDER BY ?name""",
    )
    assert [r["name"] for r in rows] == [
        "Aaron Ortiz Santos",
        "Berenice Valdez Rivera",
        "Blanca Gómez",
        "Efraín Jiménez",
        "Elba Coria",
        "Federico Fornazieri",
        "Karina Sarmiento",
        "Martha Rojas",
        "Patricia Zamudio",
    ]


def test_every_span_is_the_source_text_at_its_offsets(store: ox.Store, source_text: SourceText) -> None:
    rows = select(
        store,
        """
        SELECT ?exact ?start ?end WHERE {
          ?span a oa:SpecificResource ; oa:hasSelector ?p , ?q .
          ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }""",
    )
    assert len(rows) == 181  # distinct spans: quotes, mentions, evidence
    for row in rows:
        assert source_text.text[int(row["start"]) : int(row["end"])] == row["exact"]


def test_every_quote_is_verbatim_at_its_offsets(store: ox.Store, source_text: SourceText) -> None:
    rows = select(
        store,
        """
        SELECT ?quote ?start ?end WHERE {
          ?d gcm:quote ?quote ; gcm:textSpan/oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }""",
    )
    assert len(rows) == 30
    for row in rows:
        assert source_text.text[int(row["start"]) : int(row["end"])] == row["quote"]


def test_positions_are_numbered_in_text_order(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?n ?start WHERE { ?d schema:position ?n ; gcm:textSpan/oa:hasSelector/oa:start ?start }
        ORDER BY xsd:integer(?n)""",
    )
    starts = [int(r["start"]) for r in rows]
    assert [int(r["n"]) for r in rows] == list(range(1, 31))
    assert starts == sorted(starts)


def test_missing_migrants_demand_reaches_objective_8(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?quote ?rationale WHERE {
          ?d a gcm:Demand ; gcm:quote ?quote ; gcm:addresses id:objective\\/8 ;
             gcm:qualifiedAddress [ gcm:target id:objective\\/8 ; gcm:rationale ?rationale ;
                                    gcm:assertionMethod gcm:curated ] }""",
    )
    assert len(rows) == 1
    assert rows[0]["quote"].startswith("We demand justice for missing migrants")


def test_objectives_no_demand_addresses(store: ox.Store) -> None:
    rows = select(
        store,
        """
        SELECT ?n WHERE { ?o a gcm:Objective ; skos:notation ?n .
          FILTER NOT EXISTS { ?d a gcm:Demand ; gcm:addresses ?o } } ORDER BY xsd:integer(?n)""",
    )
    assert [int(r["n"]) for r in rows] == [3, 4, 9, 10, 11, 12, 13, 15, 20, 22]


@pytest.mark.parametrize(
    ("agent", "directly", "coalitions"),
    [
        ("organization/caref", "true", {"https://w3id.org/gcmkg/id/organization/lac-bloc"}),
        ("organization/cofamide", "false", {"https://w3id.org/gcmkg/id/organization/lac-bloc"}),
        ("person/elba-coria", "false", {"https://w3id.org/gcmkg/id/organization/lac-bloc"}),
        ("organization/grenada-red-cross", "true", set()),
    ],
)
def test_support_records_say_how_they_were_derived(
    store: ox.Store, agent: str, directly: str, coalitions: set[str]
) -> None:
    rows = select(
        store,
        f"""
        SELECT ?direct ?coalition ?activity WHERE {{
          <https://w3id.org/gcmkg/id/{agent}> gcm:supports id:objective\\/8 ; gcm:qualifiedSupport ?s .
          ?s gcm:supported id:objective\\/8 ; gcm:signedDirectly ?direct ; prov:wasGeneratedBy ?activity ;
             gcm:throughPosition ?demand ; gcm:throughStance gcm:callsFor .
          OPTIONAL {{ ?s gcm:throughCoalition ?coalition }} }}""",
    )
    assert {r["direct"] for r in rows} == {directly}
    assert {r["coalition"] for r in rows if "coalition" in r} == coalitions


def test_a_concern_about_detention_makes_support_for_objective_13(store: ox.Store) -> None:
    """Objective 13 is only named in concerns: a concern about its violation defends it, so every
    agent the statement reaches supports it, and the record says it came through that stance."""
    assert count(store, "?x a gcm:Concern ; gcm:addresses id:objective\\/13") == 2
    assert count(store, "?x gcm:supports id:objective\\/13") == 100
    stances = select(
        store,
        """SELECT DISTINCT ?stance WHERE { ?s gcm:supported id:objective\\/13 ; gcm:throughStance ?stance }""",
    )
    assert [r["stance"] for r in stances] == ["https://w3id.org/gcmkg/ontology#concernedAbout"]


def test_demands_only_is_still_a_query(store: ox.Store) -> None:
    """Supports through calls-for stances alone leave objective 13 out, as before stances."""
    assert count(store, "?s gcm:supported id:objective\\/13 ; gcm:throughStance gcm:callsFor . BIND(?s AS ?x)") == 0
    assert count(store, "?s gcm:supported id:objective\\/8 ; gcm:throughStance gcm:callsFor . BIND(?s AS ?x)") == 100


@pytest.mark.parametrize(
    ("kind", "stance"),
    [
        ("Demand", "callsFor"),
        ("Concern", "concernedAbout"),
        ("Commitment", "commitsTo"),
        ("Question", "asksAbout"),
        ("Slogan", "sloganFor"),
    ],
)
def test_links_carry_the_kinds_default_stance(store: ox.Store, kind: str, stance: str) -> None:
    rows = select(
        store,
        f"SELECT DISTINCT ?stance WHERE {{ ?p a gcm:{kind} ; gcm:qualifiedAddress/gcm:stance ?stance }}",
    )
    assert [r["stance"] for r in rows] == [f"https://w3id.org/gcmkg/ontology#{stance}"]


def test_questions_and_slogans_alone_make_no_support(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?s WHERE { ?s a gcm:Support ; gcm:throughStance ?stance .
             FILTER(?stance IN (gcm:asksAbout, gcm:sloganFor)) }""",
    )
    assert rows == []

"""Loading and cross-checking everything under ``data/``.

``load_curated`` either returns a fully consistent :class:`Curated` or raises
:class:`CurationError` listing every problem found, each located by file, row and field.
"""

from __future__ import annotations

import itertools
import re
from functools import partial
from pathlib import Path

from graph.curation.descriptions import read_descriptions
from graph.curation.journal import recover
from graph.curation.links import read_links
from graph.curation.membership import heading_above, membership_evidence, names_coalition, relation_evidence
from graph.curation.model import (
    AGENT_TYPES,
    RELATIONS,
    Country,
    Curated,
    Kind,
    LocationClaim,
    Mention,
    Objective,
    Organization,
    Person,
    Principle,
    Relation,
)
from graph.curation.source_text import SourceText
from graph.curation.statements import StatementReader
from graph.curation.states import read_states
from graph.curation.tables import LANGUAGE_TAG, SLUG, Problems, Row, read_table, read_yaml, unique_rows
from graph.errors import CurationError, DataError

COUNTRY_CODE_FORMATS = [
    ("alpha2", r"[A-Z]{2}", "expected two capital letters"),
    ("alpha3", r"[A-Z]{3}", "expected three capital letters"),
    ("m49", r"\d{3}", "expected three digits, with leading zeros"),
    ("wikidata", r"Q\d+", "expected a Wikidata id such as Q414"),
]
# How far after the end of a mention a location's evidence may start ("(CDMS)- Mexico").
EVIDENCE_REACH = 40


def load_curated(data_dir: Path) -> Curated:
    """All curated data, checked; raises CurationError listing every problem. An interrupted
    ``gcmkg accept`` is first finished (or discarded if it had not committed)."""
    recover(data_dir)
    problems = Problems()
    kinds = read_kinds(data_dir, problems)
    countries = read_countries(data_dir, problems)
    objectives = read_objectives(data_dir, problems)
    principles = read_principles(data_dir, problems)
    organizations = read_organizations(data_dir, problems, set(kinds))
    persons = read_persons(data_dir, problems, set(organizations))
    statements = {}
    sources: dict[str, SourceText] = {}
    for path in sorted((data_dir / "statements").glob("*.yaml")):
        doc = read_yaml(path, data_dir, problems)
        if doc is None:
            continue
        reader = StatementReader(
            path,
            data_dir,
            problems,
            set(objectives),
            {p.slug for p in principles.values()},
            set(countries),
        )
        statement = reader.read(doc)
        if reader.source:
            sources[reader.source.key] = reader.source
        if statement:
            statements[statement.id] = statement
    locate_mentions(organizations, persons, list(sources.values()), problems)
    curated = Curated(
        kinds=kinds,
        countries=countries,
        objectives=objectives,
        principles={p.slug: p for p in principles.values()},
        organizations=organizations,
        persons=persons,
        location_claims=read_location_claims(data_dir, problems, organizations, persons, countries),
        relations=read_relations(data_dir, problems, organizations, persons),
        statements=statements,
    )
    curated.links = read_links(data_dir, problems, set(objectives), set(organizations))
    vote_date = str(curated.links.compact.get("adopted", ""))
    curated.links.states = read_states(data_dir, problems, countries, vote_date)
    curated.descriptions = read_descriptions(data_dir, problems, objectives, curated.principles)
    check_signatories(curated, problems)
    check_mentions(curated, problems)
    if problems.errors:
        raise CurationError(problems.errors)
    return curated


def read_kinds(data_dir: Path, problems: Problems) -> dict[str, Kind]:
    rows = read_table(data_dir, "kinds.csv", ["slug", "label_en", "definition"], ["label_es"], problems)
    return {
        row.get("slug"): Kind(row.get("slug"), row.get("label_en"), row.get("label_es"), row.get("definition"))
        for row in unique_rows(rows, "slug", problems)
        if check_slug(row, "slug", problems)
    }


def read_countries(data_dir: Path, problems: Problems) -> dict[str, Country]:
    columns = ["alpha2", "alpha3", "m49", "name_en", "name_es", "wikidata", "source"]
    countries: dict[str, Country] = {}
    for row in unique_rows(read_table(data_dir, "countries.csv", columns, [], problems), "alpha2", problems):
        checks = [
            problems.check(bool(re.fullmatch(pattern, row.get(column))), partial(row.error, column, message))
            for column, pattern, message in COUNTRY_CODE_FORMATS
        ]
        if all(checks):
            countries[row.get("alpha2")] = Country(*(row.get(column) for column in columns))
    return countries


def read_objectives(data_dir: Path, problems: Problems) -> dict[int, Objective]:
    columns = ["number", "title", "short_label", "paragraph", "source"]
    objectives: dict[int, Objective] = {}
    for row in unique_rows(read_table(data_dir, "objectives.csv", columns, [], problems), "number", problems):
        number, paragraph = row.get("number"), row.get("paragraph")
        if not (number.isdigit() and 1 <= int(number) <= 23):
            problems.add(row.error("number", f"'{number}' is not an objective number 1-23"))
        elif not paragraph.isdigit():
            problems.add(row.error("paragraph", f"'{paragraph}' is not a paragraph number"))
        else:
            objectives[int(number)] = Objective(
                int(number), row.get("title"), row.get("short_label"), int(paragraph), row.get("source")
            )
    return objectives


def read_principles(data_dir: Path, problems: Problems) -> dict[str, Principle]:
    rows = read_table(data_dir, "principles.csv", ["letter", "slug", "name", "source"], [], problems)
    principles: dict[str, Principle] = {}
    for row in unique_rows(rows, "letter", problems):
        if not re.fullmatch(r"[a-j]", row.get("letter")):
            problems.add(row.error("letter", "expected a letter a-j (paragraph 15 (a)-(j))"))
        elif check_slug(row, "slug", problems):
            principles[row.get("letter")] = Principle(
                row.get("letter"), row.get("slug"), row.get("name"), row.get("source")
            )
    return principles


def read_organizations(data_dir: Path, problems: Problems, kinds: set[str]) -> dict[str, Organization]:
    required = ["id", "type", "pref_label", "pref_lang", "written_as"]
    rows = read_table(data_dir, "organizations.csv", required, ["acronym", "kinds", "note"], problems)
    organizations: dict[str, Organization] = {}
    for row in unique_rows(rows, "id", problems):
        ok = check_slug(row, "id", problems)
        if row.get("type") not in AGENT_TYPES:
            problems.add(row.error("type", f"'{row.get('type')}' is not one of {', '.join(AGENT_TYPES)}"))
            ok = False
        if not LANGUAGE_TAG.match(row.get("pref_lang")):
            problems.add(row.error("pref_lang", f"'{row.get('pref_lang')}' is not a language tag"))
            ok = False
        for kind in row.items("kinds"):
            if kind not in kinds:
                problems.add(row.error("kinds", f"unknown kind '{kind}' (see kinds.csv)"))
                ok = False
        if ok:
            organizations[row.get("id")] = Organization(
                id=row.get("id"),
                type=row.get("type"),
                pref_label=row.get("pref_label"),
                pref_lang=row.get("pref_lang"),
                acronym=row.get("acronym"),
                kinds=row.items("kinds"),
                written_as=row.items("written_as"),
                note=row.get("note"),
                row=row.number,
            )
    return organizations


def read_persons(data_dir: Path, problems: Problems, organization_ids: set[str]) -> dict[str, Person]:
    rows = read_table(data_dir, "persons.csv", ["id", "name", "written_as"], ["note"], problems)
    persons: dict[str, Person] = {}
    for row in unique_rows(rows, "id", problems):
        if row.get("id") in organization_ids:
            problems.add(row.error("id", f"'{row.get('id')}' is already an organization id"))
        elif check_slug(row, "id", problems):
            persons[row.get("id")] = Person(
                row.get("id"), row.get("name"), row.items("written_as"), row.get("note"), row.number
            )
    return persons


def locate_mentions(
    organizations: dict[str, Organization],
    persons: dict[str, Person],
    sources: list[SourceText],
    problems: Problems,
) -> None:
    """Find every place the sources write each agent's name; two agents may not claim one span."""
    claimed: list[tuple[int, int, str, Organization | Person]] = []
    agents: list[Organization | Person] = [*organizations.values(), *persons.values()]
    for agent in agents:
        for written in agent.written_as:
            found = [Mention(source, span) for source in sources for span in source.occurrences(written)]
            if not found:
                problems.add(agent_error(agent, "written_as", f"'{written}' is not written in any source text"))
            agent.mentions.extend(found)
            claimed += [(m.span.start, m.span.end, m.source.key, agent) for m in found]
    claimed.sort(key=lambda item: (item[2], item[0], item[1]))
    for (start, end, key, owner), (start2, _end2, key2, owner2) in itertools.pairwise(claimed):
        if key == key2 and start2 < end and owner is not owner2:
            problems.add(
                agent_error(owner2, "written_as", f"overlaps the name of '{owner.id}' at character {start} of {key}")
            )


def agent_error(agent: Organization | Person, field: str, message: str) -> DataError:
    file = "organizations.csv" if isinstance(agent, Organization) else "persons.csv"
    return DataError(file, agent.row, field, message)


def read_location_claims(
    data_dir: Path,
    problems: Problems,
    organizations: dict[str, Organization],
    persons: dict[str, Person],
    countries: dict[str, Country],
) -> list[LocationClaim]:
    rows = read_table(data_dir, "based_in.csv", ["agent", "country", "evidence"], [], problems)
    claims: list[LocationClaim] = []
    for row in rows:
        agent = organizations.get(row.get("agent")) or persons.get(row.get("agent"))
        if agent is None:
            problems.add(row.error("agent", f"unknown organization or person '{row.get('agent')}'"))
            continue
        if row.get("country") not in countries:
            problems.add(row.error("country", f"unknown country code '{row.get('country')}' (see countries.csv)"))
            continue
        evidence = evidence_near(agent.mentions, row.get("evidence"))
        if evidence is None:
            problems.add(
                row.error(
                    "evidence", f"'{row.get('evidence')}' is not written in or just after a mention of '{agent.id}'"
                )
            )
            continue
        claims.append(LocationClaim(agent.id, row.get("country"), evidence))
    return claims


def evidence_near(mentions: list[Mention], exact: str) -> Mention | None:
    """The occurrence of ``exact`` inside a mention or starting just after one; else a heading
    that is only ``exact`` ('### Argentina') above the block that holds a mention."""
    for mention in mentions:
        start = mention.source.line_start(mention.span.start)
        for span in mention.source.occurrences(exact, start, mention.source.line_end(mention.span.start)):
            if mention.span.start <= span.end and span.start <= mention.span.end + EVIDENCE_REACH:
                return Mention(mention.source, span)
    for mention in mentions:
        heading = heading_above(mention.source, exact, mention.span.start)
        if heading is not None:
            return Mention(mention.source, heading)
    return None


def read_relations(
    data_dir: Path,
    problems: Problems,
    organizations: dict[str, Organization],
    persons: dict[str, Person],
) -> list[Relation]:
    columns = ["member", "organization", "relation", "evidence"]
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for row in read_table(data_dir, "memberships.csv", columns, ["context"], problems):
        relation = read_relation(row, problems, organizations, persons)
        key = (row.get("member"), row.get("organization"), row.get("relation"))
        if relation and key in seen:
            problems.add(row.error("member", "the same relation is listed twice"))
        elif relation:
            seen.add(key)
            relations.append(relation)
    return relations


def read_relation(
    row: Row, problems: Problems, organizations: dict[str, Organization], persons: dict[str, Person]
) -> Relation | None:
    member = organizations.get(row.get("member")) or persons.get(row.get("member"))
    parent = organizations.get(row.get("organization"))
    kind = row.get("relation")
    if member is None:
        problems.add(row.error("member", f"unknown organization or person '{row.get('member')}'"))
    if parent is None:
        problems.add(row.error("organization", f"unknown organization '{row.get('organization')}'"))
    if kind not in RELATIONS:
        problems.add(row.error("relation", f"'{kind}' is not one of {', '.join(RELATIONS)}"))
    if member is None or parent is None or kind not in RELATIONS:
        return None
    if kind == "memberOf" and not parent.is_coalition:
        problems.add(row.error("organization", f"'{parent.id}' is not a coalition (type in organizations.csv)"))
        return None
    if member.id == parent.id:
        problems.add(row.error("member", "an organization cannot be its own member"))
        return None
    if kind != "memberOf":
        evidence = relation_evidence(member.mentions, row.get("evidence"))
        if evidence is None:
            problems.add(row.error("evidence", f"'{row.get('evidence')}' is not written in a mention of the member"))
            return None
        return Relation(member.id, parent.id, kind, evidence)
    evidence, context = membership_evidence(member.mentions, parent, row.get("evidence"), row.get("context"))
    if evidence is None:
        problems.add(row.error(*membership_problem(row, parent)))
        return None
    return Relation(member.id, parent.id, kind, evidence, context)


def membership_problem(row: Row, parent: Organization) -> tuple[str, str]:
    """The column and message of a membership whose evidence cannot be read."""
    context = row.get("context")
    if not context:
        return "evidence", (
            f"'{row.get('evidence')}' is not written in the coalition's list (on or under its line); if a heading or "
            "a table cell names the coalition elsewhere, quote it in the context column"
        )
    if not names_coalition(context, parent):
        return "context", f"'{context}' does not name '{parent.id}' (one of its written_as, its pref_label or acronym)"
    return "context", (
        f"'{context}' is not written on the line of '{row.get('evidence')}' nor just above the block that holds it"
    )


def check_signatories(curated: Curated, problems: Problems) -> None:
    """Every signatory exists, and every agent signs or belongs to something."""
    involved = {r.member for r in curated.relations}
    for statement in curated.statements.values():
        for index, agent_id in enumerate(statement.signatories):
            if curated.agent(agent_id) is None:
                problems.add(
                    DataError(
                        statement.file, None, f"signatories[{index}]", f"unknown organization or person '{agent_id}'"
                    )
                )
            involved.add(agent_id)
    for agent_id in sorted({*curated.organizations, *curated.persons} - involved):
        problems.add(
            DataError(
                "memberships.csv", None, None, f"'{agent_id}' neither signs a statement nor belongs to a coalition"
            )
        )


def check_mentions(curated: Curated, problems: Problems) -> None:
    """A statement may only mention resources the links data defines."""
    known = curated.links.resources()
    for statement in curated.statements.values():
        for index, (resource, _span) in enumerate(statement.mentions):
            if resource not in known:
                problems.add(
                    DataError(
                        statement.file,
                        None,
                        f"mentions[{index}].resource",
                        f"unknown resource '{resource}' (known: {', '.join(sorted(known))})",
                    )
                )


def check_slug(row: Row, column: str, problems: Problems) -> bool:
    return problems.check(
        bool(SLUG.match(row.get(column))),
        lambda: row.error(column, f"'{row.get(column)}' is not a lowercase-hyphenated id"),
    )

"""Reading the UN Member States and their positions on the Compact (``data/links/``).

``states.csv`` lists the 193 Member States with their codes and names; ``gcm_votes.csv`` each
State's recorded vote on resolution 73/195; ``gcm_position_changes.csv`` dated later events
(withdrawals, re-joinings, Champion countries...). The kinds of position are read from
``gcm_position_kinds.csv``, the one place they are defined. The three tables are optional as a
whole (a small test dataset has none), but once ``states.csv`` is there every State needs exactly
one sourced vote, and the statement countries of ``countries.csv`` must agree with it.
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.curation.model import Country, PositionKind, State, StatePosition, States
from graph.curation.tables import Problems, Row, read_table, unique_rows
from graph.errors import DataError

STATE_COLUMNS = ["alpha2", "alpha3", "m49", "wikidata", "name_en", "name_es", "name_fr", "name_pt", "codes_source"]
KIND_COLUMNS = ["kind", "label_en", "label_es", "vote", "amounts_to", "definition"]
FORMATS = {
    "alpha2": r"[A-Z]{2}",
    "alpha3": r"[A-Z]{3}",
    "m49": r"\d{3}",
    "wikidata": r"Q\d+",
}
SHARED = ("alpha3", "m49", "name_en", "name_es", "wikidata")
"""Columns of ``countries.csv`` that ``states.csv`` also gives: they must agree."""
DAY_OR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_states(data_dir: Path, problems: Problems, countries: dict[str, Country], vote_date: str) -> States:
    """States, kinds, votes and changes; empty when ``links/states.csv`` is absent."""
    if not (data_dir / "links" / "states.csv").is_file():
        return States()
    kinds = read_position_kinds(data_dir, problems)
    states = read_state_table(data_dir, problems, countries)
    votes = read_votes(data_dir, problems, states, kinds, vote_date)
    changes = read_changes(data_dir, problems, set(states), kinds)
    return States(states, kinds, votes, changes)


def read_position_kinds(data_dir: Path, problems: Problems) -> dict[str, PositionKind]:
    rows = list(unique_rows(read_table(data_dir, "links/gcm_position_kinds.csv", KIND_COLUMNS[:4], KIND_COLUMNS[4:],
                                       problems), "kind", problems))  # fmt: skip
    kinds: dict[str, PositionKind] = {}
    for row in rows:
        if row.get("vote") not in {"yes", "no"}:
            problems.add(row.error("vote", "expected yes or no"))
            continue
        kinds[row.get("kind")] = PositionKind(
            row.get("kind"), row.get("label_en"), row.get("label_es"), row.get("vote") == "yes",
            row.get("amounts_to"), row.get("definition"),
        )  # fmt: skip
    for row in rows:
        target = row.get("amounts_to")
        if target and not (target in kinds and kinds[target].vote):
            problems.add(row.error("amounts_to", f"'{target}' is not one of the vote kinds"))
    return kinds


def read_state_table(data_dir: Path, problems: Problems, countries: dict[str, Country]) -> dict[str, State]:
    states: dict[str, State] = {}
    rows = read_table(data_dir, "links/states.csv", STATE_COLUMNS, [], problems)
    for row in unique_rows(rows, "alpha2", problems):
        bad = [column for column, pattern in FORMATS.items() if not re.fullmatch(pattern, row.get(column))]
        for column in bad:
            problems.add(row.error(column, f"'{row.get(column)}' does not match {FORMATS[column]}"))
        known = countries.get(row.get("alpha2"))
        for column in SHARED if known else ():
            if getattr(known, column) != row.get(column):
                problems.add(row.error(column, f"'{row.get(column)}' disagrees with countries.csv "
                                               f"('{getattr(known, column)}')"))  # fmt: skip
        if not bad:
            states[row.get("alpha2")] = State(*(row.get(column) for column in STATE_COLUMNS))
    for code in sorted(set(countries) - set(states)):
        problems.add(DataError("links/states.csv", None, "alpha2", f"statement country '{code}' is not listed"))
    return states


def read_votes(
    data_dir: Path, problems: Problems, states: dict[str, State], kinds: dict[str, PositionKind], vote_date: str
) -> list[StatePosition]:
    votes: dict[str, StatePosition] = {}
    if not DAY.match(vote_date):
        problems.add(DataError("links/compact.yaml", None, "compact.adopted", "the date of the vote is needed"))
    for row in read_table(data_dir, "links/gcm_votes.csv", ["alpha2", "vote", "source", "read"], [], problems):
        kind = kinds.get(row.get("vote"))
        if check_common(row, problems, set(states)):
            if kind is None or not kind.vote:
                problems.add(row.error("vote", f"'{row.get('vote')}' is not a vote kind of gcm_position_kinds.csv"))
            elif row.get("alpha2") in votes:
                problems.add(row.error("alpha2", f"a second vote for '{row.get('alpha2')}'"))
            else:
                votes[row.get("alpha2")] = StatePosition(row.get("alpha2"), vote_date, kind.kind, "",
                                                         row.get("source"), row.get("read"))  # fmt: skip
    for code in sorted(set(states) - set(votes)):
        problems.add(DataError("links/gcm_votes.csv", None, "alpha2", f"no vote recorded for '{code}'"))
    return [votes[code] for code in sorted(votes)]


def read_changes(
    data_dir: Path, problems: Problems, states: set[str], kinds: dict[str, PositionKind]
) -> list[StatePosition]:
    columns = ["alpha2", "date", "event", "source", "read"]
    changes: dict[tuple[str, str, str], StatePosition] = {}
    for row in read_table(data_dir, "links/gcm_position_changes.csv", columns, ["detail"], problems):
        kind = kinds.get(row.get("event"))
        if not check_common(row, problems, states):
            continue
        if kind is None or kind.vote:
            problems.add(row.error("event", f"'{row.get('event')}' is not a change kind of gcm_position_kinds.csv"))
        elif not DAY_OR_MONTH.match(row.get("date")):
            problems.add(row.error("date", f"'{row.get('date')}' is not a date YYYY-MM-DD or a month YYYY-MM"))
        elif (key := (row.get("alpha2"), row.get("date"), row.get("event"))) in changes:
            problems.add(row.error("event", "the same event is listed twice for this State and date"))
        else:
            changes[key] = StatePosition(*key, row.get("detail"), row.get("source"), row.get("read"))
    return [changes[key] for key in sorted(changes)]


def check_common(row: Row, problems: Problems, states: set[str]) -> bool:
    """The State is listed and the read date well-formed; reports and returns False otherwise."""
    if row.get("alpha2") not in states:
        problems.add(row.error("alpha2", f"'{row.get('alpha2')}' is not a Member State of states.csv"))
        return False
    if not DAY.match(row.get("read")):
        problems.add(row.error("read", f"'{row.get('read')}' is not a date YYYY-MM-DD"))
        return False
    return True

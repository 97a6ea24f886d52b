"""Reading the links out to other datasets (``data/links/``): SDG targets, the Compact and its events, and
external identifiers of organizations. Shipped with the data so a build is offline and reproducible.

A link is only published with its basis and source: a target the GCM text cites is
``gcm:citesSdgTarget``; a curator's thematic mapping is ``skos:relatedMatch``, never the former.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from graph.curation.model import ExternalIds, Links, SdgLink
from graph.curation.schema import COMPACT_FILE_KEYS, COMPACT_KEYS, EVENT_KEYS
from graph.curation.tables import SLUG, Problems, read_table, read_yaml, unknown_keys
from graph.errors import DataError

SDG_TARGET = re.compile(r"^(?:[1-9]|1[0-7])\.(?:[1-9][0-9]?|[a-c])$")
BASES = ("asserted", "thematic")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEBSITE = re.compile(r"^https?://[^\s]+$")


def read_links(data_dir: Path, problems: Problems, objectives: set[int], organizations: set[str]) -> Links:
    links_dir = data_dir / "links"
    links = Links()
    links.sdg = read_sdg_links(data_dir, problems, objectives)
    links.organizations = read_external_ids(data_dir, problems, organizations)
    if (links_dir / "compact.yaml").is_file():
        document = read_yaml(links_dir / "compact.yaml", data_dir, problems) or {}
        report_unknown(document, COMPACT_FILE_KEYS, "", problems)
        links.compact = read_compact(document.get("compact"), problems)
        links.events = read_events(document.get("events"), problems)
    return links


def read_sdg_links(data_dir: Path, problems: Problems, objectives: set[int]) -> list[SdgLink]:
    columns = ["objective", "target", "basis", "rationale", "source"]
    found: list[SdgLink] = []
    for row in read_table(data_dir, "links/sdg_targets.csv", columns, [], problems):
        objective, target, basis = row.get("objective"), row.get("target"), row.get("basis")
        if not objective.isdigit() or int(objective) not in objectives:
            problems.add(row.error("objective", f"unknown objective '{objective}' (the GCM has 1-23)"))
        elif not SDG_TARGET.match(target):
            problems.add(row.error("target", f"'{target}' is not an SDG target such as 10.7 or 10.c"))
        elif basis not in BASES:
            problems.add(row.error("basis", f"'{basis}' is not one of {', '.join(BASES)}"))
        else:
            found.append(SdgLink(int(objective), target, basis, row.get("rationale"), row.get("source")))
    return found


EXTERNAL_ID_COLUMNS = ["organization", "website", "wikidata", "wikipedia", "source", "read", "note"]
"""Columns of ``links/organizations.csv``; a row with only a source and a note records a search."""
WIKIPEDIA = re.compile(r"^https?://[a-z-]+\.wikipedia\.org/wiki/[^\s]+$")


def read_external_ids(data_dir: Path, problems: Problems, organizations: set[str]) -> list[ExternalIds]:
    rows = read_table(data_dir, "links/organizations.csv", ["organization"], EXTERNAL_ID_COLUMNS[1:], problems)
    found: list[ExternalIds] = []
    for row in rows:
        problem = external_id_problem(row.values, organizations)
        if problem:
            problems.add(row.error(*problem))
        elif row.get("wikidata") or row.get("website") or row.get("wikipedia"):
            found.append(
                ExternalIds(row.get("organization"), row.get("wikidata"), row.get("website"), row.get("source"),
                            row.get("wikipedia"), row.get("read"))
            )  # fmt: skip
    return found


def external_id_problem(row: dict[str, str], organizations: set[str]) -> tuple[str, str] | None:
    """(field, message) for the first problem of one row of ``links/organizations.csv``."""
    wikidata, website, wikipedia = row.get("wikidata", ""), row.get("website", ""), row.get("wikipedia", "")
    if row.get("organization") not in organizations:
        return "organization", f"unknown organization '{row.get('organization')}'"
    if wikidata and not re.fullmatch(r"Q\d+", wikidata):
        return "wikidata", f"'{wikidata}' is not a Wikidata id such as Q414"
    if website and not WEBSITE.match(website):
        return "website", f"'{website}' is not an http(s) address"
    if wikipedia and not WIKIPEDIA.match(wikipedia):
        return "wikipedia", f"'{wikipedia}' is not a Wikipedia article address"
    if (wikidata or website or wikipedia) and not row.get("source"):
        return "source", "an identifier needs the source it was checked in"
    if row.get("read") and not DATE.match(row["read"]):
        return "read", f"'{row['read']}' is not a date YYYY-MM-DD"
    return None


def read_compact(compact: Any, problems: Problems) -> dict[str, Any]:
    file = "links/compact.yaml"
    if not isinstance(compact, dict) or not SLUG.match(str(compact.get("id", ""))):
        problems.add(DataError(file, None, "compact", "expected a mapping with an id, title, symbol and source"))
        return {}
    report_unknown(compact, COMPACT_KEYS, "compact", problems)
    for key in ("title", "symbol", "source"):
        if not compact.get(key):
            problems.add(DataError(file, None, f"compact.{key}", "required text is missing"))
    if compact.get("adopted") and not DATE.match(str(compact["adopted"])):
        problems.add(DataError(file, None, "compact.adopted", "expected a date YYYY-MM-DD"))
    return compact


def read_events(events: Any, problems: Problems) -> dict[str, dict[str, Any]]:
    file = "links/compact.yaml"
    read: dict[str, dict[str, Any]] = {}
    for index, event in enumerate(events or []):
        label = f"events[{index}]"
        if not isinstance(event, dict) or not SLUG.match(str(event.get("id", ""))):
            problems.add(DataError(file, None, label, "expected a mapping with a lowercase-hyphenated id"))
            continue
        report_unknown(event, EVENT_KEYS, label, problems)
        if not event.get("source"):
            problems.add(DataError(file, None, f"{label}.source", "every event needs its source"))
        for key in ("start", "end"):
            if key in event and not DATE.match(str(event[key])):
                problems.add(DataError(file, None, f"{label}.{key}", "expected a date YYYY-MM-DD"))
        read[str(event["id"])] = event
    return read


def report_unknown(mapping: dict[str, Any], allowed: frozenset[str], label: str, problems: Problems) -> None:
    for key, message in unknown_keys(mapping, allowed):
        problems.add(DataError("links/compact.yaml", None, f"{label}.{key}" if label else key, message))

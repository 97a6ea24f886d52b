"""Proposing Wikidata identifiers for organizations, for a curator to accept or reject.

``gcmkg link organizations --endpoint URL`` asks a SPARQL endpoint with Wikidata's shape (labels
as ``rdfs:label``/``skos:altLabel``, ``wdt:P31`` instance of, ``wdt:P17`` country, ``wdt:P297`` ISO
code) for items whose label equals one of an organization's names, scores each candidate by name,
acronym and country agreement, and writes a review file. Nothing is linked until a curator marks
a row ``accept`` and runs ``gcmkg link accept``.

Endpoints throttle: 429 and 503 answers are retried with exponential backoff, honouring
``Retry-After``; timeouts are retried too. ``--cache DIR`` keeps every answer on disk so a rerun is
offline and gives the same review file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
import urllib.error
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from rdflib import Literal

from graph.curation.links import EXTERNAL_ID_COLUMNS
from graph.curation.model import Curated, Organization
from graph.errors import CurationError, DataError, GcmkgError
from graph.rdf.serialize import write_atomically
from graph.sparql.remote import REMOTE_ERRORS, EndpointError, remote_failure, sparql_client

LANGUAGES = ("es", "en", "pt", "fr")
HUMAN = "http://www.wikidata.org/entity/Q5"
WIKIDATA_ITEM = re.compile(r"^http://www\.wikidata\.org/entity/(Q\d+)$")
REVIEW_COLUMNS = [
    "organization", "pref_label", "candidate", "candidate_label", "score", "reasons", "endpoint", "retrieved",
    "decision",
]  # fmt: skip
DECISIONS = ("", "accept", "reject")


class ReconcileError(GcmkgError):
    """The endpoint kept failing, or a review file cannot be applied."""


@dataclass(frozen=True)
class Candidate:
    organization: str
    item: str
    label: str
    score: float
    reasons: str


@dataclass
class Evidence:
    """What an endpoint said about one item for one organization."""

    matched: set[str]
    labels: set[str]
    countries: set[str]
    types: set[str]


def names_of(organization: Organization) -> list[str]:
    """Every name to look up: the preferred label and each written form without its acronym."""
    names = [organization.pref_label]
    for written in organization.written_as:
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", written).strip()
        names += [written, bare]
    if organization.acronym:
        names.append(organization.acronym)
    return list(dict.fromkeys(name for name in names if name))


def candidate_query(organizations: list[Organization]) -> str:
    """One query for a batch: every name in every language, bound with VALUES as RDF literals."""
    rows = [
        f'    ("{organization.id}" {Literal(name, lang=language).n3()})'
        for organization in organizations
        for name in names_of(organization)
        for language in LANGUAGES
    ]
    return (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
        "SELECT ?key ?text ?item ?label ?country ?type WHERE {\n"
        "  VALUES (?key ?text) {\n" + "\n".join(rows) + "\n  }\n"
        "  ?item rdfs:label|skos:altLabel ?text .\n"
        "  OPTIONAL { ?item rdfs:label ?label }\n"
        "  OPTIONAL { ?item wdt:P17/wdt:P297 ?country }\n"
        "  OPTIONAL { ?item wdt:P31 ?type }\n"
        "}"
    )


class DiskCache:
    """Endpoint answers on disk, keyed by endpoint and query text, so reruns are offline."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, endpoint: str, query: str) -> Path:
        digest = hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()
        return self.directory / f"{digest}.json"

    def get(self, endpoint: str, query: str) -> dict[str, Any] | None:
        path = self.path(endpoint, query)
        if not path.is_file():
            return None
        answer: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return answer

    def put(self, endpoint: str, query: str, answer: dict[str, Any]) -> None:
        write_atomically({self.path(endpoint, query): json.dumps(answer, sort_keys=True, ensure_ascii=False)})


RETRYABLE = (429, 503)
"""HTTP statuses that mean "ask again later": throttling and a busy server."""


def retry_delay(headers: Any, attempt: int, base: float) -> float:
    """Seconds to wait: the server's Retry-After (seconds or an HTTP date), else exponential backoff."""
    value = str(headers.get("Retry-After") or "") if headers else ""
    if value:
        if value.strip().isdigit():
            return float(value.strip())
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            pass
    return float(base * 2**attempt)


def fetch_json(
    endpoint: str,
    query: str,
    timeout: int = 30,
    retries: int = 4,
    backoff: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, Any]:
    """SPARQL JSON results, retrying throttling (429, 503) and timeouts up to ``retries`` times."""
    last = ""
    for attempt in range(retries + 1):
        try:
            answer = sparql_client(endpoint, query, "SELECT", timeout).query()
            result: dict[str, Any] = json.loads(answer.response.read())
            return result
        except urllib.error.HTTPError as error:
            if error.code not in RETRYABLE:
                raise remote_failure(endpoint, error, timeout) from None
            last = f"HTTP {error.code} {error.reason}"
            delay = retry_delay(error.headers, attempt, backoff)
        except REMOTE_ERRORS as error:
            failure = remote_failure(endpoint, error, timeout)
            if not (isinstance(failure, EndpointError) and failure.timed_out):
                raise failure from None
            last = f"no answer within {timeout} s"
            delay = backoff * (2**attempt)
        if attempt < retries:
            sleep(delay)
    raise ReconcileError(f"{endpoint} still failing after {retries + 1} attempts ({last})")


def evidence_by_candidate(answer: dict[str, Any]) -> dict[tuple[str, str], Evidence]:
    """(organization id, Q-id) -> the names it matched and the item's labels, countries, types."""
    found: dict[tuple[str, str], Evidence] = {}
    for row in answer.get("results", {}).get("bindings", []):
        item = WIKIDATA_ITEM.match(row.get("item", {}).get("value", ""))
        if not item:
            continue
        key = (row["key"]["value"], item.group(1))
        evidence = found.setdefault(key, Evidence(set(), set(), set(), set()))
        evidence.matched.add(row["text"]["value"])
        for field, target in (("label", evidence.labels), ("country", evidence.countries), ("type", evidence.types)):
            if field in row:
                target.add(row[field]["value"])
    return found


def score_candidate(organization: Organization, countries: set[str], evidence: Evidence) -> tuple[float, list[str]]:
    """A score from 0 to 1 and the reasons for it, for the curator to read."""
    reasons: list[str] = []
    full_names = {n for n in names_of(organization) if n != organization.acronym}
    if organization.pref_label in evidence.matched:
        score = 0.7
        reasons.append(f"label equals the preferred name '{organization.pref_label}'")
    elif evidence.matched & full_names:
        score = 0.6
        reasons.append(f"label equals the written name '{sorted(evidence.matched & full_names)[0]}'")
    else:
        score = 0.3
        reasons.append(f"only the acronym '{organization.acronym}' matches")
    if countries and evidence.countries & countries:
        score += 0.3
        reasons.append(f"country agrees ({', '.join(sorted(evidence.countries & countries))})")
    elif countries and evidence.countries:
        score -= 0.3
        reasons.append(f"country disagrees ({', '.join(sorted(evidence.countries))} vs {', '.join(sorted(countries))})")
    if HUMAN in evidence.types:
        score -= 0.5
        reasons.append("the item is a human, not an organization")
    return round(min(1.0, max(0.0, score)), 2), reasons


def candidates_for(curated: Curated, answer: dict[str, Any]) -> list[Candidate]:
    countries: dict[str, set[str]] = defaultdict(set)
    for claim in curated.location_claims:
        countries[claim.agent].add(claim.country)
    found: list[Candidate] = []
    for (organization_id, item), evidence in evidence_by_candidate(answer).items():
        organization = curated.organizations[organization_id]
        score, reasons = score_candidate(organization, countries[organization_id], evidence)
        label = sorted(evidence.labels)[0] if evidence.labels else ""
        found.append(Candidate(organization_id, item, label, score, "; ".join(reasons)))
    return found


def unlinked_organizations(curated: Curated) -> list[Organization]:
    linked = {ids.organization for ids in curated.links.organizations if ids.wikidata}
    return [o for o in sorted(curated.organizations.values(), key=lambda o: o.id) if o.id not in linked]


def propose_links(
    curated: Curated,
    endpoint: str,
    cache: DiskCache | None = None,
    batch_size: int = 20,
    fetch: Callable[[str, str], dict[str, Any]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Candidate]:
    """Ranked candidates for every organization without a Wikidata link, batch by batch."""
    fetch = fetch or (lambda url, query: fetch_json(url, query))
    organizations = unlinked_organizations(curated)
    batches = [organizations[i : i + batch_size] for i in range(0, len(organizations), batch_size)]
    found: list[Candidate] = []
    for number, batch in enumerate(batches, start=1):
        query = candidate_query(batch)
        answer = cache.get(endpoint, query) if cache else None
        if answer is None:
            answer = fetch(endpoint, query)
            if cache:
                cache.put(endpoint, query, answer)
        found += candidates_for(curated, answer)
        if progress:
            progress(number, len(batches))
    return sorted(found, key=lambda c: (c.organization, -c.score, int(c.item[1:])))


def review_csv(candidates: Iterable[Candidate], curated: Curated, endpoint: str, retrieved: date) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REVIEW_COLUMNS)
    for c in candidates:
        pref = curated.organizations[c.organization].pref_label
        writer.writerow([c.organization, pref, c.item, c.label, f"{c.score:.2f}", c.reasons, endpoint,
                         retrieved.isoformat(), ""])  # fmt: skip
    return buffer.getvalue()


def accepted_links(review: Path, organizations: set[str]) -> dict[str, tuple[str, str]]:
    """organization -> (Q-id, source) for every row a curator marked ``accept``."""
    errors: list[DataError] = []
    accepted: dict[str, tuple[str, str]] = {}
    rows = csv.DictReader(review.read_text(encoding="utf-8").splitlines())
    for number, row in enumerate(rows, start=2):
        decision = (row.get("decision") or "").strip().lower()
        organization, item = row.get("organization", ""), row.get("candidate", "")
        if decision not in DECISIONS:
            errors.append(DataError(review.name, number, "decision", f"'{decision}' is not accept, reject or blank"))
        elif decision == "accept" and organization not in organizations:
            errors.append(DataError(review.name, number, "organization", f"unknown organization '{organization}'"))
        elif decision == "accept" and organization in accepted:
            errors.append(DataError(review.name, number, "decision", f"a second accepted link for '{organization}'"))
        elif decision == "accept" and not re.fullmatch(r"Q\d+", item):
            errors.append(DataError(review.name, number, "candidate", f"'{item}' is not a Wikidata id"))
        elif decision == "accept":
            source = (
                f"Wikidata {item}, proposed by gcmkg link from {row.get('endpoint')} on {row.get('retrieved')} "
                f"(score {row.get('score')}: {row.get('reasons')}); accepted by a curator in {review.name}"
            )
            accepted[organization] = (item, source)
    if errors:
        raise CurationError(errors)
    return accepted


def apply_review(review: Path, data_dir: Path, organizations: set[str]) -> int:
    """Write the accepted links into ``data/links/organizations.csv``; returns how many.

    Every other column of the table (website, Wikipedia article, note) is kept as it is; an
    accepted item's source is added to the sources already recorded for that row.
    """
    table = data_dir / "links" / "organizations.csv"
    rows = list(csv.DictReader(table.read_text(encoding="utf-8").splitlines())) if table.is_file() else []
    accepted = accepted_links(review, organizations)
    listed = {row["organization"] for row in rows}
    rows += [{"organization": o} for o in sorted(accepted) if o not in listed]
    for row in rows:
        if row["organization"] in accepted:
            item, source = accepted[row["organization"]]
            row["wikidata"] = item
            row["source"] = " ; ".join(part for part in (row.get("source"), source) if part)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXTERNAL_ID_COLUMNS, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    write_atomically({table: buffer.getvalue()})
    return len(accepted)

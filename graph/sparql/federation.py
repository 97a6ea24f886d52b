"""Joining this graph with others: further RDF as named graphs, and SERVICE calls the user allows.

Offline by default: a query that calls ``SERVICE <endpoint>`` runs only when the user names that
endpoint (``--service URL``); ``--with`` loads a file, or a URL the user typed, into its own named
graph so a query can join it with ``GRAPH <iri> { ... }``.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from graph import __version__
from graph.errors import GcmkgError
from graph.sparql.library import Query
from graph.sparql.tokens import tokenize

USER_AGENT = f"gcmkg/{__version__} (+https://w3id.org/gcmkg)"
ACCEPT = "text/turtle, application/n-triples, application/rdf+xml;q=0.9, application/ld+json;q=0.8, */*;q=0.1"


MAX_DOWNLOAD = 64 * 1024 * 1024
"""Bytes a ``--with URL`` may send; a larger answer is refused rather than filling memory."""


class FederationError(GcmkgError):
    """A further graph could not be loaded, or a SERVICE call was not allowed."""

    exit_code = 2


class DownloadError(FederationError):
    """A ``--with URL`` could not be fetched: a failure of the network or the server (exit 1)."""

    exit_code = 1


def service_targets(query: Query) -> list[str]:
    """The endpoints the query's SERVICE clauses call (a variable target is returned as '?var')."""
    tokens = list(tokenize(query.text))
    targets: list[str] = []
    for index, token in enumerate(tokens):
        if token.kind != "word" or token.text.upper() != "SERVICE":
            continue
        following = tokens[index + 1 : index + 3]
        if following and following[0].kind == "word" and following[0].text.upper() == "SILENT":
            following = following[1:]
        if not following:
            continue
        target = following[0]
        if target.kind == "iri":
            targets.append(target.text[1:-1])
        elif target.kind == "pname":
            prefix, _, local = target.text.partition(":")
            targets.append(query.prefixes.get(prefix, f"{prefix}:") + local)
        else:
            targets.append(target.text)
    return targets


def check_services(query: Query, allowed: tuple[str, ...]) -> None:
    """Refuse a SERVICE call to any endpoint the user did not name."""
    for target in service_targets(query):
        if target not in allowed or target.startswith(("?", "$")):
            hint = (
                "a SERVICE with a variable target is never run"
                if target.startswith(("?", "$"))
                else (f"name it to allow the request: --service {target}")
            )
            raise FederationError(f"the query calls SERVICE {target}, which gcmkg does not contact unasked; {hint}")


def graph_name(location: str) -> str:
    """The named graph a ``--with`` file or URL is loaded into: its URL, or the file's file: URI."""
    if location.startswith(("http://", "https://")):
        return location
    return Path(location).resolve().as_uri()


def rdf_bytes(location: str, timeout: int) -> tuple[bytes, ox.RdfFormat]:
    if location.startswith(("http://", "https://")):
        data, media_type = download(location, timeout)
        found = ox.RdfFormat.from_media_type(media_type) or ox.RdfFormat.from_extension(location.rsplit(".", 1)[-1])
        if found is None:
            raise FederationError(f"{location} answered {media_type}, which is not an RDF format")
        return data, found
    path = Path(location)
    if not path.is_file():
        raise FederationError(f"--with {location}: no such file")
    found = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    if found is None:
        raise FederationError(f"--with {location}: unknown RDF format (use .ttl, .nt, .nq, .trig, .rdf or .jsonld)")
    return path.read_bytes(), found


def load_further_graphs(store: ox.Store, locations: tuple[str, ...], timeout: int = 30) -> list[str]:
    """Load each file or URL into its own named graph; returns the graph names in order."""
    names: list[str] = []
    for location in locations:
        data, rdf_format = rdf_bytes(location, timeout)
        name = graph_name(location)
        try:
            store.load(data, format=rdf_format, base_iri=name, to_graph=ox.NamedNode(name))
        except SyntaxError as error:
            raise FederationError(f"--with {location} is not valid {rdf_format.name}: {error}") from None
        names.append(name)
    return names


def download(location: str, timeout: float) -> tuple[bytes, str]:
    """The body and media type at ``location``, within ``timeout`` seconds in all (a server that
    trickles a byte at a time is cut off too) and at most MAX_DOWNLOAD bytes."""
    request = urllib.request.Request(location, headers={"Accept": ACCEPT, "User-Agent": USER_AGENT})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            declared = answer.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > MAX_DOWNLOAD:
                raise too_large(location)
            parts: list[bytes] = []
            size = 0
            while chunk := answer.read1(65536):
                size += len(chunk)
                if size > MAX_DOWNLOAD:
                    raise too_large(location)
                if time.monotonic() > deadline:
                    raise DownloadError(f"cannot load {location}: not complete after the time limit of {timeout:g} s")
                parts.append(chunk)
            return b"".join(parts), answer.headers.get_content_type()
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise DownloadError(f"cannot load {location}: {getattr(error, 'reason', error)}") from None


def too_large(location: str) -> DownloadError:
    return DownloadError(f"cannot load {location}: it is larger than {MAX_DOWNLOAD:,} bytes")

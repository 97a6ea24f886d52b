"""What each file of the static site was made from, so an incremental run skips unchanged work.

The manifest (``.gcmkg-site.json`` in the site's folder) keeps, per file, a hash of its inputs
(for a profile: the profile, its triples, the set of pages and the site's code; for the files made
from the whole graph: the graph's own hash) and the size and mtime of the file as written. A file
whose inputs hash and whose size and mtime are as recorded is neither made again nor rewritten.
Anything else (a new input, a file edited or deleted by hand, no manifest) is made again, and
still written only when its bytes differ (:class:`graph.site.static.Writer`).
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

import pyoxigraph

NAME = ".gcmkg-site.json"
VERSION = 1
_CODE = (Path(__file__).parent, Path(__file__).parent.parent / "network")


def digest(*parts: str | bytes) -> str:
    """A hex SHA-256 of ``parts`` (each one length-prefixed, so they cannot run into each other)."""
    found = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        found.update(len(data).to_bytes(8, "big") + data)
    return found.hexdigest()


def code_hash() -> str:
    """The site's and the network pages' code and templates, and the libraries that shape the output."""
    files = sorted(p for folder in _CODE for p in folder.rglob("*") if p.is_file() and p.suffix != ".pyc")
    versions = [f"{name} {metadata.version(name)}" for name in ("jinja2", "markupsafe")]
    return digest(str(VERSION), pyoxigraph.__version__, *versions, *(p.name.encode() + p.read_bytes() for p in files))


class Manifest:
    """The inputs' hash, size and mtime of every file, read from the last run and recorded anew."""

    def __init__(self, root: Path) -> None:
        self.root, self.path = root, root / NAME
        self.old: dict[str, list[object]] = {}
        self.new: dict[str, list[object]] = {}
        self.graph = ""
        try:
            found = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(found, dict) and found.get("version") == VERSION:
                self.old, self.graph = found.get("files", {}), found.get("graph", "")
        except (OSError, ValueError):
            self.old = {}

    def same_graph(self, key: str) -> bool:
        """True when the last run was made from this graph (and this code): every page whose file
        is as written then can be kept without building its profile."""
        return self.graph == key

    def kept(self, relative: str) -> bool:
        """True when ``relative`` is as the last run wrote it (its recorded inputs then stand)."""
        entry = self.old.get(relative)
        return entry is not None and self.fresh(relative, str(entry[0]))

    def fresh(self, relative: str, key: str) -> bool:
        """True when the file was made from these inputs and is still as it was written."""
        entry = self.old.get(relative)
        if not entry or entry[0] != key:
            return False
        try:
            stat = (self.root / relative).stat()
        except OSError:
            return False
        if [stat.st_size, stat.st_mtime_ns] != entry[1:]:
            return False
        self.new[relative] = entry
        return True

    def record(self, relative: str, key: str) -> None:
        stat = (self.root / relative).stat()
        self.new[relative] = [key, stat.st_size, stat.st_mtime_ns]

    def text(self, graph: str) -> str:
        files = dict(sorted(self.new.items()))
        return json.dumps({"version": VERSION, "graph": graph, "files": files}, indent=0) + "\n"

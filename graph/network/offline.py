"""What every offline page shares: Jinja2 templates with autoescape, inline scripts and styles, the CSP.

A page is one HTML file that works from ``file://``: its scripts and styles sit inline, its data is
JSON in a ``<script type="application/json">``, and a Content-Security-Policy runs only those exact
scripts (by hash) and lets nothing be fetched. Jinja2 escapes every value the templates write;
only the inline code and the JSON (made safe here) are passed as markup.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from graph.escape import script_json

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("graph.network", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


def package_text(*parts: str) -> str:
    """A text file shipped in a package (our templates, pyvis's copy of vis-network)."""
    package, *path = parts
    return resources.files(package).joinpath(*path).read_text(encoding="utf-8")


def template_text(name: str) -> str:
    """One of this package's template files (scripts and styles)."""
    return package_text("graph.network", "templates", name)


def inline(text: str, tag: str) -> str:
    """``text`` fit to sit inside ``<tag>``: no closing tag or comment opener in it, no source map."""
    text = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE)
    if re.search(rf"</{tag}|<!--", text, flags=re.IGNORECASE):
        raise ValueError(f"cannot inline text that holds </{tag} or <!--")
    return text


def csp(scripts: Iterable[str]) -> str:
    """A policy that runs only these scripts and lets nothing be fetched."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def render(template: str, title: str, data: Any, scripts: list[str], styles: list[str]) -> str:
    """A page from ``templates/<template>``: ``title`` escaped, scripts, styles and data inline.

    The template receives ``title``, ``csp``, ``styles`` and ``scripts`` (lists of markup) and
    ``data`` (JSON markup); ``scripts`` run in order after the data.
    """
    scripts = [inline(script, "script") for script in scripts]
    return _ENVIRONMENT.get_template(template).render(
        title=title,
        csp=csp(scripts),
        styles=[Markup(inline(style, "style")) for style in styles],
        scripts=[Markup(script) for script in scripts],
        data=Markup(script_json(data)),
    )

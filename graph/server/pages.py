"""HTML for people: the templates, the headers every page carries, and data for inline JSON.

Jinja2 escapes every value it writes (autoescape is on for all templates), which is what keeps a
name such as ``<img onerror=…>`` in the data from ever becoming markup.
"""

from __future__ import annotations

from typing import Any

import jinja2
from markupsafe import Markup

from graph.escape import script_json as escaped_json

PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
"""Content-Security-Policy of the server's pages: scripts and requests to this server only."""

PAGE_HEADERS = {
    "Content-Security-Policy": PAGE_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("graph.server", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(template: str, **context: Any) -> str:
    """The HTML of ``templates/<template>`` with ``context``, every value escaped."""
    return _ENVIRONMENT.get_template(template).render(**context)


def script_json(data: Any) -> Markup:
    """:func:`graph.escape.script_json`, marked safe for Jinja2 (it escapes what matters itself)."""
    return Markup(escaped_json(data))

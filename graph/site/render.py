"""HTML of the profiles and the site's own pages, for the server and for the static folder.

Jinja2 with autoescape on for every template: names and quotes are third-party text, so every
value is escaped where it is written. The page's JSON-LD sits in a ``<script>`` data block with
``<``, ``>`` and ``&`` written as ``\\u`` escapes, so no text in it can close the element.
Links go through a :class:`Linker`: absolute ``/id/...`` paths on the server, relative
``../organization/caref.html`` paths in the static folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup, escape
from pyoxigraph import RdfFormat, Triple, serialize

from graph.namespaces import DCTERMS, GCM, ORG, PREFIXES, SCHEMA, SKOS
from graph.site.kinds import LIMITS, Profile
from graph.site.profiles import Quote
from graph.site.rows import ID_BASE, Ref

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("graph.site", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
PREDICATES = {
    "memberOf": ORG.memberOf, "hasMember": ORG.hasMember, "basedIn": GCM.basedIn,
    "classification": ORG.classification, "subOrganizationOf": ORG.subOrganizationOf,
    "definition": SKOS.definition, "altLabel": SKOS.altLabel, "notation": SKOS.notation,
    "paragraph": GCM.paragraph, "source": DCTERMS.source, "date": DCTERMS.date, "language": DCTERMS.language,
    "genre": SCHEMA.genre, "addressee": GCM.addressee, "event": GCM.event, "mentions": SCHEMA.mentions,
    "signatoryCountry": GCM.signatoryCountry, "alpha2": GCM.iso3166Alpha2, "alpha3": GCM.iso3166Alpha3,
    "m49": GCM.m49,
}  # fmt: skip
"""The predicates the templates read from a profile's facts, by a short name."""


@dataclass(frozen=True)
class Linker:
    """Where a page links to: ``root`` + the IRI's path + ``suffix``; ``pages`` limits the IRIs
    that have a page (None: every IRI of ours has one, as on the server)."""

    root: str
    suffix: str = ""
    pages: frozenset[str] | None = None
    home: str = "/"
    nav: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def href(self, target: Ref | str) -> str | None:
        iri = target.iri if isinstance(target, Ref) else target
        if not iri.startswith(ID_BASE):
            return iri if iri.startswith(("http://", "https://")) else None
        path = iri[len(ID_BASE) :]
        if self.pages is not None and path not in self.pages:
            return None
        return f"{self.root}{path}{self.suffix}"

    def a(self, target: Ref) -> Markup:
        """The resource's label, escaped, as a link to its page where it has one (the ``ref``
        macro, done in Python: pages call it thousands of times)."""
        href = self.href(target)
        if href is None:
            return escape(target.label)
        return Markup(f'<a href="{escape(href)}">{escape(target.label)}</a>')

    def quote(self, quote: Quote, show_statement: bool = True) -> Markup:
        """A quote with its stance, its statement (``show_statement``) and a link to its span: the
        ``quote`` macro's markup, made in Python for the same reason as :meth:`a`."""
        parts = [f'<blockquote>{escape(quote.text)}<span class="meta">']
        if quote.stance:
            parts.append(f'<span class="stance">{escape(quote.stance)}</span> ')
        if show_statement:
            parts.append(self.a(quote.statement))
            parts.append(f" ({escape(quote.date)}) · " if quote.date else " · ")
        span = self.span(quote)
        if span:
            parts.append(f'<a class="span-link" href="{escape(span)}">in the source text</a>')
        return Markup("".join(parts) + "</span></blockquote>")

    def span(self, quote: Quote) -> str | None:
        """The quote's span on its statement's page."""
        page = self.href(quote.statement)
        return f"{page}#{quote.anchor}" if page and quote.anchor else page


def script_safe(text: str) -> Markup:
    """Text that can sit inside a ``<script>`` data block without ending it."""
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return Markup(text)


def jsonld(triples: list[Triple]) -> Markup:
    """The triples as JSON-LD, ready for ``<script type="application/ld+json">``."""
    body = serialize(triples, format=RdfFormat.JSON_LD, prefixes=dict(PREFIXES)) or b""
    return script_safe(body.decode("utf-8"))


@cache
def stylesheet() -> str:
    return resources.files("graph.site").joinpath("templates/site.css").read_text(encoding="utf-8")


def render(template: str, linker: Linker, **context: Any) -> str:
    """The HTML of ``templates/<template>``, every value escaped."""
    return _ENVIRONMENT.get_template(template).render(
        link=linker,
        P={name: str(iri) for name, iri in PREDICATES.items()},
        css=Markup(stylesheet()),
        limits=LIMITS,
        **context,
    )


def render_profile(profile: Profile, linker: Linker, triples: list[Triple], generic: str | None) -> str:
    """The profile page, with its JSON-LD and a link to the generic view (``generic``)."""
    return render(profile.template, linker, page=profile, facts=profile.facts, jsonld=jsonld(triples), generic=generic)

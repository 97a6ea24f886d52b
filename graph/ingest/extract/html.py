"""A saved web page: its main content only, lists kept with their nesting as indentation.

selectolax (the Lexbor HTML5 parser) parses the page; the walk below writes one line per block
and keeps what the signatory reader needs: list items as ``-``/``1.`` lines indented two spaces
per level, table rows as ``cell | cell``, headings on their own line. Navigation, headers,
footers, forms and banners (cookie notices, share links, newsletters: found by their element,
ARIA role, id or class) are dropped; when the page marks its main content (``<main>``,
``<article>``, ``role=main``) only that is read. Hand-written on top of the parser because the
general-purpose extractors flatten nested lists, and nesting is what says who is a coalition's member.
"""

from __future__ import annotations

import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from graph.ingest.countries import Gazetteer
from graph.ingest.extract.common import Extraction, join_lines, list_line, tidy
from graph.ingest.extract.plain import decode

DROPPED_TAGS = "script, style, noscript, template, nav, aside, form, button, iframe, svg, dialog"
PAGE_PARTS = "header, footer"  # dropped unless inside the main content (an article's own header)
DROPPED_ROLES = ("navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog")
BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|banner|share|sharing|social|newsletter|subscribe|breadcrumb|navbar|menu|sidebar|"
    r"popup|modal|related|comment|footer|skip-link|advert",
    re.I,
)
BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "address",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
        "title",
    ]
)
PLACES = Gazetteer(set())  # country and region names only: which line of a list item is a place
HTML_TAG = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|li|ul|ol|table|tr|td|h[1-6]|a|strong|em|b|i)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text holds enough HTML tags that they are markup, not a quoted '<p>'."""
    head = text[:200_000]
    return head.lstrip()[:15].lower().startswith(("<!doctype", "<html")) or len(HTML_TAG.findall(head)) >= 3


def is_boilerplate(node: LexborNode) -> bool:
    attributes = node.attributes
    if (attributes.get("role") or "").lower() in DROPPED_ROLES:
        return True
    if "hidden" in attributes or (attributes.get("aria-hidden") or "") == "true":
        return True
    marks = " ".join(filter(None, [attributes.get("id"), attributes.get("class"), attributes.get("aria-label")]))
    return node.tag not in ("body", "main", "article", "html") and bool(marks) and bool(BOILERPLATE.search(marks))


def inside_content(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in ("main", "article") or (parent.attributes.get("role") or "") == "main":
            return True
        parent = parent.parent
    return False


def main_content(tree: LexborHTMLParser) -> LexborNode | None:
    """``<main>``, ``role=main`` or the longest ``<article>``, else the body."""
    for selector in ("main", "[role=main]"):
        found = tree.css_first(selector)
        if found is not None:
            return found
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda node: len(node.text(deep=True)))
    return tree.body


class Walker:
    """Writes the content of a node tree as lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buffer: list[str] = []
        self.prefix = ""

    def flush(self) -> None:
        text = tidy("".join(self.buffer))
        if text:
            self.lines.append(self.prefix + text)
        self.buffer = []
        self.prefix = ""

    def walk(self, node: LexborNode, level: int) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.buffer.append(child.text(deep=False) or "")
            elif tag == "br" and self.prefix and self.place_follows(child):
                self.buffer.append(" \u2013 ")  # 'Org<br>México' in a list item: the item's place
            elif tag == "br":
                self.flush()
            elif tag == "img" and logo_label(child, node):
                self.flush()
                self.lines.append(logo_label(child, node))
            elif tag in ("ul", "ol"):
                self.flush()
                self.list_items(child, level, ordered=tag == "ol")
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag in BLOCKS or tag == "li":
                self.flush()
                self.walk(child, level)
                self.flush()
            elif tag not in ("-comment",):
                self.walk(child, level)

    @staticmethod
    def place_follows(br: LexborNode) -> bool:
        """The text after a line break up to the next one is only a place ('México', 'Tijuana, México')."""
        parts: list[str] = []
        node = br.next
        while node is not None and node.tag != "br":
            parts.append(node.text(deep=True) or "")
            node = node.next
        text = tidy("".join(parts))
        return bool(text) and PLACES.is_location(text)

    def list_items(self, node: LexborNode, level: int, ordered: bool) -> None:
        number = int(node.attributes.get("start") or 1) if ordered else 0
        for item in node.iter(include_text=False):
            if item.tag != "li":
                if item.tag in ("ul", "ol"):
                    self.list_items(item, level + 1, item.tag == "ol")
                continue
            self.flush()
            marker = f"{number}." if ordered else "-"
            number += 1
            self.prefix = list_line("", level, marker)
            self.walk(item, level + 1)
            self.flush()

    def table(self, node: LexborNode) -> None:
        """One ``cell | cell`` line per row; a cell holding blocks (a nested list of a coalition's
        members) gives its first line to the row and its other lines below it, indented."""
        for row in node.css("tr"):
            cells = [cell_lines(cell) for cell in row.iter() if cell.tag in ("td", "th")]
            if any(cells):
                self.lines.append(" | ".join(lines[0] if lines else "" for lines in cells))
                self.lines += ["  " + line for lines in cells for line in lines[1:]]


# An image's alt text that labels an organization's logo ('Logotipo: X', 'Logo de X', 'Logo X').
LOGO_ALT = re.compile(
    r"(?:logo(?:tipo|type)?|log[oó]tipo)(?:[ \t]*:[ \t]*|[ \t]+(?:d[eao]s?|of|du|de la)[ \t]+|[ \t]+)(\S.*)", re.I
)


def logo_label(image: LexborNode, parent: LexborNode) -> str:
    """The organization an image's alt text names when it is a logo's label and the figure around
    it has no caption of its own (a logo wall): the caption, if any, is the name already."""
    match = LOGO_ALT.fullmatch((image.attributes.get("alt") or "").strip())
    if match is None or (parent.tag == "figure" and parent.css_first("figcaption") is not None):
        return ""
    return tidy(match.group(1))


def cell_lines(cell: LexborNode) -> list[str]:
    walker = Walker()
    walker.walk(cell, 0)
    walker.flush()
    return walker.lines


def extract(raw: bytes, path: Path) -> Extraction:
    tree = LexborHTMLParser(decode(raw, path))
    for node in tree.css(DROPPED_TAGS):
        node.decompose()
    for node in tree.css(PAGE_PARTS):
        if not inside_content(node):
            node.decompose()
    for node in [node for node in tree.css("[id], [class], [role], [hidden], [aria-hidden]") if is_boilerplate(node)]:
        node.decompose()
    root = main_content(tree)
    walker = Walker()
    if root is not None:
        walker.walk(root, 0)
        walker.flush()
    title = tree.css_first("title")
    note = (
        "The input was a web page: its main content was extracted (navigation, headers, footers and banners "
        "dropped; lists kept as indented lines). The draft's source is that text, not the HTML file."
    )
    text = join_lines(walker.lines)
    if title is not None and tidy(title.text()) and not text.strip():
        text = tidy(title.text()) + "\n"
    return Extraction(text, "selectolax (Lexbor) main-content walk", "selectolax", [note], " outside its markup")

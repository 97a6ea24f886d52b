"""A membership read apart from the coalition's line carries both spans in the graph: the member's
own line and the heading that names the coalition (both ``gcm:textSpan`` of the ``org:Membership``)."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat, Store

from graph.ingest import accept_draft
from graph.rdf.build import assemble
from tests.test_ingest_accept_memberships import SECTION, drafted
from tests.test_ingest_draft import complete_review

QUOTES = """
PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?quote WHERE {
  ?membership gcm:textSpan/oa:hasSelector ?selector .
  ?selector a oa:TextQuoteSelector ; oa:exact ?quote .
  FILTER(STRENDS(STR(?membership), "membership/camh/red-acogida-cordillera"))
} ORDER BY ?quote
"""


def test_the_heading_naming_the_coalition_is_a_second_span_of_the_membership(tmp_path: Path, data_copy: Path) -> None:
    draft = drafted(tmp_path, data_copy, "section.txt", SECTION)
    complete_review(draft)
    accept_draft(draft, data_copy)
    store = Store()
    store.load("\n".join(assemble(data_copy).asserted_lines).encode(), RdfFormat.N_TRIPLES)
    quotes = [row["quote"].value for row in store.query(QUOTES)]  # type: ignore[index, union-attr]
    assert quotes == ["Integrantes de la Coordinadora Andina de Movilidad Humana:", "Red de Acogida Cordillera"]

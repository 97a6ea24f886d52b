"""How well ``gcmkg ingest`` reads a statement: signatories, matching, positions and objective suggestions.

Not a test: a report. Every figure is measured against curated truth:

1. Signatory extraction on the seed's raw text against ``data/`` (43 direct signatory lines,
   55 member lines of the LAC Bloc for 54 organizations, 9 persons): precision, recall and exact
   names (the extracted name is the curated ``written_as``); countries (based_in) and coalition
   memberships likewise.
2. The layout corpus ``tests/data/layouts`` (``benchmarks/eval_layouts.py``): per layout and per
   group (seed re-layouts, hand-written development documents, held-out hand-written documents).
   Then the layouts in ``tests/data/ingest_*.txt`` against hand-labelled truth. The four
   test fixtures were written while the rules were; the two ``heldout`` ones after, and the rules
   were not tuned on them.
3. Organization matching: the seed's names resolved with *no* curated organizations (does the draft
   find that 'Coalición Internacional contra la Detención (IDC)' is the 'International Detention
   Coalition (IDC)' of the other list?) as pairwise precision/recall of "same agent"; and each
   curated second spelling looked up with that spelling removed.
4. Objective suggestions against the seed's curated position -> objective/principle links (the
   model reads only data/descriptions, never curated quotes, so no leave-one-out is needed; the
   independent evaluation sets are in benchmarks/eval_suggest.py), per target and overall:
   precision@1, recall@3, macro-F1 at the draft's threshold, next to a baseline that always proposes
   the most frequent targets of the other positions.

    .venv/bin/python benchmarks/eval_ingest.py
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.eval_layouts import CORPUS
from benchmarks.eval_layouts import report as layouts_report
from graph import paths
from graph.curation.curated import load_curated
from graph.curation.model import Curated, Organization, Person
from graph.ingest.countries import Gazetteer
from graph.ingest.draft import SUGGESTION_LIMIT, SUGGESTION_THRESHOLD, DraftBuilder, Options
from graph.ingest.matching import AMBIGUOUS, KNOWN, MATCH, NameIndex, decide
from graph.ingest.positions import find_positions
from graph.ingest.signatories import Extracted, extract_signatories
from graph.ingest.suggest import LexicalModel
from graph.ingest.text import InputText, split_lines

SEED_KEY = "sources/000_ba5cef3e2e24ca91.txt"
FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data"
ORG, PERSON = "organization", "person"

# Hand-labelled truth of the fixture layouts: (name as written, kind, coalition or None, countries).
FIXTURE_TRUTH: dict[str, list[tuple[str, str, str | None, set[str]]]] = {
    "ingest_es_firman.txt": [
        ("Coalición Internacional contra la Detención (IDC)", ORG, None, set()),
        ("Servicio Jesuita a Refugiados Ecuador (SJR Ecuador)", ORG, None, {"EC"}),
        ("Casa del Migrante de Tapachula", ORG, None, {"MX"}),
        ("Red de Mujeres Migrantes y Refugiadas", ORG, None, {"GT"}),
        ("Sin Fronteras, I.A.P.", ORG, None, set()),
        ("Comité de Familiares de Migrantes Desaparecidos del Progreso (COFAMIPRO)", ORG, None, set()),
        ("Centro de Derechos Humanos Fray Matías de Córdova, AC", ORG, None, set()),
        ("María Fernanda López", PERSON, None, set()),
        ("Juan Carlos Pérez", PERSON, None, set()),
    ],
    "ingest_en_bullets.txt": [
        ("Alianza Americas", ORG, None, set()),
        ("Global Coalition on Migration (GCM)", ORG, None, set()),
        ("Casa del Migrante de Saltillo (CDMS)", ORG, "Global Coalition on Migration (GCM)", {"MX"}),
        ("Red Regional de Mujeres Migrantes (RRMM)", ORG, "Global Coalition on Migration (GCM)", {"GT"}),
        ("Migrant Forum in Asia", ORG, "Global Coalition on Migration (GCM)", set()),
        ("International Detention Coalition", ORG, None, set()),
        ("Cristosal", ORG, None, set()),
        ("Jesuit Refugee Service", ORG, None, set()),
        ("Instituto para las Mujeres en la Migración, AC (IMUMI)", ORG, None, set()),
        ("Jane Doe", PERSON, None, set()),
        ("John Smith", PERSON, None, set()),
    ],
    "ingest_en_semicolons.txt": [
        ("Migrant Rights Network", ORG, None, set()),
        ("Refugee Action Committee (RAC)", ORG, None, {"CA"}),
        ("Women on the Move Collective", ORG, None, set()),
        ("Border Justice Alliance", ORG, None, set()),
        ("Asylum Access Network", ORG, None, set()),
    ],
    "ingest_pt_assinam.txt": [
        ("Rede Sem Fronteiras", ORG, None, set()),
        ("Centro de Apoio Pastoral do Migrante (CAMI)", ORG, None, set()),
        ("Missão Paz", ORG, None, set()),
        ("Instituto Migrações e Direitos Humanos", ORG, None, set()),
    ],
    "ingest_heldout_es_numbered.txt": [
        ("Colectivo Migraciones para las Américas (COMPA)", ORG, None, set()),
        ("Fundación para la Justicia y el Estado Democrático de Derecho (FJEDD)", ORG, None, set()),
        ("Iniciativa Kino para la Frontera", ORG, None, set()),
        ("Centro de Derechos Humanos Digna Ochoa, A.C.", ORG, None, set()),
        ("Programa Casa Refugiados, A.C.", ORG, None, {"MX"}),
        ("Red Jesuita con Migrantes Centroamérica y Norteamérica", ORG, None, set()),
        ("Gretchen Kuhner", PERSON, None, set()),
        ("Leticia Calderón Chelius", PERSON, None, set()),
    ],
    "ingest_heldout_en_paragraph.txt": [
        ("Amnesty International", ORG, None, set()),
        ("Human Rights Watch", ORG, None, set()),
        ("Women's Refugee Commission, Inc.", ORG, None, set()),
        ("Scalabrini International Migration Network (SIMN)", ORG, None, set()),
        ("Hope Border Institute", ORG, None, {"US"}),
        ("PICUM - Platform for International Cooperation on Undocumented Migrants", ORG, None, set()),
    ],
}


@dataclasses.dataclass(frozen=True)
class Truth:
    """One name of a signatory list as curated: where it is written and what it is."""

    start: int
    end: int
    name: str
    kind: str
    role: str  # "direct", "member" or "person"
    agent: str
    countries: frozenset[str]
    coalition: str | None


def table(header: list[str], rows: Iterable[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "-"


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --- 1. signatories on the seed -----------------------------------------------------------------


def seed_truth(curated: Curated) -> tuple[str, list[Truth]]:
    """Every curated mention in the seed's signatory lists, with its role."""
    statement = curated.statements["lac-2025-santiago"]
    text = statement.source.text
    list_start = statement.countries_evidence.end
    bloc = curated.organizations["lac-bloc"]
    bloc_line_start = bloc.mentions[0].span.start
    bloc_line_end = statement.source.line_end(bloc_line_start)
    members = {r.member: r.organization for r in curated.relations if r.relation == "memberOf"}
    countries: dict[str, set[str]] = {}
    for claim in curated.location_claims:
        countries.setdefault(claim.agent, set()).add(claim.country)
    truth: list[Truth] = []
    agents: list[Organization | Person] = [*curated.organizations.values(), *curated.persons.values()]
    for agent in agents:
        for mention in agent.mentions:
            span = mention.span
            if mention.source.key != SEED_KEY or span.start < list_start:
                continue
            in_bloc = bloc_line_start < span.start < bloc_line_end
            kind = PERSON if agent.id in curated.persons else ORG
            role = "person" if kind == PERSON else ("member" if in_bloc else "direct")
            coalition = members.get(agent.id) if in_bloc else None
            found = frozenset(countries.get(agent.id, set()))
            truth.append(Truth(span.start, span.end, span.exact, kind, role, agent.id, found, coalition))
    return text, sorted(truth, key=lambda t: t.start)


def pair_up(extracted: list[Extracted], truth: list[Truth]) -> dict[int, int]:
    """Extracted index -> truth index, one to one, by overlapping spans."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for index, agent in enumerate(extracted):
        start, end = agent.name_start, agent.name_start + len(agent.name)
        for number, item in enumerate(truth):
            if number not in used and start < item.end and item.start < end:
                pairs[index] = number
                used.add(number)
                break
    return pairs


def seed_extraction_report(curated: Curated, gazetteer: Gazetteer) -> str:
    text, truth = seed_truth(curated)
    known = frozenset(
        spelling for organization in curated.organizations.values() for spelling in organization.written_as
    )
    extraction = extract_signatories(text, gazetteer, known)
    agents = extraction.agents
    pairs = pair_up(agents, truth)

    def role_of(agent: Extracted) -> str:
        return "person" if agent.kind == PERSON else ("member" if agent.parent is not None else "direct")

    rows: list[list[object]] = []
    for role, label in [("direct", "direct signatory lines"), ("member", "coalition member organizations"),
                        ("person", "persons (defenders)")]:  # fmt: skip
        found = [i for i, a in enumerate(agents) if role_of(a) == role]
        wanted = [t for t in truth if t.role == role]
        correct = [i for i in found if i in pairs and truth[pairs[i]].role == role]
        exact = [i for i in correct if agents[i].name == truth[pairs[i]].name]
        rows.append([label, len(wanted), len(found), ratio(len(correct), len(found)), ratio(len(correct), len(wanted)),
                     ratio(len(exact), len(wanted))])  # fmt: skip
    correct_all = [i for i in pairs if role_of(agents[i]) == truth[pairs[i]].role]
    exact_all = [i for i in correct_all if agents[i].name == truth[pairs[i]].name]
    rows.append(["all names", len(truth), len(agents), ratio(len(correct_all), len(agents)),
                 ratio(len(correct_all), len(truth)), ratio(len(exact_all), len(truth))])  # fmt: skip
    misses = [agents[i].name for i in correct_all if agents[i].name != truth[pairs[i]].name]

    found_places = {(truth[pairs[i]].agent, p.code) for i, a in enumerate(agents) if i in pairs for p in a.places}
    seed_agents = {t.agent for t in truth}
    wanted_places = {(c.agent, c.country) for c in curated.location_claims if c.agent in seed_agents}
    found_members = {
        (truth[pairs[i]].agent, truth[pairs[a.parent]].agent)
        for i, a in enumerate(agents)
        if i in pairs and a.parent is not None and a.parent in pairs
    }
    wanted_members = {(r.member, r.organization) for r in curated.relations if r.relation == "memberOf"}
    facts = [
        fact_row("countries (based_in agent-country pairs)", found_places, wanted_places),
        fact_row("memberships (member-coalition pairs)", found_members, wanted_members),
    ]
    return "\n".join(
        [
            "### Signatory extraction on the seed's raw text",
            "",
            table(["names", "curated", "extracted", "precision", "recall", "exact name"], rows),
            "",
            f"Names extracted with a different span than the curated `written_as`: {misses or 'none'}.",
            "",
            table(["facts", "curated", "extracted", "precision", "recall"], facts),
            "",
            f"Countries missed: {sorted(wanted_places - found_places)}; extra: {sorted(found_places - wanted_places)}.",
        ]
    )


def fact_row(label: str, found: set[tuple[str, str]], wanted: set[tuple[str, str]]) -> list[object]:
    hits = len(found & wanted)
    return [label, len(wanted), len(found), ratio(hits, len(found)), ratio(hits, len(wanted))]


# --- 2. fixtures ----------------------------------------------------------------------------------


def fixture_report(gazetteer: Gazetteer) -> str:
    rows: list[list[object]] = []
    totals = Counter[str]()
    for name, labelled in FIXTURE_TRUTH.items():
        text = (FIXTURES / name).read_text(encoding="utf-8")
        section = extract_signatories(text, gazetteer)
        truth = [locate(text, entry) for entry in labelled]
        pairs = pair_up(section.agents, truth)
        kind_ok = [i for i, j in pairs.items() if section.agents[i].kind == truth[j].kind]
        exact = [i for i in kind_ok if section.agents[i].name == truth[pairs[i]].name]
        found_places = {(truth[pairs[i]].name, p.code) for i in pairs for p in section.agents[i].places}
        wanted_places = {(t.name, code) for t in truth for code in t.countries}
        counts = {
            "truth": len(truth),
            "extracted": len(section.agents),
            "correct": len(kind_ok),
            "exact": len(exact),
            "places_found": len(found_places),
            "places_wanted": len(wanted_places),
            "places_hit": len(found_places & wanted_places),
        }
        totals.update(counts)
        rows.append(fixture_row(name, counts))
    rows.append(fixture_row("**all fixtures**", totals))
    return "\n".join(
        [
            "### Signatory extraction on other layouts (`tests/data/ingest_*.txt`)",
            "",
            table(
                ["fixture", "names", "extracted", "precision", "recall", "exact name", "countries P", "countries R"],
                rows,
            ),
        ]
    )


def locate(text: str, entry: tuple[str, str, str | None, set[str]]) -> Truth:
    name, kind, coalition, countries = entry
    start = text.rindex(name)
    return Truth(start, start + len(name), name, kind, "", name, frozenset(countries), coalition)


def fixture_row(name: str, counts: dict[str, int] | Counter[str]) -> list[object]:
    return [
        name,
        counts["truth"],
        counts["extracted"],
        ratio(counts["correct"], counts["extracted"]),
        ratio(counts["correct"], counts["truth"]),
        ratio(counts["exact"], counts["truth"]),
        ratio(counts["places_hit"], counts["places_found"]),
        ratio(counts["places_hit"], counts["places_wanted"]),
    ]


# --- 3. matching ----------------------------------------------------------------------------------


def matching_report(curated: Curated) -> str:
    return "\n".join(["### Organization matching", "", within_seed(curated), "", second_spellings(curated)])


def within_seed(curated: Curated) -> str:
    """Resolve the seed's names against an empty graph: do the draft's new agents group the names
    as the curators did (one agent per organization, whatever the spelling)?"""
    text, truth = seed_truth(curated)
    empty = dataclasses.replace(curated, organizations={}, persons={}, relations=[], location_claims=[], statements={})
    draft = DraftBuilder(empty, paths.DATA_DIR).build(InputText(text, "seed"), Options())
    extraction = extract_signatories(text, Gazetteer(set(curated.countries)))
    pairs = pair_up(extraction.agents, truth)
    resolved = [(row.agent, truth[pairs[i]].agent) for i, row in enumerate(draft.signatories) if i in pairs]
    same_draft = same_truth = both = 0
    for (draft_a, truth_a), (draft_b, truth_b) in itertools.combinations(resolved, 2):
        same_draft += draft_a == draft_b
        same_truth += truth_a == truth_b
        both += draft_a == draft_b and truth_a == truth_b
    flagged = sum(1 for item in draft.review if item.blocking and "may be the same" in item.text)
    agents = len({draft_agent for draft_agent, _ in resolved})
    rows = [
        ["pairs of names read as one agent", same_truth, same_draft, ratio(both, same_draft), ratio(both, same_truth)],
        ["agents", len({t for _, t in resolved}), agents, "", ""],
    ]
    return "\n".join(
        [
            "Within the seed, against an empty graph (the draft must find that two spellings are one agent):",
            "",
            table(["", "curated", "draft", "precision", "recall"], rows),
            "",
            f"Pairs left apart but flagged 'may be the same' for the curator: {flagged}.",
        ]
    )


def second_spellings(curated: Curated) -> str:
    """Each organization's other spellings, looked up in a graph that knows only its first one;
    and every organization looked up in a graph without it (it must not match another)."""
    rows: list[list[object]] = []
    outcomes = Counter[str]()
    for organization in curated.organizations.values():
        for spelling in organization.written_as[1:]:
            index = NameIndex()
            for other in curated.organizations.values():
                forms = other.written_as[:1] if other.id == organization.id else other.written_as
                for written in forms:
                    index.add(other.id, written, other.acronym)
            decision = decide(index.candidates(spelling))
            best = decision.best
            right = best is not None and best.agent == organization.id
            outcome = decision.outcome if right else f"{decision.outcome} (wrong agent)" if best else "new"
            outcomes[outcome] += 1
            score = f"{best.score:.2f}" if best else ""
            rows.append([spelling, organization.written_as[0], outcome, score])
    false = Counter[str]()
    for organization in curated.organizations.values():
        index = NameIndex()
        for other in curated.organizations.values():
            if other.id != organization.id:
                for written in other.written_as:
                    index.add(other.id, written, other.acronym)
        for spelling in organization.written_as:
            false[decide(index.candidates(spelling)).outcome] += 1
    total = sum(false.values())
    new = total - false[MATCH] - false[AMBIGUOUS] - false[KNOWN]
    return "\n".join(
        [
            "Second spellings, with only the first one curated:",
            "",
            table(["spelling", "curated first spelling", "decision", "score"], rows),
            "",
            f"Every curated spelling looked up with its organization removed ({total} spellings): "
            f"{false[MATCH]} wrongly matched to another organization, {false[AMBIGUOUS]} flagged ambiguous, "
            f"{false[KNOWN]} identical to another's spelling, {new} new.",
        ]
    )


# --- 4. positions and suggestions -----------------------------------------------------------------


def positions_report(curated: Curated) -> str:
    statement = curated.statements["lac-2025-santiago"]
    text = statement.source.text
    title = split_lines(text)[0]
    found = find_positions(text, title.end, statement.countries_evidence.start, title)
    by_quote = {p.quote: p.type for p in statement.positions}
    same_quote = [p for p in found if p.quote in by_quote]
    same_type = [p for p in same_quote if by_quote[p.quote] == p.type]
    return "\n".join(
        [
            "### Positions on the seed",
            "",
            table(
                ["curated positions", "found", "same quote", "same quote and type"],
                [
                    [
                        len(by_quote),
                        len(found),
                        ratio(len(same_quote), len(by_quote)),
                        ratio(len(same_type), len(by_quote)),
                    ]
                ],
            ),
            "",
            "The typing rules were written with the seed in view; the fixtures in other languages test them "
            "(`tests/test_ingest_positions.py`).",
        ]
    )


def suggestions_report(curated: Curated) -> str:
    statement = curated.statements["lac-2025-santiago"]
    positions = [p for p in statement.positions if p.links]
    ranked_model: list[list[str]] = []
    ranked_model_scores: list[list[float]] = []
    ranked_baseline: list[list[str]] = []
    truths: list[set[str]] = []
    # The baseline always proposes the same targets, the most frequent over all curated links (its
    # own position included, which can only favour it; leave-one-out counts would drop a target
    # from the top exactly when the left-out position has it).
    frequency = Counter(link.target for position in positions for link in position.links)
    most_frequent = [target for target, _ in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))]
    # The model reads only data/descriptions, never curated quotes: no leave-one-out is needed.
    model = LexicalModel.from_curated(curated)
    for position in positions:
        suggestions = model.suggest(position.quote, SUGGESTION_LIMIT, threshold=0.0)
        ranked_model.append([s.target.path for s in suggestions])
        ranked_model_scores.append([s.score for s in suggestions])
        ranked_baseline.append(most_frequent)
        truths.append({link.target for link in position.links})
    baseline_k = round(sum(len(t) for t in truths) / len(truths))
    model_sets = [
        {target for target, score in zip(ranked, scores, strict=True) if score >= SUGGESTION_THRESHOLD}
        for ranked, scores in zip(ranked_model, ranked_model_scores, strict=True)
    ]
    baseline_sets = [set(ranked[:baseline_k]) for ranked in ranked_baseline]
    overall = [
        ["lexical model (BM25 over data/descriptions)", *summary(ranked_model, model_sets, truths)],
        [
            f"baseline: always the {baseline_k} most frequent ({', '.join(most_frequent_names(curated, baseline_k))})",
            *summary(ranked_baseline, baseline_sets, truths),
        ],
    ]
    sweep = []
    for threshold in sorted({0.25, 0.3, SUGGESTION_THRESHOLD, 0.4, 0.45}):
        sets = [
            {t for t, s in zip(ranked, scores, strict=True) if s >= threshold}
            for ranked, scores in zip(ranked_model, ranked_model_scores, strict=True)
        ]
        mark = " (draft default)" if abs(threshold - SUGGESTION_THRESHOLD) < 1e-9 else ""
        sweep.append([f"{threshold:.2f}{mark}", *summary(ranked_model, sets, truths)[2:]])
    targets = sorted({t for truth in truths for t in truth}, key=target_order)
    per_target = [[target, *per_target_row(target, model_sets, baseline_sets, truths)] for target in targets]
    links = sum(len(t) for t in truths)
    return "\n".join(
        [
            "### Objective and principle suggestions (the seed's positions; the model never reads them)",
            "",
            f"{len(positions)} positions with curated links ({links} links to {len(targets)} targets); each is "
            f"scored by the model of data/descriptions. Suggestions: top {SUGGESTION_LIMIT}, "
            f"kept at score >= {SUGGESTION_THRESHOLD:.2f}.",
            "",
            table(["", "precision@1", "recall@3", "macro-F1 at threshold", "micro-F1 at threshold"], overall),
            "",
            "Threshold sweep (lexical model):",
            "",
            table(["threshold", "macro-F1", "micro-F1"], sweep),
            "",
            "Per target (model at the draft threshold / baseline):",
            "",
            table(
                [
                    "target",
                    "curated links",
                    "model P",
                    "model R",
                    "model F1",
                    "baseline P",
                    "baseline R",
                    "baseline F1",
                ],
                per_target,
            ),
        ]
    )


def most_frequent_names(curated: Curated, k: int) -> list[str]:
    statement = curated.statements["lac-2025-santiago"]
    frequency = Counter(link.target for p in statement.positions for link in p.links)
    return [t for t, _ in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))][:k]


def target_order(target: str) -> tuple[int, int | str]:
    kind, key = target.split("/", 1)
    return (0, int(key)) if kind == "objective" else (1, key)


def summary(ranked: list[list[str]], chosen: list[set[str]], truths: list[set[str]]) -> list[object]:
    at1 = sum(1 for r, t in zip(ranked, truths, strict=True) if r and r[0] in t)
    at3 = sum(len(set(r[:3]) & t) for r, t in zip(ranked, truths, strict=True))
    links = sum(len(t) for t in truths)
    targets = sorted({t for truth in truths for t in truth})
    macro = sum(per_target_f1(target, chosen, truths) for target in targets) / len(targets)
    hits = sum(len(c & t) for c, t in zip(chosen, truths, strict=True))
    proposed = sum(len(c) for c in chosen)
    micro = f1(hits / proposed if proposed else 0.0, hits / links)
    return [ratio(at1, len(truths)), ratio(at3, links), f"{macro:.2f}", f"{micro:.2f}"]


def per_target_f1(target: str, chosen: list[set[str]], truths: list[set[str]]) -> float:
    precision, recall = target_pr(target, chosen, truths)
    return f1(precision, recall)


def target_pr(target: str, chosen: list[set[str]], truths: list[set[str]]) -> tuple[float, float]:
    tp = sum(1 for c, t in zip(chosen, truths, strict=True) if target in c and target in t)
    proposed = sum(1 for c in chosen if target in c)
    support = sum(1 for t in truths if target in t)
    return (tp / proposed if proposed else 0.0), (tp / support if support else 0.0)


def per_target_row(
    target: str, model: list[set[str]], baseline: list[set[str]], truths: list[set[str]]
) -> list[object]:
    support = sum(1 for t in truths if target in t)
    model_p, model_r = target_pr(target, model, truths)
    base_p, base_r = target_pr(target, baseline, truths)
    return [
        support,
        f"{model_p:.2f}",
        f"{model_r:.2f}",
        f"{f1(model_p, model_r):.2f}",
        f"{base_p:.2f}",
        f"{base_r:.2f}",
        f"{f1(base_p, base_r):.2f}",
    ]


def main() -> None:
    curated = load_curated(paths.DATA_DIR)
    gazetteer = Gazetteer(set(curated.countries))
    print("## gcmkg ingest: evaluation\n")
    for section in (
        seed_extraction_report(curated, gazetteer),
        layouts_report(CORPUS, details=False),
        fixture_report(gazetteer),
        matching_report(curated),
        positions_report(curated),
        suggestions_report(curated),
    ):
        print(section)
        print()


if __name__ == "__main__":
    main()

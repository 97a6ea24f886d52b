"""A synthetic corpus in the curated format: N statements as ``data/``-style YAML, sources and CSV.

Unlike ``synthetic.py`` (which writes triples directly), this writes what a curator writes, so the
whole pipeline — ``load_curated``, triples, derivation, SHACL, violation queries, serialization,
queries, network pages, serve — runs on it. Statement 1 is the seed (the frozen
``tests/fixtures/seed_data``); statements 2..N are generated:

- four languages (en, es, pt, fr), 5 to 30 positions of the five kinds with 1 to 3 links each;
- 3 to 80 direct signatories drawn from one shared pool of organizations with heavy-tailed
  popularity (a few sign most statements, as networks do), about one statement in four signed by
  a coalition whose member list is written in the text under its name;
- organizations based in a country written after their name, "(Perú)", as in real signature lists.

Names are made of unique invented words, so no name is part of another. Deterministic for a given
``--seed``. Every quote occurs once in its source, so the build validates.

    python benchmarks/synthetic_corpus.py 100 --out /tmp/corpus-100   # writes /tmp/corpus-100/data
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED_DATA = ROOT / "tests" / "fixtures" / "seed_data"
KINDS = ["faith-based", "union", "academic", "network", "youth", "humanitarian", "human-rights", "migrant-led"]
COUNTRIES = {
    "AR": "Argentina", "BO": "Bolivia", "BR": "Brasil", "CL": "Chile", "CO": "Colombia", "EC": "Ecuador",
    "SV": "El Salvador", "GT": "Guatemala", "HN": "Honduras", "MX": "México", "PE": "Perú", "US": "USA",
}  # fmt: skip
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
POSITION_KINDS = ["demand"] * 10 + ["concern"] * 5 + ["commitment"] * 2 + ["question", "slogan"]
TOPICS = {
    "en": ["missing migrants", "detention of children", "regular pathways", "decent work", "family reunification",
           "access to health care", "consular protection", "climate displacement", "xenophobic speech", "remittances"],
    "es": ["personas migrantes desaparecidas", "detención de la niñez", "vías regulares", "trabajo decente",
           "reunificación familiar", "acceso a la salud", "protección consular", "desplazamiento climático",
           "discursos xenófobos", "remesas"],
    "pt": ["migrantes desaparecidos", "detenção de crianças", "vias regulares", "trabalho decente",
           "reunificação familiar", "acesso à saúde", "proteção consular", "deslocamento climático",
           "discursos xenófobos", "remessas"],
    "fr": ["migrants disparus", "détention des enfants", "voies régulières", "travail décent",
           "regroupement familial", "accès aux soins", "protection consulaire", "déplacement climatique",
           "discours xénophobes", "transferts de fonds"],
}  # fmt: skip
OPENERS = {
    ("en", "demand"): "We call on States to act on {topic} in {place}",
    ("en", "concern"): "We are concerned about {topic} in {place}",
    ("en", "commitment"): "We commit to keep working on {topic} in {place}",
    ("en", "question"): "How long will {topic} in {place} be ignored?",
    ("en", "slogan"): "Rights for all, {topic} now in {place}!",
    ("es", "demand"): "Exigimos a los Estados actuar sobre {topic} en {place}",
    ("es", "concern"): "Nos preocupa la situación de {topic} en {place}",
    ("es", "commitment"): "Nos comprometemos a seguir trabajando en {topic} en {place}",
    ("es", "question"): "¿Hasta cuándo se ignorará {topic} en {place}?",
    ("es", "slogan"): "¡Derechos para todas y todos, {topic} ya en {place}!",
    ("pt", "demand"): "Exigimos que os Estados atuem sobre {topic} em {place}",
    ("pt", "concern"): "Preocupa-nos a situação de {topic} em {place}",
    ("pt", "commitment"): "Comprometemo-nos a continuar trabalhando em {topic} em {place}",
    ("pt", "question"): "Até quando {topic} em {place} será ignorado?",
    ("pt", "slogan"): "Direitos para todos, {topic} já em {place}!",
    ("fr", "demand"): "Nous demandons aux États d'agir sur {topic} à {place}",
    ("fr", "concern"): "Nous sommes préoccupés par {topic} à {place}",
    ("fr", "commitment"): "Nous nous engageons à continuer à travailler sur {topic} à {place}",
    ("fr", "question"): "Jusqu'à quand {topic} à {place} sera-t-il ignoré ?",
    ("fr", "slogan"): "Des droits pour tous, {topic} maintenant à {place} !",
}
SIGNED = {"en": "Signed by:", "es": "Firman:", "pt": "Assinam:", "fr": "Signataires :"}
COMPOSED = {"en": "composed of:", "es": "integrada por:", "pt": "composta por:", "fr": "composée de :"}
TITLE = {
    "en": "Joint statement",
    "es": "Declaración conjunta",
    "pt": "Declaração conjunta",
    "fr": "Déclaration commune",
}
PREFIXES = {
    "en": ["Network", "Collective", "Centre", "Alliance"],
    "es": ["Red", "Colectivo", "Centro", "Asociación"],
    "pt": ["Rede", "Coletivo", "Centro", "Associação"],
    "fr": ["Réseau", "Collectif", "Centre", "Association"],
}
MONTHS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]


@dataclass
class Organization:
    id: str
    name: str
    lang: str
    country: str | None
    kinds: list[str]
    coalition: bool = False
    members: list[str] = field(default_factory=list)


@dataclass
class Pool:
    organizations: list[Organization]
    weights: list[float]
    coalitions: list[Organization]


def invented_words(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct capitalised three-syllable words (all six letters, so none inside another)."""
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize())
    return sorted(words)


def make_pool(rng: random.Random, statements: int) -> Pool:
    size = 40 + 2 * statements
    coalition_count = max(2, statements // 8)
    words = invented_words(rng, size + coalition_count)
    rng.shuffle(words)
    organizations = []
    for index in range(size):
        lang = rng.choice(list(PREFIXES))
        country = rng.choice([*COUNTRIES, None])
        name = f"{rng.choice(PREFIXES[lang])} {words[index]}"
        kinds = rng.sample(KINDS, rng.choice([0, 1, 1, 2]))
        organizations.append(Organization(f"syn-org-{index}", name, lang, country, kinds))
    coalitions = []
    for index in range(coalition_count):
        members = rng.sample(organizations, rng.randint(5, 40))
        coalition = Organization(
            f"syn-coalition-{index}", f"Red {words[size + index]}", "es", None, ["network"], True,
            [m.id for m in members],
        )  # fmt: skip
        coalitions.append(coalition)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(size)]
    return Pool(organizations, weights, coalitions)


def principles() -> list[str]:
    """The principle slugs, read from the seed's principles.csv (their one source)."""
    with (SEED_DATA / "principles.csv").open(encoding="utf-8") as stream:
        return [row["slug"] for row in csv.DictReader(stream)]


PRINCIPLES = principles()


def located(organization: Organization) -> str:
    """The name as a signature list writes it, with the country after it when there is one."""
    return organization.name + (f" ({COUNTRIES[organization.country]})" if organization.country else "")


def sentence(rng: random.Random, lang: str, kind: str, number: int) -> str:
    topic = rng.choice(TOPICS[lang])
    place = rng.choice(list(COUNTRIES.values()))
    text = OPENERS[(lang, kind)].format(topic=topic, place=place)
    if kind in ("question", "slogan"):
        return text.replace("?", f" ({number})?").replace("!", f" ({number})!")
    return f"{text}, point {number}."


def links(rng: random.Random, kind: str) -> list[dict[str, object]]:
    targets = rng.sample(range(1, 34), rng.choice([1, 1, 2, 3]))
    found: list[dict[str, object]] = []
    for target in targets:
        key: dict[str, object] = {"objective": target} if target <= 23 else {"principle": PRINCIPLES[target - 24]}
        found.append({**key, "rationale": f"Synthetic link of a {kind}.", "confidence": rng.choice([0.7, 0.9, 1])})
    return found


def statement(rng: random.Random, number: int, pool: Pool, by_id: dict[str, Organization]) -> tuple[dict, str]:
    lang = rng.choice(list(SIGNED))
    year, month = rng.choice(["2023", "2024", "2025", "2026"]), rng.choice(MONTHS)
    title = f"{TITLE[lang]} {number}"
    lines = [title, f"{year}-{month}", ""]
    positions = []
    for index in range(rng.randint(5, 30)):
        kind = rng.choice(POSITION_KINDS)
        quote = sentence(rng, lang, kind, index + 1)
        lines += [quote, ""]
        positions.append({"id": f"p{index + 1}", "type": kind, "quote": quote, "addresses": links(rng, kind)})
    signers = {o.id: o for o in rng.choices(pool.organizations, pool.weights, k=rng.randint(3, 80))}
    lines.append(SIGNED[lang])
    for organization in signers.values():
        lines.append(located(organization))
    chosen = [rng.choice(pool.coalitions)] if rng.random() < 0.25 else []
    for coalition in chosen:
        lines.append(f"{coalition.name}, {COMPOSED[lang]}")
        lines += [f"  - {located(by_id[member])}" for member in coalition.members]
    document = {
        "id": f"syn-{number}",
        "source": f"sources/9{number:05d}_syn.txt",
        "title": title,
        "language": lang,
        "kind": "joint statement",
        "date": f"{year}-{month}",
        "date_evidence": f"{year}-{month}",
        "signatories": [*signers, *(c.id for c in chosen)],
        "positions": positions,
    }
    return document, "\n".join(lines) + "\n"


def append_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("a", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\n").writerows(rows)


def write_corpus(statements: int, out: Path, seed: int = 7) -> Path:
    """Write ``out/data``: the seed data plus ``statements - 1`` generated statements."""
    rng = random.Random(seed)
    data = out / "data"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(SEED_DATA, data)
    pool = make_pool(rng, statements)
    by_id = {o.id: o for o in pool.organizations}
    used: dict[str, Organization] = {}
    for number in range(2, statements + 1):
        document, text = statement(rng, number, pool, by_id)
        (data / document["source"]).write_text(text, encoding="utf-8")
        with (data / "statements" / f"{document['id']}.yaml").open("w", encoding="utf-8") as stream:
            yaml.safe_dump(document, stream, allow_unicode=True, sort_keys=False, width=1000)
        for agent in document["signatories"]:
            agent_org = by_id.get(agent) or next(c for c in pool.coalitions if c.id == agent)
            used[agent] = agent_org
            for member in agent_org.members:
                used[member] = by_id[member]
    write_tables(data, used)
    return data


def write_tables(data: Path, used: dict[str, Organization]) -> None:
    ordered = sorted(used.values(), key=lambda o: o.id)
    append_rows(
        data / "organizations.csv",
        [[o.id, "coalition" if o.coalition else "organization", o.name, o.lang, "", "|".join(o.kinds), o.name, ""]
         for o in ordered],
    )  # fmt: skip
    append_rows(data / "memberships.csv", [[m, o.id, "memberOf", used[m].name] for o in ordered for m in o.members])
    append_rows(data / "based_in.csv", [[o.id, o.country, f"({COUNTRIES[o.country]})"] for o in ordered if o.country])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("statements", type=int)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    data = write_corpus(args.statements, args.out, args.seed)
    print(f"wrote {args.statements} statements into {data}")


if __name__ == "__main__":
    main()

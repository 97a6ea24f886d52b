"""Suggesting which GCM objectives and guiding principles a position addresses.

A transparent lexical model, TF-IDF with cosine similarity: each of the 23 objectives and 10
guiding principles is a document made of its title, short label (or name), and the quotes and
rationales curators already linked to it in ``data/statements/*.yaml``. A position's quote is
scored against each document; the score is the cosine (0-1) and the evidence is the quote's
words that contribute most to it.

Normalization is stemming-free: lowercase, accents stripped, English/Spanish/Portuguese
stopwords removed, a final plural 's' dropped. Spanish and Portuguese words are mapped to the
English word the documents use through the small domain lexicon below (word translations, not
GCM text), so a Spanish statement meets the same vocabulary.

No commitment texts of the Compact are used: only the titles in ``data/objectives.csv``, the
names in ``data/principles.csv`` and the curated links, so the model improves as curators link
more positions.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from graph.curation.model import Curated
from graph.ingest.text import STOPWORDS, WORD, fold, wordlist

# Spanish/Portuguese word -> the English word the objective documents use (accent-free keys).
LEXICON_PAIRS = wordlist(
    """
datos:data dados:data desagregados:disaggregated evidencia:evidence evidencias:evidence politicas:policies
politica:policy causas:causes factores:factors fatores:factors estructurales:structural estruturais:structural
pobreza:poverty desigualdad:inequality desigualdade:inequality violencia:violence climatico:climate
climatica:climate clima:climate desplazamiento:displacement deslocamento:displacement desplazadas:displaced
desplazados:displaced deslocadas:displaced informacion:information informacao:information identidad:identity
identidade:identity documentacion:documentation documentacao:documentation documentos:documents vias:pathways
regulares:regular regularizacion:regularization regularizacao:regularization migratoria:migration
migratorio:migration migratorias:migration migracion:migration migracao:migration migraciones:migration
migracoes:migration migrantes:migrants migrante:migrant trabajo:work trabalho:work empleo:employment
emprego:employment decente:decent digno:dignified digna:dignified dignos:dignified dignas:dignified
reclutamiento:recruitment recrutamento:recruitment contratacion:recruitment vulnerabilidad:vulnerability
vulnerabilidade:vulnerability vulnerabilidades:vulnerabilities vidas:lives vida:life salvar:save
desaparecidos:missing desaparecidas:missing desaparecer:disappear muertos:dead mortos:dead fallecidos:dead
muertes:deaths mortes:deaths busqueda:search busca:search rescate:rescue resgate:rescue trafico:smuggling
contrabando:smuggling trata:trafficking personas:persons pessoas:persons fronteras:borders frontera:border
fronteiras:borders fronteira:border externalizacion:externalization externalizacao:externalization
control:control controle:control detencion:detention detencao:detention detenciones:detentions
encierro:confinement privacion:deprivation alternativas:alternatives consular:consular consulares:consular
consulados:consular proteccion:protection protecao:protection asistencia:assistance assistencia:assistance
servicios:services servicos:services basicos:basic salud:health saude:health educacion:education
educacao:education vivienda:housing moradia:housing inclusion:inclusion inclusao:inclusion cohesion:cohesion
coesao:cohesion integracion:integration integracao:integration discriminacion:discrimination
discriminacao:discrimination xenofobia:xenophobia racismo:racism discurso:discourse narrativas:narratives
percepcion:perception percepcao:perception habilidades:skills competencias:skills capacidades:skills
reconocimiento:recognition reconhecimento:recognition certificacion:certification certificacao:certification
validacion:validation validacao:validation titulos:qualifications diplomas:qualifications diaspora:diaspora
diasporas:diaspora desarrollo:development desenvolvimento:development sostenible:sustainable
sustentavel:sustainable sostenibles:sustainable remesas:remittances remessas:remittances financiera:financial
financeira:financial retorno:return readmision:readmission readmissao:readmission reintegracion:reintegration
reintegracao:reintegration deportacion:deportation deportacao:deportation deportaciones:deportations
deportados:deported deportadas:deported expulsion:expulsion seguridad:security seguranca:security
prestaciones:benefits beneficios:benefits pensiones:pensions portabilidad:portability cooperacion:cooperation
cooperacao:cooperation internacional:international multilateralismo:multilateralism alianzas:partnerships
parcerias:partnerships derechos:rights direitos:rights derecho:right direito:right humanos:human
humanas:human humano:human ley:law lei:law leyes:laws leis:laws debido:due devido:due proceso:process
processo:process garantias:guarantees genero:gender mujeres:women mulheres:women ninos:children
ninas:children ninez:children infancia:children criancas:children nino:child crianca:child adolescentes:youth
juventudes:youth jovenes:youth gobierno:government governo:government gobiernos:governments
governos:governments locales:local sociedad:society sociedade:society civil:civil participacion:participation
participacao:participation organizaciones:organizations organizacoes:organizations sindicatos:unions
soberania:sovereignty dignidad:dignity dignidade:dignity justicia:justice justica:justice impunidad:impunity
impunidade:impunity masacres:massacres refugio:refuge asilo:asylum refugiados:refugees
solicitantes:seekers criminalizacion:criminalization criminalizacao:criminalization defensores:defenders
defensoras:defenders acceso:access acesso:access laborales:labour trabalhistas:labour explotacion:exploitation
exploracao:exploitation agricolas:agricultural jornaleros:farmworkers estigmatizacion:stigmatization
securitizacion:securitization securitizacao:securitization militarizacion:militarization muros:walls
terceros:third terceiros:third paises:countries seguros:safe segura:safe seguras:safe seguro:safe
ordenada:orderly pacto:compact mundial:global revision:review revisao:review examen:review
implementacion:implementation implementacao:implementation coherencia:coherence coerencia:coherence
compromisos:commitments compromissos:commitments financiamiento:funding financiamento:funding
recortes:cutbacks cortes:cutbacks humanitaria:humanitarian humanitario:humanitarian gobernanza:governance
governanca:governance enfoque:approach abordagem:approach interseccional:intersectional
afrodescendientes:afro afrodescendentes:afro indigenas:indigenous discapacidad:disabilities
deficiencia:disabilities mayores:older idosos:older transito:transit origen:origin origem:origin
destino:destination familias:families familia:family reunificacion:reunification reunificacao:reunification
separacion:separation acompanados:unaccompanied apatridia:statelessness apatridas:stateless
nacimiento:birth nascimento:birth registro:registration cooperar:cooperate coordinacion:coordination
coordenacao:coordination regional:regional region:region regiao:region estados:states estado:state
tratamiento:treatment tratamento:treatment respeto:respect respeito:respect trabajadores:workers
trabalhadores:workers empleadores:employers formacion:training formacao:training capacitacion:training
contribucion:contribution contribuicao:contribution contribuciones:contributions economia:economy
economias:economies fiscales:fiscal ciudadania:citizenship cidadania:citizenship
"""
)
LEXICON = {fold(pair.split(":")[0]): fold(pair.split(":")[1]) for pair in LEXICON_PAIRS}


@lru_cache(maxsize=262_144)
def normalize_word(word: str) -> str | None:
    """The model's key for one word: folded, translated to English, plural 's' dropped; None if it
    is a stopword or too short to mean anything."""
    folded = fold(word)
    if folded in STOPWORDS or len(folded) < 3 or folded.isdigit():
        return None
    folded = LEXICON.get(folded, folded)
    if len(folded) > 3 and folded.endswith("s") and not folded.endswith("ss"):
        folded = folded[:-1]
    return folded


def terms(value: str) -> list[str]:
    return [key for key in (normalize_word(match.group()) for match in WORD.finditer(value)) if key]


def surface_words(value: str) -> dict[str, str]:
    """Each key of ``value`` with the first word that produced it, as written."""
    found: dict[str, str] = {}
    for match in WORD.finditer(value):
        key = normalize_word(match.group())
        if key:
            found.setdefault(key, match.group())
    return found


@dataclass(frozen=True)
class Target:
    """An objective ('objective', '8') or guiding principle ('principle', 'human-rights')."""

    kind: str
    key: str
    label: str

    @property
    def path(self) -> str:
        return f"{self.kind}/{self.key}"

    def yaml_item(self) -> dict[str, object]:
        return {"objective": int(self.key)} if self.kind == "objective" else {"principle": self.key}


@dataclass(frozen=True)
class Suggestion:
    target: Target
    score: float
    evidence: tuple[str, ...]


# How much each part of a target's document counts: its own title and label are short and
# decisive, curated rationales are concise, the linked quotes long and noisy.
TITLE_WEIGHT = 3.0
RATIONALE_WEIGHT = 1.5
QUOTE_WEIGHT = 0.5


@dataclass
class LexicalModel:
    """TF-IDF vectors of the 33 targets; ``suggest`` ranks them for a quote."""

    targets: list[Target]
    vectors: list[dict[str, float]] = field(default_factory=list)
    idf: dict[str, float] = field(default_factory=dict)
    postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Index each term's weight per target, so a quote only visits the targets it shares words with."""
        for index, vector in enumerate(self.vectors):
            for term, weight in vector.items():
                self.postings.setdefault(term, []).append((index, weight))

    @classmethod
    def from_curated(cls, curated: Curated, leave_out: frozenset[str] = frozenset()) -> LexicalModel:
        """The model of every curated link except the positions whose ``statement/position`` ids
        are in ``leave_out`` (for leave-one-out evaluation)."""
        targets: list[Target] = []
        counts: list[dict[str, float]] = []
        for number, objective in sorted(curated.objectives.items()):
            targets.append(Target("objective", str(number), objective.short_label))
            counts.append(weighted(f"{objective.title} {objective.short_label}", TITLE_WEIGHT))
        for slug, principle in curated.principles.items():
            targets.append(Target("principle", slug, principle.name))
            counts.append(weighted(f"{principle.name} {slug.replace('-', ' ')}", TITLE_WEIGHT))
        index = {target.path: i for i, target in enumerate(targets)}
        for statement in curated.statements.values():
            for position in statement.positions:
                if f"{statement.id}/{position.id}" in leave_out:
                    continue
                for link in position.links:
                    if link.target in index:
                        document = counts[index[link.target]]
                        accumulate(document, weighted(link.rationale, RATIONALE_WEIGHT))
                        accumulate(document, weighted(position.quote, QUOTE_WEIGHT))
        return cls.fit(targets, counts)

    @classmethod
    def fit(cls, targets: list[Target], counts: list[dict[str, float]]) -> LexicalModel:
        frequency: Counter[str] = Counter()
        for document in counts:
            frequency.update(document.keys())
        total = len(counts)
        idf = {term: math.log((1 + total) / (1 + df)) + 1 for term, df in frequency.items()}
        vectors = [unit({term: math.log1p(tf) * idf[term] for term, tf in doc.items() if tf > 0}) for doc in counts]
        return cls(targets, vectors, idf)

    def suggest(self, quote: str, limit: int = 5, threshold: float = 0.0) -> list[Suggestion]:
        """Targets ranked by cosine similarity to ``quote``, at most ``limit``, above ``threshold``."""
        query = self.query_vector(quote)
        if not query:
            return []
        shared: dict[int, dict[str, float]] = {}
        for term, weight in query.items():
            for index, target_weight in self.postings.get(term, ()):
                shared.setdefault(index, {})[term] = weight * target_weight
        surface = surface_words(quote)
        ranked: list[Suggestion] = []
        for index, contributions in shared.items():
            score = sum(contributions.values())
            if score <= threshold or score <= 0:
                continue
            top = sorted(contributions, key=lambda term: (-contributions[term], term))[:4]
            ranked.append(Suggestion(self.targets[index], round(score, 2), tuple(surface.get(t, t) for t in top)))
        ranked.sort(key=lambda s: (-s.score, s.target.path))
        return ranked[:limit]

    def query_vector(self, quote: str) -> dict[str, float]:
        tf = Counter(term for term in terms(quote) if term in self.idf)
        return unit({term: (1 + math.log(count)) * self.idf[term] for term, count in tf.items()})


def weighted(value: str, weight: float) -> dict[str, float]:
    """Term counts of ``value``, each occurrence counting ``weight``."""
    counts: dict[str, float] = {}
    for term in terms(value):
        counts[term] = counts.get(term, 0.0) + weight
    return counts


def accumulate(document: dict[str, float], more: dict[str, float]) -> None:
    for term, count in more.items():
        document[term] = document.get(term, 0.0) + count


def unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(weight * weight for weight in vector.values()))
    return {term: weight / norm for term, weight in vector.items()} if norm else {}

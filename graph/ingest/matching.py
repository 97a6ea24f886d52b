"""Matching a name from a new statement against the organizations and persons already curated.

Every match has a score from 0 to 1 and a reason a curator can check, built from transparent
signals only:

- the same spelling (1.0), or the same once case, accents and punctuation are ignored (0.98);
- the same acronym ('IDC' = 'IDC'), or a different one (which argues *against* a match);
- the same words in any order or language: each word is reduced to a language-neutral key
  (lowercase, no accents, plural and gender endings folded, Spanish and Portuguese words of
  organization names mapped to English: 'Coalición Internacional contra la Detención' and
  'International Detention Coalition' give the same keys);
- one name's words all inside the other's ('Jesuit Refugee Service' in 'Jesuit Refugee Service
  Latin America and the Caribbean');
- the same letters but for a typo or the word order (rapidfuzz's ``token_sort_ratio`` on the
  lowercase words: 'Sin Fronteras IAP' / 'Sin Fronteas IAP', 'Paso Libre FM4' / 'FM4 Paso Libre').

A fuzzy score never reaches 1: only a spelling written exactly so in the graph is taken as known
without review; everything else is a proposed match or flagged as ambiguous.

The decision is left to the curator whenever it is not clear-cut: see :func:`decide`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from graph.ingest.lexicon import load
from graph.ingest.names import LEGAL_FORM, acronym_key, name_without_acronym
from graph.ingest.text import STOPWORDS, WORD, fold, words

# Spanish, Portuguese and French words of organization names -> an English key (accent-free), from
# graph/ingest/lexicon/translations.yaml.
TRANSLATIONS: dict[str, str] = {str(k): str(v) for k, v in load("translations")["translations"].items()}
# Prepositions that change between translations ('contra la Detención' / 'Detention').
MATCH_STOPWORDS = STOPWORDS | {"contra", "against", "pro", "sobre", "civil", "ac", "iap", "inc", "ong", "ngo"}
RED_CROSS = re.compile(r"\b(?:red\s+cross|cruz\s+roja|cruz\s+vermelha|croix[-\s]rouge)\b", re.I)


def fold_ending(word: str) -> str:
    """Plural and gender endings folded: 'refugiadas' -> 'refugiad', 'migrants' -> 'migrant'."""
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    if len(word) > 4 and word[-1] in "aoe":
        word = word[:-1]
    return word


TRANSLATION_KEYS = {fold_ending(source): fold_ending(target) for source, target in TRANSLATIONS.items()}


def word_keys(name: str) -> frozenset[str]:
    """Language-neutral keys of a name's meaningful words (its acronym and legal form left out)."""
    return frozenset(key_words(name))


def key_words(name: str) -> dict[str, str]:
    """Each word key of ``name`` with the first word that gave it, to show curators real words."""
    base = RED_CROSS.sub(" redcross ", name_without_acronym(name))
    base = LEGAL_FORM.sub(" ", base)
    keys: dict[str, str] = {}
    for match in WORD.finditer(base):
        word = fold(match.group())
        if word in MATCH_STOPWORDS or len(word) < 2:
            continue
        folded = fold_ending(word)
        keys.setdefault(TRANSLATION_KEYS.get(folded, folded), match.group())
    return keys


def shown(keys: frozenset[str], name: str) -> str:
    """The shared keys as the words ``name`` writes them."""
    surface = key_words(name)
    return ", ".join(sorted(surface.get(key, key) for key in keys))


def all_acronyms(name: str) -> set[str]:
    """Acronym keys written in parentheses anywhere in a name, or after a dash at its end."""
    found = {acronym_key(inner) for inner in re.findall(r"\(([^()]{1,20})\)", name)}
    dash = re.search(r"\s[-\u2013\u2014]\s*([A-Z][A-Z0-9&]{1,11})\s*$", name)
    if dash:
        found.add(acronym_key(dash.group(1)))
    return {key for key in found if key}


def written_acronym(name: str, key: str) -> str:
    """The acronym as ``name`` writes it ('JRS LAC' for the key 'jrslac')."""
    for match in re.finditer(r"\(([^()]{1,20})\)", name):
        if acronym_key(match.group(1)) == key:
            return match.group(1)
    return key.upper()


def loose_key(name: str) -> str:
    """The name as lowercase words without accents or punctuation."""
    return " ".join(words(name))


@dataclass(frozen=True)
class NameForm:
    """One written form of an agent, with its comparison keys."""

    agent: str
    written: str
    loose: str
    keys: frozenset[str]
    acronyms: frozenset[str]
    verbatim: bool = True  # written so in a source (written_as), not only a preferred label

    @staticmethod
    def of(agent: str, written: str, acronym: str = "", verbatim: bool = True) -> NameForm:
        acronyms = all_acronyms(written) | ({acronym_key(acronym)} if acronym_key(acronym) else set())
        return NameForm(agent, written, loose_key(written), word_keys(written), frozenset(acronyms), verbatim)


@dataclass(frozen=True)
class Candidate:
    agent: str
    score: float
    reason: str
    form: str  # the known spelling that matched best


@dataclass
class NameIndex:
    """Known agents' written forms, with inverted indexes so matching stays fast on long lists."""

    forms: list[NameForm] = field(default_factory=list)
    by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_acronym: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_loose: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, agent: str, written: str, acronym: str = "", verbatim: bool = True) -> None:
        """Index one form; ``verbatim`` False for a label no source writes (a preferred label)."""
        form = NameForm.of(agent, written, acronym, verbatim)
        index = len(self.forms)
        self.forms.append(form)
        for key in form.keys:
            self.by_key[key].append(index)
        for key in form.acronyms:
            self.by_acronym[key].append(index)
        self.by_loose[form.loose].append(index)

    def candidates(self, name: str, acronym: str = "", limit: int = 3) -> list[Candidate]:
        """The best-scoring known agents for ``name``, best first, one entry per agent."""
        query = NameForm.of("", name, acronym)
        best: dict[str, Candidate] = {}
        for index in self.nearby(query):
            form = self.forms[index]
            score, reason = compare(name, query, form)
            if score > 0 and (form.agent not in best or score > best[form.agent].score):
                best[form.agent] = Candidate(form.agent, round(score, 2), reason, form.written)
        return sorted(best.values(), key=lambda c: (-c.score, c.agent))[:limit]

    def nearby(self, query: NameForm) -> set[int]:
        """Forms sharing a word key, an acronym or the loose spelling; very common keys are skipped
        (unless the name has nothing else) so one long list does not compare every pair."""
        found: set[int] = set(self.by_loose.get(query.loose, []))
        for key in query.acronyms:
            found.update(self.by_acronym.get(key, []))
        if query.loose.replace(" ", "") in self.by_acronym:
            found.update(self.by_acronym[query.loose.replace(" ", "")])
        postings = sorted((self.by_key.get(key, []) for key in query.keys), key=len)
        for number, posting in enumerate(postings):
            if len(posting) <= 200 or number == 0:
                found.update(posting[:2000])
        if not found and query.loose:  # a typo in every word: look for the closest spellings
            loose_forms = [form.loose for form in self.forms]
            hits = process.extract(
                query.loose, loose_forms, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY * 100, limit=5
            )
            found.update(index for _, _, index in hits)
        return found


def compare(name: str, query: NameForm, form: NameForm) -> tuple[float, str]:
    """Score and reason for 'the name ``name`` is the agent written ``form.written``'."""
    if name == form.written and form.verbatim:
        return 1.0, "written exactly so in the graph"
    if name == form.written:
        return 0.98, "the same as its preferred label, but no source writes it so yet"
    if query.loose and query.loose == form.loose:
        return 0.98, "same name once case, accents and punctuation are ignored"
    shared = query.keys & form.keys
    union = query.keys | form.keys
    smaller = min(len(query.keys), len(form.keys))
    jaccard = len(shared) / len(union) if union else 0.0
    containment = len(shared) / smaller if smaller else 0.0
    # Partial overlap counts as Jaccard; a shorter name wholly inside a longer one, and at least
    # half its length ('Jesuit Refugee Service' in '… Latin America and the Caribbean'), as 0.85.
    contained = containment == 1 and smaller >= 2 and smaller * 2 >= len(union)
    similarity = max(jaccard, 0.85 if contained else 0.0)
    reasons: list[str] = []
    if shared:
        how = "same words" if jaccard == 1 else f"{len(shared)} of {len(union)} words shared"
        if jaccard < 1 and contained:
            how = "all words of the shorter name inside the longer"
        reasons.append(f"{how} ({shown(shared, name)})")
    fuzzy = fuzz.token_sort_ratio(query.loose, form.loose) / 100 if query.loose and form.loose else 0.0
    if fuzzy >= FUZZY and fuzzy > similarity:
        similarity = fuzzy
        reasons.append(f"spelled almost the same, a typo or the word order aside ({fuzzy:.0%} of the letters)")
    same_acronym = query.acronyms & form.acronyms
    name_is_acronym = query.loose.replace(" ", "") in form.acronyms and len(query.keys) <= 1
    if same_acronym:
        score = 0.5 + 0.5 * similarity
        reasons.insert(0, f"same acronym {written_acronym(name, sorted(same_acronym)[0])}")
    elif name_is_acronym:
        score = 0.9
        reasons.insert(0, f"the name is the acronym of '{form.written}'")
    elif query.acronyms and form.acronyms:
        score = 0.6 * similarity
        mine = ", ".join(written_acronym(name, key) for key in sorted(query.acronyms))
        theirs = ", ".join(written_acronym(form.written, key) for key in sorted(form.acronyms))
        reasons.append(f"different acronyms ({mine} vs {theirs})")
    elif query.acronyms or form.acronyms:
        score = 0.9 * similarity
        reasons.append("only one of the two names has an acronym")
    else:
        score = 0.95 * similarity
    return min(score, 0.97), "; ".join(reasons) or "no shared words"


MATCH, AMBIGUOUS, NEW, KNOWN = "match", "ambiguous", "new", "known"
FUZZY = 0.9  # rapidfuzz token_sort_ratio from which two spellings are read as one name with a typo
CONFIDENT = 0.85
POSSIBLE = 0.5
MARGIN = 0.1


@dataclass(frozen=True)
class Decision:
    """What the draft does with one extracted name.

    ``known``: the exact spelling is already curated (no change). ``match``: the same agent,
    written another way; the draft proposes the new spelling (the curator confirms). ``ambiguous``:
    possibly an existing agent; the draft writes it as new and flags it. ``new``: nothing close.
    """

    outcome: str
    candidates: tuple[Candidate, ...]

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def decide(candidates: list[Candidate]) -> Decision:
    if not candidates:
        return Decision(NEW, ())
    best = candidates[0]
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    if best.score >= 1.0:
        return Decision(KNOWN, tuple(candidates))
    if best.score >= CONFIDENT and best.score - runner_up >= MARGIN:
        return Decision(MATCH, tuple(candidates))
    if best.score >= POSSIBLE:
        return Decision(AMBIGUOUS, tuple(c for c in candidates if c.score >= POSSIBLE))
    return Decision(NEW, ())

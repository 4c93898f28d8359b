"""Figures to targets: candidates by region, unit and name; a role by period; a confidence and its reasons.

`match(targets_file, corpus)` reads top to bottom: index the achieved figures
once, then for each quantity target take the figures of its region and unit
that share a name with it, give each a role by its period, score it, band it
(auto / pending / dropped), and finally let a figure count for one target of
a plan only (the one it names best).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from tracker.matching import rules
from tracker.matching.names import bigrams, clean, pairs_of
from tracker.matching.score import Context, TargetNames, score
from tracker.matching.units import unit_key
from tracker.model.document import Document, DocumentKind
from tracker.model.evidence import Evidence, Review, Role, figure_ref
from tracker.model.figure import Figure, Modality
from tracker.model.period import Period
from tracker.model.plan import Plan, TargetsFile
from tracker.model.target import Target, TargetKind
from tracker.quantity import normalize

REGION_SUFFIXES = ("市", "区", "县", "省")


def region_key(region: str | None) -> str | None:
    """A region name without its administrative suffix: 威海市 and 威海 are one place."""
    if not region:
        return None
    name = clean(region)
    for suffix in REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) > 2:
            return name[: -len(suffix)]
    return name


def vocabulary(targets_file: TargetsFile) -> frozenset[str]:
    """The character pairs of every name of every quantity target: no other pair can bring a figure near."""
    return frozenset(pair for plan in targets_file.plans for target in plan.targets
                     if target.kind is TargetKind.QUANTITY for name in TargetNames.of(target).names
                     for pair in bigrams(name))


def _sharing(postings: dict[str, list[int]], pairs: frozenset[str], share: int) -> list[int]:
    """The figures posted under at least 1/share of the pairs."""
    hits: dict[int, int] = defaultdict(int)
    for pair in pairs:
        for number in postings.get(pair, ()):
            hits[number] += 1
    return [number for number, count in hits.items() if share * count >= len(pairs)]


class Candidate(NamedTuple):
    """A reported figure that may count for some target, with what scoring needs of it."""

    figure: Figure
    document: Document
    text: str
    """The document's text as extraction read it (simplified characters, ASCII brackets)."""
    as_of: date

    @property
    def context(self) -> Context:
        figure = self.figure
        return Context.of(self.text, figure.subject, figure.start, figure.end, figure.clause, figure.sentence)

    def admissible(self, names: TargetNames, context: Context) -> bool:
        """Results for a target that counts results; for a target that counts steps (专利申请), those steps."""
        if names.applications:
            return any(word in context.subject or word in context.before for word in names.applications)
        return self.figure.modality is Modality.ACHIEVED


class Corpus:
    """Achieved figures indexed by region, unit, year and the character pairs around them.

    A target looks only at the figures of its region and unit from the years
    its period and baselines span, and of those only at the ones whose subject
    or sentence holds enough of a name's character pairs to ever reach review.
    """

    def __init__(self, documents: Iterable[tuple[Document, list[Figure]]],
                 vocabulary: frozenset[str] | None = None) -> None:
        """Index the figures; with a `vocabulary` (the pairs of every target name), only those pairs are posted."""
        self.vocabulary = vocabulary
        self.subjects: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.sentences: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        """Postings of sentences (numbers into `members`), not of figures: a sentence holds several."""
        self.members: list[list[int]] = []
        """The candidates of each posted sentence."""
        self.candidates: list[Candidate] = []
        self.contexts: dict[int, Context] = {}
        for document, figures in documents:
            region = region_key(document.meta.region)
            if region is None or document.meta.kind is DocumentKind.PLAN:
                continue  # a figure from nowhere, or a plan's promise, never counts for anyone
            text = normalize(document.text)  # as extraction read it: 經費 is 经费, （ is (
            sentences: dict[tuple, int] = {}
            for figure in figures:
                self.add(document, text, figure, region, sentences)

    def add(self, document: Document, text: str, figure: Figure, region: str, sentences: dict[tuple, int]) -> None:
        key = unit_key(figure.quantity)
        if (key is None or figure.modality is Modality.PLANNED or figure.in_plan or figure.cumulative
                or figure.subset or figure.period is None):
            return
        issued = document.meta.issued
        if issued and figure.period.start > issued:
            return  # a period that had not begun when the document was written holds no result
        as_of = min(figure.period.end, issued) if issued else figure.period.end
        number = len(self.candidates)
        self.candidates.append(Candidate(figure, document, text, as_of))
        where = (region, key, figure.period.end.year)
        postings = self.subjects[where]
        for pair in bigrams(clean(figure.subject)):
            postings[pair].append(number)
        sentence = sentences.get((where, figure.sentence))
        if sentence is None:
            sentence = sentences[(where, figure.sentence)] = len(self.members)
            self.members.append([])
            postings = self.sentences[where]
            pairs = pairs_of(clean(text[figure.sentence[0]:figure.sentence[1]]))
            for pair in pairs if self.vocabulary is None else pairs & self.vocabulary:
                postings[pair].append(sentence)
        self.members[sentence].append(number)

    def near(self, region: str, target: Target, names: TargetNames, years: range) -> list[tuple[Candidate, Context]]:
        """Figures of the region, unit and years with enough of some name's character pairs around them.

        A reading of the subject reaches review only with a third of a name's
        pairs in the subject (two strings whose pairs overlap less have a Dice
        score under one half); a reading of the clause, the category or the
        words before needs half of them in the sentence at least (weighted
        0.95 or less). The figures that have neither are not scored.
        """
        where = [(region, unit_key(target.target), year) for year in years]
        found: set[int] = set()
        for postings in (self.subjects[key] for key in where if key in self.subjects):
            for name in names.names:
                found.update(_sharing(postings, bigrams(name), 3))
        for postings in (self.sentences[key] for key in where if key in self.sentences):
            for name in names.names:
                for sentence in _sharing(postings, bigrams(name), 2):
                    found.update(self.members[sentence])
        return [(self.candidates[i], self.context(i)) for i in sorted(found)]

    def context(self, number: int) -> Context:
        """The words around a candidate, read once."""
        if number not in self.contexts:
            self.contexts[number] = self.candidates[number].context
        return self.contexts[number]


def baseline_start(target_period: Period) -> date:
    """The first day baselines are looked for."""
    return target_period.start - relativedelta(years=rules.BASELINE_YEARS)


def role_of(figure_period: Period, target_period: Period, earliest: date | None = None) -> Role | None:
    """Progress inside the target's period, baseline in the years before it, else nothing."""
    if target_period.covers(figure_period):
        return Role.PROGRESS
    earliest = earliest or baseline_start(target_period)
    if figure_period.end < target_period.start and figure_period.start >= earliest:
        return Role.BASELINE
    return None


def band(confidence: Decimal) -> Review:
    """Auto-accepted, waiting for review, or dropped, by confidence."""
    if confidence >= rules.AUTO_ACCEPT:
        return Review.AUTO
    return Review.PENDING if confidence >= rules.REVIEW else Review.DROPPED


def quote_of(candidate: Candidate) -> str:
    """The clause the figure stands in, as written."""
    start, end = candidate.figure.clause
    return candidate.document.text[start:end].strip()


def match_target(target: Target, plan: Plan, corpus: Corpus) -> list[Evidence]:
    """Every candidate figure for one quantity target, scored and banded (dropped ones included)."""
    region = region_key(plan.region)
    if target.target is None or region is None:
        return []
    names = TargetNames.of(target)
    period = target.effective_period(plan.period)
    earliest = baseline_start(period)
    found = []
    for candidate, context in corpus.near(region, target, names, range(earliest.year, period.end.year + 1)):
        figure = candidate.figure
        role = role_of(figure.period, period, earliest)
        if role is None or not candidate.admissible(names, context):
            continue
        confidence, reasons = score(names, figure.quantity, context)
        found.append(Evidence(
            target=target.id, ref=figure_ref(figure.document, figure.start), role=role,
            review=band(confidence), confidence=confidence, value=figure.quantity.value,
            unit=figure.quantity.unit, as_of=candidate.as_of, period=figure.period,
            document=figure.document, quote=quote_of(candidate), start=figure.start, end=figure.end,
            figure=figure, reasons=reasons,
        ))
    return found


def one_target_per_figure(evidence: list[Evidence]) -> list[Evidence]:
    """A figure counts for the target of the plan it names best; elsewhere it is demoted.

    Another target that scores within the margin keeps it for review; one far
    behind drops it.
    """
    best: dict[str, Decimal] = {}
    for item in evidence:
        best[item.ref] = max(best.get(item.ref, Decimal(0)), item.confidence)
    kept = []
    for item in evidence:
        lead = best[item.ref] - item.confidence
        if lead >= rules.RUNNER_UP_MARGIN:
            item = item._replace(review=Review.DROPPED)
        elif lead > 0 and item.review is Review.AUTO:
            item = item._replace(review=Review.PENDING)
        kept.append(item)
    return kept


def match(targets_file: TargetsFile, corpus: Corpus) -> dict[str, list[Evidence]]:
    """Each quantity target's evidence by target id, in document order."""
    found: dict[str, list[Evidence]] = {}
    for plan in targets_file.plans:
        evidence = [e for t in plan.targets if t.kind is TargetKind.QUANTITY for e in match_target(t, plan, corpus)]
        by_target: dict[str, list[Evidence]] = defaultdict(list)
        for item in one_target_per_figure(evidence):
            by_target[item.target].append(item)
        for target in plan.targets:
            found[target.id] = sorted(by_target.get(target.id, []), key=lambda e: (e.as_of, e.document or "", e.start or 0))
    return found

"""Figures to targets: candidates by region, unit and name; a role by period; a confidence and its reasons.

`match(targets_file, corpus)` reads top to bottom: index the achieved figures
once, then for each quantity target take the figures of its region and unit
that share a name with it, give each a role by its period, score it, band it
(auto / pending / dropped), and finally let a figure count for one target of
a plan only (the one it names best).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable
from datetime import date
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from tracker.matching import rules
from tracker.matching.names import bigrams, clean, pairs_of
from tracker.matching.score import Context, TargetNames, Words, score
from tracker.matching.units import thing_key, unit_key, units_meeting
from tracker.model.document import Document, DocumentKind
from tracker.model.evidence import Evidence, Reason, Review, Role, figure_ref
from tracker.model.figure import PROMISED, Figure, Modality
from tracker.model.period import Period
from tracker.model.plan import Plan, TargetsFile
from tracker.model.target import Target, TargetKind
from tracker.places import region_key
from tracker.quantity import Dimension, normalize


def vocabulary(targets_file: TargetsFile) -> frozenset[str]:
    """The character pairs of every name of every quantity target: no other pair can bring a figure near."""
    return frozenset(pair for plan in targets_file.plans for target in plan.targets
                     if target.kind is TargetKind.QUANTITY for name in TargetNames.of(target).names
                     for pair in bigrams(name))


class Candidate(NamedTuple):
    """A reported figure that may count for some target, with what scoring needs of it."""

    figure: Figure
    document: Document
    text: str
    """The document's text as extraction read it (simplified characters, ASCII brackets)."""
    as_of: date
    span: tuple[date, date]
    """The figure's period as its days (a `Period` hashes in Python, its days in C)."""
    weak: tuple[str, ...]
    """The fields of its document only weakly known (`Document.weak_fields`), read once per document."""
    spoken: str = ""
    """Its sentence's words as written, one string for every figure said in them (`Corpus.sentences_read`)."""

    @property
    def context(self) -> Context:
        figure = self.figure
        return Context.of(self.text, figure.subject, figure.start, figure.end, figure.clause, figure.sentence)

    def said(self) -> tuple[str, ...]:
        """The words `context` is read from, as written: figures of other documents said in the same words share
        their reading (an archive repeats its sentences: a report says again what the last one said)."""
        figure, text = self.figure, self.text
        start, clause, sentence = figure.start, figure.clause, figure.sentence
        return (figure.subject, text[clause[0]:start], text[figure.end:clause[1]], text[sentence[0]:start],
                text[text.rfind("\n", 0, start) + 1:start])

    def admissible(self, names: TargetNames, context: Context) -> bool:
        """Results for a target that counts results; for a target that counts steps (专利申请), those steps."""
        if names.applications:
            return any(word in context.subject or word in context.before for word in names.applications)
        return self.figure.modality is Modality.ACHIEVED


class Corpus:
    """Result figures grouped by region, unit and year, with the character pairs of subjects and sentences.

    A target looks only at the figures of its region and unit from the years
    its period and baselines span, and of those scores only the ones whose
    subject or sentence holds enough of a name's character pairs to ever
    reach review.
    """

    def __init__(self, documents: Iterable[tuple[Document, list[Figure]]],
                 vocabulary: frozenset[str] | None = None) -> None:
        """Group the figures; with a `vocabulary` (the pairs of every target name), only those pairs are kept."""
        self.vocabulary = vocabulary
        self.candidates: list[Candidate] = []
        self.readings: list[Words] = []
        """The distinct readings of the candidates' words."""
        self._reading: list[int] = []
        """Each candidate's reading number, -1 until read."""
        self._said: dict[tuple[str, ...], int] = {}
        """Reading numbers by the words they were read from (`Candidate.said`)."""
        self._shared: list[tuple | None] = []
        """What each candidate's evidence says whatever the target (`shared`), made when first needed."""
        self._paths: dict[str, Path] = {}
        """Each document's path resolved, once."""
        self.subjects: dict[str, frozenset[str]] = {}
        """The kept pairs of each subject met."""
        self.sentences_read: dict[str, tuple[frozenset[str], str]] = {}
        """The kept pairs of each sentence met and its words (the first string they were read from), by its words
        as written."""
        self._before: dict[tuple[int, int], str] = {}
        """The words of a paragraph before a sentence, by its document's text (its identity) and its start."""
        self.named: dict[TargetNames, int] = {}
        """Each distinct set of target names met, numbered."""
        self.scores: dict[tuple, tuple[Decimal, tuple[Reason, ...]]] = {}
        """Scores by (names number, reading number, dimension): the same words score alike for the same names."""
        self._kind: list[int] = []
        """Each candidate's kind (`kind`), -1 until asked."""
        self._kinds: dict[tuple, int] = {}
        self._units: dict[tuple[Dimension, str], tuple | None] = {}
        """`unit_key` by dimension and unit: an archive's figures are written in a few dozen units."""
        self.groups: dict[tuple, dict[tuple[frozenset[str], frozenset[str]], list[int]]] = defaultdict(
            lambda: defaultdict(list))
        """Candidate numbers by (region, unit, year), then by the pairs of their subjects and of their sentences
        (figures with alike words around them are looked at once)."""
        for document, figures in documents:
            region = region_key(document.meta.region)
            if region is None or document.meta.kind is DocumentKind.PLAN:
                continue  # a figure from nowhere, or a plan's promise, never counts for anyone
            text = normalize(document.text)  # as extraction read it: 經費 is 经费, （ is (
            words: dict[tuple[int, int], tuple[frozenset[str], str]] = {}
            weak, issued = document.weak_fields(), document.meta.issued
            for figure in figures:
                self._add(document, text, figure, region, words, weak, issued)
        count = len(self.candidates)
        self._reading, self._shared, self._kind = [-1] * count, [None] * count, [-1] * count

    def _kept(self, pairs: frozenset[str] | set[str]) -> frozenset[str]:
        """The pairs worth keeping: those some target name holds, when the names are known."""
        return frozenset(pairs if self.vocabulary is None else pairs & self.vocabulary)

    def _add(self, document: Document, text: str, figure: Figure, region: str,
             words: dict[tuple[int, int], tuple[frozenset[str], str]], weak: tuple[str, ...],
             issued: date | None) -> None:
        """A figure of a document (its text as extraction read it, its region's key, its doubts and date) as a
        candidate, when it can be a result; `words`: the pairs of the document's sentences met so far, by their
        offsets."""
        period, quantity = figure.period, figure.quantity
        unit = (quantity.dimension, quantity.unit)
        key = self._units.get(unit, False)
        if key is False:
            key = self._units[unit] = unit_key(quantity)
        if (key is None or figure.modality._value_ in _PROMISED or figure.in_plan or figure.cumulative
                or figure.subset or period is None):
            return
        first, last = period.start, period.end
        if issued and first > issued:
            return  # a period that had not begun when the document was written holds no result
        at, subject = figure.sentence, figure.subject
        found = words.get(at)
        if found is None:  # the figures of a sentence share its words
            said = text[at[0]:at[1]]
            found = self.sentences_read.get(said)
            if found is None:  # not said before in another document
                found = self.sentences_read[said] = (self._kept(pairs_of(clean(said))), said)
            words[at] = found
        sentence, spoken = found
        number = len(self.candidates)
        self.candidates.append(_made(Candidate, (figure, document, text, min(last, issued) if issued else last,
                                                 (first, last), weak, spoken)))
        pairs = self.subjects.get(subject)
        if pairs is None:  # an archive names the same things again and again
            pairs = self.subjects[subject] = self._kept(bigrams(clean(subject)))
        year = last.year
        self.groups[region, key, year][pairs, sentence].append(number)
        if key[0] is Dimension.COUNT and (thing := thing_key(subject, quantity.unit)):
            self.groups[region, thing, year][pairs, sentence].append(number)  # 研发机构11家 meets 研发平台8个 too

    def near(self, region: str, target: Target, names: TargetNames, years: range) -> set[int]:
        """The numbers of the figures of the region, unit and years with enough of some name's character pairs
        around them.

        A reading of the subject reaches review only with a third of a name's
        pairs in the subject (two strings whose pairs overlap less have a Dice
        score under one half); a reading of the clause, the category or the
        words before needs half of them in the sentence at least (weighted
        0.95 or less). The figures that have neither are not scored.
        """
        wanted = [pairs for pairs in map(bigrams, names.names) if pairs]
        unit = unit_key(target.target)
        units = [unit]
        if unit is not None and unit[0] is Dimension.COUNT and (thing := counted_thing(target)):
            units.append(thing)
        found: set[int] = set()
        for year, unit in ((y, u) for y in years for u in units):
            where = (region, unit, year)
            for (subject, sentence), numbers in self.groups[where].items() if where in self.groups else ():
                if any(3 * len(name & subject) >= len(name) or 2 * len(name & sentence) >= len(name)
                       for name in wanted):
                    found.update(numbers)
        return found

    def reading(self, number: int) -> int:
        """The number of a candidate's reading: the words around it as scoring reads them, read once for every
        figure said in the same words."""
        found = self._reading[number]
        if found < 0:
            candidate = self.candidates[number]
            said = self._said_in(candidate)
            found = self._said.get(said, -1)
            if found < 0:
                found = self._said[said] = len(self.readings)
                self.readings.append(Words.of(candidate.context))
            self._reading[number] = found
        return found

    def _said_in(self, candidate: Candidate) -> tuple:
        """`Candidate.said`, told by its sentence's words (one string for all who say them, its hash made once),
        its place in them and the paragraph's words before them (once per sentence): the same words around the
        figure, as its five parts are, without cutting them out of the text each time."""
        figure, text = candidate.figure, candidate.text
        start, end, (first, last), (clause, clause_end) = figure.start, figure.end, figure.sentence, figure.clause
        if not (candidate.spoken and first <= clause <= start <= end <= clause_end <= last):
            return candidate.said()
        before = self._before.get(place := (id(text), first))
        if before is None:  # the paragraph up to the sentence: the words before it a figure's paragraph may hold
            before = self._before[place] = text[text.rfind("\n", 0, first) + 1:first]
        return (figure.subject, candidate.spoken, start - first, end - first, clause - first, clause_end - first,
                before)

    def read(self, number: int) -> Words:
        """The words around a candidate as scoring reads them."""
        return self.readings[self.reading(number)]

    def admissible(self, names: TargetNames, number: int) -> bool:
        """`Candidate.admissible`, its words read only for a target that counts steps."""
        candidate = self.candidates[number]
        if names.applications:
            return candidate.admissible(names, self.read(number).context)
        return candidate.figure.modality is Modality.ACHIEVED

    def score(self, names: TargetNames, number: int) -> tuple[Decimal, tuple[Reason, ...]]:
        """A candidate's score against a target's names, scored once for targets named alike (the same measure in
        two years' plans of one place) and for figures said in the same words."""
        quantity = self.candidates[number].figure.quantity
        key = (self.named.setdefault(names, len(self.named)), self.reading(number), quantity.dimension)
        found = self.scores.get(key)
        if found is None:
            found = self.scores[key] = score(names, quantity, self.read(number))
        return found

    def shared(self, number: int) -> tuple:
        """What a candidate's evidence says whatever the target: its ref, its fields in `Evidence`'s order from
        value to figure, and the fields of its document only weakly known; made once."""
        found = self._shared[number]
        if found is None:
            candidate = self.candidates[number]
            figure = candidate.figure
            found = self._shared[number] = (
                figure_ref(figure.document, figure.start),
                (figure.quantity.value, figure.quantity.unit, candidate.as_of, figure.period, figure.document,
                 quote_of(candidate), figure.start, figure.end, figure), candidate.weak)
        return found

    def kind(self, number: int) -> int:
        """A number the results share that every target judges alike in the same role: the same reading of the same
        words, the same dimension, the same doubts about their documents."""
        found = self._kind[number]
        if found < 0:
            candidate = self.candidates[number]
            figure = candidate.figure
            # A figure that is no result counts only for a target of steps, which reads its words: it is alone.
            key = (self.reading(number), figure.quantity.dimension, candidate.weak) \
                if figure.modality is Modality.ACHIEVED else number
            found = self._kind[number] = self._kinds.setdefault(key, len(self._kinds))
        return found

    def path(self, document: Document) -> Path:
        """A document's path resolved (once per document)."""
        found = self._paths.get(document.path)
        if found is None:
            found = self._paths[document.path] = Path(document.path).resolve()
        return found


def counted_thing(target: Target) -> tuple | None:
    """What a count target counts, when that decides its classifier: the noun after its number in the plan's
    words (等12家企业 counts firms), else the thing its names end with (研发平台8个 counts platforms)."""
    quote, written = normalize(target.quote or ""), normalize(target.target.text) if target.target else ""
    at = quote.find(written) if written else -1
    if at >= 0 and (key := thing_key(quote[at + len(written):at + len(written) + 8], target.target.unit)):
        return key
    keys = [k for name in TargetNames.of(target).names if (k := thing_key(name, target.target.unit))]
    return keys[0] if keys and all(k == keys[0] for k in keys) else None


class Scope(NamedTuple):
    """The documents and days any target of a file can take figures from."""

    regions: frozenset[str]
    start: date
    """The first day of the earliest baseline window."""
    end: date
    """The last day of the latest target period."""
    units: dict[str, frozenset[str] | None] | None = None
    """The units, by dimension, of the figures some target can take (`units.units_meeting`); None: any."""

    @classmethod
    def of(cls, targets_file: TargetsFile) -> Scope | None:
        """The scope of the quantity targets of plans with a region; None when there are none."""
        targets = [(region_key(plan.region), target, target.effective_period(plan.period))
                   for plan in targets_file.plans if region_key(plan.region)
                   for target in plan.targets if target.kind is TargetKind.QUANTITY]
        if not targets:
            return None
        keys = {key for _, target, _ in targets if target.target is not None
                for key in (unit_key(target.target), counted_thing(target)) if key is not None}
        return cls(regions=frozenset(region for region, _, _ in targets),
                   start=min(baseline_start(period) for _, _, period in targets),
                   end=max(period.end for _, _, period in targets), units=units_meeting(keys))

    def holds(self, document: Document) -> bool:
        """True for a document of one of the regions that is not a plan."""
        return region_key(document.meta.region) in self.regions and document.meta.kind is not DocumentKind.PLAN


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


REPORTS = frozenset({DocumentKind.SUMMARY, DocumentKind.MIXED, DocumentKind.PRESS})
"""Kinds of document that report results even when they hold a plan part (上半年总结及下半年打算)."""


def match_target(target: Target, plan: Plan, corpus: Corpus, source: Path | None = None,
                 dropped: bool = True) -> list[Evidence]:
    """Every candidate figure for one quantity target, scored and banded (dropped ones included unless not
    `dropped`).

    A figure of the plan's own document (`source`) never counts for it: a plan's text is its targets.
    """
    region = region_key(plan.region)
    if target.target is None or region is None:
        return []
    names = TargetNames.of(target)
    period = target.effective_period(plan.period)
    earliest = baseline_start(period)
    found: list[Evidence] = []
    roles: dict[tuple[date, date], Role | None] = {}  # an archive's figures speak for few distinct periods
    verdicts: dict[tuple[int, Role], tuple | None] = {}  # by kind and role: alike candidates are judged once
    candidates, shared, kinds, made, key = corpus.candidates, corpus._shared, corpus._kind, found.append, target.id
    for number in corpus.near(region, target, names, range(earliest.year, period.end.year + 1)):
        candidate = candidates[number]
        if source is not None and candidate.document.meta.kind not in REPORTS and corpus.path(candidate.document) \
                == source:
            continue  # the plan's own text; a summary holding its plan part still reports results (in_plan aside)
        role = roles.get(span := candidate.span, False)
        if role is False:
            role = roles[span] = role_of(candidate.figure.period, period, earliest)
        if role is None:
            continue
        kind = (kinds[number] if kinds[number] >= 0 else corpus.kind(number), role)
        verdict = verdicts.get(kind, False)
        if verdict is False:
            verdict = verdicts[kind] = _verdict(names, role, corpus, number)
        if verdict is not None and (dropped or verdict[0][1] is not Review.DROPPED):
            ref, said, _ = shared[number] or corpus.shared(number)
            # Evidence(target, ref, role, review, confidence, value, unit, as_of, period, document, quote, start, end,
            # figure, reasons, who, note), built from its fields in order: a status of thousands of documents
            # builds hundreds of thousands, and the keyword constructor is three times slower.
            made(_made(Evidence, (key, ref, *verdict[0], *said, verdict[1], None, None)))
    return found


_made = tuple.__new__
"""A named tuple made from its fields in order, as `_make` makes it without its check of their number."""
_PROMISED = frozenset(m.value for m in PROMISED)
"""The values of the promised modalities (an enum member hashes in Python, its value in C)."""


def _verdict(names: TargetNames, role: Role, corpus: Corpus,
             number: int) -> tuple[tuple[Role, Review, Decimal], tuple[Reason, ...]] | None:
    """A candidate's role, band, confidence and reasons for a target; None when it cannot count for it."""
    if not corpus.admissible(names, number):
        return None
    confidence, reasons = corpus.score(names, number)
    review = band(confidence)
    if review is Review.AUTO and (weak := corpus.candidates[number].weak):
        # A guess about where or when the document is from is not enough to count it unseen.
        review = Review.PENDING
        reasons = (*reasons, Reason("match.reason.weak_meta", {"fields": ", ".join(weak)}))
    return (role, review, confidence), reasons


def one_target_per_figure(evidence: list[Evidence]) -> list[Evidence]:
    """A figure counts for the target of the plan it names best; elsewhere it is demoted.

    Another target that scores within the margin keeps it for review; one far
    behind drops it.
    """
    best: dict[str, Decimal] = {}
    for item in evidence:
        top = best.get(item.ref)
        if top is None or item.confidence > top:
            best[item.ref] = item.confidence
    kept = []
    for item in evidence:
        if (top := best[item.ref]) != item.confidence:  # most figures are near one target only
            lead = top - item.confidence
            if lead >= rules.RUNNER_UP_MARGIN:
                item = item._replace(review=Review.DROPPED)
            elif item.review is Review.AUTO:
                item = item._replace(review=Review.PENDING)
        kept.append(item)
    return kept


_IN_ORDER = attrgetter("as_of", "document", "start")
"""Evidence in document order: by date, document and place (a matched figure has both)."""


def match(targets_file: TargetsFile, corpus: Corpus, dropped: Container[str] | None = None) -> dict[str, list[Evidence]]:
    """Each quantity target's evidence by target id, in document order (a target's figures come in no order of
    their own: each has its own document and place). `dropped`: the targets whose dropped candidates are kept too
    (None: every target's); a dropped candidate (confidence under `rules.REVIEW`) never changes how another is
    judged (`one_target_per_figure` demotes by the best confidence, which a listed one holds), so leaving it out
    changes nothing else."""
    found: dict[str, list[Evidence]] = {}
    for plan in targets_file.plans:
        source = targets_file.source_of(plan)
        evidence = [e for t in plan.targets if t.kind is TargetKind.QUANTITY
                    for e in match_target(t, plan, corpus, source, dropped is None or t.id in dropped)]
        by_target: dict[str, list[Evidence]] = defaultdict(list)
        for item in one_target_per_figure(evidence):
            by_target[item.target].append(item)
        for target in plan.targets:
            found[target.id] = sorted(by_target.get(target.id, []), key=_IN_ORDER)
    return found

"""The score of one figure against one target, with the reasons a person can read."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from tracker.matching import rules
from tracker.matching.names import (
    clean,
    coverage,
    elided,
    has_any,
    level,
    pairs_of,
    subject_similarity,
)
from tracker.model.evidence import Reason
from tracker.model.target import Target
from tracker.quantity import Dimension, Quantity, normalize


class TargetNames(NamedTuple):
    """What matching needs of a target, computed once."""

    names: tuple[str, ...]
    """Metric, title and aliases, cleaned, longest first."""
    level: int | None
    flow: bool
    """The target counts what is new within its period (新增 …)."""
    stock: bool
    """The target is a level to reach (达到 …)."""
    growth: bool
    """The target is a rate of change (增长 11%)."""
    abroad: bool
    """The target is about resources abroad (国际优质资源)."""
    applications: tuple[str, ...]
    """Words for a step toward a result that every name of the target holds (专利申请: it counts applications)."""
    heads: frozenset[str]
    """The last two characters of each name (what a subject that holds a name may end in)."""
    qualified: tuple[tuple[str, str], ...]
    """(qualifier, head) where a name is a head qualified by another name in a 的 phrase:
    获得科技成果转化贷款的企业 is 企业 qualified by 科技成果转化贷款."""
    tails: frozenset[str]
    """The ends of names, three characters or more, that are not the whole name: the only subjects that can be
    a name whose head was said earlier in the sentence (`names.elided`)."""

    @classmethod
    def of(cls, target: Target) -> TargetNames:
        written = (target.metric_name, target.title, *target.aliases)
        names = tuple(sorted({clean(_ASIDE.sub("", normalize(n))) for n in written if clean(_ASIDE.sub("", n))},
                             key=lambda n: (-len(n), n)))
        words = " ".join((*names, clean(normalize(target.quote or ""))))
        levels = [found for n in names if (found := level(n)) is not None]
        rate = target.target is not None and target.target.dimension in (Dimension.PERCENT, Dimension.POINTS)
        return cls(names=names, level=levels[0] if levels else None,
                   flow=has_any(words, rules.NEW_WORDS), stock=has_any(words, rules.STOCK_WORDS),
                   growth=rate and has_any(words, rules.GROWTH_WORDS),
                   abroad=has_any(words + clean(normalize(target.section or "")), rules.ABROAD_WORDS),
                   applications=tuple(w for w in rules.PROPOSAL_WORDS if all(w in n for n in names)),
                   heads=frozenset(n[-2:] for n in names),
                   qualified=tuple(sorted({(q, n[-2:]) for n in names for q in names
                                           if q != n and q in n.partition("的")[0] and "的" in n})),
                   tails=frozenset(n[i:] for n in names for i in range(1, len(n) - 2)))


_ASIDE = re.compile(r"[(（][^()（）]*(?:\d|年|合计|累计|含|共)[^()（）]*[)）]")
"""科技型企业总数(2025年), 发布成果信息（三年合计）: an aside in a target's name is no part of what is counted."""


class Context(NamedTuple):
    """The words around a figure that scoring reads, cleaned of quotes and spaces."""

    subject: str
    """What the figure counts, as extraction read it."""
    before: str
    """The clause up to the figure."""
    after: str
    """The clause after the figure."""
    sentence: str
    """The sentence up to the figure."""
    paragraph: str
    """The paragraph up to the figure."""

    @classmethod
    def of(cls, text: str, subject: str, start: int, end: int,
           clause: tuple[int, int], sentence: tuple[int, int]) -> Context:
        paragraph = text.rfind("\n", 0, start) + 1
        return cls(clean(subject), clean(text[clause[0]:start]), clean(text[end:clause[1]]),
                   clean(text[sentence[0]:start]), clean(text[paragraph:start]))

    def category(self) -> str | None:
        """What a category verb after the figure counts it into (…被列入省级科技引领创新工程项目)."""
        for verb in rules.CATEGORY_VERBS:
            at = self.after.find(verb)
            if at >= 0:
                return self.after[at + len(verb):]
        return None


class Words(NamedTuple):
    """What scoring reads of one figure's context, whatever the target: read once per figure (a figure near
    several targets is scored against each)."""

    context: Context
    category: str | None
    """What a category verb after the figure counts it into (`Context.category`)."""
    clause: str
    """The clause without the figure: the words before it and after it."""
    clause_pairs: set[str]
    category_pairs: set[str]
    level: int | None
    """The scope level the subject, the category or the clause names, in that order."""
    new: bool
    """The words before say it is new (新增 …)."""
    stock: bool
    """The words before say it is a level reached (达到, 总数, the start of a change: 由1150家)."""
    growth: bool
    """The subject is a rate of change."""
    domestic: bool
    """The paragraph is about resources at home, not abroad."""
    multi_year: bool
    """The clause counts over a five-year plan (“十三五”)."""

    @classmethod
    def of(cls, context: Context) -> Words:
        category = context.category()
        clause = context.before + context.after
        levels = (level(context.subject), level(category or ""), level(clause))
        return cls(context, category, clause, pairs_of(clause), pairs_of(category) if category else set(),
                   level=next((found for found in levels if found is not None), None),
                   new=has_any(context.before, rules.NEW_WORDS),
                   stock=has_any(context.before, rules.STOCK_WORDS) or context.before.endswith(rules.STOCK_LEADS),
                   growth=has_any(context.subject, rules.GROWTH_WORDS),
                   domestic=has_any(context.paragraph, rules.DOMESTIC_WORDS)
                   and not has_any(context.paragraph, rules.ABROAD_WORDS),
                   multi_year=has_any(clause, rules.MULTI_YEAR_NAMES))


@lru_cache(maxsize=65536)
def _subject(name: str, subject: str, heads: frozenset[str]) -> Decimal:
    """`subject_similarity`, once per name and subject: an archive says 高新技术企业 in every year's report."""
    return subject_similarity(name, subject, heads)


def _best(names: TargetNames, measure) -> tuple[Decimal, str | None]:
    """The best name under one way of reading the figure, and its value (before the reading's weight)."""
    best, best_name = Decimal(0), None
    for name in names.names:
        value = measure(name)
        if value > best:
            best, best_name = value, name
    return best, best_name


def _qualified(names: TargetNames, context: Context) -> tuple[Decimal, Reason]:
    """A subject that is the head of a qualified name, the qualifier said earlier in the sentence.

    发放科技成果转化贷款…，惠及科技型中小企业近300家 counts 获得科技成果转化贷款的企业.
    """
    for qualifier, head in names.qualified:
        if context.subject.endswith(head) and qualifier in context.sentence:
            return rules.QUALIFIED_WEIGHT, Reason("match.reason.qualified", {"name": qualifier})
    return Decimal(0), Reason("match.reason.qualified", {})


def _readings(names: TargetNames, words: Words):
    """(code, weight, measure of one name) for each way of reading the figure, strongest first."""
    context, category = words.context, words.category
    yield ("match.reason.subject", rules.SUBJECT_ASIDE if category else Decimal(1),
           lambda n: _subject(n, context.subject, names.heads))
    if category:
        yield "match.reason.category", rules.CATEGORY_WEIGHT, lambda n: coverage(n, category, words.category_pairs)
    yield "match.reason.clause", rules.CLAUSE_WEIGHT, lambda n: coverage(n, words.clause, words.clause_pairs)
    yield "match.reason.lead", rules.LEAD_WEIGHT, lambda n: Decimal(context.before.endswith(n))
    if context.subject in names.tails:  # elsewhere no name is elided to the subject (every value 0)
        yield "match.reason.elided", rules.ELIDED_WEIGHT, lambda n: elided(n, context.subject, context.sentence)


def _name_score(names: TargetNames, words: Words) -> tuple[Decimal, Reason]:
    """The strongest reading: the subject, the category after the figure, the clause, or the words just before.

    The first reading with the highest value wins; a reading whose weight
    cannot beat the best so far is not computed.
    """
    best, code, name = Decimal(0), "match.reason.subject", None
    for reading, weight, measure in _readings(names, words):
        if weight > best:
            value, found = _best(names, measure)
            if value * weight > best:
                best, code, name = value * weight, reading, found
    reason = Reason(code, {"name": name} if name else {})
    if best < rules.QUALIFIED_WEIGHT:
        value, qualified = _qualified(names, words.context)
        if value > best:
            best, reason = value, qualified
    if reason.code == "match.reason.subject":
        code = "match.reason.subject_equal" if best == 1 else "match.reason.subject_like"
        reason = Reason(code, {**reason.params, "subject": words.context.subject})
    return best, reason


def score(names: TargetNames, quantity: Quantity, context: Context | Words) -> tuple[Decimal, tuple[Reason, ...]]:
    """Confidence (0 to 1) that a figure measures what the target measures, and why."""
    words = context if isinstance(context, Words) else Words.of(context)
    confidence, reason = _name_score(names, words)
    reasons = [reason]
    if words.level is not None and words.level != names.level:
        confidence *= rules.SCOPE_PENALTY
        reasons.append(Reason("match.reason.level", {}))
    if (names.flow and words.stock and not words.new) or (names.stock and words.new and not names.flow):
        confidence *= rules.SENSE_PENALTY
        reasons.append(Reason("match.reason.sense", {}))
    if quantity.dimension in (Dimension.PERCENT, Dimension.POINTS) and words.growth != names.growth:
        confidence *= rules.GROWTH_PENALTY
        reasons.append(Reason("match.reason.growth", {}))
    if names.abroad and words.domestic:
        confidence *= rules.SCOPE_PENALTY
        reasons.append(Reason("match.reason.domestic", {}))
    if words.multi_year:
        confidence *= rules.MULTI_YEAR_PENALTY
        reasons.append(Reason("match.reason.multi_year", {}))
    return min(confidence, Decimal(1)).quantize(Decimal("0.01")), tuple(reasons)

"""Matching rules as data: which units count the same things, which words set scope, the bands.

Everything here is about the language of the documents, not about any one
document: a unit family, a level word or a stock word holds for every summary.
"""

from __future__ import annotations

from decimal import Decimal

from tracker.lexicon import lexicon

UNIT_FAMILIES: tuple[frozenset[str], ...] = tuple(frozenset(f) for f in lexicon().unit_families)
"""Count classifiers that count the same things. Any other classifier (人次, 家次,
件, 笔 …) only matches itself: 人次 and 场次 are visits, not heads."""

LEVELS: tuple[tuple[str, ...], ...] = (
    ("国家级", "国家"),
    ("省级",),
    ("市级",),
)
"""Scope words by level; a figure of another level is another measure (省级 vs 市级).
A name that starts with 省 (省重点实验室) is provincial too; 全省 and 全市 are
where a thing is counted, not its level."""
PROVINCIAL_PREFIX = "省"
PROVINCIAL = 1

LEVEL_WORDS: tuple[tuple[str, int], ...] = tuple(
    sorted(((word, level) for level, words in enumerate(LEVELS) for word in words),
           key=lambda pair: -len(pair[0])))
"""Longest first, so 国家级 is read before 国家."""

NEW_WORDS: tuple[str, ...] = lexicon().flow_words
"""Words that make a figure a flow within its period (the lexicon's `flow_words`)."""

STOCK_WORDS: tuple[str, ...] = lexicon().stock_words
"""Words that make a figure a stock at a date."""
STOCK_LEADS: tuple[str, ...] = lexicon().stock_leads
"""Just before a figure, these make it the level a change started from (由1150家增加到4380家)."""

LIGHT_HEADS: frozenset[str] = frozenset({"", "工作", "建设", "建设工作", "任务", "计划", "立项", "计划立项"})
"""Words after a name inside a subject that do not change what is counted (…工程项目建设工作;
a programme's 计划 or its approvals, 立项: …提振行动计划立项1项 counts the programme's projects)."""

OWN_PLACE_LEADS: tuple[str, ...] = tuple(sorted(
    (word for words in lexicon().place_words.values() for word in words if word != "全省"), key=len, reverse=True))
"""A text's own place before a subject (我省高新技术企业) says where, not what is counted (the lexicon's place_words).
全省 is left: in a city's text it is the province's figure (全省高新技术企业), a scope the matcher must see."""
COUNT_TAILS: tuple[str, ...] = ("数量", "总数", "总量", "个数", "家数")
"""A target named by its count (高新技术企业数量) counts what the name before it names."""

CATEGORY_VERBS: tuple[str, ...] = ("被列入", "列入", "入选", "纳入", "获评", "评为", "认定为", "确定为", "晋级")
"""After a figure, these name the category it was counted into (3个项目被列入省级…工程项目): that
category is what the figure measures."""

ABROAD_WORDS: tuple[str, ...] = ("国际", "海外", "外国", "境外", "国外", "引智")
DOMESTIC_WORDS: tuple[str, ...] = ("国内",)
"""A target about resources abroad does not take a figure from a paragraph about domestic ones."""

MULTI_YEAR_NAMES: tuple[str, ...] = ("十三五", "十四五", "十五五", "十二五")
"""Five-year-plan names: a figure counted over one (“十三五”重大科技成果) spans years."""

GROWTH_WORDS: tuple[str, ...] = ("增长", "增速", "增幅", "提高", "提升")
"""A percentage after these is a rate of change of what comes before it."""

PROPOSAL_WORDS: tuple[str, ...] = ("申请", "申报")
"""A target named with these counts the steps themselves (新增专利申请), so a figure read as
proposed (申请专利578件) can be its result."""

QUOTES = "“”\"'‘’「」『』《》〈〉"
"""Stripped from names and subjects before they are compared."""

AUTO_ACCEPT = Decimal("0.80")
"""At or above: accepted without review."""
REVIEW = Decimal("0.50")
"""At or above (and below AUTO_ACCEPT): waits for a person; below: dropped."""

SCOPE_PENALTY = Decimal("0.55")
"""Factor for a figure of another level than the target's."""
SENSE_PENALTY = Decimal("0.75")
"""Factor for a stock figure against a flow target, or the other way round."""
GROWTH_PENALTY = Decimal("0.6")
"""Factor for a growth rate against a target that is not a rate of change, or the other way round."""
CLAUSE_WEIGHT = Decimal("0.75")
"""A name found in the clause but not in the subject: the figure may count something else there."""
CATEGORY_WEIGHT = Decimal("0.95")
"""A name found in the category the figure was counted into."""
LEAD_WEIGHT = Decimal("0.9")
"""The name written just before the figure, verb included (已完成投资28.59亿元 for 完成投资)."""
ELIDED_WEIGHT = Decimal("0.9")
"""A subject that ends a name whose beginning came earlier in the sentence."""
QUALIFIED_WEIGHT = Decimal("0.85")
"""A subject that is a qualified name's head, the qualifier earlier in the sentence."""
SUBJECT_ASIDE = Decimal("0.6")
"""The figure's subject, when a category verb says the figure measures something else."""
MULTI_YEAR_PENALTY = Decimal("0.6")
"""Factor for a figure counted over a five-year plan."""
RUNNER_UP_MARGIN = Decimal("0.15")
"""A figure that matches another target of the plan this much better is not counted here."""

BASELINE_YEARS = 5
"""How far back (in years before the target's period) baselines are looked for."""

"""What a plan's figure may be without being a target: a count of the plan's own parts, an ordinal, a rank, a sharing
site's pieces, the place's own divisions (`counts_no_quantity`); a threshold describing the thing counted, a support
policy's terms, a per-unit share of a stated total, what stands now, a multiple beside its level, an ongoing act on
what exists, a facility's capacity (`not_a_target`). Each rule's words are the
lexicon's `drafting` section."""

from __future__ import annotations

import re

from tracker.extract.context import heading_rank
from tracker.extract.tables import line_end
from tracker.lexicon import lexicon
from tracker.matching.units import unit_key
from tracker.model.figure import Figure
from tracker.quantity import Dimension, Qualifier, Quantity, normalize


def not_a_target(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """The figure is written in a plan but commits to no quantity (see the module's rules); `figures` are the
    document's others (a threshold's and a share's total are found among them)."""
    return (counts_no_quantity(text, figure.start, figure.quantity) or _attribute(text, figure, figures)
            or policy_term(text, figure.start, figure.quantity, figure.clause) or _allocation(text, figure, figures)
            or _standing(text, figure) or _stretch(text, figure, figures) or _example(text, figure, figures)
            or _project_size(text, figure, figures) or _multiple_with_level(text, figure, figures)
            or _ongoing_act(text, figure) or _capacity(text, figure) or _frame_series(text, figure, figures))


def counts_no_quantity(text: str, start: int, quantity: Quantity) -> bool:
    """The figure at `start` numbers or names rather than counts a quantity to reach: the plan's own parts written
    in words (六项行动, “一个中心、两个目标”, 三个“一号工程”), an ordinal (十八届, 第 1 页), a sharing site's pieces
    (工作计划5篇) or the place's own divisions (全市4个区市)."""
    words_of = lexicon().drafting
    end = start + len(quantity.text)
    after = text[end:end + 4]
    before = text[max(0, start - 12):start]
    ordinal = words_of.ordinal_mark
    if quantity.dimension is Dimension.RANK:
        return True  # 迈入全省前40位, 处于全市前3水平: a rank, no quantity (GUIDE: ranks are no targets)
    if quantity.dimension is Dimension.DURATION and quantity.unit == "年" and (
            normalize(before).endswith(words_of.span_before) or normalize(after).startswith(words_of.span_after)):
        return True  # 未来十年, 五年内, 过去五年: a span of years says when, not what
    if (quantity.unit in words_of.ordinal_units or normalize(quantity.unit + after).startswith(tuple(words_of.ordinal_units))
            or before.rstrip().endswith(ordinal) or quantity.text.startswith(ordinal)):  # 十三届三次会议
        return True
    if normalize(quantity.text).startswith(words_of.vague_counts):
        return True  # 下放一批管理权限: a batch of unstated size, no figure to reach
    in_words = quantity.text[:1] in words_of.word_numerals
    named = re.split(_CLAUSE_MARKS, text[end:end + _OWN_NAME], maxsplit=1)[0]  # 五个倍增计划: a programme of the plan's
    opens_name = after.startswith((*words_of.own_parts, words_of.quotes[:1])) or named.endswith(words_of.own_programmes)
    if in_words and (opens_name or _in_quotes(text, start) or not quantity.value):
        return True
    own = re.split(_CLAUSE_MARKS + r"|\d", text[end:end + 8], maxsplit=1)[0]  # up to the next clause or figure
    if quantity.dimension is Dimension.COUNT and any(word in own for word in words_of.own_measures):
        return True  # 4个结构性指标, 10项科技创新指标: the plan's own indicators counted (失业率5%以内等指标: a target)
    if _size_class(text, start, end, quantity):
        return True
    named = _QUOTED_NAME.match(text, end)  # 全省58个"三区"县: a kind of division named in quotes
    if normalize(text[named.end() if named else end:end + 12]).startswith(words_of.divisions) and (
            before.rstrip().endswith((*words_of.whole_place, *words_of.divisions)) or "、" in before):
        return True  # 在全市4个区市推广, 全市9个县(市、区)78个乡镇, 王口、台头五个乡镇: the place's own divisions
    if before.endswith(words_of.where_mark) and normalize(text[end:end + 4]).startswith(words_of.divisions):
        return True  # 在45个村选树青年典型: where an activity is held, not a result to reach (R78)
    if any(step in normalize(before) for step in words_of.score_steps):
        return True  # 每增加(减少)1个百分点加(减)0.2分: a scoring rule's step, not a quantity to reach
    if _in_quotes(text, start) and _names_a_project(text, end):
        return True  # “年产10亿件电子元器件技术改造”等项目: part of a project's name
    if text[max(0, start - 1):start] in words_of.from_marks:
        return True  # 由3个工作组推进 (who does it), 从2家增加到5家 (where it starts): not what is to be reached
    if _counts_a_heading(text, start, end):
        return True
    around = before + text[start:end + 12]
    return quantity.unit == words_of.pieces_unit and any(word in around for word in words_of.pieces_titles)


_CLAUSE_MARKS = "[，,、；;。：:（(\n]"
_OWN_NAME = 6
"""How long a programme's name after a count in words may be (五个倍增计划)."""
_TARGET_YEAR = re.compile(r"到\s*(?:19|20)\d{2}\s*年")
"""到2027年: where things are to stand, a promise."""
_QUOTED_NAME = re.compile(r"[\"“][^\"”\n]{1,8}[\"”]")


def _counts_a_heading(text: str, start: int, end: int) -> bool:
    """A count in brackets closing a heading: how many items the part holds (一、管委会牵头工作(8项)); a count in
    words naming the heading's part right after its number ((一)一个优化提升)."""
    line = text.rfind("\n", 0, start) + 1
    if heading_rank(text, line) is None:
        return False
    if text[start - 1:start] in "(（" and text[end:end + 1] in ")）":
        return True
    number = _HEADING_NUMBER.match(text, line)
    return number is not None and number.end() == start and text[start] in lexicon().drafting.word_numerals


_HEADING_NUMBER = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])\s*")
"""A heading's numbering, as far as the text its part names."""


def _frame_series(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """Counts in words rising by one through a sentence's clauses (优化一个提升，培育壮大两个龙头，强化三个队伍建设，构建
    四个产业链): the plan's frame, each count naming its parts, not a quantity to reach."""
    numerals = lexicon().drafting.word_numerals
    if figure.quantity.text[:1] not in numerals:
        return False
    sentence = [f for f in figures if f.sentence == figure.sentence and f.quantity.text[:1] in numerals
                and f.quantity.dimension is Dimension.COUNT]
    values = [int(f.quantity.value) for f in sentence]
    at = next(i for i, f in enumerate(sentence) if f.start == figure.start) if figure in sentence else -1
    if at < 0:
        return False
    low = high = at
    while low > 0 and values[low - 1] == values[low] - 1:
        low -= 1
    while high < len(values) - 1 and values[high + 1] == values[high] + 1:
        high += 1
    return high - low + 1 >= _FRAME_RUN


_FRAME_RUN = 3
"""How many counts in words rising by one make a frame (一个…两个…三个)."""


_CLASS_REACH = 12
"""How far after an amount the class noun and the count of that class may stand (500万元以上工业技改项目10个)."""
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十]+[个家项]")


def _size_class(text: str, start: int, end: int, quantity: Quantity) -> bool:
    """A money figure naming a class of firms or projects (20亿元企业, 亿元级项目), or a share opening a list item
    straight before a name (包括80%灭蝇胺、70%吡虫啉): the figure is an attribute of the thing, not a target."""
    nouns = lexicon().drafting.size_class_nouns
    if quantity.dimension.value == "money":
        if (aside := _ASIDE.match(text, end)) is not None:
            end = aside.end()  # 5亿元(3000万美元)以上项目60个: the same size in another currency, in brackets
        ahead = re.split(_CLAUSE_MARKS, text[end:end + _CLASS_REACH], maxsplit=1)[0]
        noun = max((ahead.find(n) + len(n) for n in nouns if n in ahead), default=-1)
        return text.startswith(nouns, end) or (noun > 0 and _NUMBER.search(ahead, noun) is not None)
    if quantity.unit == "%" and end < len(text):
        following, opening = text[end], text[max(0, start - 4):start]
        named = "\u4e00" <= following <= "\u9fff" and following not in lexicon().drafting.after_share
        return named and (opening.endswith("、") or opening.endswith(lexicon().drafting.list_openers))
    return False


_ASIDE = re.compile(r"[(（][^()（）\n]{1,16}[)）]")
"""A short bracket right after an amount: its equivalent or its note."""
ATTRIBUTE_REACH = 10
"""How far after a figure a 的 may stand for the figure to describe the thing counted next (年销售收入超100亿元的企业
达到10家, 能吸纳300人以上创业就业的孵化器超200个)."""


_AMOUNT_REACH = 4
"""How near an amount its 的 must stand to describe the noun after it (5亿元以上的企业, 3%及以上的企业)."""


_DE_PHRASE = 16
"""How long the noun phrase after 的 may be when its end names a target (…的固定资产投资计划目标)."""
_DE_NOUN = 4
"""How far after 的 a word of de_not_attribute may stand (增收140元的总体目标: 总体目标 holds 目标)."""


def _attribute(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """The figure describes the kind of thing another figure of its clause counts: a threshold, not a target."""
    end = figure.start + len(figure.quantity.text)
    later = [f.start for f in figures if end <= f.start < figure.clause[1]]
    if not later:  # an amount or a share alone may describe its noun too: 支持年营业收入5亿元以上的企业建设研究院
        if figure.quantity.dimension.value not in ("money", "percent", "measure"):
            return False  # 培育10家以上的科技领军企业: the firms to reach (占地50亩的农庄: the farm's size)
        if figure.quantity.dimension.value == "measure" and text[max(0, figure.start - 4):figure.start].endswith(
                lexicon().drafting.title_tail):
            return False  # 种植面积达到50公顷的种植基地: the area to reach
        later = [min(figure.clause[1], end + _AMOUNT_REACH)]
    stretch = text[end:min(later[0], end + ATTRIBUTE_REACH)]
    marker = lexicon().drafting.attribute_marker
    if marker not in stretch or any(mark in stretch[:stretch.index(marker)] for mark in "，,、；;。"):
        return False
    noun = end + stretch.index(marker) + 1
    if normalize(text[noun:noun + _DE_NOUN]).startswith(lexicon().drafting.de_value_nouns):
        return False  # 带来过百亿元的投资: the amount is the investment's, the value to reach
    phrase = re.split(_CLAUSE_MARKS, text[noun:noun + _DE_PHRASE], maxsplit=1)[0]
    if phrase.endswith(lexicon().drafting.de_target_ends):
        return False  # 完成年度135亿元的固定资产投资计划目标: the amount is the target's
    return not any(word in text[noun:noun + _DE_NOUN] for word in lexicon().drafting.de_not_attribute)


_POLICY_REACH = 6
"""How close a cap must stand before the amount (最高不超过500万元); an award word stands right before it
(一次性奖励10万元, but 争取省级补助资金2000万元 is a total to obtain)."""


def policy_term(text: str, start: int, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """An amount or a rate a support policy grants per case (给予20万元奖励, 按增量的10%给予补助), caps (最高不超过500万元)
    or awards (一次性奖励10万元): a term of the policy, not a quantity the plan commits to reach."""
    if quantity.dimension.value not in ("money", "percent"):
        return False  # 对100家企业给予研发补助: the firms supported are counted, a target
    words = lexicon().drafting
    if any(word in text[clause[0]:clause[1]] for word in words.policy_grant):
        return True
    before = text[max(clause[0], start - _POLICY_REACH):start]
    return any(word in before for word in words.policy_cap) or before.endswith(words.policy_award)


def _standing(text: str, figure: Figure) -> bool:
    """What stands now (全市现有高新技术企业800家): a plan's starting point, unless a promise follows the word."""
    before = text[figure.clause[0]:figure.start]
    at = max(before.rfind(word) for word in lexicon().drafting.standing) if lexicon().drafting.standing else -1
    promised = before[at:]
    return at >= 0 and not (any(word in promised for word in (*lexicon().cues.before.planned,
                                                               *lexicon().plan_news.lead_promise))
                            or _TARGET_YEAR.search(promised))


def _stretch(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """A stretch line after its base (收入增长2%，力争3%; 新签约项目12个、力争15个; 新增50家，努力实现新增100家): only a
    promise word, and the base's own verb said again, stand between the figure and the one before it, in the same unit,
    which is the target (R24, R122: the base is the commitment)."""
    earlier = [f for f in figures if f.end <= figure.start]
    if not earlier or earlier[-1].quantity.unit != figure.quantity.unit:
        return False
    base = earlier[-1]
    between = text[base.end:figure.start].strip(_BETWEEN_LINES)
    words = lexicon().drafting
    promise = next((w for w in sorted(words.stretch_words, key=len, reverse=True) if between.startswith(w)), None)
    if promise is None:
        return False
    rest = between[len(promise):]
    while (lead := next((w for w in words.title_lead if rest.startswith(w) and len(w) < len(rest)), None)) is not None:
        rest = rest[len(lead):]  # 努力实现新增100家 after 新增50家: the base's own verb said again
    return not rest or rest in text[base.clause[0]:base.start]


_BETWEEN_LINES = " ，,、"


def _multiple_with_level(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """A multiple followed by the level it reaches (高新技术企业增加一倍，总数升至2000家): the level is the target (R123)."""
    if figure.quantity.dimension is not Dimension.MULTIPLE:
        return False
    later = next((f for f in figures if f.start >= figure.end), None)
    between = text[figure.end:later.start] if later is not None else ""
    return (later is not None and not re.search("[；;。\n]", between)
            and any(word in between for word in lexicon().drafting.level_words))


def _ongoing_act(text: str, figure: Figure) -> bool:
    """An ongoing act on things that exist already (指导5个示范基地开展建设, 对410万元到位资金实施综合监管): the figure
    names what is acted on, not a quantity to reach (R129)."""
    acts = lexicon().drafting.ongoing_acts
    before = text[figure.clause[0]:figure.start]
    after = text[figure.end:figure.clause[1]]
    named = len(re.findall("[\u4e00-\u9fff]", after)) >= 2  # 指导200人次: the guidance given is counted, a target
    return (before.endswith(acts) and named) or (before.rstrip().endswith("对") and any(act in after for act in acts))


def _capacity(text: str, figure: Figure) -> bool:
    """A capacity naming a facility (建设年产1000吨红豆腐加工生产线): part of the facility's name (R43, R77); a
    capacity to reach (新增年产能1000吨, 实现年产1000吨) is a target."""
    words = lexicon().drafting
    before = text[figure.clause[0]:figure.start]
    after = text[figure.end:figure.clause[1]].rstrip("。；;，, ")
    return before.endswith(words.capacity_marks) and any(noun in after for noun in words.facility_nouns)
"""What may part a base figure from its stretch line beside the promise word."""


def _project_size(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """A project list's total investment beside its year's investment (共计100个项目，总投资为324亿元，年内计划投资120
    亿元): the total sizes the projects over their years, the year's investment is the commitment (R121)."""
    words = lexicon().drafting
    before = text[figure.clause[0]:figure.start].rstrip(_SIZE_LINKS)
    if not before.endswith(words.size_totals):
        return False
    return any(other.start > figure.end and other.quantity.unit == figure.quantity.unit
               and any(word in text[other.clause[0]:other.start] for word in words.year_investments)
               and other.clause[0] - figure.end <= _NEXT_CLAUSE for other in figures)


_SIZE_LINKS = " 为约达"
"""What may stand between 总投资 and its amount (总投资为324亿元)."""
_NEXT_CLAUSE = 2
"""How near the year's investment must follow: its own clause, right after."""


def _example(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """A size inside the named examples of a count (推动人民医院综合楼、34万千瓦保障性风电等57个项目开工): the count after
    等 is the target, the examples' figures describe them."""
    mark = lexicon().drafting.example_mark
    for later in figures:
        if figure.end < later.start <= figure.clause[1] and text[later.start - len(mark):later.start] == mark:
            name = text[figure.end:later.start - len(mark)]  # 保障性风电: the example the size describes
            return bool(name) and not re.search(_CLAUSE_MARKS, name) and later.quantity.unit != figure.quantity.unit
    return False


_TOTAL_BEFORE = 200
"""How far before a per-unit figure its total may stand: its paragraph, and the one before when it is near (a lead
选派889名科技特派员, then 每个特派团将配置17名特派员)."""


def _allocation(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """A per-unit figure (每县1个特派团) spreading a total its paragraph states of the same thing (组建58个特派团)."""
    if not _per_unit(text, figure):
        return False
    line = (text.rfind("\n", 0, max(0, figure.start - _TOTAL_BEFORE)) + 1, line_end(text, figure.start))
    key = unit_key(figure.quantity)
    return any(other is not figure and line[0] <= other.start < line[1] and unit_key(other.quantity) == key
               and other.quantity.value > figure.quantity.value and not _per_unit(text, other) for other in figures)


def _per_unit(text: str, figure: Figure) -> bool:
    """每县1个, 每个特派团配置17名: an exact share per unit; not a floor (每村至少一名) or a rate (每万人口10.95件,
    每年达到150件)."""
    before = text[figure.clause[0]:figure.start]
    at = before.rfind(lexicon().drafting.per_unit_mark)
    if at < 0 or figure.quantity.qualifier is not Qualifier.EXACT or before[at + 1:].startswith(
            lexicon().drafting.per_rate):
        return False
    return not any(word in before[at:] for word in lexicon().qualifiers.before.at_least)  # 每村至少有一名


def _names_a_project(text: str, end: int) -> bool:
    """Whether the quotes holding the text at `end` close on a project's name (…”等项目, …”工程)."""
    closing = text.find(lexicon().drafting.quotes[1], end, end + _NAME_REACH)
    after = text[closing + 1:closing + 1 + _NAME_REACH].lstrip(lexicon().drafting.example_mark) if closing >= 0 else ""
    return after.startswith(lexicon().drafting.project_nouns)


_NAME_REACH = 30
"""How far a quoted name may run past its figure."""


def _in_quotes(text: str, at: int) -> bool:
    """Whether `at` stands inside “…” on its line (a slogan: “一个中心、两个目标、三个方向”)."""
    line = text.rfind("\n", 0, at) + 1
    opening, closing = lexicon().drafting.quotes
    return text.count(opening, line, at) > text.count(closing, line, at)

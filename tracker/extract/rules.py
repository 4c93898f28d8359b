"""The language rules of extraction, as patterns built from the lexicon (tracker/lexicon/zh.yaml).

The words live in the lexicon; this module only turns them into the patterns
the engine searches with, each table compiled once into one alternation so a
whole document is searched in a single pass. What is still written here are
the few rules of shape (where a heading may stand, what a year next to a
comparison means) that are about the grammar rather than the vocabulary.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.lexicon import filtered, lexicon, words
from tracker.model.figure import Modality
from tracker.quantity import grouped_alternation

LEX = lexicon()


class Cue(NamedTuple):
    """A word that marks what a figure is: a result, a promise or a step toward one."""

    word: str
    modality: Modality


def _cues(table: object) -> tuple[Cue, ...]:
    return tuple(Cue(w, Modality(name)) for name, ws in table for w in ws)  # type: ignore[attr-defined]


BEFORE_CUES: tuple[Cue, ...] = _cues(LEX.cues.before)
"""Cues read before a figure; the nearest one decides (cues.before)."""
AFTER_CUES: tuple[Cue, ...] = _cues(LEX.cues.after)
"""Cues read after a figure in its clause: 8个项目列入…榜单 is a result even when 推荐 came first (cues.after)."""

PROMISES = {entry.word: Modality(entry.modality) for entry in LEX.promises}
FUTURE_WILL = re.compile("|".join(filtered(e) for e in LEX.promises))
"""Promises that need their neighbours (promises: 将 but not 将近; 计划 before a verb; 拟 but not 模拟;
预计 and 有望 as forecasts)."""
NOUN_COMPOUND_AFTER_CUE = re.compile(words(LEX.cue_as_noun.not_before))
"""申报辅导活动, 申报指南: the cue word is part of a noun here, not a step taken."""
STOCK_AFTER_CUMULATIVE = re.compile(words(LEX.cumulative_stock.verbs))
STOCK_UNITS = frozenset(LEX.cumulative_stock.units)
"""累计培育…58家: a count of bodies after 累计 and one of these verbs is a stock (cumulative_stock)."""
SEEKING = re.compile(LEX.seeking)
"""争取资金 after an application: what it asks for (seeking)."""
STATISTIC_WORDS = tuple(LEX.cue_as_noun.statistics)
"""专利申请, 申请专利: a step word inside one of these names a statistic (cue_as_noun.statistics)."""
RESULT_AS_NOUN = re.compile(words(LEX.cue_as_noun.result_not_before))
"""人才引进计划: the result word is part of a programme's name here."""
WILL_AS_BA = re.compile(words(LEX.will_as_ba))
PROPOSED_NOT_AFTER = re.compile(f"(?:{words(LEX.proposed_not_after)})$")
"""成功申报: a step word after one of these reports a success (proposed_not_after)."""

_HEADING_WORDS = words(LEX.plan_headings.words)
_TIMED_WORDS = words(LEX.plan_headings.timed_words)
_TIME_WORDS = words(LEX.plan_headings.time_words, escape=False)
_FORWARD_WORDS = words(LEX.plan_headings.forward_words)
_FORWARD_TAILS = words(LEX.plan_headings.forward_tails)
PLAN_HEADING = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?[ \t\u3000]*"
    f"(?:(?:{_TIME_WORDS})?[^\n。]{{0,12}}(?:{_HEADING_WORDS})|(?:{_TIME_WORDS})[^\n。]{{0,12}}(?:{_TIMED_WORDS})"
    f"|(?:{_FORWARD_WORDS})[^\n。]{{0,6}}(?:{_FORWARD_TAILS}))"
    r"[ \t\u3000]*$",
    re.MULTILINE,
)
"""A heading that opens a plan part inside a summary (三、下半年工作打算; 二、下半年主要工作任务及工作举措)."""

PLAN_INTRO = re.compile(LEX.plan_headings.intro, re.MULTILINE)
"""为实现上述目标，我们重点做好以下九方面工作：: a line opening the work to come."""

PLAN_HEADING_WORD = re.compile(f"(?:{_HEADING_WORDS}|{_TIMED_WORDS}|{_FORWARD_TAILS})(?=[ \t\u3000]*$)", re.MULTILINE)
"""The words a plan heading must end with; only the lines they end are tried against PLAN_HEADING."""

PLAN_PARAGRAPH = re.compile(f"^[ \t\u3000★]*(?:{words(LEX.plan_paragraph)})[,，:：]", re.MULTILINE)
"""A paragraph that opens with 下一步: planned until the next heading or question."""

PLAN_QUESTION = re.compile(f"^[ \t\u3000]*问[:：][^\n]*(?:{words(LEX.plan_question)})[^\n]*$", re.MULTILINE)
"""A briefing question about what comes next: its answer is a plan."""

HEADING_MARKS = tuple(re.compile(r"[ \t\u3000]*(?:" + mark + ")") for mark in LEX.heading_marks)
"""Heading numbers by rank, highest first (heading_marks): 第一章, 一、, (一), 1."""
HEADING_NUMBER = "(?:" + "|".join(LEX.heading_marks) + ")"
TARGET_HEADING = re.compile(
    r"^[ \t\u3000]*" + HEADING_NUMBER + r"?[ \t\u3000]*[^\n。，,：:]{0,12}?"
    f"(?:{words(LEX.target_headings)})" r"[ \t\u3000]*$", re.MULTILINE)
"""(一)部门年度总体目标: a report's statement of the year's targets (target_headings)."""
TARGET_HEADING_WORD = re.compile(words(LEX.target_headings))
REVIEW_HEADING = re.compile(
    r"^[ \t\u3000]*" + HEADING_NUMBER + r"?[ \t\u3000]*[^\n。，,]{0,16}?"
    f"(?:{words(LEX.review_headings)})" r"[ \t\u3000]*$", re.MULTILINE)
"""一、“十二五”期间主要工作回顾: a plan's review of the past (review_headings)."""
REGION_END = re.compile(
    r"^[ \t\u3000]*(?:★|问[:：]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d))", re.MULTILINE
)
"""Where a 下一步 region ends: the next heading or press-conference question."""


class PeriodPhrase(NamedTuple):
    """A phrase that sets the time a figure covers; `kind` says how to resolve it."""

    pattern: str
    kind: str


PERIOD_PHRASES: tuple[PeriodPhrase, ...] = tuple(PeriodPhrase(LEX.pattern(p.pattern), p.kind)
                                                 for p in LEX.period_phrases)
"""Time phrases, most specific first; the nearest before a figure decides its period (period_phrases)."""

PERIOD_FIRST_CHARS = "0-9一二两三四五六七八九十上下前第截本于在近连每去今全年累同用如“\"\x27"
"""Every character a time phrase can begin with (kept in step with PERIOD_PHRASES by a test)."""


TOPIC_LEAD = re.compile(r"(?:[ \t\u3000]|(?:在|于)(?:全省|全国|全市|省|市)?|自|从|到|至|截至|截止|我市|全市|市科技局|同时|"
                        r"力争|确保|计划|争取|预计|将|要)*")
"""What may stand before a time phrase at the head of its clause (在2022年, 我市今年, 力争全年)."""
COMPARISON_BEFORE = re.compile(r"(?:(?<!占)比|较|(?<![一二三四五六七八九十])是|为|与|和|同|相比|相对|对比|超过)$")
"""较上年提高, 是去年同期的1.4倍, 约为2019年的3倍: the year is the base of a comparison, not the period
(but 四是下半年… is a list marker, and 占比 a share)."""
HALF_IN_PLAN = frozenset({"half"})
"""In a plan part, 下半年 heading a paragraph names when the work happens; its targets are for the whole year."""
TARGET_LABEL = re.compile(LEX.target_label)
"""全年目标为…45家, 完成全年目标（520家）的…: the figure after the label is a target, planned."""
TARGET_WORD = re.compile("目标|任务|指标")
"""Every target label holds one of these: a quick test before the label pattern."""
TARGET_AFTER = re.compile(LEX.target_after) if LEX.target_after else re.compile(r"(?!)")
YEAR_TASK = re.compile(r"全年|年度")
"""完成全年170家任务的…: a figure after 全年 and before 任务 is the year's target (target_after)."""
NEW_STATEMENT = re.compile(f"(?:{words(LEX.new_statement)})")
"""A verb that starts a statement of its own: a list item with one does not share the cue before it."""
PHRASES_READ = 16
"""How many time phrases before a figure in its sentence are read: the nearest decide, so a page of clauses
with no full stop is read in linear time."""
RATIO_OF_TASK = re.compile(r"(?:任务|目标)(?:任务)?的")
"""完成全年170家任务的71.8%: 全年 names the task, not the time of the ratio after it."""
COMPLETION_WORDS = re.compile(r"(?:^|[|\t])[ \t\u3000]*[^\n|\t，,。]{0,10}?(?:" + words(LEX.table_headers.achieved)
                              + r")[ \t\u3000]*(?:[|\t:：]|$)", re.MULTILINE)
"""完成情况, 实际完成, 全年落实情况 … as a cell or a label of its own: a table holding one reports what was done; one without is a
table of tasks (a task that asks for 每半月完成情况 is no completion column)."""
TASK_WORDS = re.compile(words(LEX.table_headers.task_words))
"""任务, 目标, 牵头 …: a table that names none of these holds no tasks (a statistics form)."""
RESULT_MARKER = re.compile(f"(?:{words(LEX.result_markers)})")
"""已, 截至…: a result is reported here, whatever was promised before it in the sentence (result_markers)."""
DONE_ALREADY = re.compile(f"(?:{words(LEX.done_already)})")
"""已, 已经: done before the text was written, even in a plan (一季度已提前完成…任务); 实际利用外资 is a measure's name."""
TARGET_REACH = 10
"""全年目标（520家）: the label's year dates only a figure within this many characters after it."""
SCENE_SETTING = frozenset({"since_year", "recent_years", "year_range", "cumulative", "month"})
"""Phrases that set the scene for the rest of their sentence wherever they stand (基金自2018年设立以来，累计…)."""
YEAR_BINDS_WHOLE = 6
"""Characters a named year may stand before 全年 and be the year it means (2025年上海全年: 2025)."""
RELATIVE_YEAR = frozenset({"whole_year", "this_year"})
"""全年, 今年: inside a plan part they mean the plan's year."""
WITHIN_YEAR = frozenset({"half", "quarter", "to_month", "this_year", "this_month", "recent_years", "since_year",
                         "whole_year"})
"""Phrases that 累计 adds up within (前三季度…累计 is year to date)."""


DEBRIS_LINE = re.compile(
    f"^[ \\t\\u3000•>【]*(?:{words(LEX.debris_labels)}|(?:{words(LEX.debris_fields)})\\s*[:：]|"
    f"(?:{words(LEX.debris_words)})(?=[\\s:：>】|]|$))[^\\n]*$",
    re.MULTILINE,
)
"""Lines of web-page furniture: breadcrumbs, metadata tables, font-size and share buttons."""
FILE_LINE = re.compile(f"^[^\\n]*\\.(?:{words(LEX.file_suffixes) or '(?!)'})[ \\t\\u3000]*$", re.MULTILINE | re.IGNORECASE)
"""- 2025…招聘政府雇员4人考试试题.docx: a download listed on a sharing site, no sentence of the text."""
FOOTER = re.compile(f"^[ \\t\\u3000]*(?:{words(LEX.footer)})[^\\n]*$", re.MULTILINE)
"""From here to the end the page is footer: view counts, followers, share buttons."""

VAGUE_ONE = frozenset({"批", "批次", "支", "种", "系列", "些", "块"})
"""一批, 一支…队伍: a vague amount, not a count."""

NOT_AFTER = re.compile(r"(?:第[ \t]*|每[ \t]*|(?:阅读量|阅读数|浏览量|浏览次数|点击量|点击次数|播放量)[:：\s]*)$")
"""What makes the number after it no figure: an ordinal (第十八届), a rate's denominator (每万名),
a web page's counter (阅读量：3512次)."""
NOT_AFTER_LAST = frozenset("第每量数:： \t")
"""The characters a NOT_AFTER match can end with, besides whitespace: before any other, no search is needed."""
SESSION_NAME = re.compile(r"[^，。,；;\n]{0,4}(?:全会|中全会)")
NOT_FIGURE_AFTER = re.compile(f"(?:{words(LEX.not_figures.get('after', ()))})")
"""六届五次全会, 下列五个方面: a name or a count of the text's own parts (not_figures.after)."""
SESSION_BODY_AFTER = re.compile(f"[市省县区]?(?:{words(LEX.not_figures.get('session_bodies', ()))})")
"""二十届三中全会: a Central Committee session, not a count of 届."""
NOT_FIGURE_BEFORE = re.compile(f"(?:{words(LEX.not_figures.get('before', ()))})$")
ONE_OF_A_KIND = re.compile(r"(?:的|是|为)$")
"""是…的一项重要内容: 一 after 的/是 names one of a kind, not an amount."""

QUOTES = (("“", "”"), ("‘", "’"), ("《", "》"), ('"', '"'))
OPENING_QUOTE = re.compile("[" + "".join(re.escape(opening) for opening, _ in QUOTES) + "]")
QUOTED_NAME_MAX = 14
"""A figure inside quotation marks no longer than this is part of a name (“4个共同”)."""

TOP_RANK = re.compile(r"(?:全国|全省|全市|全区)(?:首位|第一位)")
"""居全省首位: a rank of 1 written without a digit."""

# Words removed from the ends of the text before a figure to leave what it counts.
LEADING_NOISE = re.compile(
    r"(?:[,，、;；:：\s]|的|我县|我区|全县|全区|本市|本县|本区|今年以来|今年|上半年|下半年|前三季度|全年|年初|年底|目前|截至目前|截止目前|截至|截止|同时|"
    r"其中|我市|全市|市科技局|已累计|已经|已|累计|共计|共|先后|分别|为|对|在|向|与|并|和|及|等|"
    r"积极|大力|持续|成功|首次|新|实施|引进|开展|组织|举办|签订|签署|培育|培养|建设|建成|布局|设立|促成|"
    r"支持|推动|推荐申报|推荐|拟申报|申报|储备|争取|获批|获得|获|认定|办理|发放|完成|实现|形成|解决|服务|"
    r"吸引|集聚|延伸|孵化|承担|入选|列入|聘任|优选|汇聚|用好|试行|兑现|\d{4}年(?:度)?(?:以来)?|"
    r"第[一二三四五六七八九十\d]+批|首批|全省共|全市共)+"
)
"""Read with `match` (anchored where it starts): `LEADING_NOISE.match(text, start, end)` strips a stretch of the text
without slicing it first."""
TRAILING_WORDS: tuple[str, ...] = tuple(sorted((
    "达到了", "达到", "达", "为", "突破", "超过", "超", "逾", "约", "近", "发展到", "增加到", "增长到", "提高到", "提升到",
    "增加至", "增长至", "提高至", "提升至", "发展至", "如今", "目前", "现在",
    "总计", "合计", "共计", "共", "累计", "位居", "稳居", "居", "位列", "排名", "列", "全省", "全国", "全市",
    "有", "计", "是", "的", "由", "应", ",", "，", "、", ";", "；", ":", "：", " ", "\t", "\u3000", "\n",
), key=len, reverse=True))
"""Words stripped from the end of the text before a figure (达到, 突破, 位居 …), longest first;
由 opens a change (企业数量由612家增加到1587家: both count 企业数量)."""
TRAILING_NOISE = re.compile("(?=[" + "".join(sorted({re.escape(w[0]) for w in TRAILING_WORDS})) + r"\d])(?:"
                            + grouped_alternation(TRAILING_WORDS) + r"|\d{4}年(?:底|末|度)?)+$")
"""Trailing words, and a year just before the figure (由2018年的612家), which is its period, not its subject (the words
grouped by first character: none starts with a digit, so the year's branch keeps its place)."""
SUMMARY_LEAD = re.compile(LEX.summary_lead)
"""现将…工作总结如下: a summary's opening; its 将 is no promise."""
QUARTER_LIST = re.compile(r"((?:[一二三四][、,，])+[一二三四])季度[^。\n]{0,12}?(?:依次|分别)")
"""一、二、三、四季度依次达到18%、19%、20%、21%: a schedule, each figure to the end of its quarter."""
RESPECTIVELY = re.compile(r"分别(?:为|达到|达|是|增长|完成)?")
"""A, B分别为X、Y: each name before it counts the figure in the same place after it."""
LIST_SEPARATOR = re.compile(r"[、和与及]")
GENERIC_HEAD = re.compile(f"(?:{words(LEX.generic_heads)})")
"""贷款总金额: a head that counts the thing of the figure before it (generic_heads)."""
LINKING_VERB = re.compile(f"(?:{words(LEX.linking_verbs)})")
"""惠及…企业: the figure counts whom the figure before reached (linking_verbs)."""
LINKING_LAST = frozenset(w[-1] for w in LEX.linking_verbs)
GENERIC_LAST = frozenset(w[-1] for w in LEX.generic_heads)
"""The last characters of these words: a cheap test before the pattern."""
GROWTH_WORD = re.compile(r"(?:同比)?(?:增长|增加|提高|提升|下降|减少)")
GROWTH = re.compile(r"^(?:同比)?(?:增长|增加|提高|提升|下降|减少|翻)")
NOUN_AFTER_END = re.compile(
    r"(?:进行|开展|参赛|参会|获|入选|列入|晋级|签约|达成|落户|落地|实现|完成|纳入|被|已|正在|的|通过|共|进入|受到|得到|"
    r"入驻|参与|开展|组建|，|,|。|；|;|、|：|:|\(|（)"
)
SPLIT_VERB = re.compile(r"(?:发放|提供|争取|兑现|减免|节约|解决|带动|惠及|吸引|引进|促成|实施|开展|签订|签署|达成|认定|组织|推荐|举办|"
                        r"办理|培育|设立|组建|布局|建设|新增|支持)")
"""Verbs whose object follows them: in 为143家企业发放科技成果转化贷款200笔 the loans are what is counted.
(Plain alternations of literals: the engine skips positions by their first characters itself.)"""
SUBJECT_MAX = 16
"""Subjects are cut to the last characters before the figure, where the noun is."""
SUBJECT_TAIL = 40
"""Only this many characters before the figure are stripped of trailing verbs."""

PHASE = frozenset({"期"})
"""二期, 两期 in Chinese numerals: a phase label or the scope of a programme."""
NAME_BEFORE_INSTITUTE = re.compile(r"(?:集团|研究院|科学院|总院|公司)$")
"""航天科工集团25所: an institute's name."""
WORD_AFTER_CLASSIFIER = frozenset({
    "组织", "组建", "组成", "组团", "个人", "个体", "项目", "人员", "人才", "人民", "场景", "场所", "次数", "条件", "条例",
    "种类", "支持", "支撑", "期间", "期限", "本报", "本市", "本区", "本县", "本次", "本年", "本届", "本地", "本级", "本部", "批准", "处理", "单位", "队伍", "家庭", "部门", "部署", "所以", "所属",
    "门户", "名单", "名称", "位置", "件事", "台账", "套餐", "份额", "张贴", "类型", "款项", "头部", "间隔", "例如",
    "成员", "成果", "成本", "成为", "成效", "成立", "成绩", "成交", "成功", "成长", "成熟", "成型",
})
"""A classifier that begins one of these words is not a classifier (统一组织 is not 一组)."""
FORMULAS = re.compile(
    "一次性|一条龙|一张蓝图|三位一体|一人一档|一企一策|一揽子|一站式|一把手|一体化|三篇大文章|两个确立|两个维护|四个意识|四个自信|四个全面|三会一课|五位一体|八项规定|两学一做|三严三实|"
    "六稳|六保|三大攻坚战|三重一大|一岗双责|两个大局|两个一百年|三个代表|一带一路"
)
"""Fixed political formulas: the numerals in them are names, not amounts."""
FORMULA_NUMERALS = frozenset("一二两三四五六八")
VAGUE_BEFORE = re.compile(r"(?:数|几|若干|上)[ \t]*$")
"""数十家, 几百项, 若干: not an amount."""

"""The numerals a formula's figure can start with; others skip the formula search."""

YEAR_IN_HEADING = re.compile(r"(\d{4})\s*年")
NEXT_YEAR = re.compile(words(LEX.plan_year.next))
SAME_YEAR = re.compile(words(LEX.plan_year.same, escape=False))
"""In a plan heading: which year the plan is for, when it does not name it."""

ZONE_ROW = re.compile(f"(?:{words(LEX.zones)})$")
"""A table row named 经开区, 高新区, 保税区: a zone's figures, part of the document's place."""
FORECAST_TITLES = LEX.forecast_titles
"""…指标情况(预测数): a document of forecasts for its own period (forecast_titles)."""

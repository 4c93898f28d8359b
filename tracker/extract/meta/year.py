"""The year and period a document is about: its title's, its lead's, its date's, its body's."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from tracker.extract.meta.common import HEAD, LEX, YEAR, Found, lead_of
from tracker.extract.meta.kind import MIXED_TITLE, TARGET_YEAR
from tracker.extract.meta.titles import LEAD_YEAR, SENTENCE_YEAR
from tracker.extract.phrases import FIVE_YEAR_PLANS
from tracker.lexicon import words
from tracker.model.document import DocumentKind
from tracker.model.period import Period, parse_period

_JOINT = re.compile("及|和|与|暨|、")

_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年")

_LAST_YEAR_LEAD = re.compile(r"(?:^|[。\n，,:：])[ \t\u3000]*(?:去年|上年)")

_FIVE_YEAR_TITLE = re.compile(r"[“\"]?(十[一二三四五]?五)[”\"]?[^\n]{0,16}?(?:规划|计划|方案)")
"""…“十四五”科技创新规划: a five-year plan's title names its years."""

_PLAN_YEAR = re.compile(r"今年是[“\"]?(十[一二三四五]?五)[”\"]?(?:规划)?(?:的)?(开局|收官)之年")
"""今年是“十二五”开局之年: the first (or last) year of a five-year plan."""

_WORK_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?(?:度)?(?:全[市县区省])?(?:科技)?工作(?:会议|座谈会|(?:作出|进行)?部署|安排|要点)")
"""全省2018科技工作会议, 对科工局2018年工作作出部署: the year a meeting plans for."""

_TITLE_PARTS = (
    (re.compile(r"上半年"), "{y}-H1"),
    (re.compile(r"下半年"), "{y}-H2"),
    (re.compile(r"前三季度"), "{y}-Q1..{y}-Q3"),
    (re.compile(r"第?一季度"), "{y}-Q1"),
    (re.compile(r"(?:1|一)\s*[-—–~至到]\s*(\d{1,2})\s*月"), "{y}-01..{y}-{m:02d}"),
    (re.compile(r"截[至止]\s*(\d{1,2})\s*月"), "{y}-01..{y}-{m:02d}"),
)


def infer_year(title: str | None, kind: DocumentKind | None, issued: date | None, body: str,
          sharing: bool = False) -> Found | None:
    """The year a document is about: the results year of a mixed title, its title's year, its lead, its date, its body.

    A document-sharing site's title is its own label, often of another year: there the first sentence wins.
    """
    lead = lead_of(body)
    if sharing and (match := SENTENCE_YEAR.search(lead)):
        return Found(int(match[1]), f"正文开头“{match.group().strip('。，,:：')}”", True)
    if title and YEAR.search(title):
        return _title_year(title, kind)
    if title and (dated := _dated_title(title, body)):
        return _title_year(dated, kind)._replace(weak=True)
    found = _plan_lead_year(kind, lead) if kind in (DocumentKind.PLAN, DocumentKind.MIXED) else None
    found = found or (_press_year(issued, lead) if kind is DocumentKind.PRESS else None)
    found = found or (_past_year_report(issued, lead) if kind is DocumentKind.SUMMARY else None)
    if found:
        return found
    if issued is not None:
        in_year = (any(p.search(title or "") for p, _ in _TITLE_PARTS) or kind not in (DocumentKind.SUMMARY,
                                                                                       DocumentKind.MIXED))
        year = issued.year if in_year or issued.month > 3 else issued.year - 1
        return Found(year, f"成文日期 {issued.isoformat()}", True)
    return _body_year(lead, body)


_DATED_TITLE_MIN = 6
"""A title this short (工作总结) is a phrase any text may quote: only a longer one is looked for with a year."""


def _dated_title(title: str, body: str) -> str | None:
    """The title as the text repeats it with its year (市科技局上半年工作总结 … 市科技局2024年上半年工作总结),
    never inside a document's name (根据《2019年工作总结》)."""
    if len(title) < _DATED_TITLE_MIN:
        return None
    # What re.finditer(title[:cut] + r"(?:19|20)\d{2}\s*年度?" + title[cut:]) finds, cut by cut, read at each year
    # of the head: one pattern a cut was compiled per title (some 20; 1-2 ms a document).
    head = body[:HEAD]
    years = [m.start() for m in _YEAR_DIGITS.finditer(head)]
    for cut in range(len(title) + 1):
        searched = 0  # where finditer would search from
        for year in years:
            if year - cut < searched or (end := _dated_at(head, year, title[:cut], title[cut:])) is None:
                continue
            if body[year - cut - 1:year - cut] != "《":
                return head[year - cut:end]
            searched = end
    return None


_YEAR_DIGITS = re.compile(r"(?=(?:19|20)\d{2})")
"""Every place a year's digits start, overlapping ones too."""


def _dated_at(head: str, year: int, before: str, after: str) -> int | None:
    """The end of `before` + year + `after` with the year's digits at `year` (…2024年上半年…, 2024 年度…), or None."""
    if not head.startswith(before, year - len(before)) or year < len(before):
        return None
    at = year + 4
    while at < len(head) and head[at].isspace():
        at += 1
    if head[at:at + 1] != "年":
        return None
    if head[at + 1:at + 2] == "度" and head.startswith(after, at + 2):  # 年度? is greedy: 年度 first, then 年
        return at + 2 + len(after)
    return at + 1 + len(after) if head.startswith(after, at + 1) else None


def _title_year(title: str, kind: DocumentKind | None) -> Found:
    """The title's year; for a mixed title (2024年工作总结及2025年工作计划) the year of its results part."""
    years = YEAR.findall(title)
    if kind is DocumentKind.MIXED and (mixed := MIXED_TITLE.search(title)):
        joint = _JOINT.search(title, mixed.start())  # 及, 和 …: results before it, the plan after
        before = YEAR.findall(title[:joint.start() if joint else mixed.end()])
        if before:
            return Found(int(before[0]), f"标题“{title}”")
        return Found(int(years[0]) - 1, f"标题“{title}”（计划年的上一年）", True)
    return Found(int(years[0]), f"标题“{title}”")


def _plan_lead_year(kind: DocumentKind, lead: str) -> Found | None:
    """到2020年，全县… (the year a plan aims at); 对科工局2018年工作作出部署 (the year a meeting plans; a mixed text
    that reviews 去年 reports on the year before)."""
    if kind is DocumentKind.PLAN and (match := TARGET_YEAR.search(lead)):
        return Found(int(match[1]), f"导语“{match.group().strip('，,')}”（目标年）", True)
    if match := _WORK_YEAR.search(lead):
        reviewed = kind is DocumentKind.MIXED and _LAST_YEAR_LEAD.search(lead) is not None
        return Found(int(match[1]) - reviewed, f"导语“{match.group()}”", True)
    return None


def _press_year(issued: date | None, lead: str) -> Found | None:
    """News: the year its lead names, else last year's when a January story speaks of it (去年, 2017年 in 2018)."""
    if match := LEAD_YEAR.search(lead):
        return Found(int(match[1]), f"导语“{match.group().strip('。，,:：')}”", True)
    if issued is None:
        return None
    past = [m for m in YEAR.finditer(lead) if int(m[1]) == issued.year - 1]
    if past and not 0 <= lead.find("今年") < past[0].start():  # 今年上半年… then 2015年 in passing: this year's news
        return Found(int(past[0][1]), f"导语提及 {past[0][1]}年，报道日期 {issued.isoformat()}", True)
    if _LAST_YEAR_LEAD.search(lead):
        return Found(issued.year - 1, f"导语“去年”，报道日期 {issued.isoformat()}", True)
    return None


_RESULTS_HEADING = re.compile(r"(?:^|\n|[一二三四五六七八九十]、)[ \t\u3000]*((?:19|20)\d{2})\s*年度?[^\n，。,；;]{0,10}?"
                              f"(?:{words(LEX.results_headings)})")
"""一、2022年工作总结, 2019年度主要工作: a section of results names their year."""

_YEAR_CAPTION = re.compile(r"^[ \t\u3000]*[(（]?[ \t\u3000]*((?:19|20)\d{2})[ \t\u3000]*年度?[ \t\u3000]*[)）]?[ \t\u3000|]*$",
                           re.MULTILINE)
"""(2023 年度) on a line of its own: a table's or a form's year."""

_THIS_YEAR = re.compile(words(LEX.this_year_words) + "|[1一]\\s*[-—–~至到]\\s*\\d{1,2}\\s*月")


def _past_year_report(issued: date | None, lead: str) -> Found | None:
    """A summary dated in May 2024 whose lead speaks only of 2023 (2023年度…, never 2024 nor 今年): 2023's results."""
    if issued is None or str(issued.year) in lead or _THIS_YEAR.search(lead):
        return None
    if past := [m for m in YEAR.finditer(lead) if int(m[1]) == issued.year - 1]:
        return Found(issued.year - 1, f"导语只提及 {past[0][1]}年，成文日期 {issued.isoformat()}", True)
    return None


def _body_year(lead: str, body: str) -> Found | None:
    """An undated text: a year opening its lead, a results heading's or a caption's year, the first year of a
    five-year plan, else the year it names most."""
    if match := LEAD_YEAR.search(lead):
        return Found(int(match[1]), f"正文开头“{match.group().strip()}”", True)
    if match := _RESULTS_HEADING.search(body[:HEAD]) or _YEAR_CAPTION.search(body[:HEAD]):
        return Found(int(match[1]), f"正文“{match.group().strip()}”", True)
    if match := _PLAN_YEAR.search(lead):  # 今年是“十二五”开局之年: 2011
        return Found(FIVE_YEAR_PLANS[match[1]] + (4 if match[2] == "收官" else 0), f"正文开头“{match.group()}”", True)
    common = Counter(YEAR.findall(body)).most_common(1)
    if common and common[0][1] >= 3:
        return Found(int(common[0][0]), f"正文最常提及 {common[0][0]}年", True)
    return None


def infer_period(year: Found | None, title: str | None, kind: DocumentKind | None, issued: date | None,
            head: str = "") -> Found | None:
    ranged = (title or "") + ("\n" + head[:200] if kind is DocumentKind.PLAN else "")
    if span := _YEAR_RANGE.search(ranged):
        first, last = int(span[1]), int(span[2])
        if first < last <= first + 10:  # 行动计划(2023—2027年): the plan's years
            return Found(parse_period(f"{first}..{last}"), f"标题“{span.group()}”")
    if year is None and title and (plan := _FIVE_YEAR_TITLE.search(title)):
        first = FIVE_YEAR_PLANS[plan[1]]  # 大渡口区“十四五”科技创新规划: 2021—2025
        return Found(parse_period(f"{first}..{first + 4}"), f"标题“{plan.group()}”")
    if year is None:
        return None
    y = int(year.value)  # type: ignore[call-overload]
    read_from = title if title and any(p.search(title) for p, _ in _TITLE_PARTS) else _quoted(year.evidence)
    if title and read_from == title and f"{y}年度" in (outside := _BRACKETED.sub("", title)):
        read_from = outside  # 2023年度重点工作清单(一季度…执行落实情况): the year's list, reported on in its first quarter
    for pattern, form in _TITLE_PARTS:
        if match := pattern.search(read_from or ""):
            m = int(match[1]) if match.groups() else 0
            try:
                return Found(parse_period(form.format(y=y, m=m)), f"{year.evidence}，“{match.group()}”", year.weak)
            except ValueError:
                continue
    if kind is DocumentKind.PRESS and issued is not None and issued.year == y:
        label = f"{y}-01-01..{issued.isoformat()}"
        return Found(Period(start=date(y, 1, 1), end=issued, label=label), f"发布会日期 {issued.isoformat()}", True)
    return Found(parse_period(y), year.evidence, year.weak)


_BRACKETED = re.compile(r"[(（][^()（）]*(?:[)）]|$)")


def _quoted(evidence: str) -> str:
    """The words a piece of evidence quotes (正文开头“2022年上半年” → 2022年上半年): a lead's year with its part."""
    match = re.search(r"“([^”]*)”", evidence)
    return match[1] if match else ""

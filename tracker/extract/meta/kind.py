"""What a document is: plan, summary, mixed, press or table — from its title, its first lines, or its shape."""

from __future__ import annotations

import re
from datetime import date

from tracker.extract import rules
from tracker.extract.header_units import header_units
from tracker.extract.meta.common import (
    DATELINE_REACH,
    HEAD,
    LEX,
    NEWS,
    NUMBER_MARK,
    PLAN_ISSUED,
    PROMISE,
    REPORTED,
    REPORTED_DONE,
    Found,
    count_promises,
    dateline_date,
    lead_of,
)
from tracker.extract.tables import has_table
from tracker.lexicon import words
from tracker.model.document import DocumentKind

_KIND_WORDS = tuple((re.compile(words(LEX.document_kinds[k])), DocumentKind(k))
                    for k in ("press", "table", "plan", "summary") if k in LEX.document_kinds)


MIXED_TITLE = re.compile(LEX.mixed_title)

_NEWS_OPENER = re.compile(r"^[ \t\u3000]*(?:" + words(LEX.news_openers) + ")", re.MULTILINE)
"""日前，山西省科学技术厅对外发布…: a lead line opening as news does."""

_NEWS_SECTION = re.compile(r"[>＞›»/][ \t\u3000]*[^>＞›»/\n]{0,6}?(?:" + words(LEX.news_sections) + r")[ \t\u3000]*$", re.MULTILINE)
"""首页 > 政务公开 > … > 工作动态, 新闻中心 / 铜川要闻: the breadcrumb of a portal's news section."""

_PLAN_STRUCTURE_HEADING = re.compile(r"^[ \t\u3000]*" + NUMBER_MARK + r"?[ \t\u3000]*(" + words(LEX.plan_structure)
                                     + r")[ \t\u3000]*(?:[:：]|$)", re.MULTILINE)


_PLAN_STRUCTURE_LEAD = re.compile(f"(?:{words(LEX.plan_structure_lead)})(?:是|为)")
"""一、指导思想 二、主要目标 (headings), or 2023年我县科技工作的总体要求是 (a lead): a plan's own structure."""

_PLAN_NEWS = re.compile(f"(?:{words(LEX.plan_news.lead)})(?:[^\n]|\n(?!\n)){{0,160}}?(?:{words(LEX.plan_news.promise)})")

_HANDED_DOWN = re.compile(LEX.plan_news.handed_down)
"""现下达2025年度各单位固定资产投资计划…如下: a notice whose text is the plan it hands down."""

_QUOTED = re.compile(r"“[^”\n]{1,30}”")
"""“科技之光行动计划”: a name, whose 计划 promises nothing."""

_RESULT = re.compile(words(LEX.plan_news.lead_result))

_SUMMARY_OPENER = re.compile(r"(?:^|\n)[ \t\u3000]*(?:" + words(LEX.summary_openers)
                             + r"|(?:(?:19|20)\d{2}|20[xX]{2}|[xX*＊]{1,4})\s*年(?:度)?(?:上半年)?[，,])")


TARGET_YEAR = re.compile(r"到\s*((?:19|20)\d{2})\s*年(?:底|末)?[，,]")
"""到2020年，全县高新技术企业数量…: a lead that sets out where things should stand by a year."""

_REVIEW = re.compile(words(LEX.plan_news.review))

_TABLE_WORDS = re.compile(words(LEX.document_kinds.get("table", ())))

_PRESS_WORDS = re.compile(words(LEX.document_kinds.get("press", ())))

_QA = re.compile(r"^[ \t\u3000]*(?:问|答|记者)[:：]", re.MULTILINE)


_TABLE_CELLS = 20
"""A text whose first part holds this many table cells read under their headers is a statistics table."""


def infer_kind(title: str | None, text: str, body: str, title_weak: bool = False, issued: date | None = None) -> Found | None:
    head = body[:HEAD]
    if len(cells := header_units(head)) >= _TABLE_CELLS:  # …指标情况 over 42 cells of %, ranks, 亿元: the text is a table
        return Found(DocumentKind.TABLE, f"正文为统计表（{len(cells)} 个单元格）", bool(title))  # weak against a title
    by_title = _kind_by_title(title, head, body, title_weak) if title else None
    if by_title is not None and not by_title.weak:
        return by_title
    if by_title is None and (headline := lead_of(body).split("\n", 1)[0]):
        by_title = _kind_by_title(headline, head, body, True, headline=True)  # no title: what the headline names
        by_title = by_title._replace(weak=True) if by_title else None
    return _kind_by_body(head, body, text[:DATELINE_REACH], issued) or by_title or _kind_by_shape(head)


_SECTION_HEADING = re.compile(r"^" + rules.HEADING_MARKS[1].pattern + "|^" + rules.HEADING_MARKS[2].pattern, re.MULTILINE)
"""一、 or (一) opening a line: a text in sections (the lexicon's heading_marks of the two middle ranks)."""


def _kind_by_shape(head: str) -> Found | None:
    """No word says what the text is: one that reports results (no promise in its lead) under section headings
    (一、…) is a summary, one without them a news item. Always a weak guess, for a person to confirm."""
    if count_promises(lead_of(head)) or not REPORTED.search(head):
        return None
    if _SECTION_HEADING.search(head):
        return Found(DocumentKind.SUMMARY, "分节报告结果（无标题、无类型词）", True)
    return Found(DocumentKind.PRESS, "不分节的结果报道（无标题、无类型词）", True)


_SPACED = re.compile(r"(?<=[\u4e00-\u9fff\d]) +(?=[\u4e00-\u9fff\d])")


def _kind_by_title(title: str, head: str, body: str, title_weak: bool, headline: bool = False) -> Found | None:
    """The kind a title names; weak when the body must decide (a plan word and a summary word in a
    title that is no 总结及计划, as content sites write 工作计划和总结)."""
    title = _SPACED.sub("", title)  # 重 点 工 作 完 成 情 况: a PDF's spaced-out title reads as written
    if MIXED_TITLE.search(title):
        return Found(DocumentKind.MIXED, f"标题“{title}”")
    # The head noun of a Chinese title comes last: …目标任务完成情况工作总结 is a summary; of two words ending
    # together the longer names it (…目标任务落实情况 is a table, not any 情况).
    if headline:  # a line of prose names its kind, if at all, before its first clause ends
        title = re.split("[，,。；;]", title, maxsplit=1)[0]
    found = [(m.end(), len(m.group()), kind, m.group()) for pattern, kind in _KIND_WORDS
             for m in pattern.finditer(title) if not title.startswith(LEX.cited_by, m.end())]
    # 政府工作报告提出…: a document the text cites, not what the text is
    if not found:
        return None
    _, _, kind, word = max(found)
    weak = title_weak and kind is not DocumentKind.TABLE and (
        _TABLE_WORDS.search(head[:300]) is not None or _PRESS_WORDS.search(lead_of(body)) is not None
        or NEWS.search(head[:DATELINE_REACH]) is not None)  # a title read out of a news lead names what the news is about
    if weak:
        return None
    both = {DocumentKind.PLAN, DocumentKind.SUMMARY} <= {k for _, _, k, _ in found}
    return Found(kind, f"标题含“{word}”", both)


def _kind_by_body(head: str, body: str, page_top: str, issued: date | None = None) -> Found | None:
    """The kind the first lines show: a briefing, a plan (its structure, or news of one), a table, news, a summary."""
    if len(_QA.findall(head)) >= 2:
        return Found(DocumentKind.PRESS, "问答体")
    lead = lead_of(body)
    if match := _PRESS_WORDS.search(lead):
        if count_promises(lead) >= 2 and not REPORTED_DONE.search(lead):  # a briefing on what is to be done
            return Found(DocumentKind.PLAN, f"“{match.group()}”上只谈目标（将、力争…）", True)
        return Found(DocumentKind.PRESS, f"正文开头含“{match.group()}”")
    return (_plan_by_lead(head, lead, issued) or _table_at_top(head) or _news_by_marks(head, lead, page_top)
            or _summary_by_lead(head, body, lead))


def _plan_by_lead(head: str, lead: str, issued: date | None) -> Found | None:
    """A plan issued or set out at a meeting, a plan's own headings, a lead of promises, or of targets for a later year."""
    if match := PLAN_ISSUED.search(lead) or _HANDED_DOWN.search(lead):
        return Found(DocumentKind.PLAN, f"“{match.group()[:16]}…”", True)
    if match := _PLAN_NEWS.search(lead):
        kind = DocumentKind.MIXED if _REVIEW.search(lead) else DocumentKind.PLAN
        return Found(kind, f"“{match.group()[:12]}…”", True)
    if match := _plan_structure(head, lead):
        return Found(DocumentKind.PLAN, f"计划结构“{match}”", True)
    first = re.split("[。\n]", lead, maxsplit=1)[0]
    if count_promises(_QUOTED.sub("", lead)) >= 2 and not _RESULT.search(lead) and (
            PROMISE.search(first) or not NEWS.search(head[:DATELINE_REACH])):
        return Found(DocumentKind.PLAN, "开头只有目标（力争、确保…）", True)  # news opening on results is no plan
    if (ahead := TARGET_YEAR.search(lead)) and not REPORTED_DONE.search(lead[:ahead.start()]) and (
            issued is None or int(ahead[1]) > issued.year):
        return Found(DocumentKind.PLAN, f"开头“{ahead.group().strip('，,')}”（目标年）", True)
    return None


def _table_at_top(head: str) -> Found | None:
    if match := _TABLE_WORDS.search(head[:300]):
        return Found(DocumentKind.TABLE, f"开头含“{match.group()}”", True)
    if has_table(head[:DATELINE_REACH]):
        return Found(DocumentKind.TABLE, "开头是任务/完成情况表格", True)
    return None


_DISCLOSURE = re.compile(words(LEX.disclosure_marks))


def _news_by_marks(head: str, lead: str, page_top: str) -> Found | None:
    # A government disclosure page (索引号 …) is an official document whatever its 来源 line says; a news section
    # in its path (> 工作动态) or a news opener (近日) still makes it news.
    marks = None if _DISCLOSURE.search(page_top) else (NEWS.search(head[:DATELINE_REACH]) or NEWS.search(page_top))
    if match := (marks or _NEWS_SECTION.search(page_top) or _NEWS_OPENER.search(lead)):
        return Found(DocumentKind.PRESS, f"新闻稿（“{match.group().lstrip('>＞›»/ ')}”）", True)
    return None


def _summary_by_lead(head: str, body: str, lead: str) -> Found | None:
    """现将…总结如下, a headline over its date (news), a lead opening on the past and reporting results."""
    if match := rules.SUMMARY_LEAD.search(head):
        return Found(DocumentKind.SUMMARY, f"“{match.group()}”")
    if (day := dateline_date("\n".join(body[:DATELINE_REACH].splitlines()[:4]))) is not None:
        return Found(DocumentKind.PRESS, f"标题下的日期 {day.isoformat()}（新闻）", True)  # a headline, then its date
    if (opener := _SUMMARY_OPENER.search(lead)) and REPORTED.search(lead):
        return Found(DocumentKind.SUMMARY, f"开头“{opener.group().strip('，,。')}”并报告结果", True)
    if REPORTED_DONE.search("。".join(re.split("[。\n]", lead)[:2])) and count_promises(lead) == 0:
        return Found(DocumentKind.SUMMARY, "开头报告已完成的结果", True)
    return None


def _plan_structure(head: str, lead: str) -> str | None:
    """Two of a plan's own headings (指导思想, 主要目标) in the first lines, or a lead that states one."""
    headings = list(dict.fromkeys(m[1] for m in _PLAN_STRUCTURE_HEADING.finditer(head)))
    if len(headings) >= 2:
        return "、".join(headings[:2])
    for line in lead.split("\n")[:2]:  # the first sentence of the opening lines (a headline may come first)
        if match := _PLAN_STRUCTURE_LEAD.search(line.split("。", 1)[0]):
            return match.group()
    return None


def with_plan_part(kind: Found | None, text: str) -> Found | None:
    """A summary holding a plan part (三、下半年工作打算) is a mixed document."""
    from tracker.extract.context import plan_heading

    if kind is not None and kind.value is DocumentKind.SUMMARY and (at := plan_heading(text)) is not None:
        heading = text[at:text.find("\n", at) if text.find("\n", at) >= 0 else len(text)].strip()
        return Found(DocumentKind.MIXED, f"{kind.evidence}，计划部分“{heading}”", kind.weak)
    return kind

"""The document's title and issuer, past the portal furniture and the sharing sites' labels."""

from __future__ import annotations

import re

from tracker.extract.meta.common import (
    CJK,
    DATELINE,
    DATELINE_REACH,
    HEAD,
    LEX,
    NEWS,
    NUMBER_MARK,
    PLAN_ISSUED,
    Found,
    lead_of,
)
from tracker.extract.tables import header_role
from tracker.lexicon import words

_TITLE_NOISE = re.compile(f"(?:{words(LEX.title_noise)})+$")

_SECTION_NUMBER = re.compile(r"[ \t\u3000]*" + NUMBER_MARK)
"""一、2019年上半年主要工作完成情况: a section's heading, not the document's title."""

_MIXED_TAIL = re.compile(r"(?:和|及|暨|与)[^\s，,。]{0,14}?(?:计划|打算|思路|安排|要点|方案)")

_TITLE_IN_HEAD = re.compile(r"([^\s。，,；;：:《》()（）|]{2,24}?(?:" + words(LEX.head_titles) + "))"
                            f"(?!{words(LEX.cited_by)})")
"""A title in the text's head (…2024年工作要点); not one a verb follows (…政府工作报告提出: another document cited)."""

_PROSE_FRAGMENT = re.compile(LEX.prose_fragment)
"""对去年工作作了回顾总结, 会议总结: a piece of a sentence, not a title."""

_TABLE_HEADER_LINE = re.compile(r"\S+(?:[ \t\u3000]{1,}\S+){2,}")
"""年度总体目标 预期目标 实际完成情况: cells of a table's header, not a title."""

_TITLE_IN_NOTICE = re.compile(r"关于印发《([^》\n]{4,60})》的通知")

_TITLE_LINE = re.compile(
    r"^[ \t\u3000#]*([^\n，。,：:；;>•|]{4,60}?(?:" + words(LEX.title_words) + r"))"
    r"[ \t\u3000]*(?:[(（][^()（）\n]{1,30}[)）])?[ \t\u3000]*$", re.MULTILINE)


_LABELLED_TITLE = re.compile(r"^[ \t\u3000]*(?:" + words(LEX.title_labels) + r")[ \t\u3000]*[:：][ \t\u3000]*"
                             r"([^\s:：][^\n:：]{3,60}?)[ \t\u3000]*(?:\S{2,4}[:：][^\n]*)?$", re.MULTILINE)
"""名称：…一览表 文号：: a portal's labelled title, up to the next label on its line."""

_ISSUER_LABEL = re.compile(f"(?:{words(LEX.issuer_labels)})" + r"\s*[:：]\s*([^\s\n•|]{4,30})")

_EMPTY_FIELD = re.compile(r"[:：]$|日期|时间")
"""来源:   发布日期: — an empty source field runs into the next label."""

_ISSUER_END = words(LEX.issuer_ends)

ISSUER_LINE = re.compile(r"^[ \t\u3000]*(\S{2,14}?(?:" + _ISSUER_END + r"))[ \t\u3000]*$", re.MULTILINE)

_ISSUER_IN_TITLE = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?(?:上半年|下半年)?)?(\S{2,16}?(?:" + _ISSUER_END + r"))")

_BREADCRUMB = re.compile(r"[>＞›»]|当前位置|所在位置")
"""您当前所在位置:首页 > 数据发布与解读: a page's path, never a headline."""

_HEADLINE = re.compile(r"^[ \t\u3000]*(\S[^\n。！？!?]{4,38}\S)[ \t\u3000]*$", re.MULTILINE)

_AD_SLOT = re.compile(words(LEX.ad_slots))
"""列表头部广告一条: an advertising slot's label, never a headline (keyword lines A_B_C are none either)."""

_ORIGINAL_TITLE = re.compile(r"原标题\s*[:：]\s*([^\n]{4,60})")


def _year_after(openings: str) -> re.Pattern[str]:
    """A year (and a part of it) standing right after one of `openings` (or a title's noise words)."""
    return re.compile(f"(?:^|{openings}|{words(LEX.title_noise)})" + r"[ \t\u3000]*((?:19|20)\d{2})\s*年(?:度)?"
                      r"(?:上半年|下半年|前三季度|1-\d{1,2}月)?(?![\d月-])")


LEAD_YEAR = _year_after("[。\n，,:：]|召开|举行|公布了?|发布了?")
"""2021年上半年，在区委…: a first sentence that opens with a year (and a part of it) dates the document."""

SENTENCE_YEAR = _year_after("[。\n]")
"""The same, opening a sentence rather than a clause: on a sharing site the page's own label may be of another
year, but a clause's year (…，2023年新认定7家) says nothing of the document's."""


def infer_title(text: str, body: str) -> Found | None:
    if match := _TITLE_IN_NOTICE.search(text[:HEAD]):
        return Found(match[1], f"《{match[1]}》")
    if match := _LABELLED_TITLE.search(text[:HEAD]):
        return Found(match[1].strip(), f"标注的标题“{match[1].strip()}”")
    head = "\n".join(_TITLE_NOISE.sub("", line.rstrip()) for line in body[:HEAD].split("\n"))
    for match in _TITLE_LINE.finditer(head):
        if not _TABLE_HEADER_LINE.fullmatch(match[1].strip()) and not _PROSE_FRAGMENT.search(match[1]) \
                and header_role(match[1]) is None and not _SECTION_NUMBER.match(match[1]):  # 二季度完成情况 heads a column
            return Found(match[1].strip(), "标题行")
    cleaned = _TITLE_NOISE.sub("", head[:300])
    if (match := _TITLE_IN_HEAD.search(cleaned)) and not _PROSE_FRAGMENT.search(match[1]) \
            and cleaned[match.end(1):match.end(1) + 1] not in LEX.verb_suffixes:  # 全面总结了2012年工作: a verb
        joint = _MIXED_TAIL.match(head, match.end(1)) if head.startswith(match[1], match.start(1)) else None
        title = match[1] + (joint.group() if joint else "")  # …上半年工作总结和下半年工作方案: the plan part named too
        return Found(title, f"开头“{title}”", True)
    if match := _ORIGINAL_TITLE.search(text[:HEAD]):
        return Found(match[1].strip(), "原标题")
    if match := PLAN_ISSUED.search(lead_of(body)):  # news of a plan issued: the plan's own title
        name = re.search(r"《([^》]+)》", match.group())
        return Found(name[1] if name else match.group(), "印发的文件名", True)
    if NEWS.search(text[:DATELINE_REACH]):
        top = body[:DATELINE_REACH]
        for match in _HEADLINE.finditer(top[:top.rfind("\n") + 1] if len(body) > DATELINE_REACH else top):  # whole lines
            if not DATELINE.search(match[1]) and not re.search(r"\d{1,2}\s*[:：]\d{2}", match[1]) \
                    and match[1].count("_") < 2 and not _AD_SLOT.search(match[1]) \
                    and len(CJK.findall(match[1])) >= 4 and not _BREADCRUMB.search(match[1]):  # not a page's script or path
                return Found(match[1].strip(), "新闻标题", True)  # a headline, not the line of its date
    return None


_TIME_LEAD = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:上半年|下半年|前三季度|第?[一二三四]季度|全年)?")


def infer_issuer(text: str, body: str, title: str | None) -> Found | None:
    found = _issuer_as_written(text, body, title)
    if found is not None and (lead := _TIME_LEAD.match(str(found.value))) and lead.end():
        return found._replace(value=str(found.value)[lead.end():]) if len(str(found.value)) - lead.end() >= 3 else None
    return found


def _issuer_as_written(text: str, body: str, title: str | None) -> Found | None:
    if (match := _ISSUER_LABEL.search(text[:HEAD])) and not _EMPTY_FIELD.search(match[1]):
        return Found(match[1], f"“{match.group().strip()}”")
    signatures = ISSUER_LINE.findall(body[len(body) // 3:]) or ISSUER_LINE.findall(body[:HEAD])
    if signatures:
        return Found(signatures[-1], f"署名“{signatures[-1]}”")
    if title and (match := _ISSUER_IN_TITLE.match(title)):
        return Found(match[1], f"标题“{title}”")
    return None


_TITLE_TAIL = 12
"""What may follow a title on its line and still belong to it: (1-3月), (2023—2027年)."""


def lead_title(title: str | None, body: str, sharing: bool) -> str | None:
    """Where the part of the year is read (上半年, 1-10月): the title, or on a sharing site the first sentence."""
    if sharing and (match := SENTENCE_YEAR.search(lead_of(body))):
        return match.group()
    if title and (at := body.find(title, 0, HEAD)) >= 0:  # the title's line, a short tail at most: …落实情况(1-3月)
        limit = at + len(title) + _TITLE_TAIL
        end = body.find("\n", at, limit)
        return body[at:end if end >= 0 else min(limit, len(body))]
    return title

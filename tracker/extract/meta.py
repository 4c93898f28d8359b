"""Infer a document's metadata from its text: title, date, issuer, place, kind, period, each with its evidence.

Pages saved from government portals and document-sharing sites open with
furniture (当前位置, 主题分类, 发布时间, 上传时间 …); those lines are set aside
first, so they are never taken for a title. Each field records where it came
from (`Provenance`): a title, an issuer label, a signature or a labelled date
is strong evidence; a guess from the body (a year named most often, a place
word) is weak, and a figure of a document whose place, kind or period is weak
waits for a person instead of being accepted. A manifest entry overrides any
field and is recorded as given.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from tracker.extract import rules
from tracker.extract.phrases import FIVE_YEAR_PLANS
from tracker.extract.tables import has_table, header_role
from tracker.lexicon import lexicon, words
from tracker.model.document import META_FIELDS, DocumentKind, DocumentMeta, Provenance, Source
from tracker.model.figure import Modality
from tracker.model.period import Period, parse_period
from tracker.places import LEVELS, UNIT_SUFFIX, Place, ancestor, cities_by_short_name, places_in, resolve, strip_suffix
from tracker.quantity import QuantityError, read_number

LEX = lexicon()
HEAD = 3000
"""Labels, titles and issuers are looked for in the first characters of a text."""

_DATE = r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?"
_CN_DATE = re.compile(r"^[ \t\u3000]*([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                      r"([一二三四五六七八九十]{1,3})日[ \t\u3000]*$", re.MULTILINE)
"""A signature date written in Chinese numerals: 二〇二三年七月十日."""
_SIGNATURE_DATE = re.compile(r"^[ \t\u3000]*" + _DATE + r"[ \t\u3000]*$", re.MULTILINE)
_OWN_DATE = re.compile(f"({words(LEX.own_date_labels)})" + r"\s*[:：]\s*" + _DATE)
_LABELLED_DATE = re.compile(f"({words(LEX.date_labels)})" + r"\s*[:：]\s*" + _DATE)
_UPLOAD = re.compile(f"(?:{words(LEX.upload_labels)})")
_SHARING = re.compile(words(LEX.sharing_site))
_NEWS = re.compile(words(LEX.news_marks))
_DATELINE = re.compile(r"(?<!\d)(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})(?!\d)|年(\d{1,2})月(\d{1,2})日)")
_DATELINE_REACH = 400
"""A news page's dateline stands in its first lines (2018-07-31, 2025/11/01 05:30 記者…)."""
_TITLE_NOISE = re.compile(f"(?:{words(LEX.title_noise)})+$")
_NUMBER_MARK = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])"
"""一、 (一) 1. — a section's or list item's number."""
_SECTION_NUMBER = re.compile(r"[ \t\u3000]*" + _NUMBER_MARK)
"""一、2019年上半年主要工作完成情况: a section's heading, not the document's title."""
_MIXED_TAIL = re.compile(r"(?:和|及|暨|与)[^\s，,。]{0,14}?(?:计划|打算|思路|安排|要点|方案)")
_TITLE_IN_HEAD = re.compile(r"([^\s。，,；;：:《》()（）|]{2,24}?(?:" + words(LEX.head_titles) + "))")
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
_ISSUER_LINE = re.compile(r"^[ \t\u3000]*(\S{2,14}?(?:" + _ISSUER_END + r"))[ \t\u3000]*$", re.MULTILINE)
_ISSUER_IN_TITLE = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?(?:上半年|下半年)?)?(\S{2,16}?(?:" + _ISSUER_END + r"))")
_REGION_NAME = re.compile(r"^(?![我各该]|全[市县区省盟旗]|本[市县区省])([\u4e00-\u9fff]{2,8}?[市县区州盟旗])")
"""鄂城区…: a name opening an issuer or title; never a year or a text's word for itself (2024年全盟, 全市)."""
_ZONE = re.compile(r"([\u4e00-\u9fff]{2,4}(?:" + words(LEX.zones) + "))")
_NOT_A_ZONE_NAME = re.compile(words(LEX.zone_not_names))
_CHAIN = re.compile(f"^(?:(?![^省市县区州盟旗]*?[型性])[\u4e00-\u9fff]{{1,8}}?{UNIT_SUFFIX})+")
"""北京市朝阳区…; a unit holding 型 or 性 is a kind of place (创新型省份), not one (no division's name holds them;
化 is in 化州市, 奉化区)."""
_UNITS_IN_CHAIN = re.compile(f"[\u4e00-\u9fff]{{1,8}}?{UNIT_SUFFIX}")
_PLACEHOLDER = re.compile(r"[xX×＊*某]{1,3}")
"""XX区, 某县: an anonymized place names none."""
_MASKED_UNIT = re.compile(_PLACEHOLDER.pattern + UNIT_SUFFIX)
"""xx区科学技术局: the document hides its own place; a city it mentions is not it."""
_CJK = re.compile("[\u4e00-\u9fff]")
_BREADCRUMB = re.compile(r"[>＞›»]|当前位置|所在位置")
"""您当前所在位置:首页 > 数据发布与解读: a page's path, never a headline."""
_HEADLINE = re.compile(r"^[ \t\u3000]*(\S[^\n。！？!?]{4,38}\S)[ \t\u3000]*$", re.MULTILINE)
_AD_SLOT = re.compile(words(LEX.ad_slots))
"""列表头部广告一条: an advertising slot's label, never a headline (keyword lines A_B_C are none either)."""
_ORIGINAL_TITLE = re.compile(r"原标题\s*[:：]\s*([^\n]{4,60})")
_KIND_WORDS = tuple((re.compile(words(LEX.document_kinds[k])), DocumentKind(k))
                    for k in ("press", "table", "plan", "summary") if k in LEX.document_kinds)
_MIXED_TITLE = re.compile(LEX.mixed_title)
_NEWS_OPENER = re.compile(r"^[ \t\u3000]*(?:" + words(LEX.news_openers) + ")", re.MULTILINE)
"""日前，山西省科学技术厅对外发布…: a lead line opening as news does."""
_NEWS_SECTION = re.compile(r"[>＞›»/][ \t\u3000]*[^>＞›»/\n]{0,6}?(?:" + words(LEX.news_sections) + r")[ \t\u3000]*$", re.MULTILINE)
"""首页 > 政务公开 > … > 工作动态, 新闻中心 / 铜川要闻: the breadcrumb of a portal's news section."""
_PLAN_STRUCTURE_HEADING = re.compile(r"^[ \t\u3000]*" + _NUMBER_MARK + r"?[ \t\u3000]*(" + words(LEX.plan_structure)
                                     + r")[ \t\u3000]*(?:[:：]|$)", re.MULTILINE)
_PLAN_STRUCTURE_LEAD = re.compile(f"(?:{words(LEX.plan_structure_lead)})(?:是|为)")
"""一、指导思想 二、主要目标 (headings), or 2023年我县科技工作的总体要求是 (a lead): a plan's own structure."""
_PLAN_NEWS = re.compile(f"(?:{words(LEX.plan_news.lead)})(?:[^\n]|\n(?!\n)){{0,160}}?(?:{words(LEX.plan_news.promise)})")
_PROMISE = re.compile(words(LEX.plan_news.lead_promise))
_QUOTED = re.compile(r"“[^”\n]{1,30}”")
"""“科技之光行动计划”: a name, whose 计划 promises nothing."""
_RESULT = re.compile(words(LEX.plan_news.lead_result))
_PLAN_ISSUED = re.compile(LEX.plan_news.issued)
_SUMMARY_OPENER = re.compile(r"(?:^|\n)[ \t\u3000]*(?:" + words(LEX.summary_openers)
                             + r"|(?:(?:19|20)\d{2}|20[xX]{2}|[xX*＊]{1,4})\s*年(?:度)?(?:上半年)?[，,])")
_REPORTED = re.compile(words(("已", "累计", "新增", "同比", "完成", "实现", "达到")))
"""A lead that opens on the past and reports results: a summary."""
_REPORTED_DONE = re.compile(words(("已", "累计", "共计", "同比", "完成了", "争取到", "通过评审", "新增", "超额完成")))
"""Words that only report what is done (达到 and 实现 also set targets)."""
_TARGET_YEAR = re.compile(r"到\s*((?:19|20)\d{2})\s*年(?:底|末)?[，,]")
"""到2020年，全县高新技术企业数量…: a lead that sets out where things should stand by a year."""
_JOINT = re.compile("及|和|与|暨|、")
_REVIEW = re.compile(words(LEX.plan_news.review))
_TABLE_WORDS = re.compile(words(LEX.document_kinds.get("table", ())))
_PRESS_WORDS = re.compile(words(LEX.document_kinds.get("press", ())))
_QA = re.compile(r"^[ \t\u3000]*(?:问|答|记者)[:：]", re.MULTILINE)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年")
_LAST_YEAR_LEAD = re.compile(r"(?:^|[。\n，,:：])[ \t\u3000]*(?:去年|上年)")
def _year_after(openings: str) -> re.Pattern[str]:
    """A year (and a part of it) standing right after one of `openings` (or a title's noise words)."""
    return re.compile(f"(?:^|{openings}|{words(LEX.title_noise)})" + r"[ \t\u3000]*((?:19|20)\d{2})\s*年(?:度)?"
                      r"(?:上半年|下半年|前三季度|1-\d{1,2}月)?(?![\d月-])")


_LEAD_YEAR = _year_after("[。\n，,:：]|召开|举行|公布了?|发布了?")
"""2021年上半年，在区委…: a first sentence that opens with a year (and a part of it) dates the document."""
_SENTENCE_YEAR = _year_after("[。\n]")
"""The same, opening a sentence rather than a clause: on a sharing site the page's own label may be of another
year, but a clause's year (…，2023年新认定7家) says nothing of the document's."""
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
_PLACE_LEVEL = {"city": "city", "district": "county", "county": "county", "province": "province"}


class Found(NamedTuple):
    """One inferred value with what it was read from."""

    value: object
    evidence: str
    weak: bool = False


def _debris_free(text: str) -> str:
    """The text with portal furniture lines blanked (same length, so offsets hold)."""
    return rules.DEBRIS_LINE.sub(lambda m: " " * len(m.group()), text)


def _date(match: re.Match[str], first: int = 1) -> date | None:
    try:
        return date(int(match[first]), int(match[first + 1]), int(match[first + 2]))
    except ValueError:
        return None


def _issued(text: str, body: str) -> Found | None:
    """The document's own date: 成文日期, a signature date, the portal's 发布时间, a news dateline;
    never an upload date, and no page date at all on a document-sharing site."""
    if (match := _OWN_DATE.search(text[:HEAD])) and (day := _date(match, 2)):
        return Found(day, f"{match[1]}：{day.isoformat()}")
    if signed := _signature_date(body):
        return signed
    if _SHARING.search(text[:HEAD]):
        return None
    if _NEWS.search(text[:HEAD]) and (day := _dateline(text[:_DATELINE_REACH])):
        return Found(day, f"报道日期 {day.isoformat()}")
    for match in _LABELLED_DATE.finditer(text[:HEAD]):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _UPLOAD.search(text, line_start, match.start()) is None and (day := _date(match, 2)):
            return Found(day, f"{match[1]}：{day.isoformat()}")
    return None


def _dateline(head: str) -> date | None:
    """The first full date in a news page's first lines: 2018-07-31, 2025/11/01, 2024年3月6日."""
    for match in _DATELINE.finditer(head):
        month, day = (match[3], match[4]) if match[2] else (match[5], match[6])
        try:
            return date(int(match[1]), int(month), int(day))
        except ValueError:
            continue
    return None


def _signature_date(body: str) -> Found | None:
    """A line holding only a date under an issuer's name, or in the last three fifths of the text."""
    tail_from = len(body) * 2 // 5
    for match in _SIGNATURE_DATE.finditer(body):
        above = body[max(0, match.start() - 60):match.start()].strip().rsplit("\n", 1)[-1]
        if (match.start() >= tail_from or _ISSUER_LINE.fullmatch(above)) and (day := _date(match)):
            return Found(day, f"落款日期 {day.isoformat()}")
    for match in _CN_DATE.finditer(body):
        try:
            day = date(*(int(read_number(part)) for part in match.groups()))
        except (ValueError, QuantityError):
            continue
        return Found(day, f"落款日期 {match.group().strip()}")
    return None


def _title(text: str, body: str) -> Found | None:
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
    if match := _PLAN_ISSUED.search(_lead(body)):  # news of a plan issued: the plan's own title
        name = re.search(r"《([^》]+)》", match.group())
        return Found(name[1] if name else match.group(), "印发的文件名", True)
    if _NEWS.search(text[:_DATELINE_REACH]):
        top = body[:_DATELINE_REACH]
        for match in _HEADLINE.finditer(top[:top.rfind("\n") + 1] if len(body) > _DATELINE_REACH else top):  # whole lines
            if not _DATELINE.search(match[1]) and not re.search(r"\d{1,2}\s*[:：]\d{2}", match[1]) \
                    and match[1].count("_") < 2 and not _AD_SLOT.search(match[1]) \
                    and len(_CJK.findall(match[1])) >= 4 and not _BREADCRUMB.search(match[1]):  # not a page's script or path
                return Found(match[1].strip(), "新闻标题", True)  # a headline, not the line of its date
    return None


_TIME_LEAD = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:上半年|下半年|前三季度|第?[一二三四]季度|全年)?")


def _issuer(text: str, body: str, title: str | None) -> Found | None:
    found = _issuer_as_written(text, body, title)
    if found is not None and (lead := _TIME_LEAD.match(str(found.value))) and lead.end():
        return found._replace(value=str(found.value)[lead.end():]) if len(str(found.value)) - lead.end() >= 3 else None
    return found


def _issuer_as_written(text: str, body: str, title: str | None) -> Found | None:
    if (match := _ISSUER_LABEL.search(text[:HEAD])) and not _EMPTY_FIELD.search(match[1]):
        return Found(match[1], f"“{match.group().strip()}”")
    signatures = _ISSUER_LINE.findall(body[len(body) // 3:]) or _ISSUER_LINE.findall(body[:HEAD])
    if signatures:
        return Found(signatures[-1], f"署名“{signatures[-1]}”")
    if title and (match := _ISSUER_IN_TITLE.match(title)):
        return Found(match[1], f"标题“{title}”")
    return None


def _own_level(body: str) -> str | None:
    """The level a text speaks of itself at (全区 → a district), by the place words it uses most."""
    # 全省 is mostly where a city or county ranks itself (居全省前三), not the level it speaks at.
    counts = Counter({level: sum(body.count(w) for w in ws) for level, ws in LEX.place_words.items()
                      if level != "province"})
    level, n = counts.most_common(1)[0] if counts else (None, 0)
    return _PLACE_LEVEL.get(level) if n else None


_BUREAU = "(?:市)?(?:科学技术局|科技局|科技和|科技创新局)"
"""随州科技局: a city's short name with its bureau names the city."""
_SHORT_NAME_REACH = 800
"""How far into a text a city named without its suffix is counted (a page's masthead and first paragraphs)."""


def _region_name(place: Place) -> str:
    """A county-level place with its city (宣城市宣州区; a municipality's district with it: 北京市朝阳区),
    else the name (威海市)."""
    if place.level == "county" and place.parents:
        return place.parents[-1] + place.name
    return place.name


def _narrowed(name: str, context: str) -> Place | None:
    candidates = resolve(name, context)
    return candidates[0] if len(candidates) == 1 else None


_OTHERS_PLACE = re.compile("级|下达|下发|考核|交办")
"""镇江市级以上科技计划, 镇江市下达的指标: a higher office's place (a programme's level, who set the task), not the text's."""


def _innermost(text: str, level: str | None, context: str = "", lift: bool = False, says_shi: bool = False) -> Place | None:
    """The last, innermost division named in `text`; of the level the text speaks at when it names several.
    A name several divisions share (青山区) is the one whose parent `context` names (武汉市青山区…).
    With `lift`, a division below that level counts for the one above it at that level: a text that speaks
    of 全市 and names 滨海新区, 武清区 … is 天津市's."""
    named = [place if place is not None else _narrowed(name, context) for at, place, name in places_in(text)
             if not _OTHERS_PLACE.match(text, at + len(name))]
    named = [place for place in named if place is not None]
    if not named:
        return None
    if level is not None:
        fitting = [p for p in named if p.level == level]
        if lift and not fitting:  # only when no division of its level is named: 咸宁市 … 江夏区 stays 咸宁市
            # a county-level city (临海市) calls itself 全市 too (`says_shi`): it stands for itself, not its city
            fitting = [p if says_shi and p.name.endswith("市") and level == "city" else a for p in named
                       if LEVELS[p.level] > LEVELS[level] and (a := ancestor(p, level))]
        # A text that speaks of itself as a district (全区) and names only its city or province names no place of its own.
        return Counter(fitting).most_common(1)[0][0] if fitting else None
    order = {"province": 0, "city": 1, "county": 2}
    return max(named, key=lambda p: order[p.level])


def _chain_place(value: str, label: str) -> Found | None:
    """A name that opens with a chain of divisions (北京市朝阳区科技局, 徐州市沛县…): its last one, never the first.

    When the gazetteer cannot settle the last unit (朝阳区 alone is two places; 沛县 is a two-character name), the
    chain is kept as written and marked weak, so a district's figures never pass for its city's.
    """
    chain = _CHAIN.match(value)
    if chain is None or len(_UNITS_IN_CHAIN.findall(chain.group())) < 2:
        return None
    places = resolve(chain.group())
    if len(places) == 1:
        return Found(_region_name(places[0]), f"{label}“{value}”")
    return Found(chain.group(), f"{label}“{value}”", True)


_BUREAU_LEVEL = re.compile(r"(?:^|[^\u4e00-\u9fff]|[年度])([县区市])(?:科学技术|科技|经济科技|科技和工业信息化|科经)")
"""县科技局2022年工作总结, 2024年上半年县科技局…: the bureau's own level, said before any place word."""


def _bureau_level(issuer: Found | None, title: Found | None) -> str | None:
    for source in (issuer, title):
        if source is not None and (match := _BUREAU_LEVEL.search(str(source.value))):
            return "city" if match[1] == "市" else "county"
    return None


def _region(body: str, issuer: Found | None, title: Found | None) -> Found | None:
    """The place the document reports on: from its issuer, title or signature, checked against 全区/我市."""
    level = _bureau_level(issuer, title) or _own_level(body)
    for source, label in ((issuer, "发文单位"), (title, "标题")):
        if source is None:
            continue
        if chained := _chain_place(str(source.value), label):
            return chained
        if place := _innermost(str(source.value), level, body[:HEAD]):
            weak = level is not None and place.level != level
            return Found(_region_name(place), f"{label}“{source.value}”", weak)
    for source, label in ((issuer, "发文单位"), (title, "标题")):
        if source is not None and not source.weak and (match := _REGION_NAME.match(str(source.value))) \
                and not _PLACEHOLDER.search(match[1]):
            return Found(match[1], f"{label}“{source.value}”")
    head = body[:400]
    if place := _bureau_in_body(head):
        return Found(_region_name(place), f"正文开头“{place.name}”的科技局", True)
    says_shi = any(word in body[:HEAD] for word in _SHI_WORDS)
    if place := _innermost(head, level, body[:HEAD], lift=True, says_shi=says_shi):
        return Found(_region_name(place), f"正文开头“{place.name}”", True)
    if place := _local_outlet(body[:_SHORT_NAME_REACH]):
        return Found(place.name, f"本地媒体“{strip_suffix(place.name)}…”", True)
    short = Counter(cities_by_short_name(body[:_SHORT_NAME_REACH])).most_common(1)
    masked = any(src is not None and _MASKED_UNIT.search(str(src.value)) for src in (issuer, title))
    bureau = short and re.search(re.escape(strip_suffix(short[0][0].name)) + _BUREAU, body[:_SHORT_NAME_REACH])
    if short and (short[0][1] >= 2 or bureau) and level == "city" and not masked:  # 郑州…郑州晚报, 随州科技局
        return Found(short[0][0].name, f"正文多次提及“{strip_suffix(short[0][0].name)}”", True)
    for match in _ZONE.finditer(head):  # 荆州经开区: a development zone is a place of its own, not in the gazetteer
        if not _NOT_A_ZONE_NAME.search(match[1]) and _zone_of_a_place(match[1]):  # 纳入国家高新区序列 names no zone
            return Found(match[1], f"正文开头“{match[1]}”", True)
    return None


_SHI_WORDS = tuple(w for w in LEX.place_words["city"] if w.endswith("市"))
"""全市, 我市: how a city speaks of itself, a county-level city (临海市) as much as a prefecture's."""
_BODY_BUREAU = re.compile(words(LEX.science_bureaus))


def _place_before(text: str, end: int, levels: tuple[str, ...] = ("province", "city", "county")) -> Place | None:
    """The one division named by the 2 to 4 characters ending at `end` (本报讯据咸宁日报: 咸宁), longest first."""
    for length in (4, 3, 2):
        if end - length >= 0 and len(places := [p for p in resolve(text[end - length:end]) if p.level in levels]) == 1:
            return places[0]
    return None


def _bureau_in_body(head: str) -> Place | None:
    """柞水县科技局针对…: a text with no issuer that opens on a science bureau of a place is that place's."""
    match = _BODY_BUREAU.search(head)
    return _place_before(head, match.start()) if match else None


_OUTLET = re.compile(words(LEX.local_outlets))


def _local_outlet(text: str) -> Place | None:
    """咸宁新闻网讯, 杭州日报: a city's own news outlet reports on that city (科技日报 names no place)."""
    for match in _OUTLET.finditer(text):
        if place := _place_before(text, match.start(), ("city", "province")):
            return place
    return None


def _zone_of_a_place(zone: str) -> bool:
    """荆州经开区, 宣城高新区: a zone's name opens with a place's (着力促进高新区 is prose)."""
    return any(resolve(zone[:length]) for length in (2, 3, 4) if length < len(zone))


def _kind(title: str | None, text: str, body: str, title_weak: bool = False, issued: date | None = None) -> Found | None:
    head = body[:HEAD]
    by_title = _kind_by_title(title, head, body, title_weak) if title else None
    if by_title is not None and not by_title.weak:
        return by_title
    if by_title is None and (headline := _lead(body).split("\n", 1)[0]):
        by_title = _kind_by_title(headline, head, body, True, headline=True)  # no title: what the headline names
        by_title = by_title._replace(weak=True) if by_title else None
    return _kind_by_body(head, body, text[:_DATELINE_REACH], issued) or by_title or _kind_by_shape(head)


_SECTION_HEADING = re.compile(r"^" + rules.HEADING_MARKS[1].pattern + "|^" + rules.HEADING_MARKS[2].pattern, re.MULTILINE)
"""一、 or (一) opening a line: a text in sections (the lexicon's heading_marks of the two middle ranks)."""


def _kind_by_shape(head: str) -> Found | None:
    """No word says what the text is: one that reports results (no promise in its lead) under section headings
    (一、…) is a summary, one without them a news item. Always a weak guess, for a person to confirm."""
    if _promises(_lead(head)) or not _REPORTED.search(head):
        return None
    if _SECTION_HEADING.search(head):
        return Found(DocumentKind.SUMMARY, "分节报告结果（无标题、无类型词）", True)
    return Found(DocumentKind.PRESS, "不分节的结果报道（无标题、无类型词）", True)


def _kind_by_title(title: str, head: str, body: str, title_weak: bool, headline: bool = False) -> Found | None:
    """The kind a title names; weak when the body must decide (a plan word and a summary word in a
    title that is no 总结及计划, as content sites write 工作计划和总结)."""
    if _MIXED_TITLE.search(title):
        return Found(DocumentKind.MIXED, f"标题“{title}”")
    # The head noun of a Chinese title comes last: …目标任务完成情况工作总结 is a summary; of two words ending
    # together the longer names it (…目标任务落实情况 is a table, not any 情况).
    if headline:  # a line of prose names its kind, if at all, before its first clause ends
        title = re.split("[，,。；;]", title, maxsplit=1)[0]
    found = [(m.end(), len(m.group()), kind, m.group()) for pattern, kind in _KIND_WORDS
             for m in pattern.finditer(title)]
    if not found:
        return None
    _, _, kind, word = max(found)
    weak = title_weak and kind is not DocumentKind.TABLE and (
        _TABLE_WORDS.search(head[:300]) is not None or _PRESS_WORDS.search(_lead(body)) is not None
        or _NEWS.search(head[:_DATELINE_REACH]) is not None)  # a title read out of a news lead names what the news is about
    if weak:
        return None
    both = {DocumentKind.PLAN, DocumentKind.SUMMARY} <= {k for _, _, k, _ in found}
    return Found(kind, f"标题含“{word}”", both)


def _kind_by_body(head: str, body: str, page_top: str, issued: date | None = None) -> Found | None:
    """The kind the first lines show: a briefing, a plan (its structure, or news of one), a table, news, a summary."""
    if len(_QA.findall(head)) >= 2:
        return Found(DocumentKind.PRESS, "问答体")
    lead = _lead(body)
    if match := _PRESS_WORDS.search(lead):
        if _promises(lead) >= 2 and not _REPORTED_DONE.search(lead):  # a briefing on what is to be done
            return Found(DocumentKind.PLAN, f"“{match.group()}”上只谈目标（将、力争…）", True)
        return Found(DocumentKind.PRESS, f"正文开头含“{match.group()}”")
    return (_plan_by_lead(head, lead, issued) or _table_at_top(head) or _news_by_marks(head, lead, page_top)
            or _summary_by_lead(head, body, lead))


def _plan_by_lead(head: str, lead: str, issued: date | None) -> Found | None:
    """A plan issued or set out at a meeting, a plan's own headings, a lead of promises, or of targets for a later year."""
    if match := _PLAN_ISSUED.search(lead):
        return Found(DocumentKind.PLAN, f"“{match.group()[:16]}…”", True)
    if match := _PLAN_NEWS.search(lead):
        kind = DocumentKind.MIXED if _REVIEW.search(lead) else DocumentKind.PLAN
        return Found(kind, f"“{match.group()[:12]}…”", True)
    if match := _plan_structure(head, lead):
        return Found(DocumentKind.PLAN, f"计划结构“{match}”", True)
    first = re.split("[。\n]", lead, maxsplit=1)[0]
    if _promises(_QUOTED.sub("", lead)) >= 2 and not _RESULT.search(lead) and (
            _PROMISE.search(first) or not _NEWS.search(head[:_DATELINE_REACH])):
        return Found(DocumentKind.PLAN, "开头只有目标（力争、确保…）", True)  # news opening on results is no plan
    if (ahead := _TARGET_YEAR.search(lead)) and not _REPORTED_DONE.search(lead[:ahead.start()]) and (
            issued is None or int(ahead[1]) > issued.year):
        return Found(DocumentKind.PLAN, f"开头“{ahead.group().strip('，,')}”（目标年）", True)
    return None


def _table_at_top(head: str) -> Found | None:
    if match := _TABLE_WORDS.search(head[:300]):
        return Found(DocumentKind.TABLE, f"开头含“{match.group()}”", True)
    if has_table(head[:_DATELINE_REACH]):
        return Found(DocumentKind.TABLE, "开头是任务/完成情况表格", True)
    return None


_DISCLOSURE = re.compile(words(LEX.disclosure_marks))


def _news_by_marks(head: str, lead: str, page_top: str) -> Found | None:
    # A government disclosure page (索引号 …) is an official document whatever its 来源 line says; a news section
    # in its path (> 工作动态) or a news opener (近日) still makes it news.
    marks = None if _DISCLOSURE.search(page_top) else (_NEWS.search(head[:_DATELINE_REACH]) or _NEWS.search(page_top))
    if match := (marks or _NEWS_SECTION.search(page_top) or _NEWS_OPENER.search(lead)):
        return Found(DocumentKind.PRESS, f"新闻稿（“{match.group().lstrip('>＞›»/ ')}”）", True)
    return None


def _summary_by_lead(head: str, body: str, lead: str) -> Found | None:
    """现将…总结如下, a headline over its date (news), a lead opening on the past and reporting results."""
    if match := rules.SUMMARY_LEAD.search(head):
        return Found(DocumentKind.SUMMARY, f"“{match.group()}”")
    if (day := _dateline("\n".join(body[:_DATELINE_REACH].splitlines()[:4]))) is not None:
        return Found(DocumentKind.PRESS, f"标题下的日期 {day.isoformat()}（新闻）", True)  # a headline, then its date
    if (opener := _SUMMARY_OPENER.search(lead)) and _REPORTED.search(lead):
        return Found(DocumentKind.SUMMARY, f"开头“{opener.group().strip('，,。')}”并报告结果", True)
    if _REPORTED_DONE.search("。".join(re.split("[。\n]", lead)[:2])) and _promises(lead) == 0:
        return Found(DocumentKind.SUMMARY, "开头报告已完成的结果", True)
    return None


def _promises(lead: str) -> int:
    """How many promises a lead makes: 力争, 确保 …, and the promise words read with their neighbours (计划引进, not
    计划任务; 将 but not 将近), as figures' cues are."""
    filtered = [m for m in rules.FUTURE_WILL.finditer(lead) if rules.PROMISES[m.group()] is Modality.PLANNED]
    plain = [m for m in _PROMISE.finditer(lead) if m.group() not in rules.PROMISES]
    return len(filtered) + len(plain)


def _plan_structure(head: str, lead: str) -> str | None:
    """Two of a plan's own headings (指导思想, 主要目标) in the first lines, or a lead that states one."""
    headings = list(dict.fromkeys(m[1] for m in _PLAN_STRUCTURE_HEADING.finditer(head)))
    if len(headings) >= 2:
        return "、".join(headings[:2])
    for line in lead.split("\n")[:2]:  # the first sentence of the opening lines (a headline may come first)
        if match := _PLAN_STRUCTURE_LEAD.search(line.split("。", 1)[0]):
            return match.group()
    return None


@lru_cache(maxsize=8)
def _lead(body: str) -> str:
    """The first three lines of prose (over 20 characters, each once): where news says what it is about.

    Kind, dates and period each ask for it; it is worked out once per document (a str keeps its hash)."""
    lines = list(dict.fromkeys(line.strip() for line in body[:HEAD].splitlines()
                               if len(line.strip()) > 20 and len(_CJK.findall(line)) >= 8))  # not a page's script
    return "\n".join(lines[:3])  # a headline repeated by the page counts once


def _with_plan_part(kind: Found | None, text: str) -> Found | None:
    """A summary holding a plan part (三、下半年工作打算) is a mixed document."""
    from tracker.extract.context import plan_heading

    if kind is not None and kind.value is DocumentKind.SUMMARY:
        if (at := plan_heading(text)) is not None:
            heading = text[at:text.find("\n", at) if text.find("\n", at) >= 0 else len(text)].strip()
            return Found(DocumentKind.MIXED, f"{kind.evidence}，计划部分“{heading}”", kind.weak)
    return kind


def _year(title: str | None, kind: DocumentKind | None, issued: date | None, body: str,
          sharing: bool = False) -> Found | None:
    """The year a document is about: the results year of a mixed title, its title's year, its lead, its date, its body.

    A document-sharing site's title is its own label, often of another year: there the first sentence wins.
    """
    lead = _lead(body)
    if sharing and (match := _SENTENCE_YEAR.search(lead)):
        return Found(int(match[1]), f"正文开头“{match.group().strip('。，,:：')}”", True)
    if title and _YEAR.search(title):
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
    for cut in range(len(title) + 1):
        pattern = re.escape(title[:cut]) + r"(?:19|20)\d{2}\s*年度?" + re.escape(title[cut:])
        for match in re.finditer(pattern, body[:HEAD]):
            if body[match.start() - 1:match.start()] != "《":
                return match.group()
    return None


def _title_year(title: str, kind: DocumentKind | None) -> Found:
    """The title's year; for a mixed title (2024年工作总结及2025年工作计划) the year of its results part."""
    years = _YEAR.findall(title)
    if kind is DocumentKind.MIXED and (mixed := _MIXED_TITLE.search(title)):
        joint = _JOINT.search(title, mixed.start())  # 及, 和 …: results before it, the plan after
        before = _YEAR.findall(title[:joint.start() if joint else mixed.end()])
        if before:
            return Found(int(before[0]), f"标题“{title}”")
        return Found(int(years[0]) - 1, f"标题“{title}”（计划年的上一年）", True)
    return Found(int(years[0]), f"标题“{title}”")


def _plan_lead_year(kind: DocumentKind, lead: str) -> Found | None:
    """到2020年，全县… (the year a plan aims at); 对科工局2018年工作作出部署 (the year a meeting plans; a mixed text
    that reviews 去年 reports on the year before)."""
    if kind is DocumentKind.PLAN and (match := _TARGET_YEAR.search(lead)):
        return Found(int(match[1]), f"导语“{match.group().strip('，,')}”（目标年）", True)
    if match := _WORK_YEAR.search(lead):
        reviewed = kind is DocumentKind.MIXED and _LAST_YEAR_LEAD.search(lead) is not None
        return Found(int(match[1]) - reviewed, f"导语“{match.group()}”", True)
    return None


def _press_year(issued: date | None, lead: str) -> Found | None:
    """News: the year its lead names, else last year's when a January story speaks of it (去年, 2017年 in 2018)."""
    if match := _LEAD_YEAR.search(lead):
        return Found(int(match[1]), f"导语“{match.group().strip('。，,:：')}”", True)
    if issued is None:
        return None
    past = [m for m in _YEAR.finditer(lead) if int(m[1]) == issued.year - 1]
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
    if past := [m for m in _YEAR.finditer(lead) if int(m[1]) == issued.year - 1]:
        return Found(issued.year - 1, f"导语只提及 {past[0][1]}年，成文日期 {issued.isoformat()}", True)
    return None


def _body_year(lead: str, body: str) -> Found | None:
    """An undated text: a year opening its lead, a results heading's or a caption's year, the first year of a
    five-year plan, else the year it names most."""
    if match := _LEAD_YEAR.search(lead):
        return Found(int(match[1]), f"正文开头“{match.group().strip()}”", True)
    if match := _RESULTS_HEADING.search(body[:HEAD]) or _YEAR_CAPTION.search(body[:HEAD]):
        return Found(int(match[1]), f"正文“{match.group().strip()}”", True)
    if match := _PLAN_YEAR.search(lead):  # 今年是“十二五”开局之年: 2011
        return Found(FIVE_YEAR_PLANS[match[1]] + (4 if match[2] == "收官" else 0), f"正文开头“{match.group()}”", True)
    common = Counter(_YEAR.findall(body)).most_common(1)
    if common and common[0][1] >= 3:
        return Found(int(common[0][0]), f"正文最常提及 {common[0][0]}年", True)
    return None


def _period(year: Found | None, title: str | None, kind: DocumentKind | None, issued: date | None,
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


def _quoted(evidence: str) -> str:
    """The words a piece of evidence quotes (正文开头“2022年上半年” → 2022年上半年): a lead's year with its part."""
    match = re.search(r"“([^”]*)”", evidence)
    return match[1] if match else ""


_TITLE_TAIL = 12
"""What may follow a title on its line and still belong to it: (1-3月), (2023—2027年)."""


def _lead_title(title: str | None, body: str, sharing: bool) -> str | None:
    """Where the part of the year is read (上半年, 1-10月): the title, or on a sharing site the first sentence."""
    if sharing and (match := _SENTENCE_YEAR.search(_lead(body))):
        return match.group()
    if title and (at := body.find(title, 0, HEAD)) >= 0:  # the title's line, a short tail at most: …落实情况(1-3月)
        limit = at + len(title) + _TITLE_TAIL
        end = body.find("\n", at, limit)
        return body[at:end if end >= 0 else min(limit, len(body))]
    return title


def infer(file: str, text: str) -> tuple[DocumentMeta, dict[str, Found]]:
    """Metadata read from the (normalized) text, and the evidence of each field found."""
    body = _debris_free(text)
    found: dict[str, Found | None] = {}
    found["title"] = _title(text, body)
    title = str(found["title"].value) if found["title"] else None
    found["issued"] = _issued(text, body)
    found["issuer"] = _issuer(text, body, title)
    found["region"] = _region(body, found["issuer"], found["title"])
    issued_on = found["issued"].value if found["issued"] else None
    found["kind"] = _with_plan_part(_kind(title, text, body, bool(found["title"] and found["title"].weak),
                                          issued_on), text)  # type: ignore[arg-type]
    kind = found["kind"].value if found["kind"] else None
    issued = found["issued"].value if found["issued"] else None
    sharing = _SHARING.search(text[:HEAD]) is not None
    year = _year(title, kind, issued, body, sharing)  # type: ignore[arg-type]
    found["period"] = _period(year, _lead_title(title, body, sharing), kind, issued, body)  # type: ignore[arg-type]
    values = {name: f.value for name, f in found.items() if f is not None}
    return DocumentMeta(file=file, **values), {name: f for name, f in found.items() if f is not None}


def infer_meta(file: str, text: str) -> DocumentMeta:
    """Metadata read from the text; fields it cannot find are None."""
    return infer(file, text)[0]


def merge_meta(inferred: DocumentMeta, given: DocumentMeta | None) -> DocumentMeta:
    """The inferred metadata with every field the manifest gives put over it."""
    if given is None:
        return inferred
    given_fields = {name: value for name in DocumentMeta.model_fields
                    if name != "file" and (value := getattr(given, name)) is not None}
    return inferred.model_copy(update=given_fields)


def provenance(found: dict[str, Found], given: DocumentMeta | None) -> dict[str, Provenance]:
    """Per field: given by the manifest, inferred with its evidence, or unknown."""
    result = {}
    for name in META_FIELDS:
        if given is not None and getattr(given, name) is not None:
            result[name] = Provenance(source=Source.GIVEN, evidence="manifest.yaml")
        elif (f := found.get(name)) is not None:
            result[name] = Provenance(source=Source.INFERRED, evidence=f.evidence, weak=f.weak)
        else:
            result[name] = Provenance(source=Source.UNKNOWN)
    return result


def missing_fields(meta: DocumentMeta) -> tuple[str, ...]:
    """The metadata fields still unknown."""
    return tuple(name for name in META_FIELDS if getattr(meta, name) is None)

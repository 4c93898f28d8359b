"""Infer a document's metadata from its text: date, title, issuer, region, kind, period.

What cannot be inferred is left empty and named, so the caller can say so;
a manifest entry overrides whatever is inferred here.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from tracker.model.document import DocumentKind, DocumentMeta
from tracker.model.period import Period, parse_period
from tracker.quantity import QuantityError, read_number

_DATE = r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?"
_CN_DATE = re.compile(r"^[ \t\u3000]*([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                      r"([一二三四五六七八九十]{1,3})日[ \t\u3000]*$", re.MULTILINE)
"""A signature date written in Chinese numerals: 二〇二三年七月十日."""
# Labelled dates, most authoritative first; the signature date is a line holding only a date.
_DATE_LABELS = (
    re.compile(r"成文日期\s*[:：]\s*" + _DATE),
    re.compile(r"^[ \t\u3000]*" + _DATE + r"[ \t\u3000]*$", re.MULTILINE),
    re.compile(r"(?:发布时间|发布日期|公开发布日期|发文日期|日期)\s*[:：]\s*" + _DATE),
)
_TITLE_IN_NOTICE = re.compile(r"关于印发《([^》\n]{4,60})》的通知")
_TITLE_LINE = re.compile(r"^[ \t\u3000]*([^\n，。,：:；;>•|]{4,40}(?:总结|要点|计划|打算|概况|情况|报告|发布会))[ \t\u3000]*$",
                         re.MULTILINE)
_ISSUER_LABEL = re.compile(r"(?:发文机关|发布单位|发文单位|来源)\s*[:：]\s*([^\s\n•]{4,30})")
_ISSUER_LINE = re.compile(r"^[ \t\u3000]*(\S{2,10}?[市县区州盟旗]\S{0,6}?(?:科学技术局|科技局|局|委员会|办公室|人民政府))[ \t\u3000]*$",
                          re.MULTILINE)
_REGION = re.compile(r"^(\S{2,8}?[市县区州盟旗])")
_KINDS = (
    (re.compile(r"新闻发布会|发布会"), DocumentKind.PRESS),
    (re.compile(r"要点|工作计划|行动计划|工作安排"), DocumentKind.PLAN),
    (re.compile(r"总结|概况|情况|报告"), DocumentKind.SUMMARY),
)
_YEAR_IN_TITLE = re.compile(r"(\d{4})年")
_HALF = {"上半年": "H1", "下半年": "H2", "一季度": "Q1", "第一季度": "Q1", "前三季度": "Q1..{y}-Q3"}


def _first_date(text: str) -> date | None:
    head = text[:3000]
    for pattern in _DATE_LABELS:
        for match in pattern.finditer(head):
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    for match in _CN_DATE.finditer(text):
        try:
            return date(*(int(read_number(part)) for part in match.groups()))
        except (ValueError, QuantityError):
            continue
    return None


def _title(text: str) -> str | None:
    if match := _TITLE_IN_NOTICE.search(text[:3000]):
        return match[1]
    match = _TITLE_LINE.search(text[:3000])
    return match[1].strip() if match else None


def _issuer(text: str) -> str | None:
    if match := _ISSUER_LABEL.search(text[:3000]):
        return match[1]
    signatures = _ISSUER_LINE.findall(text)
    return signatures[0] if signatures else None


def _kind(title: str | None, text: str) -> DocumentKind | None:
    for source in (title or "", text[:600]):
        for pattern, kind in _KINDS:
            if pattern.search(source):
                return kind
    return None


def _year(title: str | None, issued: date | None, kind: DocumentKind | None, text: str) -> int | None:
    """The year a document is about: from its title, else its date, else the year it names most."""
    if match := _YEAR_IN_TITLE.search(title or ""):
        return int(match[1])
    if issued is not None:
        in_year = any(phrase in (title or "") for phrase in _HALF) or kind is not DocumentKind.SUMMARY
        return issued.year if in_year or issued.month > 3 else issued.year - 1
    years = Counter(_YEAR_IN_TITLE.findall(text))
    common = years.most_common(1)
    return int(common[0][0]) if common and common[0][1] >= 3 else None


def _period(title: str | None, issued: date | None, kind: DocumentKind | None, text: str) -> Period | None:
    year = _year(title, issued, kind, text)
    if year is None:
        return None
    for phrase, part in _HALF.items():
        if phrase in (title or ""):
            return parse_period(f"{year}-" + part.format(y=year))
    if kind is DocumentKind.PRESS and issued is not None:
        return Period(start=date(year, 1, 1), end=issued, label=f"{year}-01-01..{issued.isoformat()}")
    return parse_period(year)


def infer_meta(file: str, text: str) -> DocumentMeta:
    """Metadata read from the text; fields it cannot find are None."""
    title = _title(text)
    issued = _first_date(text)
    issuer = _issuer(text)
    kind = _kind(title, text)
    region_match = _REGION.match(issuer or "")
    return DocumentMeta(
        file=file, title=title, issuer=issuer, issued=issued, kind=kind,
        region=region_match[1] if region_match else None,
        period=_period(title, issued, kind, text),
    )


def merge_meta(inferred: DocumentMeta, given: DocumentMeta | None) -> DocumentMeta:
    """The inferred metadata with every field the manifest gives put over it."""
    if given is None:
        return inferred
    given_fields = {name: value for name in DocumentMeta.model_fields
                    if name != "file" and (value := getattr(given, name)) is not None}
    return inferred.model_copy(update=given_fields)


def missing_fields(meta: DocumentMeta) -> tuple[str, ...]:
    """The metadata fields still unknown."""
    return tuple(name for name in ("title", "issuer", "region", "issued", "kind", "period")
                 if getattr(meta, name) is None)

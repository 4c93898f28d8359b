"""The document's own date: 成文日期, a signature date, a portal's 发布日期 — never an upload date."""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.meta.common import DATELINE_REACH, HEAD, LEX, NEWS, SHARING, Found, dateline_date, parse_date
from tracker.extract.meta.titles import ISSUER_LINE
from tracker.lexicon import words
from tracker.quantity import QuantityError, read_number

_DATE = r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?"

_CN_DATE = re.compile(r"^[ \t\u3000]*([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                      r"([一二三四五六七八九十]{1,3})日[ \t\u3000]*$", re.MULTILINE)
"""A signature date written in Chinese numerals: 二〇二三年七月十日."""

_SIGNATURE_DATE = re.compile(r"^[ \t\u3000]*" + _DATE + r"[ \t\u3000]*$", re.MULTILINE)

_OWN_DATE = re.compile(f"({words(LEX.own_date_labels)})" + r"\s*[:：]\s*" + _DATE)

_LABELLED_DATE = re.compile(f"({words(LEX.date_labels)})" + r"\s*[:：]\s*" + _DATE)

_UPLOAD = re.compile(f"(?:{words(LEX.upload_labels)})")


def infer_issued(text: str, body: str) -> Found | None:
    """The document's own date: 成文日期, a signature date, the portal's 发布时间, a news dateline;
    never an upload date, and no page date at all on a document-sharing site."""
    if (match := _OWN_DATE.search(text[:HEAD])) and (day := parse_date(match, 2)):
        return Found(day, f"{match[1]}：{day.isoformat()}")
    if signed := _signature_date(body):
        return signed
    if SHARING.search(text[:HEAD]):
        return None
    if NEWS.search(text[:HEAD]) and (day := dateline_date(text[:DATELINE_REACH])):
        return Found(day, f"报道日期 {day.isoformat()}")
    for match in _LABELLED_DATE.finditer(text[:HEAD]):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _UPLOAD.search(text, line_start, match.end(1)) is None and (day := parse_date(match, 2)):
            return Found(day, f"{match[1]}：{day.isoformat()}")
    return None


def _signature_date(body: str) -> Found | None:
    """A line holding only a date under an issuer's name, or in the last three fifths of the text."""
    tail_from = len(body) * 2 // 5
    for match in _SIGNATURE_DATE.finditer(body):
        above = body[max(0, match.start() - 60):match.start()].strip().rsplit("\n", 1)[-1]
        if (match.start() >= tail_from or ISSUER_LINE.fullmatch(above)) and (day := parse_date(match)):
            return Found(day, f"落款日期 {day.isoformat()}")
    for match in _CN_DATE.finditer(body):
        try:
            day = date(*(int(read_number(part)) for part in match.groups()))
        except (ValueError, QuantityError):
            continue
        return Found(day, f"落款日期 {match.group().strip()}")
    return None

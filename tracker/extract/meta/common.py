"""What the metadata readers share: the lexicon, the evidence type, the page's lead and dateline."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from tracker.extract import rules
from tracker.lexicon import lexicon, words
from tracker.model.figure import Modality

LEX = lexicon()

HEAD = 3000
"""Labels, titles and issuers are looked for in the first characters of a text."""

SHARING = re.compile(words(LEX.sharing_site))

NEWS = re.compile(words(LEX.news_marks))

DATELINE = re.compile(r"(?<!\d)(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})(?!\d)|年(\d{1,2})月(\d{1,2})日)")

DATELINE_REACH = 400
"""A news page's dateline stands in its first lines (2018-07-31, 2025/11/01 05:30 記者…)."""

NUMBER_MARK = rules.HEADING_NUMBER
"""第一章, 一、, (一), 1. — a section's or list item's number (the lexicon's heading_marks)."""

CJK = re.compile("[\u4e00-\u9fff]")

PROMISE = re.compile(words(LEX.plan_news.lead_promise))

PLAN_ISSUED = re.compile(LEX.plan_news.issued)

REPORTED = re.compile(words(("已", "累计", "新增", "同比", "完成", "实现", "达到")))
"""A lead that opens on the past and reports results: a summary."""

REPORTED_DONE = re.compile(words(("已", "累计", "共计", "同比", "完成了", "争取到", "通过评审", "新增", "超额完成")))
"""Words that only report what is done (达到 and 实现 also set targets)."""

YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


class Found(NamedTuple):
    """One inferred value with what it was read from."""

    value: object
    evidence: str
    weak: bool = False


def debris_free(text: str) -> str:
    """The text with portal furniture lines blanked (same length, so offsets hold)."""
    return rules.DEBRIS_LINE.sub(lambda m: " " * len(m.group()), text)


def parse_date(match: re.Match[str], first: int = 1) -> date | None:
    try:
        return date(int(match[first]), int(match[first + 1]), int(match[first + 2]))
    except ValueError:
        return None


def dateline_date(head: str) -> date | None:
    """The first full date in a news page's first lines: 2018-07-31, 2025/11/01, 2024年3月6日."""
    for match in DATELINE.finditer(head):
        month, day = (match[3], match[4]) if match[2] else (match[5], match[6])
        try:
            return date(int(match[1]), int(month), int(day))
        except ValueError:
            continue
    return None


def count_promises(lead: str) -> int:
    """How many promises a lead makes: 力争, 确保 …, and the promise words read with their neighbours (计划引进, not
    计划任务; 将 but not 将近), as figures' cues are."""
    read = list(rules.FUTURE_WILL.finditer(lead))
    filtered = [m for m in read if rules.PROMISES[m.group()] is Modality.PLANNED]
    taken = {m.start() for m in read}  # 要努力 is one promise, read as 要 already
    plain = [m for m in PROMISE.finditer(lead) if m.group() not in rules.PROMISES and m.start() not in taken]
    return len(filtered) + len(plain)


@lru_cache(maxsize=8)


def lead_of(body: str) -> str:
    """The first three lines of prose (over 20 characters, each once): where news says what it is about.

    Kind, dates and period each ask for it; it is worked out once per document (a str keeps its hash)."""
    lines = list(dict.fromkeys(line.strip() for line in body[:HEAD].splitlines()
                               if len(line.strip()) > 20 and len(CJK.findall(line)) >= 8))  # not a page's script
    return "\n".join(lines[:3])  # a headline repeated by the page counts once

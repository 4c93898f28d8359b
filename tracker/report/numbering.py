"""Heading numbers as official documents write them (GB/T 9704-2012, 7.3.3): 一、 then （一） then 1. then （1）.

A report numbers its own outline: its parts at the first level, a plan's sections (or, when the report holds
several plans, each plan) at the next. The plan's headings carry the plan's own numbers (三、下半年工作打算,
(一)抓…); those are dropped by `bare`, so that one series runs per level.
"""

from __future__ import annotations

import re

from tracker.i18n import Lang

DIGITS = "零一二三四五六七八九"
ZH_MARKERS = ("{zh}、", "（{zh}）", "{n}.", "（{n}）")
EN_MARKERS = ("{n}. ", "({a}) ", "({r}) ", "{n}) ")
ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
CHINESE = "零〇一二三四五六七八九十百"
LEADING = re.compile(rf"^\s*(?:[{CHINESE}]+[、.．]|[（(][{CHINESE}]+[）)]|\d+[、.．](?!\d)|[（(]\d+[）)])\s*")
"""A number a plan wrote before its heading: 三、 (一) （二） 1. 2、 (3)."""


def chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99, which no outline exceeds)."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return DIGITS[units]
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[units] if units else "")


def roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def marker(level: int, n: int, lang: Lang) -> str:
    """The number of the n-th heading (from 1) at a level (from 1): 一、 （一） 1. （1）, or 1. (a) (i) 1)."""
    markers = ZH_MARKERS if lang == "zh" else EN_MARKERS
    letters = "abcdefghijklmnopqrstuvwxyz"
    return markers[min(level, len(markers)) - 1].format(zh=chinese(n), n=n, a=letters[(n - 1) % 26], r=roman(n))


def numbered(level: int, n: int, text: str, lang: Lang) -> str:
    return marker(level, n, lang) + text


def bare(title: str) -> str:
    """A plan's heading without the plan's own number: 三、下半年工作打算 → 下半年工作打算."""
    return LEADING.sub("", title, count=1).strip() or title.strip()

"""The one quantity parser, for targets.yaml and for documents alike.

`scan(text)` finds every quantity in a text with its offsets into the original
string; `parse_quantity(text)` reads a string that must be exactly one
quantity (a plan's target such as ``25亿元以上``) and raises `QuantityError`
with a catalogue code otherwise.

Neither raises anything else, whatever the string: `scan` skips a span it
cannot read (a malformed numeral, a range whose low end is above its high end,
an amount beyond `MAX_MAGNITUDE`, a number longer than `MAX_NUMERAL_LENGTH`),
and `parse_quantity` names it.

The grammar, in order: an optional qualifier before the number (约 近 超过 不少于
…), a number (Arabic, full-width or Chinese numerals, with 万/亿 multipliers),
an optional range (1.5-2倍), an optional 多/余, an optional multiplier, a unit
(money, %, 个百分点, 倍, a classifier such as 项 家 人次, a measure), and an
optional qualifier after it (以上 以内 左右 …). Which quantities in prose are
real figures (and not dates, names or list numbers) is decided by extraction,
not here.
"""

from __future__ import annotations

import re
from collections import namedtuple
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple

from tracker.i18n import quoted
from tracker.lexicon import lexicon


class Dimension(StrEnum):
    """What kind of amount a quantity is; only like dimensions compare."""

    MONEY = "money"
    PERCENT = "percent"
    POINTS = "points"
    """Percentage points (个百分点)."""
    MULTIPLE = "multiple"
    COUNT = "count"
    MEASURE = "measure"
    DURATION = "duration"
    RANK = "rank"


class Qualifier(StrEnum):
    """How the number is meant: exactly, about, at least or at most."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Quantity(NamedTuple):
    """One amount as written, normalized (money in yuan, 万/亿 multiplied out).

    An immutable named tuple rather than a pydantic model: documents hold
    thousands of them and extraction must read a million characters a second.
    """

    value: Decimal
    """The amount; for a range, its lower end."""
    unit: str
    """Canonical unit: 元 for all yuan amounts, %, 个百分点, 倍, or the classifier."""
    written_unit: str
    """The unit as written, multiplier included (亿元, 万人次, 场(次))."""
    dimension: Dimension
    text: str
    """The surface string, exactly as in the source."""
    upper: Decimal | None = None
    """The upper end of a range such as 1.5-2倍, else None."""
    qualifier: Qualifier = Qualifier.EXACT
    start: int = 0
    """Offset of the first character in the scanned text."""
    end: int = 0
    """Offset just past the last character."""


class QuantityError(ValueError):
    """A string that is not exactly one readable quantity; the only error the parser raises."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = {name: quoted(value) for name, value in params.items()}


class UnitRow(NamedTuple):
    """A unit as written, its canonical form and its dimension."""

    written: str
    canonical: str
    dimension: Dimension


def _unit_rows() -> tuple[UnitRow, ...]:
    """The units of the lexicon (units:), each with its canonical form and dimension."""
    rows = []
    for dimension, written in lexicon().units.items():
        for entry in written:
            pairs = entry.items() if isinstance(entry, dict) else ((entry, entry),)
            rows.extend(UnitRow(w, canonical, Dimension(dimension)) for w, canonical in pairs)
    return tuple(rows)


UNITS: tuple[UnitRow, ...]
"""The lexicon's units (built with the pattern, the first time a quantity is read: `_built`)."""
UNIT_BY_WRITTEN: dict[str, UnitRow]

MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "兆": Decimal(10) ** 12,
    "个亿": Decimal(10) ** 8,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,  # Taiwan and Hong Kong: 一兆 is a million million
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "亿": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "百": Decimal(10) ** 2,
}

TENTHS = Decimal(10)
"""成 counts tenths: 六成 is 60%."""
HUNDRED = Decimal(100)
"""A fraction is a share in percent: 1/8 is 12.5%."""

MAX_NUMERAL_LENGTH = 40
"""The longest number read, in characters as written (1,234,567.89, 九千九百九十九万…): anything longer is an
identifier, a code or noise, never an amount, and is not converted at all."""

MAX_MAGNITUDE: dict[Dimension, Decimal] = {
    Dimension.MONEY: Decimal(10) ** 15,    # 1000万亿元, some seven years of China's GDP
    Dimension.MEASURE: Decimal(10) ** 15,  # a country's electricity in 千瓦时 is about 10^13
    Dimension.COUNT: Decimal(10) ** 12,    # 万亿 of anything counted; bare numbers too (an 18-digit id is no figure)
    Dimension.PERCENT: Decimal(10) ** 6,
    Dimension.POINTS: Decimal(10) ** 6,
    Dimension.MULTIPLE: Decimal(10) ** 6,
    Dimension.DURATION: Decimal(10) ** 6,
    Dimension.RANK: Decimal(10) ** 6,
}
"""The largest sane amount of each dimension, in its canonical unit (yuan for money): beyond it a target is refused
and a figure in prose skipped."""
LARGEST = max(MAX_MAGNITUDE.values())
"""The largest amount of any dimension (1000万亿元): no number tracker reads or computes lies beyond it."""


def _qualifier_table(side: object) -> dict[str, Qualifier]:
    return {word: Qualifier(name) for name, words in side for word in words}  # type: ignore[attr-defined]


PREFIX_QUALIFIERS: dict[str, Qualifier]
"""不少于15项, 约6.8亿元 (qualifiers.before in the lexicon)."""
SUFFIX_QUALIFIERS: dict[str, Qualifier]
"""15项以上, 20%左右 (qualifiers.after)."""
APPROX_MARKS = ("多", "余")
BARE_MULTIPLIER_PREFIXES = ("近", "超", "逾", "上", "过", "突破", "破")
"""近亿元, 超亿元: a multiplier with no digits before it means one of it."""

# Full-width ASCII, ideographic and no-break spaces map one-to-one onto ASCII,
# so offsets in the translated text are offsets in the original.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2014: 0x2D, 0x2013: 0x2D})


def grouped_alternation(words: object) -> str:
    """The words as one alternation, longest first, those sharing a first character under it (万元|万人 → 万(?:元|人)).

    It matches what the plain alternation matches (of the words starting at one place, the same one first), but
    the engine tries one branch per first character instead of every word: the quantity pattern is 15% faster.
    """
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):  # type: ignore[call-overload]
        by_first.setdefault(word[:1], []).append(word[1:])
    return "|".join(re.escape(first) + (f"(?:{'|'.join(map(re.escape, rests))})" if rests != [""] else "")
                    for first, rests in by_first.items())


def _build_pattern() -> re.Pattern[str]:
    ws = r"[ \t]*"
    arabic = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.])|\d+(?:\.\d+)?"
    chinese = r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:[点.][零〇一二三四五六七八九]+)?"
    number = rf"(?:{arabic}|{chinese})"
    mult = r"(?:万亿|千亿|百亿|千万|百万|个亿|亿|万|千(?![瓦米克])|百(?!分)|兆(?![瓦赫帕焦字]))"  # 个亿: 2个亿, as people say it
    units = grouped_alternation(UNIT_BY_WRITTEN)
    counts = grouped_alternation(r.written for r in UNITS if r.dimension is Dimension.COUNT)
    unit = rf"(?:\((?P<alt0>{counts})\))?(?P<unit>{units})(?:\((?P<alt>{counts})\))?"
    pre = grouped_alternation(PREFIX_QUALIFIERS)
    post = grouped_alternation(SUFFIX_QUALIFIERS)
    bare = grouped_alternation(BARE_MULTIPLIER_PREFIXES)
    rank_end = r"(?=[()\],，。;；、:：\s]|$)"
    first = "".join(sorted({w[0] for w in (*PREFIX_QUALIFIERS, *BARE_MULTIPLIER_PREFIXES)}))
    scope = "|".join(f"(?<={w}前)" for w in ("全省", "全市", "全国", "全区", "排名", "位居", "位列", "全县"))
    not_after = re.escape(lexicon().fraction_not_after) or "\\n"  # 3/15召开 a day, 3/5号线 a line, 3/5分 a score
    not_before = re.escape(lexicon().fraction_not_before) or "\\n"  # 于3/15前, 截至9/30: a date
    return re.compile(
        rf"""
        (?=[\d零〇一二两三四五六七八九十百千万第前{first}])   # skip positions no quantity starts at
        (?:(?P<pre>{pre}){ws})?
        (?:
            百分之(?P<pct>{number})
          | (?P<den>[一二两三四五六七八九十]{{1,3}})分之(?P<num>[一二两三四五六七八九十]{{1,3}})   # 三分之一: a share
          | (?:^|(?<=[\u4e00-\u9fff])(?<![{not_before}]))(?P<fnum>\d{{1,3}})/(?P<fden>\d{{1,3}})(?![\d/.%A-Za-z\s{not_after}])   # 占全市1/8
          | 第{ws}(?P<rank>{number}){ws}(?:(?P<rank_unit>位|名)|{rank_end})
          | 前(?:(?:{scope})(?P<top>[一二三四五六七八九十]|\d{{1,2}})(?P<top_unit>位|名)?   # 全省前三: among the first
               | (?P<top2>[一二三四五六七八九十]|\d{{1,2}})(?P<top2_unit>位|名))           # 考核前三名
          | (?P<n1>{number})(?:{ws}(?P<m1>{mult}))?
            (?:{ws}[-~至到]{ws}(?P<n2>{number})(?:{ws}(?P<m2>{mult}))?)?
            (?:{ws}(?P<mid>多|余|几))?
            (?:{ws}(?P<m3>{mult}))?
            (?:{ws}{unit}|{ws}\((?P<pm>{mult})?(?P<punit>{units})\))?   # 20708 (万元): a form's unit in brackets
          | (?P<bare>{bare})(?P<bm>{mult})(?P<bunit>{units})?
          | (?P<round>百|千|万)(?P<rmid>余|多)(?P<runit>{units})
        )
        (?:{ws}(?P<post>{post}))?
        """,
        re.VERBOSE,
    )


PATTERN: re.Pattern[str]
_Groups: type
"""A match's groups by name, read as attributes (cheaper than groupdict for every match)."""
_new_groups = tuple.__new__
"""`_Groups._make` without its Python frame: a match's groups always number as many as the fields (and a plain
quantity's `Quantity(...)`, all nine fields given in order: 0.4 -> 0.15 µs)."""
_UNIT: int
_N1: int
_BEYOND_PLAIN: itemgetter
"""The groups that make a number with its unit more than plain (a qualifier, a multiplier, a range, an alternative
unit); with none of them set, `_plain` reads the quantity."""
_unit_groups: itemgetter
"""The groups of which one is set when a quantity has a unit (or is a rank, a share or a percentage)."""
_FROM_LEXICON = ("UNITS", "UNIT_BY_WRITTEN", "PREFIX_QUALIFIERS", "SUFFIX_QUALIFIERS", "PATTERN")


@cache
def _built() -> None:
    """The unit and qualifier tables and the pattern, built from the lexicon the first time a quantity is read: a
    command that reads none (a status answered from the kept snapshot) never reads the lexicon nor compiles this."""
    global UNITS, UNIT_BY_WRITTEN, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, PATTERN
    global _Groups, _UNIT, _N1, _BEYOND_PLAIN, _unit_groups
    UNITS = _unit_rows()
    UNIT_BY_WRITTEN = {row.written: row for row in UNITS}
    PREFIX_QUALIFIERS = _qualifier_table(lexicon().qualifiers.before)
    SUFFIX_QUALIFIERS = _qualifier_table(lexicon().qualifiers.after)
    PATTERN = _build_pattern()
    _Groups = namedtuple("_Groups", sorted(PATTERN.groupindex, key=PATTERN.groupindex.__getitem__))  # type: ignore[misc]
    _UNIT, _N1 = _Groups._fields.index("unit"), _Groups._fields.index("n1")
    _BEYOND_PLAIN = itemgetter(*(_Groups._fields.index(name) for name in (
        "pre", "post", "mid", "m1", "m2", "m3", "n2", "alt0", "alt")))
    _unit_groups = itemgetter(*(_Groups._fields.index(name) for name in (
        "unit", "rank", "pct", "bunit", "runit", "top", "top2", "punit", "den", "fden")))


def __getattr__(name: str) -> object:
    """UNITS, PATTERN and the other tables built from the lexicon, read from outside before any quantity was."""
    if name in _FROM_LEXICON:
        _built()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_TRADITIONAL = re.compile("[億萬項個餘兩場筆臺條張處類屆種組隊單噸畝約過於內點戶為與發會這們來時國數據經濟計劃實現達額貸"
                          "業術機構區縣產創務總體獲資標準設認證確將還聯學開關對當傳統調報導環競爭費轉讓專權節歲層級優勢網絡雲鄉鎮農醫藥療養]")
"""Characters that only traditional script uses; their presence turns on conversion."""


@cache
def _t2s():  # OpenCC is loaded only for traditional-script text.
    import opencc

    return opencc.OpenCC("t2s").convert


_WIDE = re.compile("[\uff01-\uff5e\u3000\u00a0\u2013\u2014]")


_SURROGATE = re.compile("[\ud800-\udfff]")


def simplified(text: str) -> str:
    """A short text (a place name) in simplified script, whatever it holds (隨州市 → 随州市)."""
    # OpenCC reads UTF-8 only: a lone surrogate (a broken file's byte) is converted as U+FFFD, in place.
    converted = _t2s()(_SURROGATE.sub("\ufffd", text))
    return converted if len(converted) == len(text) else text


def normalize(text: str) -> str:
    """The text as the rules read it, with the same length and offsets as `text`.

    Full-width digits, letters, brackets and spaces become ASCII; traditional
    characters (億 萬 項 個 餘 …) become simplified, when the conversion keeps
    every character in place.
    """
    normalized = _WIDE.sub(lambda m: chr(_FULLWIDTH[ord(m.group())]), text)
    return simplified(normalized) if _TRADITIONAL.search(normalized) else normalized


@cache
def _cn2an():  # cn2an is slow to import; load it only when needed.
    import cn2an

    return cn2an.cn2an


_CN_MAGNITUDES = frozenset("十百千万亿")
_CN_ZEROS = frozenset("〇零")


def read_number(written: str) -> Decimal:
    """The value of an Arabic or Chinese numeral string (万/亿 inside included).

    Raises:
        QuantityError: the string is empty, longer than MAX_NUMERAL_LENGTH, or no number.
    """
    if not written:
        raise QuantityError("quantity.bad_number", number=written)
    if len(written) > MAX_NUMERAL_LENGTH:
        raise QuantityError("quantity.too_long", number=written, limit=str(MAX_NUMERAL_LENGTH))
    if written[0].isdigit():
        try:
            return Decimal(written.replace(",", ""))
        except InvalidOperation as error:
            raise QuantityError("quantity.bad_number", number=written) from error
    return _read_chinese(written)


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_DIGIT_RUN = re.compile("([〇零一二三四五六七八九]{3,})([万亿]*)")


@lru_cache(maxsize=2048)
def _read_chinese(written: str) -> Decimal:
    # 十一．九％ as Taiwan writes decimals; the digits after the point are read one by one, exactly.
    whole, point, fraction = written.replace(".", "点").partition("点")
    if not whole or (point and not fraction) or not _CN_DIGITS.keys() >= set(fraction):
        raise QuantityError("quantity.bad_number", number=written)
    decimals = "".join(str(_CN_DIGITS[c]) for c in fraction)
    if run := _DIGIT_RUN.fullmatch(whole):
        # 九〇〇四億元, 一四八九: digit by digit, as Taiwan and many tables write numbers
        value = Decimal("".join(str(_CN_DIGITS[c]) for c in run[1]) + ("." + decimals if decimals else ""))
        for magnitude in run[2]:
            value *= MULTIPLIERS[magnitude]
        return value
    if len(whole) > 1 and not _CN_MAGNITUDES.intersection(whole) and not _CN_ZEROS.intersection(whole):
        # 一一, 四五: two digits in a row are no number (四五 in 十四五 is a name).
        raise QuantityError("quantity.bad_number", number=written)
    try:
        integer = _cn2an()(whole, "normal")
    except (ValueError, LookupError, ArithmeticError) as error:
        # cn2an refuses with ValueError, and fails with KeyError on a spoken form ending in 亿 (三亿零).
        raise QuantityError("quantity.bad_number", number=written) from error
    return Decimal(integer) + Decimal(f"0.{decimals}") if decimals else Decimal(integer)


def _tidy(value: Decimal) -> Decimal:
    """Drop the exponent and trailing zeros Decimal arithmetic leaves behind."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()




def _qualifier(g: _Groups) -> Qualifier:
    pre, post, bare = g.pre, g.post, g.bare
    if not (pre or post or bare or g.mid or g.rmid):
        return Qualifier.EXACT
    for word, table in ((pre, PREFIX_QUALIFIERS), (post, SUFFIX_QUALIFIERS)):
        if word and table[word] in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
            return table[word]
    return Qualifier.APPROX if bare in (None, "近") else Qualifier.AT_LEAST


def _unit(g: _Groups) -> tuple[UnitRow | None, str]:
    """The unit row and the unit as written, brackets included."""
    for group in ("bunit", "runit", "punit"):
        if written := getattr(g, group):
            return UNIT_BY_WRITTEN[written], written
    if not g.unit:
        return None, ""
    row = UNIT_BY_WRITTEN[g.unit]
    alt0, alt = g.alt0, g.alt
    if not alt0 and not alt:
        return row, row.written
    written = (f"({alt0})" if alt0 else "") + row.written + (f"({alt})" if alt else "")
    if alt and row.written + alt in UNIT_BY_WRITTEN:
        row = UNIT_BY_WRITTEN[row.written + alt]
    elif alt0:
        row = UNIT_BY_WRITTEN[alt0]
    return row, written


def _factor(multiplier: str | None) -> Decimal:
    return MULTIPLIERS[multiplier] if multiplier else Decimal(1)


def _amount(g: _Groups) -> tuple[Decimal, Decimal | None, str]:
    """Lower value, upper value and multiplier as written, multipliers applied.

    In 1-2万元 the second multiplier serves both ends; in 3千多万元 both apply.
    """
    if g.bare:
        return MULTIPLIERS[g.bm], None, g.bm  # type: ignore[index]
    if g.round:
        return MULTIPLIERS[g.round], None, ""
    m1, m2, m3 = g.m1, g.m2, g.m3 or g.pm
    value = read_number(g.n1)  # type: ignore[arg-type]
    upper = read_number(g.n2) if g.n2 else None
    if not (m1 or m2 or m3):
        return value, upper, ""
    value *= _factor(m1 or m2) * _factor(m3)
    if upper is not None:
        upper *= _factor(m2 or m1) * _factor(m3)
    return value, upper, m3 or m2 or m1 or ""


def _unitless_money(multiplier: str | None, bare_multiplier: str | None) -> bool:
    """达2个亿, 突破千亿: an amount in 亿 with no unit is money (people leave out 元)."""
    return multiplier == "个亿" or (bare_multiplier or "").endswith("亿")


def _from_match(match: re.Match[str], original: str, g: _Groups | None = None) -> Quantity:
    start, end = match.span()
    g = g or _Groups._make(match.groups())
    text, qualifier = original[start:end], _qualifier(g)
    if g.pct:
        return Quantity(read_number(g.pct), "%", "%", Dimension.PERCENT, text,
                        qualifier=qualifier, start=start, end=end)
    if g.den or g.fden:  # a fraction is a share: 三分之一 → 33.33%, 1/8 → 12.5%
        return Quantity(_share(g.num or g.fnum, g.den or g.fden, text), "%", "%", Dimension.PERCENT, text,
                        qualifier=qualifier, start=start, end=end)
    if g.top or g.top2:
        return Quantity(read_number(g.top or g.top2), "位", g.top_unit or g.top2_unit or "", Dimension.RANK, text,
                        qualifier=Qualifier.AT_MOST, start=start, end=end)
    if g.rank:
        return Quantity(read_number(g.rank), "位", g.rank_unit or "", Dimension.RANK, text,
                        qualifier=qualifier, start=start, end=end)
    row, written = _unit(g)
    value, upper, mult = _amount(g)
    if row is None and _unitless_money(g.m1, g.bm):
        row, written = UNIT_BY_WRITTEN["元"], ""
    if row is not None and row.written == "成":  # 两成 is 20%
        value, upper = value * TENTHS, upper * TENTHS if upper is not None else None
    if "." in text or "．" in text or "点" in text or row is not None and row.written == "成":  # decimals
        value, upper = _tidy(value), _tidy(upper) if upper is not None else None
    return Quantity(value, row.canonical if row else "", mult + written,
                    row.dimension if row else Dimension.COUNT, text,
                    upper=upper, qualifier=qualifier, start=start, end=end)


def _share(numerator: str, denominator: str, text: str) -> Decimal:
    """A proper fraction as a percentage to two places (2/3 → 66.67).

    Raises:
        QuantityError: not a proper fraction (5/3, 0/8): a ratio or a code, not a share.
    """
    top, bottom = read_number(numerator), read_number(denominator)
    if not 0 < top < bottom:
        raise QuantityError("quantity.bad_number", number=text)
    return _tidy((HUNDRED * top / bottom).quantize(Decimal("0.01")))


_PAIRED = re.compile(r" */? *")
"""41.27 43.93 (万人), 37 /100 (件): two values of a form's field (two years), the unit written once after both;
never across a tab (the next cell of a row)."""


def _sane(quantity: Quantity) -> Quantity:
    """The quantity, unless its range runs backwards (5-3项) or it is beyond its dimension's MAX_MAGNITUDE."""
    upper = quantity.upper
    if upper is not None and upper < quantity.value:
        raise QuantityError("quantity.reversed", text=quantity.text)
    limit = MAX_MAGNITUDE[quantity.dimension]
    if quantity.value > limit or (upper is not None and upper > limit):
        raise QuantityError("quantity.too_large", text=quantity.text, limit=f"{limit}{quantity.unit}")
    return quantity


def scan(text: str, normalized: str | None = None, *, with_units_only: bool = False) -> list[Quantity]:
    """Every quantity in `text`, in order, with offsets into `text` itself; never raises.

    `normalized` is `normalize(text)` when the caller already has it.
    Numeral runs that are not numbers (十四五, 一二) are skipped, and so are
    ranges written high to low (5-3项: a label or two figures, never a range)
    and amounts beyond a sane magnitude; with `with_units_only`, so are bare
    numbers with no unit (but not ranks).
    """
    return _scan(text, normalized, with_units_only, None)


def _scan(text: str, normalized: str | None, with_units_only: bool,
          refused: list[QuantityError] | None) -> list[Quantity]:
    """`scan`, keeping the reason each skipped span was refused when `refused` is a list."""
    _built()
    found = []
    normalized = normalized if normalized is not None else normalize(text)
    bare: re.Match[str] | None = None  # a number with no unit, which a bracketed unit right after may serve too
    for match in PATTERN.finditer(normalized):
        groups = match.groups()  # read once per match: the unit check and the reading share it
        if groups[_UNIT] and not any(_BEYOND_PLAIN(groups)) and groups[_UNIT] != "成":
            try:  # the usual case, a number and its unit (12家)
                found.append(_plain(match, text, groups))
            except QuantityError as error:
                if refused is not None:
                    refused.append(error)
            bare = None
            continue
        g = _new_groups(_Groups, groups)
        if with_units_only and not any(_unit_groups(g)) and not _unitless_money(g.m1, g.bm):
            bare = match
            continue
        try:
            if bare is not None and g.punit and _PAIRED.fullmatch(normalized, bare.end(), match.start()) \
                    and bare.group("n1") and not bare.group("m1") and not bare.group("n2"):
                found.append(_sane(_paired(bare, match, text)))
            found.append(_sane(_from_match(match, text, g)))
        except QuantityError as error:
            if refused is not None:
                refused.append(error)
        bare = None
    return found


def _plain(match: re.Match[str], original: str, groups: tuple[str | None, ...]) -> Quantity:
    """A number and its unit with nothing else written (12家), read as `_sane(_from_match(...))` reads it.

    Raises:
        QuantityError: the number cannot be read, or is beyond its dimension's MAX_MAGNITUDE.
    """
    start, end = match.span()
    text, row = original[start:end], UNIT_BY_WRITTEN[groups[_UNIT]]  # type: ignore[index]
    value = read_number(groups[_N1])  # type: ignore[arg-type]
    if "." in text or "．" in text or "点" in text:
        value = _tidy(value)
    if value > MAX_MAGNITUDE[row.dimension]:
        raise QuantityError("quantity.too_large", text=text, limit=f"{MAX_MAGNITUDE[row.dimension]}{row.canonical}")
    return _new_groups(Quantity, (value, row.canonical, row.written, row.dimension, text, None, Qualifier.EXACT, start, end))


def _paired(first: re.Match[str], second: re.Match[str], original: str) -> Quantity:
    """The first value of a pair read with the unit written after the second (22144 / 20708 (万元))."""
    unit = _from_match(second, original)
    value = read_number(first.group("n1")) * _factor(second.group("pm"))
    return unit._replace(value=_tidy(value), upper=None, text=original[first.start():first.end()],
                         start=first.start(), end=first.end(), qualifier=Qualifier.EXACT)


def _conflicting(text: str) -> bool:
    """不超过15项以上: one qualifier says at most, the other at least."""
    match = PATTERN.match(normalize(text))
    if not match or not (match["pre"] and match["post"]):
        return False
    both = {PREFIX_QUALIFIERS[match["pre"]], SUFFIX_QUALIFIERS[match["post"]]}
    return both == {Qualifier.AT_LEAST, Qualifier.AT_MOST}


_EXPONENT = re.compile(r"\d\s*[eE][+-]?\d")
"""1e400, 2.5E+8: scientific notation, which no plan writes."""
_NOT_FINITE = re.compile(r"(?<![a-z])(?:nan|inf(?:inity)?)(?![a-z])", re.IGNORECASE)
"""NaN, inf, Infinity (what a spreadsheet or YAML's .inf turns into as text)."""
_RANGE_BETWEEN = re.compile(r"[ \t]*[-~至到][ \t]*")


def _reversed_pair(found: list[Quantity], normalized: str) -> bool:
    """30%-20%: two quantities of one unit joined as a range, the first above the second."""
    return (len(found) == 2 and found[0].unit == found[1].unit and found[0].value > found[1].value
            and _RANGE_BETWEEN.fullmatch(normalized, found[0].end, found[1].start) is not None)


def parse_quantity(text: str) -> Quantity:
    """Read a string that is exactly one quantity, such as ``25亿元以上``.

    Raises:
        QuantityError: with a catalogue code naming what is wrong, and nothing else.
    """
    stripped = text.strip()
    if not stripped:
        raise QuantityError("quantity.empty")
    if _EXPONENT.search(stripped):
        raise QuantityError("quantity.exponent", text=stripped)
    if _NOT_FINITE.search(stripped):
        raise QuantityError("quantity.not_finite", text=stripped)
    refused: list[QuantityError] = []
    normalized = normalize(stripped)
    found = _scan(stripped, normalized, False, refused)
    if refused and not found:
        raise refused[0]  # what is wrong with the one number written (三亿零元, 5-3项, 10000万亿元)
    if not found:
        raise QuantityError("quantity.no_number", text=stripped)
    if _reversed_pair(found, normalized):
        raise QuantityError("quantity.reversed", text=stripped)
    if len(found) > 1:
        raise QuantityError("quantity.several", text=stripped)
    quantity = found[0]
    if _conflicting(quantity.text):
        raise QuantityError("quantity.conflict", text=stripped)
    leading, trailing = stripped[: quantity.start].strip(), stripped[quantity.end :].strip()
    if leading:
        raise QuantityError("quantity.leading", text=stripped, extra=leading)
    if trailing:
        code = "quantity.unknown_unit" if not quantity.unit else "quantity.trailing"
        raise QuantityError(code, text=stripped, unit=trailing, extra=trailing)
    return quantity

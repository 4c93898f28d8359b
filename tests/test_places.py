"""Places from the gazetteer: a district is known with its city and never passes for it."""

from __future__ import annotations

import pytest

from tracker.places import ambiguous, ancestor, places_in, region_key, resolve


def test_a_district_is_known_with_its_city_and_province() -> None:
    (place,) = resolve("宣州区")
    assert (place.full_name, place.level) == ("安徽省宣城市宣州区", "county")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("威海市", "威海", True),
    ("威海市", "荣成市", False),          # a county-level city inside 威海市 is another place
    ("宣城市", "宣城市宣州区", False),
    ("北京市朝阳区", "朝阳区", False),      # 朝阳区 alone could be Beijing's or Changchun's: no guess
    ("长春市朝阳区", "北京市朝阳区", False),
    ("荆州经开区", "荆州市荆州经开区", True),  # a development zone: not in the gazetteer, by its own name
    ("荆州市荆州经开区", "荆州市", False),
    ("雲川市", "云川市", True),             # traditional script
    ("鹭川市云港区", "云港区", True),        # an unlisted place by its last unit
])
def test_regions_are_compared_by_division(a: str, b: str, same: bool) -> None:
    assert (region_key(a) == region_key(b)) is same



def test_names_in_a_text_are_found_with_their_offsets() -> None:
    found = places_in("宣城市宣州区科学技术局关于…")
    assert [(at, name) for at, _, name in found] == [(0, "宣城市"), (3, "宣州区")]


def test_names_are_found_as_one_alternation_of_them_all_finds_them_longest_first() -> None:
    import random
    import re

    from tracker.places import _gazetteer, _names_in

    names = sorted((n for n in _gazetteer()[1] if len(n) >= 3), key=len, reverse=True)
    alternation = re.compile("|".join(map(re.escape, names)))
    pick = random.Random(18)
    texts = ["".join(pick.sample(names, 40)) for _ in range(30)]  # names back to back, overlapping ones included
    texts += ["".join(pick.choice("".join(names[:300]) + "市区县") for _ in range(500)) for _ in range(30)]
    texts += ["双江拉祜族佤族布朗族傣族自治县", "北京市朝阳区", "宣城市宣州区", "市区", ""]
    for text in texts:
        assert _names_in(text) == [(m.start(), m.group()) for m in alternation.finditer(text)]
    assert _names_in("内蒙古自治区鄂尔多斯市") == [(0, "内蒙古自治区"), (6, "鄂尔多斯市")]


def test_an_ambiguous_name_is_narrowed_by_a_parent_in_its_context() -> None:
    assert [p.code for p in resolve("朝阳区", context="长春市科技局")] == ["220104"]


def test_an_ambiguous_name_is_its_own_key_and_never_a_namesake_with_its_city() -> None:
    assert ambiguous("朝阳区") and not ambiguous("北京市朝阳区")
    assert region_key("朝阳区") != region_key("北京市朝阳区") != region_key("长春市朝阳区")
    assert region_key("威海") == region_key("威海市") != region_key("荣成市")
    assert region_key("雲川 市") == region_key("云川市")


def test_a_short_name_means_the_higher_level_and_unlisted_places_keep_their_suffix() -> None:
    assert region_key("承德") == region_key("承德市") != region_key("承德县")
    assert region_key("鹭川市") != region_key("鹭川市鹭川区") and region_key("鹭川市") != region_key("鹭川县")


def test_a_place_written_in_traditional_script_is_the_same_place() -> None:
    from tracker.places import region_key

    assert region_key("湖北省隨州市") == region_key("随州市") is not None


def test_a_name_the_gazetteer_holds_as_written_is_not_converted() -> None:
    from tracker.places import region_key

    assert region_key("乾县") == "610424"


def test_the_division_above_a_place_at_a_level() -> None:
    shiquan = resolve("石泉县")[0]
    assert ancestor(shiquan, "city").name == "安康市"
    assert ancestor(shiquan, "province").name == "陕西省"
    assert ancestor(resolve("西青区")[0], "city").name == "天津市"  # a municipality is its districts' city
    assert ancestor(resolve("安康市")[0], "county") is None

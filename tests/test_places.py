"""Places from the gazetteer: a district is known with its city and never passes for it."""

from __future__ import annotations

import pytest

from tracker.matching.match import region_key
from tracker.places import places_in, resolve, same_place


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


def test_an_ambiguous_name_is_narrowed_by_a_parent_in_its_context() -> None:
    assert [p.code for p in resolve("朝阳区", context="长春市科技局")] == ["220104"]


def test_same_place_allows_what_an_ambiguous_name_can_be() -> None:
    assert same_place("北京市朝阳区", "朝阳区") and not same_place("长春市朝阳区", "北京市朝阳区")
    assert not same_place("威海市", "荣成市")


def test_a_short_name_means_the_higher_level_and_unlisted_places_keep_their_suffix() -> None:
    assert region_key("承德") == region_key("承德市") != region_key("承德县")
    assert region_key("鹭川市") != region_key("鹭川市鹭川区") and region_key("鹭川市") != region_key("鹭川县")

"""Which quantities can meet: units by family, and counts by what they count (the lexicon's counted_things)."""

from __future__ import annotations

from tracker.matching.units import compatible, thing_key, unit_key, units_meeting
from tracker.quantity import Dimension, parse_quantity


def test_families_and_dimensions() -> None:
    assert compatible(parse_quantity("10家"), parse_quantity("3户"))
    assert not compatible(parse_quantity("10人"), parse_quantity("30人次"))
    assert unit_key(parse_quantity("第3位")) is None


def test_platforms_are_counted_in_ge_or_jia_but_firms_are_not_platforms() -> None:
    platform = thing_key("省级以上研发平台", "个")
    assert platform is not None and platform == thing_key("省级重点实验室", "家")
    firms = thing_key("高新技术企业", "家")
    assert firms not in (None, platform) and thing_key("企业", "个") is None  # 3个城市 near 企业 is no firm count
    assert thing_key("研发平台", "人") is None  # 人 is no classifier of a platform
    assert thing_key("孵化器在孵企业", "家") == firms and thing_key("企业孵化器", "家") == platform  # the head decides


def test_the_units_a_figure_can_meet_some_target_in() -> None:
    """What status loads: a family's classifiers (个 and 项), a counted thing's (a platform in 处, 家, 所 or 个), any
    unit of a share; never a classifier no target's key or thing takes (台, 次)."""
    keys = [(Dimension.COUNT, "个"), (Dimension.PERCENT, ""), (Dimension.COUNT, "thing:0"), (Dimension.MONEY, "元")]
    assert units_meeting(keys) == {"count": frozenset({"个", "项", "处", "家", "所"}), "percent": None,
                                   "money": frozenset({"元"})}
    assert units_meeting([(Dimension.COUNT, "人次")]) == {"count": frozenset({"人次"})}
    assert units_meeting([]) == {}


def test_the_units_a_key_takes_are_every_unit_meeting_under_it_whatever_the_families() -> None:
    """A bureau's lexicon may give two families one smallest classifier ([家, 户] and [家, 所]): every unit meeting
    under 家 is loaded for a 家 target, not only the last family's."""
    from tracker.matching.units import _members

    families = [["家", "户"], ["家", "所"], ["个", "项"]]
    family = {unit: min(members) for members in families for unit in members}
    assert _members(family) == {"家": frozenset({"家", "户", "所"}), "个": frozenset({"个", "项"})}

"""Which figures can measure a target at all: same dimension, same currency, same kind of count."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from tracker.lexicon import lexicon
from tracker.matching import rules
from tracker.quantity import Dimension, Quantity

_FAMILY = {unit: min(family) for family in rules.UNIT_FAMILIES for unit in family}

MATCHED_DIMENSIONS = frozenset({Dimension.MONEY, Dimension.PERCENT, Dimension.POINTS, Dimension.MULTIPLE,
                                Dimension.COUNT, Dimension.MEASURE})
"""Ranks and durations are never progress toward a target."""


def unit_key(quantity: Quantity) -> tuple[Dimension, str] | None:
    """The key under which like quantities meet: (money, 元), (count, 家) for 家 and 户 …; None when unmatched."""
    if quantity.dimension not in MATCHED_DIMENSIONS:
        return None
    if quantity.dimension in (Dimension.PERCENT, Dimension.POINTS, Dimension.MULTIPLE):
        return quantity.dimension, ""
    return quantity.dimension, _FAMILY.get(quantity.unit, quantity.unit)


_THINGS = tuple((i, thing.words, frozenset(thing.units)) for i, thing in enumerate(lexicon().counted_things))


@lru_cache(maxsize=65536)
def thing_key(words: str, unit: str) -> tuple[Dimension, str] | None:
    """The key of what is counted, when the classifier is one of those it is counted in.

    A platform is 个 or 家 (新建省级以上研发平台十一个, 新增省级重点实验室3家): the thing named last in
    the words (the head of a Chinese noun phrase) decides, from the lexicon's counted_things.
    """
    best: tuple[int, int] | None = None
    for index, names, units in _THINGS:
        if unit not in units:
            continue
        for name in names:
            at = words.rfind(name)
            if at >= 0 and (best is None or at + len(name) > best[0]):
                best = (at + len(name), index)
    return (Dimension.COUNT, f"thing:{best[1]}") if best else None


def compatible(target: Quantity, figure: Quantity) -> bool:
    """True when the figure is measured in a unit the target can be compared with."""
    key = unit_key(target)
    return key is not None and key == unit_key(figure)


def units_meeting(keys: Iterable[tuple[Dimension, str]]) -> dict[str, frozenset[str] | None]:
    """The units, by dimension (its value), of the figures that can meet some of `keys` (`unit_key`s and
    `thing_key`s): None for a dimension any of whose units can (a share, points, multiples)."""
    found: dict[str, set[str] | None] = {}
    for dimension, key in keys:
        if dimension in (Dimension.PERCENT, Dimension.POINTS, Dimension.MULTIPLE):
            found[dimension.value] = None
            continue
        thing = key.removeprefix("thing:")
        units = set(_THINGS[int(thing)][2]) if thing != key else {key, *_MEMBERS.get(key, ())}
        if (held := found.setdefault(dimension.value, set())) is not None:
            held.update(units)
    return {dimension: None if units is None else frozenset(units) for dimension, units in found.items()}


def _members(family: dict[str, str]) -> dict[str, frozenset[str]]:
    """The classifiers under each key of `family` (unit -> key): its inverse."""
    return {key: frozenset(unit for unit, its in family.items() if its == key) for key in set(family.values())}


_MEMBERS = _members(_FAMILY)
"""The classifiers under each key `unit_key` gives (`_FAMILY` inverted: a bureau's lexicon may give two families
one smallest classifier, or a unit two families; the key a unit meets under is `_FAMILY`'s, and so are these)."""

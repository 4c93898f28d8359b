"""Which figures can measure a target at all: same dimension, same currency, same kind of count."""

from __future__ import annotations

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


def compatible(target: Quantity, figure: Quantity) -> bool:
    """True when the figure is measured in a unit the target can be compared with."""
    key = unit_key(target)
    return key is not None and key == unit_key(figure)

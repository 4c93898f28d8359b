"""A figure read out of a document: a quantity with what it counts, when, and how sure."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from tracker.model.period import Period
from tracker.quantity import Quantity


class Modality(StrEnum):
    """Whether a figure reports a result, promises one, or is a step toward one."""

    ACHIEVED = "achieved"
    PLANNED = "planned"
    PROPOSED = "proposed"
    """Recommended, applied for, held in reserve: not yet the result (推荐申报, 储备)."""
    FORECAST = "forecast"
    """Expected, not yet reached: 预计全年可实现…, 有望突破…; never progress."""


PROMISED = frozenset({Modality.PLANNED, Modality.FORECAST})
"""The modalities of a figure that is still ahead: a promise or an expectation."""


class Figure(NamedTuple):
    """One quantity in a document, tied to the exact characters it came from.

    An immutable named tuple, like Quantity, because documents hold thousands.
    """

    document: str
    """The document's path as shown to users."""
    quantity: Quantity
    """Value, unit, dimension, qualifier, surface text and `start`/`end` offsets."""
    subject: str
    """What it counts, in the document's words (科技成果转化贷款)."""
    modality: Modality
    period: Period | None
    """The time the figure covers; None when the text does not say (累计 with no start)."""
    clause: tuple[int, int]
    """Offsets of the clause around the figure."""
    sentence: tuple[int, int]
    """Offsets of the sentence around the figure."""
    cumulative: bool = False
    """A total over several years or since an unstated start."""
    subset: bool = False
    """Part of a figure just before it (其中 …)."""
    in_plan: bool = False
    """Stands in a plan, or in a plan part of a summary (二、2024年工作打算, 下一步 …): even a
    figure read as proposed there (推荐申报3家) is something to do, not something done."""

    @property
    def start(self) -> int:
        """Offset of the figure's first character in the document text."""
        return self.quantity.start

    @property
    def end(self) -> int:
        """Offset just past the figure."""
        return self.quantity.end

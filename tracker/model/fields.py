"""Field types that read text through the project's parsers (quantity, period, id)."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator, StringConstraints
from pydantic_core import PydanticCustomError

from tracker.model.period import Period, PeriodError, parse_period
from tracker.quantity import Quantity, QuantityError, parse_quantity

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def _as_text(value: Any) -> str:
    """Numbers are accepted where a quantity or period is written (``2025``)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise PydanticCustomError("schema.not_text", "must be text")
    return str(value)


def read_quantity(value: Any) -> Quantity:
    """A target quantity from its text, e.g. ``25亿元以上``."""
    if isinstance(value, Quantity):
        return value
    try:
        return parse_quantity(_as_text(value))
    except QuantityError as error:
        raise PydanticCustomError(error.code, error.code, error.params) from None


def read_period(value: Any) -> Period:
    """A period from its text, e.g. ``2025-H1``."""
    if isinstance(value, Period):
        return value
    try:
        return parse_period(_as_text(value))
    except PeriodError as error:
        raise PydanticCustomError(error.code, error.code, error.params) from None


def read_id(value: Any) -> str:
    """A slug: letters, digits, '-' and '_'."""
    if not isinstance(value, str):
        raise PydanticCustomError("schema.not_text", "must be text")
    if not _ID.match(value):
        raise PydanticCustomError("schema.bad_id", "bad id", {"value": value})
    return value


QuantityText = Annotated[Quantity, BeforeValidator(read_quantity)]
PeriodText = Annotated[Period, BeforeValidator(read_period)]
Slug = Annotated[str, BeforeValidator(read_id)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

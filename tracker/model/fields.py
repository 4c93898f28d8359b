"""Field types that read text through the project's parsers (quantity, period, id)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BeforeValidator, StringConstraints, TypeAdapter, ValidationInfo
from pydantic_core import PydanticCustomError

from tracker.model.period import Period, PeriodError, parse_period
from tracker.quantity import Quantity, QuantityError, parse_quantity

T = TypeVar("T")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*\Z")  # \Z, not $: "wh25\n" is no id


def _as_text(value: Any) -> str:
    """Numbers are accepted where a quantity or period is written (``2025``)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise PydanticCustomError("schema.not_text", "must be text")
    return str(value)


OWN = {"tracker.own": True}
"""The validation context of tracker's own JSON (the kept snapshot, a child process's answer): there a quantity,
a period or a share comes in the structured form pydantic wrote it in, never as a person writes it. A user's
file is never read with it."""


def own(info: ValidationInfo | None) -> bool:
    """True when validating tracker's own JSON (`OWN`)."""
    return bool(info is not None and isinstance(info.context, dict) and info.context.get("tracker.own"))


def _reader(parse: Callable[[str], T], kind: type[T], errors: type[QuantityError | PeriodError]
            ) -> Callable[[Any, ValidationInfo], T]:
    """A before-validator that reads text with `parse` and turns its errors into pydantic's."""
    structured = TypeAdapter(kind)

    def read(value: Any, info: ValidationInfo) -> T:
        if isinstance(value, kind):
            return value
        if own(info) and isinstance(value, (dict, list)):
            return structured.validate_python(value)
        try:
            return parse(_as_text(value))
        except errors as error:
            raise PydanticCustomError(error.code, error.code, error.params) from None

    return read


read_quantity = _reader(parse_quantity, Quantity, QuantityError)
"""A target quantity from its text, e.g. ``25亿元以上``."""
read_period = _reader(parse_period, Period, PeriodError)
"""A period from its text, e.g. ``2025-H1``."""


def read_share(value: Any, info: ValidationInfo) -> Decimal:
    """A share of a whole written as a percentage: ``40%`` or ``40`` → 0.4 (0 to 100); in tracker's own JSON,
    the share itself (``"0.4"``)."""
    if own(info) and isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:  # an ArithmeticError, which pydantic would not turn into a validation error
            raise PydanticCustomError("schema.bad_share", "bad share", {"value": value}) from None
    text = _as_text(value).strip().removesuffix("%").removesuffix("％").strip()  # ％: as a Chinese IME writes it
    try:
        share = Decimal(text)
    except InvalidOperation:
        raise PydanticCustomError("schema.bad_share", "bad share", {"value": str(value)}) from None
    if not share.is_finite() or not 0 <= share <= 100:
        raise PydanticCustomError("schema.bad_share", "bad share", {"value": str(value)})
    return share / 100


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
Share = Annotated[Decimal, BeforeValidator(read_share)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What no report can hold: NUL and the other control characters (tab and line breaks are fine), lone surrogates."""


def read_writable(value: str) -> str:
    """Text a report can quote (Word, Excel and HTML all refuse NUL and other control characters)."""
    if found := _UNWRITABLE.search(value):
        raise PydanticCustomError("schema.control_char", "control character", {"char": f"U+{ord(found.group()):04X}"})
    return value


def read_reference(value: str) -> str:
    """A reference to a figure (document:start): its document's name may hold any character a file name can, but
    NUL, which no database's text holds."""
    if "\x00" in value:
        raise PydanticCustomError("schema.control_char", "control character", {"char": "U+0000"})
    return value


Reference = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(read_reference)]
"""Where a decision points: a figure's `document:start` or `manual:YYYY-MM-DD`."""
Writable = Annotated[str, AfterValidator(read_writable)]
"""Free text people write (a note, a source) that reports quote."""
WritableText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(read_writable)]
"""A name people write (who decided), never empty, that reports quote."""


def _in_utc(at: datetime) -> datetime:
    """Times are in UTC; one read back without a zone (SQLite keeps none) was written in UTC."""
    try:
        return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
    except OverflowError:  # 0001-01-01T00:00+08:00 is before the first moment there is
        raise PydanticCustomError("schema.bad_time", "bad time", {"value": at.isoformat()}) from None


UtcTime = Annotated[datetime, AfterValidator(_in_utc)]
"""A moment, always aware and in UTC: when a person decided or wrote something."""

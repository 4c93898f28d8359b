"""The field types that read what a person writes: each accepted form and the catalogue code each mistake is
refused with (the code is what `config.targets` turns into a line:col message)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from tracker.config.targets import load_targets
from tracker.model.fields import (
    OWN,
    PeriodText,
    QuantityText,
    Reference,
    Share,
    Slug,
    Text,
    UtcTime,
    Writable,
    WritableText,
)
from tracker.model.period import parse_period
from tracker.quantity import Qualifier, parse_quantity


def read(kind: Any, value: object, context: dict | None = None) -> object:
    """The value as a model's field of type `kind` reads it (in tracker's own JSON with `context=OWN`)."""
    return TypeAdapter(kind).validate_python(value, context=context)


def refusal(kind: Any, value: object, context: dict | None = None) -> tuple[str, dict[str, object]]:
    """The code and parameters a field of type `kind` refuses `value` with (it must refuse it)."""
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(kind).validate_python(value, context=context)
    (error,) = caught.value.errors()
    return error["type"], error.get("ctx", {})


# --- QuantityText: the one quantity parser, its errors as pydantic's --------------------------------------------

@pytest.mark.parametrize(("written", "value", "unit", "qualifier"), [
    pytest.param("25亿元以上", Decimal("2500000000"), "元", Qualifier.AT_LEAST, id="money-at-least"),
    pytest.param("3%以内", Decimal(3), "%", Qualifier.AT_MOST, id="share-at-most"),
    pytest.param("  3项 ", Decimal(3), "项", Qualifier.EXACT, id="blanks-around"),
    pytest.param(2025, Decimal(2025), "", Qualifier.EXACT, id="yaml-integer"),  # `target: 2025` is a number in YAML
    pytest.param(3.5, Decimal("3.5"), "", Qualifier.EXACT, id="yaml-float"),
])
def test_a_quantity_is_read_from_its_text(written: object, value: Decimal, unit: str, qualifier: Qualifier) -> None:
    quantity = read(QuantityText, written)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(("written", "code"), [
    pytest.param("", "quantity.empty", id="empty"),
    pytest.param("很多", "quantity.no_number", id="no-number"),
    pytest.param("3项4项", "quantity.several", id="two-quantities"),
    pytest.param("5-3项", "quantity.reversed", id="range-high-to-low"),
    pytest.param("1e5元", "quantity.exponent", id="scientific"),
    pytest.param("inf", "quantity.not_finite", id="infinite"),
    pytest.param("力争10项", "quantity.leading", id="words-before"),
    pytest.param("约3项x", "quantity.trailing", id="words-after"),
    # a boolean (YAML's `yes`), nothing or a list is no text a quantity can be written in
    pytest.param(True, "schema.not_text", id="yaml-boolean"),
    pytest.param(None, "schema.not_text", id="null"),
    pytest.param(["3项"], "schema.not_text", id="list"),
])
def test_a_quantity_that_does_not_read_is_refused_with_the_parsers_code(written: object, code: str) -> None:
    assert refusal(QuantityText, written)[0] == code


def test_the_parsers_parameters_reach_the_message() -> None:
    assert refusal(QuantityText, "很多") == ("quantity.no_number", {"text": "很多"})


def test_a_quantity_already_read_is_taken_as_it_is() -> None:
    quantity = parse_quantity("不超过3%")
    assert read(QuantityText, quantity) == quantity


# --- PeriodText -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "start", "end"), [
    pytest.param("2025", date(2025, 1, 1), date(2025, 12, 31), id="year"),
    pytest.param(2025, date(2025, 1, 1), date(2025, 12, 31), id="yaml-integer-year"),
    pytest.param("2025-H1", date(2025, 1, 1), date(2025, 6, 30), id="half"),
    pytest.param("2025-Q3", date(2025, 7, 1), date(2025, 9, 30), id="quarter"),
    pytest.param("2025-03", date(2025, 3, 1), date(2025, 3, 31), id="month"),
    pytest.param("2025-03-15", date(2025, 3, 15), date(2025, 3, 15), id="day"),
    pytest.param("2025-03..2025-10", date(2025, 3, 1), date(2025, 10, 31), id="range"),
])
def test_a_period_is_read_from_its_text(written: object, start: date, end: date) -> None:
    period = read(PeriodText, written)
    assert (period.start, period.end, period.label) == (start, end, str(written))


@pytest.mark.parametrize(("written", "code"), [
    pytest.param("上半年", "period.bad", id="words"),
    pytest.param("2025-13", "period.bad", id="no-such-month"),
    pytest.param("2025-02-30", "period.bad", id="no-such-day"),
    pytest.param("0000", "period.bad", id="year-zero"),
    pytest.param(2025.0, "period.bad", id="yaml-float"),  # 2025.0 is not a way to write a year
    pytest.param("2025..2024", "period.reversed", id="range-backwards"),
    pytest.param(True, "schema.not_text", id="yaml-boolean"),
    pytest.param({"start": "2025-01-01", "end": "2025-12-31", "label": "2025"}, "schema.not_text",
                 id="a-mapping-in-a-users-file"),
])
def test_a_period_that_does_not_read_is_refused(written: object, code: str) -> None:
    assert refusal(PeriodText, written)[0] == code


def test_a_period_refused_names_what_was_written() -> None:
    assert refusal(PeriodText, "2025..2024") == ("period.reversed", {"value": "2025..2024"})


def test_a_period_already_read_is_taken_as_it_is() -> None:
    period = parse_period("2025-Q2")
    assert read(PeriodText, period) is period


# --- Share: a percentage of a whole, 0 to 100 -------------------------------------------------------------------

@pytest.mark.parametrize(("written", "share"), [
    pytest.param("40%", Decimal("0.4"), id="percent"),
    pytest.param(" 40 % ", Decimal("0.4"), id="blanks"),
    pytest.param("40％", Decimal("0.4"), id="full-width-percent"),  # as a Chinese input method writes it
    pytest.param("40", Decimal("0.4"), id="bare-text"),
    pytest.param(40, Decimal("0.4"), id="yaml-integer"),
    pytest.param(40.5, Decimal("0.405"), id="yaml-float"),
    pytest.param("0.4", Decimal("0.004"), id="a-person-writes-percent-not-a-fraction"),
    pytest.param("0", Decimal(0), id="lowest"),
    pytest.param("100%", Decimal(1), id="highest"),
])
def test_a_share_is_read_as_a_percentage(written: object, share: Decimal) -> None:
    assert read(Share, written) == share


@pytest.mark.parametrize("written", [
    pytest.param("100.5", id="over-100"),
    pytest.param("-1", id="negative"),
    pytest.param("四成", id="words"),
    pytest.param("NaN", id="not-a-number"),
    pytest.param("inf", id="infinite"),
    pytest.param("", id="empty"),
    pytest.param("40%%", id="two-percent-signs"),
])
def test_a_share_outside_0_to_100_or_no_number_is_refused(written: str) -> None:
    assert refusal(Share, written) == ("schema.bad_share", {"value": written})


def test_a_share_that_is_no_text_is_refused_as_such() -> None:
    assert refusal(Share, True)[0] == "schema.not_text"


# --- Slug: an id -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["wh25", "yk22-contracts", "a_b", "2025"])
def test_an_id_of_letters_digits_hyphens_and_underscores(written: str) -> None:
    assert read(Slug, written) == written


@pytest.mark.parametrize("written", [
    pytest.param("-x", id="leading-hyphen"),
    pytest.param("_x", id="leading-underscore"),
    pytest.param("科技局", id="chinese"),
    pytest.param("a b", id="blank-inside"),
    pytest.param("a.b", id="dot"),
    pytest.param("", id="empty"),
    pytest.param("wh25\n", id="trailing-line-break"),  # `id: |` in YAML ends in a line break
])
def test_an_id_with_anything_else_is_refused(written: str) -> None:
    assert refusal(Slug, written) == ("schema.bad_id", {"value": written})


@pytest.mark.parametrize("written", [25, None])
def test_an_id_must_be_text_not_a_number(written: object) -> None:
    assert refusal(Slug, written)[0] == "schema.not_text"


# --- Text, Writable, WritableText, Reference ---------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "written", "expected"), [
    pytest.param(Text, "\t全年目标\n", "全年目标", id="text-stripped"),
    pytest.param(Writable, "原因：\n项目延期\t待批", "原因：\n项目延期\t待批", id="writable-keeps-lines-and-tabs"),
    pytest.param(Writable, "", "", id="writable-may-be-empty"),
    pytest.param(WritableText, " 王科长 ", "王科长", id="writable-text-stripped"),
    pytest.param(Reference, " manual:2025-06-30 ", "manual:2025-06-30", id="reference-stripped"),
    pytest.param(Reference, "seeds/a\x07.txt:12", "seeds/a\x07.txt:12", id="reference-file-name-with-a-bell"),
])
def test_text_fields_accept(kind: Any, written: str, expected: str) -> None:
    assert read(kind, written) == expected


@pytest.mark.parametrize(("kind", "written", "code", "char"), [
    pytest.param(Text, "   ", "string_too_short", None, id="text-blank"),
    pytest.param(WritableText, "", "string_too_short", None, id="writable-text-empty"),
    pytest.param(Reference, "  ", "string_too_short", None, id="reference-blank"),
    # what no report (Word, Excel, HTML) can hold
    pytest.param(Writable, "a\x00b", "schema.control_char", "U+0000", id="writable-nul"),
    pytest.param(Writable, "a\x07", "schema.control_char", "U+0007", id="writable-bell"),
    pytest.param(Writable, "\ud800", "schema.control_char", "U+D800", id="writable-lone-surrogate"),
    pytest.param(Writable, "\ufffe", "schema.control_char", "U+FFFE", id="writable-noncharacter"),
    pytest.param(WritableText, "王\x1b", "schema.control_char", "U+001B", id="writable-text-escape"),
    # a file name may hold anything but NUL, which no database's text holds
    pytest.param(Reference, "seeds/a\x00.txt:1", "schema.control_char", "U+0000", id="reference-nul"),
])
def test_text_fields_refuse(kind: Any, written: str, code: str, char: str | None) -> None:
    found, params = refusal(kind, written)
    assert found == code
    assert char is None or params == {"char": char}


def test_text_is_never_a_number() -> None:
    assert refusal(Text, 5)[0] == "string_type"


# --- UtcTime -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "expected"), [
    pytest.param(datetime(2025, 7, 1, 8, 0), datetime(2025, 7, 1, 8, 0, tzinfo=UTC),
                 id="no-zone-is-utc"),  # SQLite gives times back without their zone
    pytest.param(datetime(2025, 7, 1, 8, 0, tzinfo=timezone(timedelta(hours=8))), datetime(2025, 7, 1, 0, 0, tzinfo=UTC),
                 id="beijing-time-converted"),
    pytest.param("2025-07-01T08:00:00+08:00", datetime(2025, 7, 1, 0, 0, tzinfo=UTC), id="iso-text"),
])
def test_a_time_is_always_in_utc(written: object, expected: datetime) -> None:
    moment = read(UtcTime, written)
    assert moment == expected and moment.tzinfo is UTC


def test_a_time_before_the_first_moment_is_refused() -> None:
    assert refusal(UtcTime, datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=8))))[0] == "schema.bad_time"


# --- OWN: tracker's own JSON (the kept snapshot, a child's answer), never a user's file ---------------------------

QUANTITY = parse_quantity("25亿元以上")
PERIOD = parse_period("2025-H1")
STRUCTURED = [
    pytest.param(QuantityText, TypeAdapter(QuantityText).dump_python(QUANTITY, mode="json"), QUANTITY, id="quantity"),
    pytest.param(PeriodText, TypeAdapter(PeriodText).dump_python(PERIOD, mode="json"), PERIOD, id="period"),
]
"""Each value in the form pydantic writes it to JSON (a quantity as a list, a period as a mapping)."""


@pytest.mark.parametrize(("kind", "written", "value"), STRUCTURED)
def test_the_structured_form_is_read_only_in_trackers_own_json(kind: Any, written: object, value: object) -> None:
    assert read(kind, written, OWN) == value
    assert refusal(kind, written)[0] == "schema.not_text", "a person's file never holds it"


@pytest.mark.parametrize("context", [
    pytest.param({"tracker.own": False}, id="said-not-own"),
    pytest.param({"strict": True}, id="another-context"),
    pytest.param({}, id="empty-context"),
])
@pytest.mark.parametrize(("kind", "written", "value"), STRUCTURED)
def test_only_the_own_context_opens_the_structured_form(context: dict, kind: Any, written: object,
                                                         value: object) -> None:
    assert refusal(kind, written, context)[0] == "schema.not_text"


def test_a_share_in_trackers_own_json_is_the_share_itself_not_a_percentage() -> None:
    written = TypeAdapter(Share).dump_python(Decimal("0.4"), mode="json")
    assert (read(Share, written, OWN), read(Share, written)) == (Decimal("0.4"), Decimal("0.004"))


@pytest.mark.parametrize(("kind", "written", "value"), [
    pytest.param(QuantityText, "25亿元以上", QUANTITY, id="quantity"),
    pytest.param(PeriodText, "2025-H1", PERIOD, id="period"),
    pytest.param(Share, 40, Decimal("0.4"), id="share-as-a-number"),
])
def test_text_as_a_person_writes_it_still_reads_in_trackers_own_json(kind: Any, written: object, value: object) -> None:
    assert read(kind, written, OWN) == value


@pytest.mark.parametrize(("kind", "written"), [
    pytest.param(QuantityText, ["2500000000"], id="quantity-cut-short"),
    pytest.param(PeriodText, {"start": "2025-01-01"}, id="period-without-its-end"),
    pytest.param(Share, "很多", id="share-no-number"),  # once a raw decimal.InvalidOperation, past pydantic
    pytest.param(Share, "NaN", id="share-not-a-number"),
])
def test_a_broken_structured_form_is_a_validation_error_never_a_crash(kind: Any, written: object) -> None:
    with pytest.raises(ValidationError):  # the snapshot's reader turns it into snapshot.unreadable
        read(kind, written, OWN)


def test_a_users_targets_file_is_never_read_as_trackers_own(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text("version: 1\nplans:\n  - id: wh25\n    title: 要点\n    region: 威海市\n"
                    "    period: {start: 2025-01-01, end: 2025-12-31, label: '2025'}\n", encoding="utf-8")
    targets_file, diagnostics = load_targets(path)
    assert [(d.line, d.code) for d in diagnostics] == [(6, "schema.not_text")]


def test_only_the_snapshot_reads_with_the_own_context() -> None:
    tracker = Path(__file__).resolve().parents[2] / "tracker"
    users = {path.relative_to(tracker).as_posix() for path in tracker.rglob("*.py")
             if re.search(r"\bOWN\b", path.read_text(encoding="utf-8")) and path.name != "fields.py"}
    assert users == {"snapshot.py"}, "a module reading a person's file must not use OWN"

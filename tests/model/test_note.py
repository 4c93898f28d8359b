"""A lag note (滞后原因, 整改措施) as a value: what its fields accept and refuse."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from tracker.model.note import LagNote

AT = datetime(2025, 7, 1, 9, 30, tzinfo=timezone(timedelta(hours=8)))


def note(**fields: object) -> LagNote:
    return LagNote(**({"target": "wh25-loans", "as_of": date(2025, 6, 30), "who": "张科长", "at": AT} | fields))


def test_a_note_keeps_the_words_as_written_and_its_time_in_utc() -> None:
    written = note(cause="项目审批延期，\n资金未到位", measures="\t加快审批")
    assert (written.cause, written.measures) == ("项目审批延期，\n资金未到位", "\t加快审批")
    assert written.at == datetime(2025, 7, 1, 1, 30, tzinfo=UTC)


def test_cause_and_measures_may_be_left_empty() -> None:
    assert (note().cause, note().measures) == ("", "")


@pytest.mark.parametrize(("fields", "field", "code"), [
    pytest.param({"target": "科技信贷"}, "target", "schema.bad_id", id="target-not-an-id"),
    pytest.param({"who": "  "}, "who", "string_too_short", id="nobody"),
    pytest.param({"who": "张\x1b[2J"}, "who", "schema.control_char", id="who-with-an-escape"),
    pytest.param({"cause": "延期\x00"}, "cause", "schema.control_char", id="cause-with-nul"),
    pytest.param({"measures": "\x0c"}, "measures", "schema.control_char", id="measures-with-a-form-feed"),
    pytest.param({"as_of": "2025-06-31"}, "as_of", "date_from_datetime_parsing", id="no-such-day"),
    pytest.param({"status": "behind"}, "status", "extra_forbidden", id="unknown-field"),
])
def test_a_note_refuses(fields: dict, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        note(**fields)
    (error,) = caught.value.errors()
    assert (error["loc"], error["type"]) == ((field,), code)

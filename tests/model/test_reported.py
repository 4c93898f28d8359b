"""What a generated quarterly report said of one target, as a value kept for the next quarter's comparison."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pydantic import ValidationError

from tracker.model.reported import Reported


def line(**fields: object) -> Reported:
    return Reported(**({"plan": "yk22", "quarter": "2022Q2", "target": "yk22-contracts", "as_of": date(2022, 6, 30),
                        "status": "behind", "at": datetime(2022, 7, 6, 8, 0)} | fields))


def test_a_line_keeps_exact_numbers_and_its_time_in_utc() -> None:
    kept = line(completion="0.3540", actual="400000000")
    assert (kept.completion, kept.actual) == (Decimal("0.3540"), Decimal(400000000))
    assert kept.at == datetime(2022, 7, 6, 8, 0, tzinfo=UTC), "a time read back from SQLite without a zone is UTC"


def test_a_target_with_no_data_has_no_completion_and_no_actual() -> None:
    assert (line(status="no_data").completion, line(status="no_data").actual) == (None, None)


@pytest.mark.parametrize(("fields", "field", "code"), [
    pytest.param({"plan": "营口"}, "plan", "schema.bad_id", id="plan-not-an-id"),
    pytest.param({"target": ""}, "target", "schema.bad_id", id="no-target"),
    pytest.param({"completion": "很多"}, "completion", "decimal_parsing", id="completion-no-number"),
    pytest.param({"lang": "zh"}, "lang", "extra_forbidden", id="unknown-field"),
])
def test_a_line_refuses(fields: dict, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        line(**fields)
    (error,) = caught.value.errors()
    assert (error["loc"], error["type"]) == ((field,), code)

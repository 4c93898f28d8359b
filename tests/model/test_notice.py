"""A supervision notice issued (督办通知) as a value: what its fields accept and refuse."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from tracker.model.notice import Notice

AT = datetime(2022, 7, 5, 10, tzinfo=timezone(timedelta(hours=8)))


def notice(**fields: object) -> Notice:
    return Notice(**({"unit": "成果转化科", "issued": date(2022, 7, 5), "as_of": date(2022, 6, 30),
                      "reply_by": date(2022, 7, 14), "targets": ["yk22-contracts"], "file": "notices/a.docx",
                      "who": "张科长", "at": AT} | fields))


def test_a_notice_keeps_its_targets_in_order_and_its_time_in_utc() -> None:
    issued = notice(targets=["yk22-contracts", "yk22-farmer-training-people"])
    assert issued.targets == ("yk22-contracts", "yk22-farmer-training-people")
    assert issued.at == datetime(2022, 7, 5, 2, tzinfo=UTC)


@pytest.mark.parametrize(("fields", "field", "code"), [
    pytest.param({"targets": ["技术合同"]}, "targets", "schema.bad_id", id="target-not-an-id"),
    pytest.param({"unit": " "}, "unit", "string_too_short", id="no-unit"),
    pytest.param({"file": "a\x00.docx"}, "file", "schema.control_char", id="file-with-nul"),
    pytest.param({"reply_by": "2022-02-30"}, "reply_by", "date_from_datetime_parsing", id="no-such-day"),
    pytest.param({"answered": True}, "answered", "extra_forbidden", id="unknown-field"),
])
def test_a_notice_refuses(fields: dict, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        notice(**fields)
    assert [(e["loc"][0], e["type"]) for e in caught.value.errors()] == [(field, code)]

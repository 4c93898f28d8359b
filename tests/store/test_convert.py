"""People's records read back from rows: a row that no longer reads is a problem value, never an exception."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tracker.errors import RowProblem
from tracker.model.decision import Decision
from tracker.model.note import LagNote
from tracker.store.convert import decision_from_row, decision_row, note_from_row, note_row

GOOD = {"id": 7, "target": "yk22-contracts", "action": "manual", "ref": "manual:2022-06-30", "text": None,
        "value": "5.2亿元", "as_of": "2022-06-30", "source": None, "note": None, "who": "张科长",
        "at": "2022-07-01 08:00:00.000000"}


def test_a_good_row_is_its_decision_with_its_time_in_utc() -> None:
    decision = decision_from_row(GOOD)
    assert isinstance(decision, Decision)
    assert (decision.value.value, decision.as_of, decision.at) == (
        520_000_000, date(2022, 6, 30), datetime(2022, 7, 1, 8, tzinfo=UTC))


def test_a_decision_survives_the_round_trip_through_its_row() -> None:
    decision = decision_from_row(GOOD)
    assert decision_from_row(decision_row(decision).model_dump()) == decision


@pytest.mark.parametrize(("column", "stored", "code"), [
    ("action", "maybe", "schema.choice"),
    ("as_of", "2022-13-45", "schema.bad_date"),
    ("at", "yesterday", "schema.bad_time"),
    ("at", "0001-01-01T00:00:00+08:00", "schema.bad_time"),  # before the first moment in UTC
    ("value", "6项以上项", "quantity.trailing"),
    ("value", "9" * 5000 + "元", "quantity.too_long"),
    ("value", "NaN", "quantity.not_finite"),
    ("value", b"\x00\x01", "schema.not_text"),
    ("note", "补登\x00", "schema.control_char"),
    ("who", "", "schema.empty"),
    ("target", "not a slug", "schema.bad_id"),
], ids=lambda item: str(item)[:12])
def test_a_row_that_no_longer_reads_is_a_problem_naming_row_target_and_reason(column: str, stored: object,
                                                                                 code: str) -> None:
    problem = decision_from_row(GOOD | {column: stored})
    assert isinstance(problem, RowProblem)
    assert (problem.table, problem.row, problem.code) == ("review_decision", 7, code)
    line = problem.render("en")
    assert line.startswith("review_decision #7: skipped this row of target ")
    assert "\n" not in line and "\x00" not in line and len(line) < 300


def test_a_manual_row_without_its_date_is_a_problem() -> None:
    problem = decision_from_row(GOOD | {"as_of": None})
    assert isinstance(problem, RowProblem) and problem.target == "yk22-contracts"


def test_a_lag_note_row_reads_back_or_says_what_is_wrong() -> None:
    note = LagNote(target="yk22-contracts", as_of=date(2022, 6, 30), cause="合同未登记", measures="补登",
                   who="张科长", at=datetime(2022, 7, 1, tzinfo=UTC))
    row = note_row(note).model_dump() | {"id": 3}
    assert note_from_row(row) == note
    problem = note_from_row(row | {"as_of": "2022-02-30"})
    assert isinstance(problem, RowProblem)
    assert (problem.table, problem.row, problem.code, problem.params["field"]) == ("lag_note", 3, "schema.bad_date",
                                                                                  "as_of")
    assert problem.message("zh").startswith("已跳过指标 yk22-contracts 的这条记录：")


def test_a_figures_row_values_name_every_column_of_its_table_once() -> None:
    """`figure_values` is inserted by the driver in FIGURE_INSERTED's order (repo.save_document): a column added
    to the table and not to the list (or the reverse) must fail here, not store a figure wrong."""
    from tracker.store.convert import FIGURE_COLUMNS, FIGURE_INSERTED
    from tracker.store.tables import FigureRow

    columns = {c.name for c in FigureRow.__table__.c} - {"id"}
    assert sorted(FIGURE_INSERTED) == sorted(columns)
    assert set(FIGURE_COLUMNS) == columns - {"document_id"}

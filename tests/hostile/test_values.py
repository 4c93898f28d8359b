"""Hostile quantities and values: in targets.yaml, typed on the command line, imported, found in prose, or left
in the database by another tool. Each is one line (at its place in a file), and nothing stored can stop a status."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.hostile.cases import STATUS, Case, check, progress_of, put
from tests.hostile.conftest import each, outcomes_fixture
from tracker.store.db import make_engine

VALUES = {
    "spoken-zero": "三亿零元",
    "spoken-zero-count": "一亿零项",
    "reversed": "5-3亿元",
    "reversed-percent": "30%-20%",
    "exponent": "1e400亿元",
    "not-finite": "NaN亿元",
    "too-large": "1001万亿元",
    "too-long": "9" * 5000,
    "wrong-unit": "6项",
}
"""Values no target of 亿元 can take; every one has its own message."""

TARGET = "wh25-key-total-investment"
"""A target of 97亿元 in the bundled targets.yaml."""


def _in_targets(value: str):  # a setup
    def setup(folder: Path) -> None:
        path = folder / "targets.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("target: 97亿元", f"target: '{value}'", 1), encoding="utf-8")

    return setup


def _decision_file(value: str) -> str:
    return ("decisions:\n  - {target: " + TARGET + ", action: manual, ref: 'manual:2025-06-30', value: '" + value
            + "', as_of: 2025-06-30, who: 王处长, at: '2025-07-01T00:00:00Z'}\n")


_TWICE = ("decisions:\n" + "".join(
    f"  - {{target: {TARGET}, action: reject, ref: 'seeds/weihai-2025-plan.txt:10', who: 王处长, "
    f"at: '2025-07-01T0{i}:00:00Z'}}\n" for i in range(2)))


def _bad_rows(folder: Path) -> None:
    """Rows another tool (or an older tracker) left in the database: each must be said and skipped."""
    path = folder / ".tracker" / "tracker.sqlite3"
    make_engine(f"sqlite:///{path}").dispose()
    with closing(sqlite3.connect(path)) as db, db:
        db.executemany("INSERT INTO review_decision (target, action, ref, value, as_of, who, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(TARGET, "manual", "manual:2025-05-31", "6项", "2025-05-31", "x", "2025-06-01"),
                        (TARGET, "manual", "manual:2025-04-30", "9" * 5000, "2025-04-30", "x", "2025-05-01"),
                        (TARGET, "launch", "seeds/a.txt:1", None, None, "x", "2025-05-01"),
                        (TARGET, "accept", "seeds/a.txt:2", None, None, "x", "not a time")])
        db.execute("INSERT INTO lag_note (target, as_of, cause, measures, who, at) VALUES (?, ?, ?, ?, ?, ?)",
                   (TARGET, "2025-06-30", "原因\x00\x1b[2J", "", "x", "2025-07-01"))


CASES = [
    *(Case(f"targets-{name}", _in_targets(value), argv=("check",), names=("targets.yaml",), place=True)
      for name, value in VALUES.items() if name != "wrong-unit"),  # 6项 is a fine target of its own
    *(Case(f"set-{name}", lambda folder: None, argv=("review", "set", TARGET, value, "--as-of", "2025-06-30"),
           names=("tracker: ",)) for name, value in VALUES.items()),
    *(Case(f"import-{name}", put("../decisions.yaml", _decision_file(value).encode()),
           argv=("review", "import", "decisions.yaml"), names=("decisions.yaml",), place=True)
      for name, value in VALUES.items()),
    Case("import-twice", put("../decisions.yaml", _TWICE.encode()), argv=("review", "import", "decisions.yaml"),
         code=0, lines=0),
    Case("prose-numerals", put("numerals.txt", "威海市2025年投入资金三亿零元，新增一亿零项，全市新认定高新技术企业120家。".encode()),
         argv=("extract", "seeds/numerals.txt", "--json"), code=0, lines=None),
    *(Case(f"rows-{name}", _bad_rows, argv=argv, code=0, lines=lines, names=("review_decision #",))
      for name, argv, lines in (("status", STATUS, 5), ("report", ("report", "--quarter", "2025Q2", "--format", "md"), 5),
                                ("review-list", ("review", "list", "--as-of", "2025-06-30"), 4))),
]


outcomes = outcomes_fixture(CASES, "values")


@each(CASES)
def test_a_hostile_value_is_one_line_and_nothing_stored_stops_a_run(case: Case, outcomes: dict) -> None:
    check(case, outcomes[case.name])


def test_a_decision_listed_twice_is_stored_once(outcomes: dict) -> None:
    assert outcomes["import-twice"].out.startswith("imported 1 new review decisions"), outcomes["import-twice"].out


def test_numerals_the_parser_once_choked_on_leave_the_rest_of_the_text_read(outcomes: dict) -> None:
    figures = json.loads(outcomes["prose-numerals"].out)
    assert [(f["value"], f["unit"]) for f in figures if f["unit"] == "家"] == [(120, "家")]


def test_bad_rows_leave_the_status_whole(outcomes: dict, baseline: dict) -> None:
    found = progress_of(outcomes["rows-status"].out)
    assert found == baseline

"""Derived rows (documents, figures, the schema version, report lines) changed by something other than tracker:
no command fails on them; what no longer reads is forgotten and read again from its file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.hostile.cases import STATUS, Case, check, progress_of
from tests.hostile.conftest import each, outcomes_fixture
from tests.hostile.runner import Run, run_one

GARBLE = {
    "figure-value": "UPDATE figure SET value = 'abc' WHERE id = (SELECT min(id) FROM figure)",
    "figure-modality": "UPDATE figure SET modality = 'maybe'",
    "document-kind": "UPDATE document SET kind = 'poem'",
    "document-issued": "UPDATE document SET issued = 'yesterday'",
    "document-issued-number": "UPDATE document SET issued = 0",  # a date field would read it as 1970-01-01
    "document-provenance": "UPDATE document SET provenance = '[]'",
    "figure-value-nan": "UPDATE figure SET value = 'NaN'",
    "figure-value-huge": "UPDATE figure SET value = '1e999999999'",
    "figure-start-text": "UPDATE figure SET start = 'abc'",
    "schema-version": "UPDATE meta SET value = 'abc' WHERE key = 'schema_version'",
}


def _garbled(statement: str):  # a setup
    def setup(folder: Path) -> None:
        first = run_one(Run(STATUS, folder, {"TRACKER_LANG": "en"}))
        assert first.code == 0, first.err
        with closing(sqlite3.connect(folder / ".tracker" / "tracker.sqlite3")) as db, db:
            db.execute(statement)

    return setup


CASES = [Case(f"garbled-{name}-{command}", _garbled(statement), argv=argv, code=0, lines=None)
         for name, statement in GARBLE.items()
         for command, argv in (("status", STATUS), ("documents", ("documents", "--json")))]


outcomes = outcomes_fixture(CASES, "derived")


@each(CASES)
def test_a_garbled_derived_row_fails_no_command(case: Case, outcomes: dict) -> None:
    check(case, outcomes[case.name])


@pytest.mark.parametrize("name", ["figure-value", "document-kind", "document-issued", "document-issued-number",
                                  "figure-start-text"])
def test_what_no_longer_reads_is_read_again_from_its_file_in_the_same_run(name: str, tmp_path: Path,
                                                                         baseline: dict) -> None:
    run = Case("again", _garbled(GARBLE[name])).run(tmp_path)
    outcome = run_one(Run(STATUS, run.cwd, run.env))
    assert outcome.code == 0 and progress_of(outcome.out) == baseline

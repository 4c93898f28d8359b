"""What every command shares: the exit status a run's problems call for, dates from arguments, the documents
folder's one line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from tracker.cli.common import EXIT_OK, EXIT_USER, docs_problem, exit_status, read_date
from tracker.errors import Diagnostic, RowProblem, Severity


def test_a_document_that_could_not_be_read_makes_it_exit_2_a_warning_or_a_skipped_row_does_not() -> None:
    unread = Diagnostic(path="seeds/a.pdf", code="read.encrypted")
    warning = Diagnostic(path="seeds/x.doc", code="read.unsupported", severity=Severity.WARNING)
    skipped = RowProblem.of("decisions", 3, "yk22-contracts", "quantity.no_number", {"text": "很多"})
    assert exit_status([]) == EXIT_OK == exit_status([warning, skipped])
    assert exit_status([warning, unread]) == EXIT_USER


def test_dates_are_iso_and_anything_else_is_argparses_one_line() -> None:
    assert str(read_date("2025-06-30")) == "2025-06-30"
    with pytest.raises(argparse.ArgumentTypeError, match="2025-13-01"):
        read_date("2025-13-01")


def test_the_documents_folder_missing_or_not_a_folder(tmp_path: Path) -> None:
    assert docs_problem(tmp_path) is None
    assert docs_problem(tmp_path / "seeds").code == "cli.docs_missing"
    (tmp_path / "seeds.txt").write_text("x", encoding="utf-8")
    problem = docs_problem(tmp_path / "seeds.txt")
    assert problem.code == "cli.docs_not_folder" and problem.params["where"] == str((tmp_path / "seeds.txt").absolute())

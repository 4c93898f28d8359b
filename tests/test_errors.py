"""User mistakes as values: a diagnostic's message in both languages and its `path:line:col` line, a stored row's
problem with every value quoted, which problems are errors, and the user's exception."""

from __future__ import annotations

import pytest

from tracker.errors import PARAM_LIMIT, Diagnostic, RowProblem, Severity, TrackerUserError, bounded, has_errors

NO_NUMBER = {"code": "quantity.no_number", "params": {"text": "很多"}}


def test_a_diagnostic_says_its_message_in_chinese_or_english() -> None:
    problem = Diagnostic(path="targets.yaml", line=3, col=11, **NO_NUMBER)
    assert problem.message("zh") == "“很多”中没有可读的数字"
    assert problem.message() == problem.message("en") == "no number to read in '很多'"


@pytest.mark.parametrize(("line", "col", "severity", "zh", "en"), [
    pytest.param(3, 11, Severity.ERROR, "targets.yaml:3:11: “很多”中没有可读的数字",
                 "targets.yaml:3:11: no number to read in '很多'", id="line-and-column"),
    pytest.param(3, None, Severity.ERROR, "targets.yaml:3:1: “很多”中没有可读的数字",
                 "targets.yaml:3:1: no number to read in '很多'", id="no-column-is-column-1"),
    pytest.param(None, None, Severity.ERROR, "targets.yaml: “很多”中没有可读的数字",
                 "targets.yaml: no number to read in '很多'", id="the-whole-file"),
    pytest.param(None, 5, Severity.ERROR, "targets.yaml: “很多”中没有可读的数字",
                 "targets.yaml: no number to read in '很多'", id="a-column-without-a-line-is-not-shown"),
    pytest.param(3, 11, Severity.WARNING, "targets.yaml:3:11: 警告：“很多”中没有可读的数字",
                 "targets.yaml:3:11: warning: no number to read in '很多'", id="warning-says-so"),
])
def test_rendered_as_path_line_col_message(line: int | None, col: int | None, severity: Severity, zh: str,
                                           en: str) -> None:
    problem = Diagnostic(path="targets.yaml", line=line, col=col, severity=severity, **NO_NUMBER)
    assert (problem.render("zh"), problem.render("en")) == (zh, en)


def test_a_rendered_diagnostic_is_one_line_safe_for_a_terminal() -> None:
    shown = Diagnostic(path="seeds/a\x1b]0;pwned\x07\n.txt", code="file.empty").render()
    assert "\x1b" not in shown and "\n" not in shown and "pwned" not in shown
    assert shown.endswith(": the file is empty")


def test_a_long_value_is_cut_in_the_message() -> None:
    assert bounded({"text": "1" * (PARAM_LIMIT + 5), "short": "3项"}) == {"text": "1" * PARAM_LIMIT + "…",
                                                                            "short": "3项"}
    problem = Diagnostic(path="targets.yaml", code="quantity.no_number", params={"text": "很" * 5000})
    assert len(problem.message()) < PARAM_LIMIT + 40


@pytest.mark.parametrize(("row", "ref", "path", "ident"), [
    pytest.param(3, None, "review_decision #3", 3, id="by-row-id"),
    pytest.param(3, "seeds/a.txt:120", "review_decision #3 seeds/a.txt:120", 3, id="id-and-reference"),
    pytest.param(None, "seeds/a.txt:120", "review_decision seeds/a.txt:120", None, id="reference-only"),
    pytest.param("3", None, "review_decision", None, id="an-id-that-is-no-number-is-not-shown"),
    pytest.param(3, "seeds/\x1b[2Ja.txt:1", "review_decision #3 seeds/\\u001b[2Ja.txt:1", 3, id="reference-quoted"),
])
def test_a_row_problem_names_the_table_the_row_and_the_reference(row: object, ref: str | None, path: str,
                                                                 ident: int | None) -> None:
    problem = RowProblem.of("review_decision", row, "yk22-contracts", "quantity.no_number", {"text": "很多"}, ref)
    assert (problem.path, problem.table, problem.row) == (path, "review_decision", ident)


@pytest.mark.parametrize(("target", "shown"), [
    pytest.param("yk22-contracts", "yk22-contracts", id="as-stored"),
    pytest.param("yk22\x00\n", "yk22\\u0000\\u000a", id="control-characters-escaped"),
    pytest.param(None, "?", id="no-target"),
    pytest.param(22, "22", id="not-text"),
])
def test_a_row_problem_quotes_the_target(target: object, shown: str) -> None:
    assert RowProblem.of("lag_note", 1, target, "file.empty", {}).target == shown


def test_a_row_problem_quotes_every_value_and_says_the_row_was_skipped() -> None:
    problem = RowProblem.of("review_decision", 7, "yk22-contracts", "quantity.no_number", {"text": "很多\x07" + "多" * 90})
    assert problem.params["text"] == "很多\\u0007" + "多" * 57 + "…"
    assert problem.message("zh").startswith("已跳过指标 yk22-contracts 的这条记录：“很多\\u0007")
    assert problem.message("en").startswith("skipped this row of target yk22-contracts: no number to read in")
    assert problem.render("en").startswith("review_decision #7: skipped this row")


@pytest.mark.parametrize(("severities", "errors"), [
    pytest.param([], False, id="none"),
    pytest.param([Severity.WARNING, Severity.WARNING], False, id="warnings-only"),
    pytest.param([Severity.WARNING, Severity.ERROR], True, id="one-error"),
])
def test_has_errors_counts_errors_not_warnings(severities: list[Severity], errors: bool) -> None:
    diagnostics = (Diagnostic(path="a.yaml", code="file.empty", severity=s) for s in severities)  # a generator is fine
    assert has_errors(diagnostics) is errors


def test_a_skipped_row_is_an_error_of_its_own() -> None:
    # the command line decides it does not fail a run (cli.common.exit_status); as a value it is an error
    assert has_errors([RowProblem.of("lag_note", 1, "t", "file.empty", {})])


def test_a_users_error_says_its_message_in_either_language_with_its_cause() -> None:
    cause = TrackerUserError("quantity.no_number", text="很多")
    error = TrackerUserError("review.bad_value", cause, value="很多")
    assert str(error) == error.message() == "cannot read the value '很多': no number to read in '很多'"
    assert error.message("zh") == "无法读取数值“很多”：“很多”中没有可读的数字"
    assert (error.code, error.cause, error.params) == ("review.bad_value", cause, {"value": "很多"})


def test_a_users_error_is_one_line_safe_for_a_terminal_with_long_values_cut() -> None:
    error = TrackerUserError("cli.database_url", reason="\x1b[31mred\nnext" + "x" * 1000)
    shown = error.message("en")
    assert "\x1b" not in shown and "\n" not in shown and shown.endswith("x…")
    assert len(shown) < PARAM_LIMIT + 40

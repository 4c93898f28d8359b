"""Where the database is and how long to wait for it: the environment variables read, and what each value means."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config.settings import (
    DATABASE_URL_ENV,
    STATEMENT_ENV,
    WAIT_ENV,
    Timeouts,
    database_timeouts,
    database_url,
)
from tracker.errors import TrackerUserError

SHARED = "postgresql+psycopg://tracker@db.example/plans"


def test_the_variables_read() -> None:
    assert (DATABASE_URL_ENV, WAIT_ENV, STATEMENT_ENV) == (
        "TRACKER_DATABASE_URL", "TRACKER_DB_TIMEOUT", "TRACKER_DB_STATEMENT_TIMEOUT")


@pytest.mark.parametrize(("path", "environ", "expected"), [
    pytest.param(None, {}, "sqlite:///{cwd}/.tracker/tracker.sqlite3", id="default-file-under-the-working-folder"),
    pytest.param(Path("data/t.db"), {}, "sqlite:///{cwd}/data/t.db", id="relative-path-made-absolute"),
    pytest.param(None, {DATABASE_URL_ENV: SHARED}, SHARED, id="the-environment-wins"),
    pytest.param(Path("data/t.db"), {DATABASE_URL_ENV: SHARED}, SHARED, id="over-a-path-too"),
    pytest.param(None, {DATABASE_URL_ENV: f"  {SHARED}\n"}, SHARED, id="blanks-around-the-url-dropped"),
    pytest.param(None, {DATABASE_URL_ENV: "   "}, "sqlite:///{cwd}/.tracker/tracker.sqlite3", id="blank-url-unset"),
])
def test_database_url(path: Path | None, environ: dict[str, str], expected: str, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert database_url(path, environ) == expected.format(cwd=tmp_path.resolve())


def test_without_an_environment_given_the_processs_own_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, SHARED)
    monkeypatch.setenv(WAIT_ENV, "2")
    assert (database_url(), database_timeouts()) == (SHARED, Timeouts(2.0, 300.0))


@pytest.mark.parametrize(("environ", "expected"), [
    pytest.param({}, Timeouts(10.0, 300.0), id="defaults"),
    pytest.param({WAIT_ENV: "1.5"}, Timeouts(1.5, 300.0), id="wait-only"),
    pytest.param({STATEMENT_ENV: "60"}, Timeouts(10.0, 60.0), id="statement-only"),
    pytest.param({WAIT_ENV: " 3 ", STATEMENT_ENV: "0.25"}, Timeouts(3.0, 0.25), id="both-blanks-dropped"),
    pytest.param({WAIT_ENV: "", STATEMENT_ENV: "  "}, Timeouts(10.0, 300.0), id="blank-is-unset"),
])
def test_database_timeouts(environ: dict[str, str], expected: Timeouts) -> None:
    assert database_timeouts(environ) == expected


@pytest.mark.parametrize("written", [
    pytest.param("soon", id="words"),
    pytest.param("十秒", id="chinese-words"),
    pytest.param("0", id="zero"),  # no wait at all is no timeout a database can use
    pytest.param("-3", id="negative"),
    pytest.param("nan", id="not-a-number"),
    pytest.param("inf", id="infinite"),
    pytest.param("1e999", id="overflows-to-infinite"),
])
@pytest.mark.parametrize("name", [WAIT_ENV, STATEMENT_ENV])
def test_a_wait_that_is_no_positive_number_of_seconds_is_refused_naming_the_variable(name: str, written: str) -> None:
    with pytest.raises(TrackerUserError) as caught:
        database_timeouts({name: written})
    assert (caught.value.code, caught.value.params) == ("cli.bad_timeout", {"name": name, "value": written})
    assert name in caught.value.message("zh") and written in caught.value.message("en")

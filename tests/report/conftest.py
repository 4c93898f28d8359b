"""The seeds' yk22 plan reported for 2022Q2, and what `tracker status --json` says for the same day; the same plan
a quarter later (its figures then a quarter old), the wh25 plan in a quarter no document covers, and both plans in
one report."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import isolate, make_project
from tracker.cli import main
from tracker.config.settings import database_url
from tracker.report import content
from tracker.report.quarter import Quarter
from tracker.workspace import Workspace

QUARTER = Quarter(2022, 2)
WRITTEN = date(2022, 7, 6)
"""The 成文日期 the fixtures' reports carry (the seeds' summary was signed that day)."""

Build = Callable[..., content.QuarterReport]


@pytest.fixture
def workspace(project: Path) -> Workspace:
    return Workspace(targets=Path("targets.yaml"), docs=Path("seeds"), url=database_url(None))


def build_report(workspace: Workspace, quarter: Quarter, *plans: str, lang: str = "zh") -> content.QuarterReport:
    """A report of some plans for a quarter, as of its last day, in a language, from a working folder."""
    targets_file, _ = workspace.load_targets()
    status, _ = workspace.status(targets_file, quarter.end, plans[0] if len(plans) == 1 else None)
    return content.build(status, [targets_file.plan(p) for p in plans], workspace.notes()[0], quarter, {},
                         lang, WRITTEN)


@pytest.fixture
def build(workspace: Workspace) -> Build:
    """A report of some plans for a quarter, as of its last day, in a language."""

    def built(quarter: Quarter, *plans: str, lang: str = "zh") -> content.QuarterReport:
        return build_report(workspace, quarter, *plans, lang=lang)

    return built


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """A report of the bundled data, built once a worker, each in a fresh working folder of its own, as `build`
    builds it in the test's folder. A report is a value (named tuples all the way down) that no test changes,
    and building one (ingest, status, content) took 0.1-0.15 s of CPU for each of about 50 tests; the tests
    that change a folder's data build their reports there with `build`."""
    made: dict[tuple, content.QuarterReport] = {}

    def built(quarter: Quarter, *plans: str) -> content.QuarterReport:
        if (quarter, plans) not in made:
            with pytest.MonkeyPatch.context() as patch:
                isolate(patch)
                make_project(tmp_path_factory.mktemp("report"), patch)
                made[quarter, plans] = build_report(Workspace(targets=Path("targets.yaml"), docs=Path("seeds"),
                                                              url=database_url(None)), quarter, *plans)
        return made[quarter, plans]

    return built


@pytest.fixture
def report(bundled: Build) -> content.QuarterReport:
    return bundled(QUARTER, "yk22")


@pytest.fixture
def later(bundled: Build) -> content.QuarterReport:
    """yk22 in 2022Q3: no document of the quarter, so every figure is the first half's, as of 30 June."""
    return bundled(Quarter(2022, 3), "yk22")


@pytest.fixture
def empty(bundled: Build) -> content.QuarterReport:
    """wh25 in 2025Q1: no document covers 2025 yet."""
    return bundled(Quarter(2025, 1), "wh25")


@pytest.fixture
def both(bundled: Build) -> content.QuarterReport:
    """yk22 and wh25 in one report for 2022Q2: two plans, the second of which nothing is known."""
    return bundled(QUARTER, "yk22", "wh25")


@pytest.fixture
def status_json(project: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    """Each yk22 target as `tracker status --json` gives it for 2022-06-30, by title."""
    capsys.readouterr()
    assert main(["status", "--json", "--plan", "yk22", "--as-of", "2022-06-30"]) == 0
    return {t["title"]: t for t in json.loads(capsys.readouterr().out)["targets"]}

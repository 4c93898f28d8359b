"""The seeds' yk22 plan reported for 2022Q2, and what `tracker status --json` says for the same day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.config.settings import database_url
from tracker.report import content
from tracker.report.quarter import Quarter
from tracker.workspace import Workspace

QUARTER = Quarter(2022, 2)


@pytest.fixture
def workspace(project: Path) -> Workspace:
    return Workspace(targets=Path("targets.yaml"), docs=Path("seeds"), url=database_url(None))


@pytest.fixture
def report(workspace: Workspace) -> content.QuarterReport:
    targets_file, _ = workspace.load_targets()
    status, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    return content.build(status, [targets_file.plan("yk22")], workspace.notes()[0], QUARTER, {}, "zh")


@pytest.fixture
def status_json(project: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    """Each yk22 target as `tracker status --json` gives it for 2022-06-30, by title."""
    capsys.readouterr()
    assert main(["status", "--json", "--plan", "yk22", "--as-of", "2022-06-30"]) == 0
    return {t["title"]: t for t in json.loads(capsys.readouterr().out)["targets"]}

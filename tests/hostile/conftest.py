"""The baseline every document case compares with: status on the bundled data alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.cases import Case, progress_of
from tests.hostile.runner import run_one


def _progress(tmp_path_factory: pytest.TempPathFactory, small: bool) -> dict[str, tuple]:
    outcome = run_one(Case("baseline", lambda folder: None, small=small).run(tmp_path_factory.mktemp("baseline")))
    assert outcome.code == 0, outcome.err
    return progress_of(outcome.out)


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    """Each target's progress from the one document most cases sit beside, with nothing hostile."""
    found = _progress(tmp_path_factory, small=True)
    assert sum(bool(refs) for _, _, refs in found.values()) >= 10  # the comparison is not empty
    return found


def outcomes_of(cases: list[Case], base: Path) -> dict[str, object]:
    """Every case's outcome, run side by side."""
    from tests.hostile.runner import run_all

    return run_all({case.name: case.run(base) for case in cases})


def outcomes_fixture(cases: list[Case], name: str):  # a pytest fixture
    """A module's fixture: every one of its cases run once, side by side, in a folder of their own."""

    @pytest.fixture(scope="module")
    def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
        return outcomes_of(cases, tmp_path_factory.mktemp(name))

    return outcomes


def each(cases: list[Case]) -> pytest.MarkDecorator:
    """A test run once per case, named by the case."""
    return pytest.mark.parametrize("case", cases, ids=lambda c: c.name)

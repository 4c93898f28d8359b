"""The dashboard, target and review screens as pictures, at a fixed size and date (pytest-textual-snapshot).

After a deliberate change of the screens, look at the report pytest writes for a failing
snapshot, then accept the new pictures with `pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.tui.conftest import SIZE, app_on, open_target, settled


def test_dashboard(project: Path, snap_compare) -> None:  # noqa: ANN001 - the plugin's fixture
    assert snap_compare(app_on(project), terminal_size=SIZE, run_before=settled)


def test_target_detail(project: Path, snap_compare) -> None:  # noqa: ANN001
    async def open_contracts(pilot: Pilot) -> None:
        await open_target(pilot, "yk22-contracts")

    assert snap_compare(app_on(project, plan="yk22"), terminal_size=SIZE, run_before=open_contracts)


def test_review_queue(project: Path, snap_compare) -> None:  # noqa: ANN001
    async def open_review(pilot: Pilot) -> None:
        await settled(pilot)
        await pilot.press("r")
        await settled(pilot)

    assert snap_compare(app_on(project, plan="yk22"), terminal_size=SIZE, run_before=open_review)


def test_dashboard_in_english_at_80_columns(project: Path, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(app_on(project, lang="en", plan="yk22"), terminal_size=(80, 30), run_before=settled)


def test_document_at_the_evidence(project: Path, snap_compare) -> None:  # noqa: ANN001
    async def open_document(pilot: Pilot) -> None:
        await open_target(pilot, "yk22-contracts")
        await pilot.press("enter")
        await settled(pilot)
        await pilot.pause(0.2)

    assert snap_compare(app_on(project, plan="yk22"), terminal_size=SIZE, run_before=open_document)

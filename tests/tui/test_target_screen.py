"""The target screen: one row per statement, one bar per value, headings in line, nothing said twice."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlmodel import Session
from textual.widgets import DataTable, Static

from tests.tui.conftest import SIZE, app_on, behaviour, database, open_target, settled
from tracker.model.decision import Action
from tracker.store import repo


async def a_statement_the_document_makes_twice_is_one_row_and_one_bar(pilot) -> list:
    """Rejects the statement: the refs rejected, to be found stored once the app has stopped."""
    app = pilot.app
    await open_target(pilot, "yk22-contracts")
    evidence = [e for e in app.snapshot.report.evidence["yk22-contracts"] if e.review.listed]
    assert len(evidence) == 2 and len({e.ref for e in evidence}) == 2  # said twice in the half-year summary
    table = app.screen.query_one("#evidence", DataTable)
    assert table.row_count == 1 and "出现 2 次" in str(table.get_row_at(0)[2])
    history = str(app.screen.query_one("#history", Static).render())
    assert history.count("2022-06-30") == 1
    await pilot.press("x")  # rejecting the statement rejects both places it is made
    await settled(pilot)
    return evidence


async def a_target_with_no_evidence_says_so_once_and_headings_are_indented(pilot) -> None:
    app = pilot.app
    await open_target(pilot, "yk22-high-tech-firms")
    screen = app.screen
    said = [str(w.render()) for w in screen.query(Static) if w.display]
    assert sum(text.count("尚未在材料中找到相关数据") for text in said) == 1
    assert not screen.query_one("#evidence", DataTable).display
    assert not screen.query_one("#note", Static).display  # a lag note is asked for only when behind
    assert screen.query_one("#evidence-title", Static).styles.padding.left == 1


def test_on_one_plan_a_target_with_no_evidence_then_a_statement_made_twice(project: Path) -> None:
    """One app run walks two behaviours of the target screen, each named if it fails; the one that decides comes
    last."""
    async def run() -> list:
        async with app_on(project, plan="yk22").run_test(size=SIZE) as pilot:
            with behaviour("a target with no evidence says so once and headings are indented"):
                await a_target_with_no_evidence_says_so_once_and_headings_are_indented(pilot)
            await pilot.press("escape")
            await settled(pilot)
            with behaviour("a statement the document makes twice is one row and one bar"):
                return await a_statement_the_document_makes_twice_is_one_row_and_one_bar(pilot)

    evidence = asyncio.run(run())
    with behaviour("a statement the document makes twice is one row and one bar: both places rejected, stored"):
        with Session(database(project)) as session:
            stored, _ = repo.load_decisions(session=session)
        assert {d.ref for d in stored if d.action is Action.REJECT} == {e.ref for e in evidence}


def test_figures_for_after_the_date_on_screen_are_said_and_not_listed(project: Path) -> None:
    async def run() -> None:
        app = app_on(project)  # as of 2022-06-30
        async with app.run_test(size=SIZE) as pilot:
            await open_target(pilot, "wh25-key-projects")
            later = [e for e in app.snapshot.report.evidence["wh25-key-projects"]
                     if e.review.listed and e.as_of.isoformat() > "2022-06-30"]
            assert later  # the 2024 press conference's figures
            table = app.screen.query_one("#evidence", DataTable)
            assert all(str(table.get_row_at(n)[0]) <= "2022-06-30" for n in range(table.row_count))
            title = str(app.screen.query_one("#evidence-title", Static).render())
            assert "晚于 2022-06-30 的数据" in title

    asyncio.run(run())

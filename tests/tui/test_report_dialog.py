"""The quarterly report dialog (`w`): it offers a quarter the plans cover, names the formats in words, fits an
80×24 screen, and its "written" toast goes away quickly."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Select

from tests.tui.conftest import app_on, database_url, settled
from tracker.tui.app import TrackerApp, make_app
from tracker.tui.screens.modals import ReportScreen
from tracker.workspace import Workspace

LATER = date(2026, 12, 5)
"""Years after both bundled plans ended (wh25 in 2025, yk22 in 2022)."""


def app_at(folder: Path, day: date, *, lang: str = "zh", plan: str | None = None) -> TrackerApp:
    workspace = Workspace(targets=Path("targets.yaml"), docs=Path("seeds"), url=database_url(folder))
    return make_app(workspace, day, lang, plan, False)


def screen_lines(app: TrackerApp) -> list[str]:
    """What the terminal shows, line by line."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def until(pilot, condition) -> None:  # the dialog answers from a worker thread
    for _ in range(300):
        await pilot.pause(0.05)
        if condition():
            return
    raise AssertionError("the dialog did not answer")


async def open_dialog(pilot) -> ReportScreen:
    await settled(pilot)
    await pilot.press("w")
    await until(pilot, lambda: isinstance(pilot.app.screen, ReportScreen))
    await pilot.pause()
    return pilot.app.screen


@pytest.mark.parametrize(("day", "plan", "quarter"), [
    (LATER, None, "2025Q4"),  # the latest plan's last quarter, not 2026Q4, which no plan covers
    (LATER, "yk22", "2022Q4"),
    (date(2022, 6, 30), None, "2022Q2"),  # a plan covers the app's day: its quarter
])
def test_the_quarter_offered_is_the_latest_the_plans_cover(project: Path, day: date, plan: str | None,
                                                            quarter: str) -> None:
    async def run() -> None:
        app = app_at(project, day, plan=plan)
        async with app.run_test(size=(120, 40)) as pilot:
            dialog = await open_dialog(pilot)
            assert dialog.query_one("#quarter", Input).value == quarter

    asyncio.run(run())


@pytest.mark.parametrize(("lang", "labels"), [
    ("zh", ["Word（.docx）", "Excel 台账（.xlsx）", "Markdown（.md）", "网页（.html）"]),
    ("en", ["Word (.docx)", "Excel ledger (.xlsx)", "Markdown (.md)", "Web page (.html)"]),
])
def test_formats_are_named_in_words(project: Path, lang: str, labels: list[str]) -> None:
    async def run() -> None:
        app = app_on(project, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            dialog = await open_dialog(pilot)
            select = dialog.query_one("#format", Select)
            assert [str(prompt) for prompt, _ in select._options] == labels
            assert select.value == "docx", "the value passed on stays the format's code"
            shown = "\n".join(screen_lines(app))
            assert labels[0] in shown and "▼" in shown

    asyncio.run(run())


def test_at_80_by_24_the_default_is_written_and_the_toast_is_short_lived(project: Path) -> None:
    async def run() -> None:
        app = app_at(project, LATER, plan="yk22")
        said: list[tuple[str, float | None]] = []
        notify = app.notify

        def recorded(message: str, **options: object) -> None:
            said.append((message, options.get("timeout")))
            notify(message, **options)

        app.notify = recorded
        async with app.run_test(size=(80, 24)) as pilot:
            dialog = await open_dialog(pilot)
            shown = screen_lines(app)
            assert any("保存" in line and "取消" in line for line in shown), "the buttons fit on the screen"
            dialog.save()
            await until(pilot, lambda: not isinstance(app.screen, ReportScreen))
            assert (project / "reports" / "yk22-2022Q4.docx").read_bytes()[:2] == b"PK", "not refused"
            message, timeout = said[-1]
            assert message == "已生成报告：reports/yk22-2022Q4.docx"
            assert timeout is not None and timeout <= 4, "gone within four seconds, not ten"

    asyncio.run(run())

"""The keys people already know, and the date the app opens at."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from rich.cells import cell_len
from textual.app import App
from textual.command import CommandPalette
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.tui.conftest import SIZE, app_on, behaviour, settled
from tests.tui.test_draft_review import open_draft_review
from tracker.progress.status import Status


def test_with_no_date_given_the_app_opens_where_the_documents_reach(project: Path) -> None:
    """`tracker` on the bundled data: the newest counted figure is of 2022-06-30, so that is the date, said
    so under the title, and yk22's figures show instead of a wall of red at today's date; t goes to today."""
    async def run() -> None:
        app = app_on(project, as_of=None)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            assert app.as_of == date(2022, 6, 30) and app.snapshot.report.dated == "data"
            assert "数据截至 2022-06-30" in app.sub_title
            contracts = next(p for p in app.snapshot.report.progress if p.target.id == "yk22-contracts")
            assert contracts.status is Status.BEHIND and contracts.actual is not None
            await pilot.press("t")
            await settled(pilot)
            assert app.as_of == date.today() and app.snapshot.report.dated == "given"
            assert "数据截至" not in app.sub_title and f"今天 {date.today().isoformat()}" in app.sub_title
            await pilot.press("t")
            await settled(pilot)
            assert app.as_of == date(2022, 6, 30)
            await pilot.press("L")
            assert "as of 2022-06-30, the documents' newest date" in app.sub_title and "数据截至" not in app.sub_title

    asyncio.run(run())


def test_milestones_nobody_recorded_are_not_red_at_today(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, as_of=date.today())
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            unrecorded = [p for p in app.snapshot.report.progress
                          if p.target.kind.value == "milestone" and p.target.status is None]
            assert unrecorded and all(p.status is Status.NO_DATA for p in unrecorded)

    asyncio.run(run())


def test_ctrl_c_quits_then_a_start_with_the_file_watched_does_not_claim_an_edit_outside(project: Path) -> None:
    """The first app run, which keeps a snapshot for the second, also checks that ctrl+c quits."""
    async def run() -> None:
        async with app_on(project, plan="yk22").run_test(size=SIZE) as pilot:
            await settled(pilot)  # a snapshot is kept: the next start shows it and computes afresh a second later
            with behaviour("ctrl+c quits"):
                await pilot.press("ctrl+c")
                await pilot.pause()
                assert not pilot.app.is_running
        app = app_on(project, plan="yk22", watch=True)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause(1.5)  # past the watcher's first look
            with behaviour("a start with the file watched does not claim an edit outside"):
                assert not [n for n in app._notifications if "外部" in n.message or "targets.yaml" in n.message]

    asyncio.run(run())


def assert_footer_fits(app: App, width: int) -> None:
    """The screen's footer names ? and q, and every key it shows is whole inside the width: the key, a space, its
    words."""
    keys = list(app.screen.query_one(Footer).query(FooterKey))
    where = f"{type(app.screen).__name__} at width {width}"
    assert {"quit", "help"} <= {k.action for k in keys}, where
    assert all(k.region.right <= width for k in keys), where
    palette = [k for k in keys if k.has_class("-command-palette")]  # docked at the right, over the others
    edge = min((k.region.x for k in palette), default=width)
    assert all(k.region.right <= edge for k in keys if k not in palette), (where, "under the palette's key")
    for k in keys:
        assert k.region.width >= cell_len(f"{k.key_display} {k.description}"), (where, k.description)


def test_every_screens_footer_fits_and_names_help_and_quit_in_english(project: Path) -> None:
    """In Chinese, tests/tui/test_snapshots.py checks every screen's footer at the three sizes as it takes its
    pictures."""
    async def run() -> None:
        app = app_on(project, plan="yk22", lang="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await settled(pilot)
            app.screen._move_to("yk22-contracts")
            for opening in ((), ("enter",), ("enter",), ("escape", "escape", "r"), ("escape", "d"), ("draft",)):
                if opening == ("draft",):  # the review of a plan drafted from the documents screen
                    await open_draft_review(pilot)
                else:
                    await pilot.press(*opening)
                await settled(pilot)
                for width, height in ((80, 24), (120, 40), (200, 50)):
                    await pilot.resize_terminal(width, height)
                    await pilot.pause()
                    assert_footer_fits(app, width)
                await pilot.resize_terminal(80, 24)

    asyncio.run(run())


def test_with_one_plan_the_date_is_that_plans_documents(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, as_of=None, plan="wh25")
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            assert app.as_of == date.today() and app.snapshot.report.dated == "today"
            assert "材料中尚无可用数据" in app.sub_title

    asyncio.run(run())


async def tab_moves_from_the_table_to_the_search_box(pilot) -> None:
    app = pilot.app
    await settled(pilot)
    assert app.focused.id == "targets"
    await pilot.press("tab")
    assert app.focused.id in ("search", "filter-plan")


async def ctrl_p_opens_the_command_palette_in_chinese_on_every_screen(pilot) -> None:
    app = pilot.app
    await settled(pilot)
    # dashboard, target, review, documents, and the review of a plan drafted from the documents screen
    for opening in ((), ("enter",), ("escape", "r"), ("escape", "d"), ("draft",)):
        if opening == ("draft",):
            await open_draft_review(pilot)
        else:
            await pilot.press(*opening)
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert CommandPalette.is_open(app)
        palette = app.screen
        assert palette.query_one("CommandInput").placeholder.startswith("输入要执行的操作")
        await pilot.press("escape")
        await pilot.pause()
        assert not CommandPalette.is_open(app)
    listed = [c.title for c in app.get_system_commands(app.screen)]
    titles = set(listed)
    assert {"退出", "帮助"} <= titles and len(listed) == len(titles)  # each action once
    assert not titles & {"Theme", "Quit", "Keys", "Screenshot", "Maximize"}  # Textual's, in English only


def test_on_one_plan_tab_moves_to_the_search_box_then_ctrl_p_opens_the_palette_on_every_screen(project: Path) -> None:
    """One app run walks two behaviours, each named if it fails: tab from the dashboard as opened, then the palette."""

    async def run() -> None:
        async with app_on(project, plan="yk22").run_test(size=SIZE) as pilot:
            with behaviour("tab moves from the table to the search box"):
                await tab_moves_from_the_table_to_the_search_box(pilot)
            pilot.app.set_focus(pilot.app.screen.query_one("#targets"))  # the table's, as the dashboard opens
            await pilot.pause()
            with behaviour("ctrl+p opens the command palette in Chinese on every screen"):
                await ctrl_p_opens_the_command_palette_in_chinese_on_every_screen(pilot)

    asyncio.run(run())

"""The dashboard's layout and order: titles win the width, ids on request, sections as one group, keys that fit."""

from __future__ import annotations

import asyncio
import shutil
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Footer, Select
from textual.widgets._footer import FooterKey

from tests.tui.conftest import app_on, behaviour, settled
from tracker.tui.widgets.table import RowTable
from tracker.tui.widgets.target_table import MIN_TITLE, grouped, heading, layout, plan_order

SIZES = ((80, 24), (120, 40), (200, 50))


@pytest.mark.parametrize("width", [80, 100, 120, 159, 160, 200])
@pytest.mark.parametrize("ids", [False, True])
def test_titles_win_the_width(width: int, ids: bool) -> None:
    columns = layout(width, ids)
    assert columns["title"] >= MIN_TITLE >= 16  # 8 Chinese characters at the very least
    assert ("id" in columns) is ids
    assert sum(columns.values()) + 2 * (len(columns) + 1) <= width  # cell padding and the scrollbar
    if not ids:
        assert columns["title"] == max(columns.values())  # the widest column of all


@pytest.mark.parametrize("ids", [False, True])
def test_the_gap_the_deadline_and_the_owner_come_with_width(ids: bool) -> None:
    assert not {"gap", "deadline"} & set(layout(80, ids)) and "owner" not in layout(120, ids)
    assert "deadline" in layout(110, ids) and {"gap", "deadline", "owner"} <= set(layout(200, ids))
    assert sum(layout(110, ids).values()) + 2 * (len(layout(110, ids)) + 1) <= 110


@pytest.mark.parametrize("size", SIZES)
def test_at_each_size_titles_show_and_every_footer_key_fits(project: Path, size: tuple[int, int]) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=size) as pilot:
            await settled(pilot)
            table = app.screen.query_one("#targets", RowTable)
            for ids in (False, True):
                widths = {c.key: c.width for c in table.columns}
                assert widths["title"] >= 16 and ("id" in widths) is ids
                assert str(table.get_row("yk22-contracts")[list(widths).index("title")]) == "技术合同成交额"
                await pilot.press("i")
            keys = list(app.screen.query_one(Footer).query(FooterKey))
            assert {"quit", "help"} <= {k.action for k in keys}
            assert all(k.region.right <= size[0] for k in keys)  # none cut off at the right edge
            assert table.size.height - 1 >= size[1] - 12  # the rows get the height: at 80x24, 12 and more
            assert app.screen.query_one("#filters").size.height == 1  # one line of filters; 责任单位 never wraps
            app.screen.query_one("#filter-owner", Select).value = "成果转化科"  # a unit wider than its box at 80
            await settled(pilot)
            assert app.screen.query_one("#filters").size.height == 1  # cut with …, never wrapped onto a second line

    asyncio.run(run())


def test_plans_under_way_come_before_plans_not_begun(project: Path) -> None:
    async def run() -> None:
        app = app_on(project)  # as of 2022-06-30: yk22 under way, wh25 (2025) not begun
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            assert [p.id for p in app.snapshot.targets_file.plans] == ["wh25", "yk22"]  # the file's order
            assert plan_order(app.snapshot.report.progress) == {"yk22": 0, "wh25": 1}
            keys = [row.key for row in app.screen.query_one("#targets", RowTable).rows]
            assert keys[0].startswith("§yk22") and str(app.screen.query_one("#summary").render()).startswith("yk22")

    asyncio.run(run())


def test_one_summary_line_per_plan_and_unsectioned_targets_grouped_once(project: Path) -> None:
    from tests.cli.test_progress import _plan_with_sections

    (project / "targets.yaml").unlink()
    shutil.rmtree(project / "seeds")
    _plan_with_sections(project)  # aa: no sections at all; bb: a section and a target without one

    async def run() -> None:
        app = app_on(project, as_of=date(2024, 6, 30))
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            summary = str(app.screen.query_one("#summary").render()).splitlines()
            assert [line.split()[0] for line in summary] == ["aa", "bb"]
            headings = [row.key for row in app.screen.query_one("#targets", RowTable).rows if row.key.startswith("§")]
            assert headings == ["§aa/None", "§bb/一、主体", "§bb/None"]
            rows = app.screen.query_one("#targets", RowTable).rows
            assert str(rows[0].cells[0]) == "aa · 工作要点aa"  # a plan with no sections is headed by its title
            assert str(rows[-2].cells[0]) == "bb · 未分章节"

    asyncio.run(run())


def test_documents_whose_kind_or_period_is_a_guess_are_named_on_the_dashboard(project: Path) -> None:
    from tests.cli.test_progress_documents import UNSETTLED

    (project / "seeds" / "weihai-note.txt").write_text(UNSETTLED, encoding="utf-8")

    async def run() -> None:
        app = app_on(project, as_of=date(2025, 6, 30))
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            assert "1 份文件的类型、地区或期间未能确定" in str(app.screen.query_one("#summary").render())

    asyncio.run(run())


def test_a_narrow_heading_keeps_its_sort_mark_whole() -> None:
    assert heading("完成率", 6, " ▲") == "完成 ▲"  # 6 cells: the label gives way, not the mark
    assert heading("完成率", 15, " ▼") == "完成率 ▼" and heading("完成率", 6, "") == "完成率"


async def a_section_the_file_takes_up_again_is_one_group(pilot) -> None:
    app = pilot.app
    await settled(pilot)
    items = app.snapshot.report.progress
    interleaved = [items[-1], *items[:-1]]  # the last target's section now opens the file as well
    sections = [p.target.section for p in grouped(interleaved, plan_order(interleaved))]
    runs = [s for n, s in enumerate(sections) if n == 0 or sections[n - 1] != s]
    assert len(runs) == len(set(runs))  # every section heads one run of rows, never two


async def the_cursor_passes_over_section_headings(pilot) -> None:
    app = pilot.app
    await settled(pilot)
    table = app.screen.query_one("#targets", RowTable)
    seen = set()
    for _ in range(40):
        assert not table.is_heading(table.cursor_row)
        seen.add(table.cursor_key)
        await pilot.press("down")
    await pilot.press("home")
    assert not table.is_heading(table.cursor_row) and table.scroll_y == 0
    assert len(seen) > 30


async def a_resize_ids_or_language_switch_keeps_the_cursor_on_its_target(pilot) -> None:
    app = pilot.app
    await settled(pilot)
    app.screen._move_to("yk22-innovation-platforms")
    for change in (lambda: pilot.resize_terminal(80, 24), lambda: pilot.press("i"),
                   lambda: pilot.press("L"), lambda: pilot.resize_terminal(200, 50)):
        await change()
        await pilot.pause()
        assert app.screen.current().target.id == "yk22-innovation-platforms"


def test_on_one_plan_sections_the_cursor_over_headings_and_a_resize_ids_or_language_switch(project: Path) -> None:
    """One app run walks three behaviours, each named if it fails; the one that resizes and switches comes last."""

    async def run() -> None:
        async with app_on(project, plan="yk22").run_test(size=(120, 40)) as pilot:
            with behaviour("a section the file takes up again is one group"):
                await a_section_the_file_takes_up_again_is_one_group(pilot)
            with behaviour("the cursor passes over section headings"):
                await the_cursor_passes_over_section_headings(pilot)
            with behaviour("a resize, ids or a language switch keeps the cursor on its target"):
                await a_resize_ids_or_language_switch_keeps_the_cursor_on_its_target(pilot)

    asyncio.run(run())

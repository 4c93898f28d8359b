"""The row table: only visible rows drawn, cursor kept on screen, clicks and Enter reported, cells cut with an ellipsis."""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual.app import App, ComposeResult

from tracker.tui.widgets.table import Column, Row, RowTable

COLUMNS = [Column("id", "标识", 6), Column("title", "标题", 10)]


def rows(count: int) -> list[Row]:
    return [Row(f"r{n}", (Text(f"r{n}"), Text(f"第{n}项目标任务名称很长"))) for n in range(count)]


class TableApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.selected: list[str] = []
        self.headers: list[str] = []

    def compose(self) -> ComposeResult:
        yield RowTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(RowTable)
        table.set_columns(COLUMNS)
        table.set_rows(rows(10_000))
        table.focus()

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        self.selected.append(event.key)

    def on_row_table_header_selected(self, event: RowTable.HeaderSelected) -> None:
        self.headers.append(event.column)


def test_lines_are_the_header_then_the_rows_from_the_scroll_position_cut_with_an_ellipsis() -> None:
    async def run() -> None:
        app = TableApp()
        async with app.run_test(size=(40, 10)) as pilot:
            table = app.query_one(RowTable)
            assert table.render_line(0).text.startswith(" 标识    标题 ")
            line = table.render_line(1).text
            assert line.startswith(" r0      第0项目标… ")  # ten cells: 9 of text (wide characters count 2) and …
            assert table.render_line(1).cell_length == table.size.width
            table.scroll_to(y=500, animate=False, immediate=True)
            await pilot.pause()
            assert table.render_line(1).text.startswith(" r500 ")
            assert table.render_line(0).text.startswith(" 标识")  # the header stays

    asyncio.run(run())


def test_the_cursor_stays_on_screen_and_enter_reports_its_row() -> None:
    async def run() -> None:
        app = TableApp()
        async with app.run_test(size=(40, 10)) as pilot:
            table = app.query_one(RowTable)
            for _ in range(12):
                await pilot.press("down")
            assert table.cursor_key == "r12"
            shown = [table.render_line(y).text.split()[0] for y in range(1, table.size.height)]
            assert "r12" in shown
            await pilot.press("end")
            assert table.cursor_key == "r9999"
            await pilot.press("down", "enter")
            assert table.cursor_key == "r9999" and app.selected == ["r9999"]
            await pilot.press("home", "up")
            assert table.cursor_key == "r0"

    asyncio.run(run())


def test_refilling_keeps_the_cursor_on_the_same_row_when_it_is_still_there() -> None:
    async def run() -> None:
        app = TableApp()
        async with app.run_test(size=(40, 10)):
            table = app.query_one(RowTable)
            assert table.move_to("r7")
            table.set_rows([r for r in rows(100) if r.key.endswith("7")], cursor_key="r7")
            assert table.cursor_key == "r7" and table.row_count == 10 and table.index_of("r17") == 1
            table.set_rows(rows(3), cursor_key="r7")
            assert table.cursor_key == "r0"
            assert not table.move_to("r50") and table.cursor_key == "r0"
            table.set_rows([])
            assert table.cursor_key is None and table.render_line(1).text.strip() == ""

    asyncio.run(run())


def test_clicks_on_a_heading_and_on_the_cursor_row() -> None:
    async def run() -> None:
        app = TableApp()
        async with app.run_test(size=(40, 10)) as pilot:
            await pilot.click(RowTable, offset=(10, 0))
            assert app.headers == ["title"]
            await pilot.click(RowTable, offset=(2, 3))
            assert app.query_one(RowTable).cursor_key == "r2" and app.selected == []
            await pilot.click(RowTable, offset=(2, 3))
            assert app.selected == ["r2"]

    asyncio.run(run())

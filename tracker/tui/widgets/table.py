"""A table that renders only the rows on screen: refilling it with thousands of rows costs a list assignment.

Textual's DataTable measures every cell of every new row and lays all rows out
again after `clear()`; at a thousand targets a search keystroke then took
hundreds of milliseconds to reach the screen. This table has fixed column
widths (the dashboard chooses them from the terminal's width), one line per
row, and a header that stays put, so a line is drawn from its row alone,
when it scrolls into view (Textual's Line API).
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

PADDING = 1
"""Blank cells on each side of a cell."""


class Column(NamedTuple):
    key: str
    label: str
    width: int
    """Cells of content; longer content ends in an ellipsis."""


class Row(NamedTuple):
    key: str
    cells: tuple[Text, ...]
    """One per column; a single cell spans the whole line (a heading between rows)."""


class RowTable(ScrollView, can_focus=True):
    """Rows of fixed-width cells under a fixed header, with a row cursor."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"rowtable--header", "rowtable--cursor", "rowtable--even-row"}
    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        color: $foreground;
        & > .rowtable--header { background: $panel; color: $foreground; text-style: bold; }
        & > .rowtable--even-row { background: $surface-darken-1 40%; }
        & > .rowtable--cursor { background: $block-cursor-blurred-background; }
        &:focus > .rowtable--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", show=False),
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True, repaint=False)

    class RowSelected(Message):
        """Enter, or a click on the row under the cursor."""

        def __init__(self, table: RowTable, key: str) -> None:
            super().__init__()
            self.table, self.key = table, key

    class HeaderSelected(Message):
        """A click on a column's heading."""

        def __init__(self, table: RowTable, column: str) -> None:
            super().__init__()
            self.table, self.column = table, column

    def __init__(self, *, id: str | None = None) -> None:  # Textual's name for it
        super().__init__(id=id)
        self.columns: list[Column] = []
        self.rows: list[Row] = []
        self._index: dict[str, int] = {}
        self._strips: dict[tuple[str, str], tuple[tuple[Text, ...], Strip]] = {}
        """Drawn lines by row key and kind, with the cells they were drawn from: a row that comes back
        after a search keystroke with the same cells is not drawn again."""
        self._styles: dict[str, Style] = {}

    # ── contents ──────────────────────────────────────────────────────────
    def set_columns(self, columns: list[Column]) -> None:
        """New columns; the rows are emptied (their cells belong to the old columns), the cursor's row kept for
        the next `set_rows` (a resize or a new column never moves the person's place)."""
        kept = self.cursor_key
        self.columns = list(columns)
        self._strips.clear()
        self.set_rows([])
        self._kept = kept

    _kept: str | None = None

    def set_rows(self, rows: list[Row], cursor_key: str | None = None) -> None:
        """Show these rows, the cursor on `cursor_key` (or the row it was on before new columns) if it is among
        them, else on the first row."""
        cursor_key, self._kept = cursor_key if cursor_key is not None else self._kept, None
        self.rows = rows
        self._index = {row.key: number for number, row in enumerate(rows)}
        width = sum(column.width + 2 * PADDING for column in self.columns)
        self.virtual_size = Size(width, len(rows) + 1)
        self.cursor_row = self._landing(self._index.get(cursor_key, 0) if cursor_key is not None else 0, 1)
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def cursor_key(self) -> str | None:
        """The key of the row under the cursor, None when the table is empty."""
        return self.rows[self.cursor_row].key if 0 <= self.cursor_row < len(self.rows) else None

    def index_of(self, key: str) -> int | None:
        return self._index.get(key)

    def get_row(self, key: str) -> tuple[Text, ...]:
        """The cells of a row by its key (KeyError when it is not shown)."""
        return self.rows[self._index[key]].cells

    def move_to(self, key: str) -> bool:
        """Put the cursor on a row; False when the row is not shown."""
        index = self._index.get(key)
        if index is None:
            return False
        self.cursor_row = index
        return True

    # ── cursor ────────────────────────────────────────────────────────────
    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self.rows) - 1))

    def watch_cursor_row(self) -> None:
        self._scroll_to_cursor()
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        visible = max(self.scrollable_content_region.height - 1, 1)  # rows under the header, above any scrollbar
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)

    def is_heading(self, index: int) -> bool:
        """A row of one cell spanning the line: a heading the cursor passes over."""
        return len(self.rows[index].cells) == 1 and len(self.columns) > 1

    def _landing(self, index: int, step: int) -> int:
        """The row the cursor lands on going to `index` in direction `step`: headings are passed over (the
        other way at the end of the table); `index` itself when every row is a heading."""
        index = max(0, min(index, len(self.rows) - 1))
        for direction in (step, -step):
            found = index
            while 0 <= found < len(self.rows) and self.is_heading(found):
                found += direction
            if 0 <= found < len(self.rows):
                return found
        return index

    def _go(self, index: int, step: int) -> None:
        self.cursor_row = self._landing(index, step)

    def action_cursor_up(self) -> None:
        self._go(self.cursor_row - 1, -1)

    def action_cursor_down(self) -> None:
        self._go(self.cursor_row + 1, 1)

    def action_page_up(self) -> None:
        self._go(self.cursor_row - max(self.scrollable_content_region.height - 2, 1), -1)

    def action_page_down(self) -> None:
        self._go(self.cursor_row + max(self.scrollable_content_region.height - 2, 1), 1)

    def action_first(self) -> None:
        self._go(0, 1)
        self.scroll_to(y=0, animate=False, immediate=True)  # the heading above the first row shows too

    def action_last(self) -> None:
        self._go(len(self.rows) - 1, -1)

    def action_select_cursor(self) -> None:
        if self.cursor_key is not None:
            self.post_message(self.RowSelected(self, self.cursor_key))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            column = self._column_at(offset.x + round(self.scroll_x))
            if column is not None:
                self.post_message(self.HeaderSelected(self, column))
            return
        index = round(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self.rows) and not self.is_heading(index):
            if index == self.cursor_row:
                self.action_select_cursor()
            self.cursor_row = index

    def _column_at(self, x: int) -> str | None:
        right = 0
        for column in self.columns:
            right += column.width + 2 * PADDING
            if x < right:
                return column.key
        return None

    # ── drawing ───────────────────────────────────────────────────────────
    def on_focus(self) -> None:
        self._restyle()

    def on_blur(self) -> None:
        self._restyle()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._styles.clear()

    def _restyle(self) -> None:
        self._strips.clear()
        self._styles.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = round(self.scroll_x), round(self.scroll_y)
        width, blank = self.size.width, self._style("odd")
        if y == 0:
            strip = self._strip(-1, "header")
        else:
            index = scroll_y + y - 1
            if index >= len(self.rows):
                return Strip.blank(width, blank)
            strip = self._strip(index, "cursor" if index == self.cursor_row else "even" if index % 2 else "odd")
        return strip.crop_extend(scroll_x, scroll_x + width, blank)

    def _strip(self, index: int, kind: str) -> Strip:
        if index < 0:
            key, cells = "", tuple(Text(c.label) for c in self.columns)
        else:
            key, cells = self.rows[index].key, self.rows[index].cells
        drawn = self._strips.get((key, kind))
        if drawn is None or drawn[0] is not cells and index >= 0:
            drawn = self._strips[(key, kind)] = (cells, self._draw(cells, self._style(kind)))
        return drawn[1]

    def _style(self, kind: str) -> Style:
        """The line style of a kind of row, worked out once per theme and focus."""
        style = self._styles.get(kind)
        if style is None:
            base = self.rich_style
            style = self._styles[kind] = base if kind == "odd" else base + self.get_component_rich_style(
                f"rowtable--{'even-row' if kind == 'even' else kind}")
        return style

    def _draw(self, cells: tuple[Text, ...], style: Style) -> Strip:
        """One line; each cell's segments carry its column, so they are never merged with the next
        cell's (a screenshot places each at its column)."""
        segments: list[Segment] = []
        pad = " " * PADDING
        total = sum(column.width + 2 * PADDING for column in self.columns)
        if len(cells) == 1 and len(self.columns) > 1:  # a heading row: its one cell spans the line
            columns = [Column(self.columns[0].key, "", total - 2 * PADDING)]
        else:
            columns = self.columns
        for number, (column, value) in enumerate(zip(columns, cells, strict=False)):
            text = value.copy()
            text.truncate(column.width, overflow="ellipsis", pad=True)
            where = style + Style.from_meta({"column": number})
            cell = Text.assemble(pad, text, pad, end="")
            segments.extend(Segment.apply_style(cell.render(self.app.console), where))
        return Strip(segments, total)

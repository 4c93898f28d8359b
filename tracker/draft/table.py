"""A task-decomposition table (重点任务分解表, .xlsx) drafted row by row.

The header row is the first whose cells name at least two of the lexicon's table columns (`draft.columns` reads
each by the words it holds, not by its place). A row whose only text spans the table, or opens with a
heading number (一、), is a section. Every other row is one task: each figure of its target columns is a numeric
target with the row's owner and due date; a row with no figure is a milestone.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO, NamedTuple

from tracker.draft.columns import SAMPLE, UNIT_IN_BRACKETS, Columns, by_contents, columns_of, told_by_cells
from tracker.draft.commitments import Drafted, title_around
from tracker.draft.due import due_date, step_due
from tracker.draft.not_targets import counts_no_quantity
from tracker.extract.readers import strip_ruby
from tracker.extract.rules import HEADING_MARKS
from tracker.extract.tables import row_cells
from tracker.lexicon import lexicon
from tracker.model.period import Period
from tracker.quantity import Dimension, Quantity, scan


def draft_table(sheets: dict[str, list[list[str]]], period: Period | None) -> list[Drafted]:
    """Every task of every sheet of a workbook (each sheet's rows of cell texts, `sheet_rows`), in order."""
    return [item for title, rows in sheets.items() for item in _sheet(title, rows, period)]


def sheet_rows(source: Path | BinaryIO) -> dict[str, list[list[str]]]:
    """A workbook's sheets by title (from its path, or its bytes already read), each a list of rows of cell texts
    (read once: the plan's metadata is inferred from the same cells).

    Raises:
        OSError, and openpyxl's errors on a damaged file.
    """
    from openpyxl import load_workbook

    book = load_workbook(source, read_only=True, data_only=True)
    try:
        return {sheet.title: [[_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
                for sheet in book.worksheets}
    finally:
        book.close()


class TextTable(NamedTuple):
    """A task table inside a document's text (a Word file's table, a web page's): its rows of cells, each cell's
    offset in the text, and the stretch of text it spans."""

    rows: list[list[str]]
    offsets: list[list[int]]
    span: tuple[int, int]


def text_tables(text: str) -> list[TextTable]:
    """The task tables of a document's text (rows of tab- or pipe-separated cells, as the readers write a Word
    file's and a web page's tables) whose header the lexicon understands."""
    tables, rows, offsets, first = [], [], [], -1
    at = 0
    for line in [*text.splitlines(keepends=True), ""]:
        cells = _split_row(line, at)
        if cells:
            first = at if not rows else first
            rows.append([c for c, _ in cells])
            offsets.append([o for _, o in cells])
        elif rows:
            if any(columns_of(r) for r in rows[:_HEADER_WITHIN]):
                tables.append(TextTable(rows, offsets, (first, at)))
            rows, offsets = [], []
        at += len(line)
    return tables


_HEADER_WITHIN = 3
"""A table's header row is among its first rows (a title row may come first)."""


def _split_row(line: str, at: int) -> list[tuple[str, int]]:
    """A table row's cells (as the extractor splits them, empty ones kept in place) with the offset of each one's
    text; none for a line of prose."""
    body = line.rstrip("\r\n")
    separator = "\t" if "\t" in body else "|" if body.count("|") >= 2 and body.strip().startswith("|") else None
    if separator is None:
        return []
    cells = [(part.strip(), start + len(part) - len(part.lstrip())) for start, _, part in row_cells(body, at, separator)]
    return cells if len(cells) >= 2 else []


def draft_text_table(table: TextTable, period: Period | None) -> list[Drafted]:
    """A text table's tasks as draft_table drafts a sheet's, each placed at its cell's offset in the text."""
    from openpyxl.utils import column_index_from_string

    drafted = []
    for item in _sheet("", table.rows, period):
        _, row, letter = item.cell  # type: ignore[misc]
        start = table.offsets[row - 1][column_index_from_string(letter) - 1]
        drafted.append(item._replace(start=start, cell=None))
    return drafted


def _sheet(title: str, rows: list[list[str]], period: Period | None) -> list[Drafted]:
    found = next(((i, columns) for i, cells in enumerate(rows) if (columns := columns_of(cells)) is not None), None) \
        or next(((i, columns) for i, cells in enumerate(rows) if (columns := told_by_cells(rows, i)) is not None), None)
    if found is None:
        return _record(title, rows, period)
    header, columns = found
    columns = by_contents(columns, rows[header + 1:header + 1 + SAMPLE], rows[header])
    leads = _first_leads(rows, columns.owner)
    drafted: list[Drafted] = []
    section = None
    above: list[str] = []
    item: list[str] = []
    grid: list[str] | None = None
    for number, cells in enumerate(rows[header + 1:], start=header + 2):
        filled = [c for c in cells if c]
        figures = _figures(cells, columns)
        if not filled or cells == rows[header] or (not figures and columns_of(cells) is not None):
            continue  # an empty row, or a header again: at the top of a new page, or over a second list
        if cells[0]:
            item, grid = cells, None
        elif item and _grid_names(cells, columns):
            grid = cells  # the names over a grid of sub-rows under the item (鄞州 | 海曙 | … | 合计)
            continue
        elif grid is not None:
            drafted += _grid_row(title, number, cells, grid, item, columns, section)
            continue
        alone = len(filled) == 1 and cells.index(filled[0]) <= min(columns.tasks) \
            and not _a_sentence(filled[0])  # not a sub-row's one task cell, nor a goal written as a sentence
        if (alone and not figures) or HEADING_MARKS[1].match(filled[0]) and len(filled) <= 2 and not figures:
            section = filled[0]
            continue
        if not cells[0] and above:  # a row going on with the item above: its merged owner and deadline cells
            cells = [c or (above[i] if i in (columns.owner, columns.due, columns.support) and i < len(above) else "")
                     for i, c in enumerate(cells)]
        above = cells
        label = next((i for i in columns.tasks if i < len(cells) and HEADING_MARKS[1].match(cells[i])
                      and not any(at == i for at, _ in figures)), None)  # 一、二、三、四季度依次完成9%…: no group name
        if label is not None and len(columns.tasks) == 1:
            label = None  # the only task column: the task itself is numbered 一、, not a group's name
        if label is not None:  # a group's name in a column of its own, merged down its rows: a section
            section = cells[label]
            columns = columns._replace(tasks=[i for i in columns.tasks if i != label])
        drafted += _row(title, number, cells, columns, [(i, q) for i, q in figures if i in columns.tasks], section,
                        period, leads)  # a group's column, taken out above, holds none of the row's figures
        if label is not None:
            columns = columns._replace(tasks=sorted([*columns.tasks, label]))
    return drafted


def _record(title: str, rows: list[list[str]], period: Period | None) -> list[Drafted]:
    """A sheet that is one task written as a record, a label and its value a row (重点工作： | … ; 牵头单位： | 市科技局):
    read as a table of one row, each drafted item placed back at its value's cell."""
    labelled = [(number, cells[0], cells[1]) for number, cells in enumerate(rows, start=1)
                if len(cells) >= 2 and cells[0].rstrip().endswith((":", "：")) and cells[1] and not any(cells[2:])]
    if len(labelled) < _RECORD_LABELS or len(labelled) < len([cells for cells in rows if any(cells)]):
        return []
    header = [label.rstrip().rstrip(":：") for _, label, _ in labelled]
    at = {_letter(i): number for i, (number, _, _) in enumerate(labelled)}
    drafted = _sheet(title, [header, [value for _, _, value in labelled]], period) if columns_of(header) else []
    return [d._replace(cell=(title, at[d.cell[2]], "B")) for d in drafted]


_RECORD_LABELS = 3
"""Labelled rows a sheet must hold to be one task written as a record."""


def _grid_names(cells: list[str], columns: Columns) -> bool:
    """A row naming the columns of a grid under its item: no task, two or more names, no figure."""
    names = [c for i, c in enumerate(cells) if c and i not in columns.tasks]
    return (not any(cells[i] for i in columns.tasks if i < len(cells)) and len(names) >= _GRID_NAMES
            and not any(re.search(r"\d", c) for c in names))


_GRID_NAMES = 2


def _a_sentence(cell: str) -> bool:
    """A cell written as a sentence (项目4月20日前全部完工，4月30日前投入试运行。): a task, never a section's name."""
    return cell.rstrip().endswith(lexicon().drafting.sentence_ends)


def _grid_row(sheet: str, number: int, cells: list[str], grid: list[str], item: list[str], columns: Columns,
              section: str | None) -> list[Drafted]:
    """A sub-row of a grid under an item (新辟线路年度目标 | 2 | 5 | 1 | 2 | 10): a target per named column, its
    unit the item's (新辟公交线路10条), its owner the item's; a row of what was done (实际完成) holds none."""
    label = next((cells[i] for i in columns.tasks if i < len(cells) and cells[i]), "")
    if not label or any(word in label for word in lexicon().table_headers.achieved):
        return []
    unit = next((q.written_unit for i in columns.tasks if i < len(item)
                 for q in scan(item[i], with_units_only=True)), None)
    if unit is None:
        return []
    name = re.sub("(?:年度)?目标(?:任务)?$", "", label)
    return [Drafted(title=f"{name}({grid[j]})", target=cells[j] + unit, quote=cells[j], section=section, start=-1,
                    owner=_cell(item, columns.owner) or None, due=None, cell=(sheet, number, _letter(j)),
                    support=_support(_cell(item, columns.support), "", first_leads=False))
            for j in range(len(cells)) if j < len(grid) and grid[j] and grid[j] not in lexicon().table_headers.totals
            and _BARE.fullmatch(cells[j] or "")]


def _figures(cells: list[str], columns: Columns) -> list[tuple[int, Quantity]]:
    """Each figure of the row's task and target columns, with its column; a bare number takes the unit its row's
    task names in brackets (拥有发明专利(件) | 3000 → 3000件), or else its column's header (当年投资(万元) | 1200)."""
    found = []
    for i in columns.tasks:
        if i >= len(cells) or not cells[i]:
            continue
        figures = scan(cells[i], with_units_only=True)
        unit = _row_unit(cells, columns) or (columns.units[i] if i < len(columns.units) else "")
        if not figures and _BARE.fullmatch(cells[i]) and unit:
            figures = scan(cells[i] + unit, with_units_only=True)
        found += [(i, q) for q in figures if not counts_no_quantity(cells[i], q.start, q) and not _a_year(q)]
    return found


def _a_year(quantity: Quantity) -> bool:
    """A year a cell writes (2022年10月底前编制…), not a duration of 2022 years."""
    return (quantity.dimension is Dimension.DURATION and quantity.value == int(quantity.value)
            and _YEARS[0] <= quantity.value <= _YEARS[1])


_YEARS = (1949, 2100)
_BARE = re.compile(r"\d+(?:\.\d+)?")


def _row_unit(cells: list[str], columns: Columns) -> str | None:
    """The unit a row's task cell names at its end, in brackets: 开发工业新产品(个) → 个."""
    for i in columns.tasks:
        if i < len(cells) and (match := UNIT_IN_BRACKETS.search(cells[i])):
            return match[1]
    return None


def _row(sheet: str, number: int, cells: list[str], columns: Columns, found: list[tuple[int, Quantity]],
         section: str | None, period: Period | None, first_leads: bool = False) -> list[Drafted]:
    owner = _owner(_cell(cells, columns.owner), first_leads)
    support = _support(_cell(cells, columns.support), _cell(cells, columns.owner), first_leads)
    task = next((cells[i] for i in columns.tasks if i < len(cells) and cells[i] and not _is_value(cells[i])), "")
    # several dates: the latest; without a deadline column, the one the task itself sets (2022年10月底前编制…)
    due = due_date(_cell(cells, columns.due), period, last=True) if columns.due is not None \
        else due_date(task, period, last=True, dated=True)
    if not found:
        column = _letter(next(i for i in columns.tasks if i < len(cells) and cells[i]) if task else columns.tasks[0])
        return [Drafted(title=_short(task), target=None, quote=task, section=section, start=-1, owner=owner, due=due,
                        cell=(sheet, number, column), support=support)] if task else []
    drafted = []
    for i, q in _without_last_steps(found):
        title = title_around(cells[i], q.start, min(q.end, len(cells[i])) - q.start) \
            or _headed(cells, columns, i) or _short(_task_left_of(cells, columns, i) or task)
        step = step_due(_cell(cells, columns.due), period, about=title, task=cells[i], at=q.start)
        drafted.append(Drafted(title=title, target=q.text, quote=_quote(cells, columns, i), section=section, start=-1,
                               owner=owner, due=step or due, cell=(sheet, number, _letter(i)), support=support))
    return drafted


def _without_last_steps(found: list[tuple[int, Quantity]]) -> list[tuple[int, Quantity]]:
    """A row's figures but the last of a cell's steps through the year that repeats the year's figure another cell
    of the row states (到年末…21% | 一、二、三、四季度依次达到18%、19%、20%、21%: the 21% is said once, R106)."""
    last = dict(found)  # each cell's last figure
    repeated = {i: q for i, q in last.items() if sum(at == i for at, _ in found) >= _STEPS_IN_CELL
                and any(at != i and (p.value, p.unit) == (q.value, q.unit) for at, p in found)}
    return [(i, q) for i, q in found if repeated.get(i) is not q]


_STEPS_IN_CELL = 2
"""Figures a cell must hold to be a row's steps through the year."""


def _first_leads(rows: list[list[str]], owner: int | None) -> bool:
    """Whether the table notes that the first unit an owner cell lists leads (列第一位的为牵头单位，下同)."""
    notes = lexicon().table_headers.first_leads
    return owner is not None and any(note in _cell(cells, owner) for cells in rows for note in notes)


def _owner(cell: str, first_leads: bool) -> str | None:
    """The owner a cell names: its units without a note after them (…省大数据中心按职责分工负责。具体任务均涉及…，下同。)
    or the cell's closing mark (市发展改革委。), and only the first unit when the table says the first one leads (a note
    in brackets is no unit either)."""
    units = cell.split("。", 1)[0].strip()  # a second sentence is a note (1.区科技局；2.区财政局 keeps its numbers)
    notes = lexicon().table_headers.owner_notes
    units = next((units[:-len(note)] for note in notes if units.endswith(note) and len(units) > len(note)), units)
    units = units.rstrip(_CLOSING)
    if not first_leads:
        return units or None
    units = re.sub(r"[(（][^()（）]*[)）]$", "", units)
    return re.split(r"[、，,；;]", units, maxsplit=1)[0].strip() or None


def _support(cell: str, owner_cell: str, first_leads: bool) -> tuple[str, ...]:
    """The supporting units: the 配合单位 cell's units, or, where the first unit listed leads, the owner cell's others."""
    if cell:
        return _units(_owner(cell, first_leads=False) or "")
    if first_leads and owner_cell:
        listed = _owner(owner_cell, first_leads=False) or ""
        note = re.search(r"[(（][^()（）]*[)）]$", listed)
        if note and any(word in note[0] for word in lexicon().table_headers.first_leads):
            listed = listed[:note.start()]  # (列第一位的为牵头单位，下同): the table's note, no unit
        return _units(listed)[1:]
    return ()


def _units(listed: str) -> tuple[str, ...]:
    """The units a cell lists, parted by 、，； or its line breaks, never inside brackets (各区县政府(含南太湖新区、长合区
    管委会) is one)."""
    units, depth, start = [], 0, 0
    for at, char in enumerate(listed):
        depth += (char in "(（") - (char in ")）")
        if depth <= 0 and (char in _UNIT_MARKS or char.isspace()):
            units.append(listed[start:at])
            start = at + 1
    units.append(listed[start:])
    return tuple(u.strip() for u in units if u.strip())


_UNIT_MARKS = "、，,；;"
"""What parts the units a cell lists."""
_CLOSING = " ；;，,、"
"""Marks that may close a cell of units."""


def _quote(cells: list[str], columns: Columns, index: int) -> str:
    """The cell a target stands in, as its quote; a bare value with its column's name, so that it reads as the table
    does (当年投资(万元)：1200, not 1200)."""
    header = columns.headers[index] if index < len(columns.headers) else ""
    return f"{header}：{cells[index]}" if header and _is_value(cells[index]) else cells[index]


def _headed(cells: list[str], columns: Columns, index: int) -> str | None:
    """A bare value's title from its column's header and the row's name (当年投资(万元) | 1200 in the row of
    城市用气提升工程 → 当年投资(城市用气提升工程)); None unless the value is bare under a header naming its unit."""
    if not (index < len(columns.units) and columns.units[index] and _is_value(cells[index])):
        return None
    name = next((c for c in cells[:min(columns.tasks)] if c and not _is_value(c)), "")
    return f"{columns.names[index]}({_short(name)})" if name else columns.names[index]


def _task_left_of(cells: list[str], columns: Columns, index: int) -> str:
    """The task a target column's figure belongs to: the nearest task cell with words to its left."""
    return next((cells[j] for j in reversed(columns.tasks)
                 if j < index and j < len(cells) and cells[j] and not _is_value(cells[j])), "")


def _is_value(cell: str) -> bool:
    """A cell holding a value only (3000, 1.8%): no task's words."""
    return bool(_BARE.fullmatch(cell)) or [q.text for q in scan(cell)] == [cell.strip()]


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _text(value: object) -> str:
    """A cell's text, its spaces closed up, without a mirror's pinyin glosses (技術(shù) → 技術), as the readers give."""
    return strip_ruby(re.sub(r"\s+", " ", str(value)).strip()) if value is not None else ""


def _short(task: str) -> str:
    """A task's first phrase without its item number or the unit in brackets: a title, not the whole cell."""
    task = _ITEM_NUMBER.sub("", task, count=1) or task  # 107.健全…机制: the list's number is no part of the task
    first = re.split(r"[。；;，,：:\n]", task, maxsplit=1)[0][:40] or task[:40]
    return UNIT_IN_BRACKETS.sub("", first) or first


_ITEM_NUMBER = re.compile(r"^\s*\d{1,3}[.、．](?!\d)\s*")


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)

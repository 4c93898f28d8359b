"""Table cells whose unit only the header writes: 比重% over 0.25\\0.37, 资金（万元） over 25, 排名 over 2.

Statistics tables copied from portals write a column's unit once, in its header cell; the body cells are
bare numbers, which the quantity scan (it reads a number only with its unit) leaves out. `header_units(text)`
finds, in tables of one row per line (`| a | b |`) and tables of one cell per line (`咸安区 |` / `0.25 |`),
every number of a body cell whose column header states a unit, with that unit and the header as its subject,
so that the one quantity parser reads it as number + unit. A header that names a rank (排名) makes its
numbers ranks. Columns whose header writes no unit (高新技术企业数量, 基础分) give nothing: the guide's rule
that a number without a unit is no figure holds for tables too.

Forms whose header stands on one line with its unit once (the national 项目支出绩效自评表: 项目资金 (万元)
年初预算数 全年预算数 全年执行数 …) are read the same way, each row's numbers in its columns left to right,
with the columns' roles (budget planned, spending achieved) from the lexicon's form_columns; under
年度指标值 实际完成值, the bare number after a row's target takes the target's unit (≥3次 then 3).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tracker.lexicon import lexicon, words
from tracker.quantity import Quantity, QuantityError, parse_quantity, scan

_BRACKETED = re.compile(r"[(（]\s*(?:单位\s*[:：]\s*)?([^\s()（）:：]{1,4})\s*[)）]")
_RANK = re.compile(f"(?:{words(lexicon().rank_headers)})\\s*$")
_NUM = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CELL_NUMBERS = re.compile(r"^\s*" + _NUM + r"(?:\s*[\\/]\s*" + _NUM + r")*\s*$")
"""A cell of bare numbers: 25, 0.25\\0.37 (two years' values); one with its own unit is the scan's."""
_NUMBER = re.compile(_NUM)
_UNIT_CELL_MAX = 4
"""A cell that is a unit of its own is short (亿元, 万人, %)."""
_VALUE_IN_CELL = re.compile(r"\d\s*%|\d\s*[万亿]?元")
"""同比增长15%, 25万元: a cell that states a value is no header."""
_CELL_LINE = re.compile(r"^([^\n|]*?)[ \t\u3000]*\|[ \t\u3000]*$", re.MULTILINE)


class HeaderCell(NamedTuple):
    """One number of a body cell, with the unit its column's header writes."""

    start: int
    end: int
    unit: str
    """What the parser reads after the number (%, 万元, 家); `位` for a rank."""
    header: str
    """The column's header without its unit: the figure's subject."""
    year: int | None = None
    """The year the header gives this number (比重%2016\\2017 over 0.25\\0.37: 2016, then 2017)."""
    row: str = ""
    """The row's name (咸安区), when the row opens with one."""
    role: str | None = None
    """planned or achieved, when the column says (年初预算数, 全年执行数)."""


Line = tuple[int, str]
"""A line of the text and where it starts."""


class _Cell(NamedTuple):
    start: int
    end: int
    text: str


def header_unit(header: str) -> str | None:
    """The unit a header cell writes: 排名 → 位, （万元）→ 万元, …比重% → %; None when it writes none."""
    if _RANK.search(header):
        return "位"
    if (match := _BRACKETED.search(header)) and _reads_as_unit(match[1]):
        return match[1]
    return "%" if "%" in header else None


@lru_cache(maxsize=256)
def _reads_as_unit(unit: str) -> bool:
    """True when the one quantity parser reads `unit` as a unit (万元, %, 件/万人); few distinct ones, so cached."""
    try:
        return bool(parse_quantity(f"1{unit}").unit)
    except QuantityError:
        return False


def _numeric(cell: str) -> bool:
    return _CELL_NUMBERS.match(cell) is not None


def _subject(header: str) -> str:
    return re.sub(r"[(（][^)）]*[)）]|%|\d{4}\s*[\\/]\s*\d{4}", "", header).strip()


_HEADER_YEARS = re.compile(r"((?:19|20)\d{2})\s*[\\/]\s*((?:19|20)\d{2})")


def _numbers(cell: _Cell, unit: str, header: str, row: str) -> list[HeaderCell]:
    offset = cell.start + (len(cell.text) - len(cell.text.lstrip()))
    numbers = list(_NUMBER.finditer(cell.text.strip()))
    years = [int(y) for y in years_match.groups()] if (years_match := _HEADER_YEARS.search(header)) else []
    return [HeaderCell(offset + m.start(), offset + m.end(), unit, _subject(header),
                       years[i] if len(years) == len(numbers) else None, row) for i, m in enumerate(numbers)]


def _row_cells(text: str, line_start: int) -> list[_Cell]:
    """The cells of a `| a | b |` row (outer pipes dropped)."""
    cells, at = [], line_start
    for part in text.split("|"):
        cells.append(_Cell(at, at + len(part), part))
        at += len(part) + 1
    return [c for i, c in enumerate(cells) if not (i in (0, len(cells) - 1) and not c.text.strip())]


def _from_rows(header: list[_Cell], rows: list[list[_Cell]]) -> list[HeaderCell]:
    """Numbers of body rows under a header, aligned from the right (a row may open with an unheaded name)."""
    units = [header_unit(h.text) for h in header]
    found = []
    for row in rows:
        shift = len(row) - len(header)  # a longer row opens with unheaded cells: its name (咸安区), a 序号 before it
        if not 0 <= shift <= 2 or not all(_SERIAL.match(c.text) or not _numeric(c.text) for c in row[:shift]):
            continue  # a ragged row: which column is which would be a guess
        name = next((c.text.strip() for c in row if c.text.strip() and not _numeric(c.text)), "")
        for i, unit in enumerate(units):
            if unit and 0 <= i + shift < len(row) and _numeric(row[i + shift].text):
                found += _numbers(row[i + shift], unit, header[i].text, name)
    return found


_SERIAL = re.compile(r"^\s*\d{1,3}\s*$")
"""A row's 序号 (1, 12): an unheaded cell a row may open with."""


def _trimmed(cells: list[_Cell]) -> list[_Cell]:
    """A header row without the empty cells its page left at its end (产值(亿元) | 同比变化(%) | ||)."""
    while cells and not cells[-1].text.strip():
        cells = cells[:-1]
    return cells


def _is_unit_header(cells: list[_Cell]) -> bool:
    """A header row of labels, one of which writes a unit: no cell states a value (同比增长15%) and none is empty
    but the first (the row names' column); a header broken over two lines is no header."""
    return not any(_VALUE_IN_CELL.search(c.text) for c in cells) and all(c.text.strip() for c in cells[1:]) \
        and any(header_unit(c.text) for c in cells)


def _pipe_rows(lines: list[Line]) -> list[HeaderCell]:
    """Tables of one row per line: the first row with a unit header over rows of numbers."""
    found: list[HeaderCell] = []
    header: list[_Cell] | None = None
    rows: list[list[_Cell]] = []
    for start, line in [*lines, (0, "")]:
        cells = _row_cells(line, start) if line.count("|") >= 2 else []
        if len(cells) < 2:
            if header is not None:
                found += _from_rows(header, rows)
            header, rows = None, []
            continue
        if header is None or not any(_numeric(c.text) for c in cells):
            if header is not None:
                found += _from_rows(header, rows)
            header, rows = (_trimmed(cells), []) if _is_unit_header(_trimmed(cells)) else (None, [])
        else:
            rows.append(cells)
    return found


def _cell_runs(text: str) -> list[list[_Cell]]:
    """Runs of consecutive lines that are each one cell ending in `|` (an empty cell is a lone `|`)."""
    runs: list[list[_Cell]] = []
    last_end = -2
    for match in _CELL_LINE.finditer(text):
        cell = _Cell(match.start(1), match.end(1), match[1])
        if match.start() != last_end + 1:
            runs.append([])
        runs[-1].append(cell)
        last_end = match.end()
    return [run for run in runs if len(run) >= 4]


def _cell_table(run: list[_Cell]) -> list[HeaderCell]:
    """A cell-per-line table: the header is the cells before the first row, which opens with its name cells."""
    lead = next((i for i, c in enumerate(run) if _numeric(c.text)), None)
    if lead is None:
        return []
    for names in (1, 2):  # a body row opens with one (咸安区) or two name cells
        width = lead - names
        if width < 2 or not _is_unit_header(run[:width]):
            continue
        rows = [run[i:i + width] for i in range(width, len(run) - width + 1, width)]
        rows = _leading(rows, names)
        if len(rows) >= 2:
            return _from_rows(run[:width], rows)
    return []


def _leading(rows: list[list[_Cell]], names: int) -> list[list[_Cell]]:
    """The rows from the first on while each opens with its name cells and holds a number."""
    kept = []
    for row in rows:
        if any(_numeric(c.text) for c in row[:names]) or not any(_numeric(c.text) for c in row[names:]):
            break
        kept.append(row)
    return kept


_FORM = lexicon().form_columns
_FORM_ROLE = {**{w: "planned" for w in _FORM.planned}, **{w: "achieved" for w in _FORM.achieved},
              **{w: None for w in _FORM.own_unit}}
_FORM_COLUMN = re.compile(words(tuple(_FORM_ROLE)) if _FORM_ROLE else "(?!)")
_FORM_ROW = re.compile(r"^[ \t\u3000]*([^\d\s][^\n]*?)[:：]?((?:[ \t\u3000]+" + _NUM + r"%?)+)[ \t\u3000]*$")


_ACTUAL = re.compile(r"[ \t\u3000]+(" + _NUM + r")(?=\s|$)")


def _form_header(line: str) -> list[str] | None:
    """The form columns a line names, when it is a form's header (two of them, one a budget or result column)."""
    columns = _FORM_COLUMN.findall(line)
    return columns if len(columns) >= 2 and any(_FORM_ROLE[c] for c in columns) else None


def _form_rows(lines: list[Line], i: int, columns: list[str], unit: str) -> tuple[list[HeaderCell], int]:
    """The rows under a form's header: each row's numbers in its columns, left to right, until a row of none;
    and where reading stopped."""
    found = []
    while i < len(lines) and (row := _FORM_ROW.match(lines[i][1])) is not None:
        start, line = lines[i]
        for column, number in zip(columns, _NUMBER.finditer(line, row.start(2)), strict=False):
            if _FORM_ROLE[column] and line[number.end():number.end() + 1] != "%":
                found.append(HeaderCell(start + number.start(), start + number.end(), unit, row[1].strip(),
                                        row=row[1].strip(), role=_FORM_ROLE[column]))
        i += 1
    return found, i


def _actuals(lines: list[Line], i: int) -> tuple[list[HeaderCell], int]:
    """Under 年度指标值 实际完成值: a bare number right after a row's target takes its unit (≥3次 then 3), until a
    blank line or the next header; and where reading stopped."""
    found = []
    while i < len(lines) and lines[i][1].strip() and _form_header(lines[i][1]) is None:
        start, line = lines[i]
        for target in scan(line, with_units_only=True):
            if target.unit and target.upper is None and (actual := _ACTUAL.match(line, target.end)):
                unit = target.written_unit.lstrip("(（").rstrip(")）") if target.unit != "%" else "%"
                found.append(HeaderCell(start + actual.start(1), start + actual.end(1), unit, "", role="achieved"))
        i += 1
    return found, i


def _lines(text: str) -> list[Line]:
    """The text's lines with their offsets, split once for every reader here."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    return lines


def _forms(lines: list[Line]) -> list[HeaderCell]:
    """Forms whose header stands on one line (项目支出绩效自评表): money columns under （万元）, actuals after targets.
    One pass: each line is read once, as a header or as a row of the header above it."""
    found: list[HeaderCell] = []
    i = 0
    while i < len(lines):
        columns = _form_header(lines[i][1])
        bracket = _BRACKETED.search(lines[i][1]) if columns else None
        if columns and bracket and _reads_as_unit(bracket[1]):
            rows, i = _form_rows(lines, i + 1, columns, bracket[1])
        elif columns and {"planned", "achieved"} <= {_FORM_ROLE[c] for c in columns}:
            rows, i = _actuals(lines, i + 1)
        else:
            rows, i = [], i + 1
        found += rows
    return found


_YEARS_ROW = re.compile(r"(?:(?:19|20)\d{2}[ \t\u3000]+)+(?:19|20)\d{2}[ \t\u3000]*$")
_YEAR_IN_ROW = re.compile(r"(?:19|20)\d{2}")
_ROW_NUMBERS = re.compile(r"(?:[ \t\u3000]+" + _NUM + r")+[ \t\u3000]*$")


def _row_unit(cells: list[str]) -> tuple[int, str] | None:
    """Where a row writes its unit, and the unit: a cell of its own (| 产值 | 亿元 | 10205.20 |) or in brackets in
    its label (| 同比变化(%) | 6.15 |)."""
    for i, cell in enumerate(cells):
        if _numeric(cell):
            return None
        unit = cell.strip()
        if unit and len(unit) <= _UNIT_CELL_MAX and _reads_as_unit(unit):
            return i, unit
        if (bracket := _BRACKETED.search(cell)) and _reads_as_unit(bracket[1]):
            return i, bracket[1]
    return None


def _row_units(lines: list[Line]) -> list[HeaderCell]:
    """Statistics rows that write their own unit (产值 | 亿元 | 10205.20 | 2303; 科研机构人均… (千元/人) … 848.00 936.87):
    the row's bare numbers after the unit take it, its label is their subject."""
    found = []
    years: list[int] = []  # a yearbook's column years (项 目 Item 2020 2021): each row's values in turn
    for start, line in lines:
        ends_in_digit = line.rstrip()[-1:].isdigit()
        if ends_in_digit and (year_row := _YEARS_ROW.search(line)):
            years = [int(y) for y in _YEAR_IN_ROW.findall(year_row.group())]
            continue
        if line.count("|") >= 2:
            cells = _row_cells(line, start)
            if (where := _row_unit([c.text for c in cells])) is not None:
                label = cells[0].text.strip()
                found += [n for c in cells[where[0] + 1:] if _numeric(c.text) for n in _numbers(c, where[1], label, label)]
        elif ends_in_digit and ("(" in line or "（" in line) \
                and (numbers := _ROW_NUMBERS.search(line)) and (bracket := _BRACKETED.search(line, 0, numbers.start())) \
                and _reads_as_unit(bracket[1]):  # the cheap tests first: this runs for every line of every text
            label = line[:bracket.start()].strip()
            cells = _numbers(_Cell(start + numbers.start(), start + numbers.end(), numbers.group()), bracket[1], label, label)
            found += [c._replace(year=years[i]) for i, c in enumerate(cells)] if len(cells) == len(years) else cells
    return found


def header_units(text: str) -> list[HeaderCell]:
    """Every number under a unit-writing header, or in a row writing its unit, in text order."""
    pipes = "|" in text
    forms, brackets = _FORM_COLUMN.search(text) is not None, _BRACKETED.search(text) is not None
    if not (pipes or forms or brackets):
        return []
    lines = _lines(text)
    found = _forms(lines) if forms else []
    if pipes:
        found += _pipe_rows(lines)
        for run in _cell_runs(text):
            found += _cell_table(run)
    found += _row_units(lines)
    return sorted({(c.start, c.end): c for c in found}.values())


def quantity(cell: HeaderCell, original: str) -> Quantity | None:
    """The cell's number read by the one parser with its header's unit (第2位 for a rank), at the cell's offsets."""
    number = original[cell.start:cell.end]
    try:
        read = parse_quantity(f"第{number}位" if cell.unit == "位" else f"{number}{cell.unit}")
    except QuantityError:
        return None
    return read._replace(text=number, start=cell.start, end=cell.end)


"""Tables in a document's text, with their header row understood.

A table whose columns are the year's tasks and their completion (| 工作任务 |
完成情况 |, 年度目标 / 完成值) holds planned figures in its task column and
achieved ones in its completion column. Tables reach the text in several
shapes, all read here into the same zones:

- rows of cells between pipes (`| 工作任务 | 完成情况 |`), as Markdown and
  the HTML reader write them;
- rows of tab-separated cells, as the DOCX reader writes them;
- one cell per line with lines holding only `|` between them, as pages copied
  from portals come (序号 / | / 工作任务 / | / 二季度完成情况 / | / 1 / | / …),
  the header's cell count giving the row length;
- labelled fields in prose: 目标任务：… 完成情况：….

`column_zones(text)` returns (start, end, role) spans, role `planned` or
`achieved`, sorted; a figure inside one takes that role.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.extract import rules
from tracker.lexicon import lexicon

LEX = lexicon()
_ROLE_WORDS = {word: role for role in ("planned", "achieved") for word in getattr(LEX.table_headers, role)}
_OTHER_WORDS = frozenset((*LEX.table_headers.owner, *LEX.table_headers.support, *LEX.table_headers.due,
                          *LEX.table_headers.other))
_HEADER_CELL_MAX = 12
_ROLES_LONGEST_FIRST = tuple(sorted(_ROLE_WORDS.items(), key=lambda item: -len(item[0])))
_PIPE_ONLY = re.compile(r"^[ \t\u3000]*\|[ \t\u3000]*$", re.MULTILINE)


class Zone(NamedTuple):
    start: int
    end: int
    role: str


def header_role(cell: str) -> str | None:
    """The role of a column by its header: planned (工作任务, 年度目标), achieved (完成情况), else None."""
    cell = re.sub(r"[\s(（][^)）]*[)）]?$", "", cell.strip()).strip()
    if cell in _ROLE_WORDS:
        return _ROLE_WORDS[cell]
    if len(cell) > _HEADER_CELL_MAX:
        return None
    for word, role in _ROLES_LONGEST_FIRST:
        if cell.endswith(word):
            return role
    return None


def _is_header(cells: list[str]) -> bool:
    roles = [header_role(c) for c in cells]
    known = sum(1 for c, r in zip(cells, roles, strict=True) if r or c.strip() in _OTHER_WORDS)
    return any(roles) and known >= max(2, len(cells) - 1) and all(len(c.strip()) <= _HEADER_CELL_MAX for c in cells)


def row_cells(line: str, start: int, separator: str) -> list[tuple[int, int, str]]:
    """A row's cells with their offsets (the outer pipes of `| a | b |` dropped)."""
    cells, at = [], start
    for part in line.split(separator):
        cells.append((at, at + len(part), part))
        at += len(part) + len(separator)
    if separator == "|" and cells and not cells[0][2].strip():
        cells = cells[1:]
    if separator == "|" and cells and not cells[-1][2].strip():
        cells = cells[:-1]
    return cells


def _row_tables(text: str, separator: str) -> list[Zone]:
    """Zones of tables written a row per line, cells split by `separator`."""
    zones: list[Zone] = []
    roles: list[str | None] | None = None
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if line.count(separator) < (2 if separator == "|" else 1):
            roles = None  # the table ended
            continue
        cells = row_cells(line, start, separator)
        texts = [c[2] for c in cells]
        if _is_header(texts):
            roles = [header_role(t) for t in texts]
            continue
        if roles is not None:
            zones += [Zone(a, b, role) for (a, b, _), role in zip(cells, roles, strict=False) if role]
    return zones


def _cell_per_line_tables(text: str) -> list[Zone]:
    """Zones of tables whose cells stand one per line with `|` lines between them."""
    zones: list[Zone] = []
    if "|" not in text:
        return zones
    separators = [m.start() for m in _PIPE_ONLY.finditer(text)]
    if len(separators) < 3:
        return zones
    # Cells: the text between one pipe line and the next (and before the first).
    bounds = [0, *(text.find("\n", s) + 1 for s in separators)]
    cells = [(a, (separators[i] if i < len(separators) else len(text))) for i, a in enumerate(bounds)]
    texts = [text[a:b].strip() for a, b in cells]
    i = 0
    while i < len(cells):
        width = _header_width(texts, i)
        if width is None:  # no header here: skip past the whole run of header-like cells (linear, not quadratic)
            i += max(1, _header_like_run(texts, i))
            continue
        roles = [header_role(t) for t in texts[i:i + width]]
        j = i + width
        while j < len(cells) and texts[j] and "\n\n" not in text[cells[j - 1][1]:cells[j][0]]:
            if role := roles[(j - i) % width]:
                zones.append(Zone(cells[j][0], cells[j][1], role))
            j += 1
        i = j
    return zones


def _header_like_run(texts: list[str], i: int) -> int:
    """How many cells from `i` could belong to a header row (short, and a column word)."""
    width = 0
    while i + width < len(texts) and len(texts[i + width]) <= _HEADER_CELL_MAX and (
            header_role(texts[i + width]) or texts[i + width] in _OTHER_WORDS):
        width += 1
    return width


def _header_width(texts: list[str], i: int) -> int | None:
    """How many cells from `i` form a header row, if a header row starts there."""
    width = _header_like_run(texts, i)
    return width if width >= 2 and _is_header(texts[i:i + width]) else None


class _Label(NamedTuple):
    start: int
    end: int
    word: str
    target: bool
    """A target field (任务为…): its zone ends with its sentence or at a result marker."""


_BOUNDARY_BEFORE = " \t\u3000\n。；;"


def _ending_at(text: str, end: int, words: dict[int, frozenset[str]]) -> str | None:
    """The longest label word that ends at `end` (spaces before `end` skipped)."""
    while end > 0 and text[end - 1] in " \t\u3000":
        end -= 1
    for length in sorted(words, reverse=True):
        if text[max(0, end - length):end] in words[length]:
            return text[end - length:end]
    return None


def _by_length(items: object) -> dict[int, frozenset[str]]:
    lengths: dict[int, set[str]] = {}
    for word in items:  # type: ignore[attr-defined]
        lengths.setdefault(len(word), set()).add(word)
    return {n: frozenset(ws) for n, ws in lengths.items()}


_COLUMN_WORDS = _by_length(_ROLE_WORDS)
_NOUN_FIELDS = _by_length(w for w in LEX.target_fields if not w.endswith(("为", "是")))
_VERB_FIELDS = tuple(w for w in LEX.target_fields if w.endswith(("为", "是")))
_LAST_CHARS = "".join(sorted({w[-1] for ws in (*_COLUMN_WORDS.values(), *_NOUN_FIELDS.values()) for w in ws}))
_TARGET_BASIS = re.compile(LEX.target_basis)
"""根据州科技局任务指标，…: the task a higher office set, stated next (the pattern opens on 根据: a fast literal search)."""
_TARGET_LIST = re.compile(LEX.target_list)
"""省考指标任务一共四项，即…: the tasks listed after 即 (tried only before each 即)."""
_LIST_REACH = 24


def _target_bases(text: str) -> list[re.Match[str]]:
    found = list(_TARGET_BASIS.finditer(text)) if "根据" in text else []
    at, done = text.find("即"), 0
    while at >= 0:
        if (match := _TARGET_LIST.search(text, max(done, at - _LIST_REACH), at + 3)) and match.start() <= at < match.end():
            found.append(match)
            done = match.end()
        at = text.find("即", at + 1)
    return found


_STOPS = re.compile(f"[{re.escape(_LAST_CHARS)}][ \\t\\u3000]*[:：。]")
"""Where a label can end: one of the labels' last characters before a colon or a full stop."""


def _labels(text: str) -> list[_Label]:
    """Column words before a colon (完成情况：) and target fields (任务为60件, 目标任务：, 目标任务。).

    Found from the few colons and full stops of a text rather than by searching every word everywhere.
    """
    found: dict[int, _Label] = {}
    for stop in (m.end() - 1 for m in _STOPS.finditer(text)):  # a label's last character, then its stop
        colon = text[stop] != "。"
        if (word := _ending_at(text, stop, _NOUN_FIELDS)) is not None:
            at = text.rfind(word, 0, stop + 1)
            if colon or at == 0 or text[at - 1] in _BOUNDARY_BEFORE:  # 完成…年度目标任务。 ends a sentence, labels nothing
                found[at] = _Label(at, stop + 1, word, True)
        if colon and (word := _ending_at(text, stop, _COLUMN_WORDS)) is not None:
            at = text.rfind(word, 0, stop + 1)
            if at == 0 or text[at - 1] in _BOUNDARY_BEFORE:  # a column word with its colon wins
                found[at] = _Label(at, stop + 1, word, False)
    for match in _target_bases(text):
        found.setdefault(match.start(), _Label(match.start(), match.end(), match.group(), True))
    for word in _VERB_FIELDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            while end < len(text) and text[end] in " \t\u3000":
                end += 1
            found.setdefault(at, _Label(at, end + (end < len(text) and text[end] in ":："), word, True))
            at = text.find(word, at + 1)
    return [found[at] for at in sorted(found)]


def _labelled_fields(text: str) -> list[Zone]:
    """目标任务：… 完成情况：…: each label's text, to the next label or the end of its paragraph;
    任务为：… to the end of its sentence; a label standing as a sentence of its own (目标任务。) labels the next."""
    labels = _labels(text)
    zones = []
    for k, label in enumerate(labels):
        start, end = label.end, line_end(text, label.end)
        if k + 1 < len(labels) and start <= labels[k + 1].start < end:
            end = labels[k + 1].start  # first the next label, so each search below stays within this field
        if label.target:
            end = min(end, _sentence_end(text, start, end))
            if marker := rules.RESULT_MARKER.search(text, start, end):
                end = marker.start()  # 任务为60件，截至10月底，…为60件: the result follows
        zones.append(Zone(start, end, _ROLE_WORDS.get(label.word, "planned")))
    return zones


def line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends (the text's end for the last line)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _sentence_end(text: str, at: int, limit: int) -> int:
    """Just past the next 。 before `limit` (else `limit`)."""
    end = text.find("。", at, limit)
    return limit if end < 0 else end + 1


def has_table(text: str) -> bool:
    """True when `text` holds a table with a header row of task and completion columns (pipes, tabs or a cell per line)."""
    return bool(("|" in text and (_row_tables(text, "|") or _cell_per_line_tables(text)))
                or ("\t" in text and _row_tables(text, "\t")))


def column_zones(text: str) -> list[Zone]:
    """Every stretch of text that a table column or a field label says is planned or achieved."""
    zones = [*(_row_tables(text, "|") if "|" in text else ()), *(_row_tables(text, "\t") if "\t" in text else ()),
             *_cell_per_line_tables(text), *_labelled_fields(text)]
    return sorted(zones)

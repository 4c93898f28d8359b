"""One numbering series per level in every format: each format's output is read back, every heading and paragraph
that starts with a number (一、 （一） 1. （1）) is collected in order, and each kind's numbers must run 1, 2, 3…
under their parent (a number of a higher kind starts a new run; an annex starts afresh)."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
from docx import Document
from openpyxl import load_workbook

from tracker.report import html, ledger, markdown, word
from tracker.report.content import QuarterReport
from tracker.report.ledger import COLUMNS, HEADER_ROW
from tracker.report.numbering import bare, chinese, marker

CHINESE = "一二三四五六七八九十"
KINDS = (
    ("一、", re.compile(rf"^([{CHINESE}]+)、")),
    ("（一）", re.compile(rf"^[（(]([{CHINESE}]+)[）)]")),
    ("1.", re.compile(r"^(\d+)[.．](?!\d)")),
    ("（1）", re.compile(r"^[（(](\d+)[）)]")),
)
ANNEX = re.compile(r"^附件")
"""附件1, 附件：数据来源: an annex numbers its own headings."""


def value(numeral: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20."""
    if numeral.isdigit():
        return int(numeral)
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return CHINESE.index(numeral) + 1
    return (CHINESE.index(tens) + 1 if tens else 1) * 10 + (CHINESE.index(units) + 1 if units else 0)


def runs(lines: list[str]) -> dict[str, list[list[int]]]:
    """Each kind's numbers in order, cut into runs wherever a number of a higher kind (or an annex) comes."""
    found: dict[str, list[list[int]]] = {kind: [] for kind, _ in KINDS}
    open_run: dict[str, list[int] | None] = {kind: None for kind, _ in KINDS}
    for line in (raw.strip() for raw in lines):
        if ANNEX.match(line):
            open_run = dict.fromkeys(open_run)
            continue
        for level, (kind, pattern) in enumerate(KINDS):
            if (hit := pattern.match(line)) is None:
                continue
            if open_run[kind] is None:
                open_run[kind] = []
                found[kind].append(open_run[kind])
            open_run[kind].append(value(hit[1]))
            for lower, _ in KINDS[level + 1:]:
                open_run[lower] = None
            break
    return found


def assert_one_series_per_level(lines: list[str]) -> dict[str, list[list[int]]]:
    found = runs(lines)
    for kind, kind_runs in found.items():
        for run in kind_runs:
            assert run == list(range(1, len(run) + 1)), f"{kind} numbered {run} in\n" + "\n".join(lines)
    return found


# ── each format read back into its lines ──────────────────────────────────
def markdown_lines(report: QuarterReport) -> list[str]:
    return [line.lstrip("#").strip().replace("**", "") for line in markdown.render(report).splitlines()
            if line.strip() and not line.startswith("|")]


class Blocks(HTMLParser):
    """The text of every heading, paragraph and list item, in order."""

    BLOCKS = ("h1", "h2", "h3", "h4", "p", "li")

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, _attrs: list) -> None:
        if tag in self.BLOCKS:
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS and self._text is not None:
            self.lines.append("".join(self._text))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def html_lines(report: QuarterReport) -> list[str]:
    page = Blocks()
    page.feed(html.render(report))
    return page.lines


def word_lines(report: QuarterReport) -> list[str]:
    """The document's paragraphs outside tables, in order (the annexes' headings included)."""
    return [p.text for p in Document(io.BytesIO(word.render(report))).paragraphs if p.text.strip()]


def ledger_lines(report: QuarterReport) -> list[str]:
    """The summary sheet's first column, then each plan sheet's sections in row order (each once)."""
    book = load_workbook(io.BytesIO(ledger.render(report)))
    lines = [str(c.value) for c in book.worksheets[0]["A"] if c.value]
    for sheet in book.worksheets[1:]:
        lines.append("附件0")  # each sheet numbers its own sections
        sections = [row[COLUMNS.index("section")].value for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]
        lines += list(dict.fromkeys(sections))
    return lines


FORMATS = {"md": markdown_lines, "html": html_lines, "docx": word_lines, "xlsx": ledger_lines}


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_series_per_level_for_one_plan(report: QuarterReport, fmt: str) -> None:
    lines = FORMATS[fmt](report)
    found = assert_one_series_per_level(lines)
    if fmt != "xlsx":
        assert found["一、"] == [[1, 2, 3, 4]], "the parts: 一、主要工作进展情况 … 四、各责任单位推进情况"
    sections = [s.title for s in report.plans[0].sections]
    numbered = [line for line in lines if any(line.endswith(title) for title in sections)
                and line.startswith("（")]
    assert numbered[:len(sections)] == [f"（{chinese(n)}）{t}" for n, t in enumerate(sections, start=1)]
    assert not any(line.startswith(("三、下半年", "(一)", "(五)")) for line in lines), "no plan's own numbers"


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_series_per_level_for_two_plans(both: QuarterReport, fmt: str) -> None:
    lines = FORMATS[fmt](both)
    found = assert_one_series_per_level(lines)
    if fmt in ("md", "html", "docx"):
        assert found["一、"] == [[1, 2, 3, 4]]
        assert [1, 2] in found["（一）"], "each part names the two plans （一） and （二）"
        assert any(len(run) == len(both.plans[0].sections) for run in found["1."]), "a plan's sections: 1. 2. …"


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])  # the ledger has no 存在问题 part
def test_lagging_targets_are_numbered_under_their_part(report: QuarterReport, fmt: str) -> None:
    lines = FORMATS[fmt](report)
    titles = [item.title for item in report.plans[0].lagging]
    marked = [line for line in lines if any(f"{t}（" in line for t in titles) and line.startswith("（")]
    assert [line[:3] for line in marked] == [f"（{chinese(n)}）" for n in range(1, len(titles) + 1)]


def test_the_markers_and_the_plans_own_numbers() -> None:
    assert [marker(level, 3, "zh") for level in (1, 2, 3, 4)] == ["三、", "（三）", "3.", "（3）"]
    assert [chinese(n) for n in (1, 10, 11, 20, 35)] == ["一", "十", "十一", "二十", "三十五"]
    assert marker(1, 2, "en") == "2. " and marker(2, 2, "en") == "(b) "
    assert bare("三、下半年工作打算") == "下半年工作打算"
    assert bare("(一)抓国家创新型城市建设,提升综合创新水平") == "抓国家创新型城市建设,提升综合创新水平"
    assert bare("（十二）抓人才") == "抓人才" and bare("2. 科技金融") == "科技金融"
    assert bare("1.5亿元以上的项目") == "1.5亿元以上的项目" and bare("2025年重点") == "2025年重点"


def test_english_parts_are_numbered_too(build) -> None:
    from .conftest import QUARTER

    english = build(QUARTER, "yk22", lang="en")
    headings = [line for line in markdown.render(english).splitlines() if line.startswith("## ")]
    assert headings[:3] == ["## 1. Progress", "## 2. Problems", "## 3. Next quarter"]

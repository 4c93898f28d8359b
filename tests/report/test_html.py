"""The HTML report read back with an HTML parser: one page, nothing fetched, the same numbers, text escaped."""

from __future__ import annotations

from html.parser import HTMLParser

from tracker.report import html
from tracker.report.chart import BAR_FILL, MARK_COLOUR
from tracker.report.numbering import chinese


class Page(HTMLParser):
    """Headings, table rows (cell texts) and every URL-bearing attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self.rows: list[list[str]] = []
        self.links: list[str] = []
        self.tags: list[str] = []
        self._text: list[str] | None = None
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links += [value or "" for name, value in attrs if name in ("src", "href")]
        if tag in ("h1", "h2", "h3", "h4", "td", "th"):
            self._text = []
        if tag == "tr":
            self._row = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3", "h4") and self._text is not None:
            self.headings.append((tag, "".join(self._text).strip()))
        elif tag in ("td", "th") and self._row is not None and self._text is not None:
            self._row.append("".join(self._text).strip())
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        if tag in ("h1", "h2", "h3", "h4", "td", "th"):
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def read(text: str) -> Page:
    page = Page()
    page.feed(text)
    return page


def test_the_tables_say_what_status_says(report, status_json) -> None:
    page = read(html.render(report))
    header = page.rows[0]
    assert header[:9] == ["序号", "目标任务", "目标值", "完成值", "完成率", "序时进度", "状态", "差距", "较上季度"]
    lines = [dict(zip(header, row, strict=True)) for row in page.rows if len(row) == len(header) and row != header]
    assert len(lines) == len(status_json)
    words = {"done": "已完成", "on_track": "正常推进", "behind": "滞后", "no_data": "暂无数据"}
    assert all(line["状态"] == words[status_json[line["目标任务"]]["status"]] for line in lines)
    contracts = next(line for line in lines if line["目标任务"] == "技术合同成交额")
    assert (contracts["完成值"], contracts["完成率"], contracts["序时进度"]) == ("4亿元", "35.4%", "49.6%")
    sections = [text for tag, text in page.headings if tag == "h3"]
    assert sections == [f"（{chinese(s.number)}）{s.title}" for s in report.plans[0].sections]
    assert [text for tag, text in page.headings if tag == "h2"] == [
        "一、主要工作进展情况", "二、存在问题", "三、下季度工作安排", "四、各责任单位推进情况", "附件：数据来源"]


def test_self_contained_with_a_chart(report) -> None:
    page = read(html.render(report))
    assert page.links == [] and "script" not in page.tags and "link" not in page.tags
    assert page.tags.count("svg") == 1 and "rect" in page.tags


def test_text_from_documents_is_escaped(report) -> None:
    part = report.plans[0]
    first = part.sections[0]
    row = first.rows[0]._replace(title='<script>alert("x")</script>', source="<img src=x onerror=alert(1)>")
    hostile = report._replace(plans=(part._replace(sections=(first._replace(rows=(row,)),)),))
    text = html.render(hostile)
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text
    page = read(text)
    assert "script" not in page.tags and "img" not in page.tags


class Chart(HTMLParser):
    """The SVG's bars, marks and legend: each rect and line with its colour, and whether it is in the legend."""

    def __init__(self) -> None:
        super().__init__()
        self.shapes: list[tuple[bool, str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        self._legend = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "g" and found.get("class") == "legend":
            self._legend = True
        if tag in ("rect", "line"):
            self.shapes.append((self._legend, tag, found))

    def handle_endtag(self, tag: str) -> None:
        if tag == "g":
            self._legend = False

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


def test_the_legend_has_the_colours_of_the_bars_and_the_mark(report) -> None:
    chart = Chart()
    chart.feed(html.render(report))
    bars = {shape["fill"] for legend, tag, shape in chart.shapes if not legend and shape.get("class") == "bar"}
    marks = {shape["stroke"] for legend, tag, shape in chart.shapes if not legend and shape.get("class") == "mark"}
    keys = [(tag, shape.get("fill") or shape.get("stroke")) for legend, tag, shape in chart.shapes if legend]
    assert bars == {BAR_FILL} and marks == {MARK_COLOUR}
    assert keys == [("rect", BAR_FILL), ("line", MARK_COLOUR)], "the legend's keys drawn in the bars' colours"
    assert not any("■" in text for text in chart.texts), "no black square of text"

"""A native bar chart in a Word document: the chart's own data (no workbook travels with it), its axes, and the
part and inline drawing each chart adds (tests/report/test_word.py finds the chart in a whole report)."""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal

import docx
from docx.shared import Mm
from openpyxl.xml.functions import tostring

from tracker.report.word_chart import ROW, WIDTH, add_chart, bar_chart

SECTIONS = ["企业培育", "人才引进", "成果转化"]
SERIES = {"完成率": [Decimal("0.4"), Decimal("1.2"), Decimal(0)], "序时进度": [Decimal("0.4959")] * 3}


def test_the_chart_carries_its_categories_and_values_as_literals() -> None:
    xml = tostring(bar_chart("各板块完成情况", SECTIONS[:2], {"完成率": [Decimal("0.4"), Decimal("1.2")]})
                   ._write()).decode("utf-8")  # openpyxl's own chart writer
    assert "<numLit>" in xml and "<strLit>" in xml and "<f>" not in xml, "no reference to a workbook's cells"
    assert re.findall(r'<ptCount val="(\d+)"', xml) == ["2", "2"], "LibreOffice needs each literal's count"
    assert re.findall(r"<v>([^<]*)</v>", xml) == ["完成率", "企业培育", "人才引进", "0.4", "1.2"]
    assert "<formatCode>0.0%</formatCode>" in xml, "values shown as percentages"


def test_horizontal_bars_as_percentages_from_0_to_100() -> None:
    chart = bar_chart("各板块完成情况", SECTIONS, SERIES)
    assert (chart.type, chart.grouping) == ("bar", "clustered")
    assert (chart.y_axis.number_format.formatCode, chart.y_axis.scaling.min, chart.y_axis.scaling.max) == ("0%", 0, 1)
    assert chart.x_axis.scaling.orientation == "maxMin", "the first section on top, as in the tables"
    assert [series.tx.v for series in chart.series] == ["完成率", "序时进度"]
    assert chart.legend.position == "b"


def test_each_chart_is_its_own_part_placed_inline_at_the_end() -> None:
    document = docx.Document()
    document.add_paragraph("正文")
    add_chart(document, "营口", SECTIONS, SERIES)
    add_chart(document, "威海", SECTIONS[:1], {"完成率": [Decimal("0.5")]})
    saved = io.BytesIO()
    document.save(saved)
    with zipfile.ZipFile(saved) as package:
        parts = sorted(n for n in package.namelist() if n.startswith("word/charts/"))
        body = package.read("word/document.xml").decode("utf-8")
        types = package.read("[Content_Types].xml").decode("utf-8")
        relations = package.read("word/_rels/document.xml.rels").decode("utf-8")
    assert parts == ["word/charts/chart1.xml", "word/charts/chart2.xml"]
    assert types.count("drawingml.chart+xml") == 2 and relations.count("charts/chart") == 2
    assert re.findall(r'<wp:docPr id="(\d+)"', body) == ["1001", "1002"], "each drawing its own id"
    heights = [int(cy) for cy in re.findall(r'<wp:extent cx="\d+" cy="(\d+)"', body)]
    assert heights == [Mm(30) + ROW * 3, Mm(30) + ROW * 1], "room for each category"
    assert re.findall(r'<wp:extent cx="(\d+)"', body) == [str(WIDTH)] * 2
    assert body.index("正文") < body.index("<c:chart"), "the chart comes after what was written"

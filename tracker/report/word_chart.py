"""A native bar chart in a Word document: openpyxl writes the DrawingML chart (the same part Excel uses), with
its numbers kept inside the chart; python-docx's package API adds the part and places it inline.

Word and LibreOffice draw such a chart from the values it carries, so no
workbook travels with the document and nothing is rendered to an image.
"""

from __future__ import annotations

from decimal import Decimal

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Mm
from openpyxl.chart import BarChart
from openpyxl.chart.data_source import (
    AxDataSource,
    NumData,
    NumDataSource,
    NumVal,
    StrData,
    StrVal,
)
from openpyxl.chart.series import Series, SeriesLabel
from openpyxl.xml.functions import tostring

WIDTH, ROW = Mm(156), Mm(11)
"""The chart spans the text block; each category gets this much height (plus room for title and legend)."""
INLINE = """<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{number}" name="Chart {number}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">
<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing>"""


def bar_chart(title: str, categories: list[str], series: dict[str, list[Decimal]]) -> BarChart:
    """Horizontal clustered bars, values as shares shown in percent, data written into the chart itself."""
    chart = BarChart()
    chart.type, chart.grouping, chart.title = "bar", "clustered", title
    chart.y_axis.number_format, chart.y_axis.scaling.min, chart.y_axis.scaling.max = "0%", 0, 1
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # the first section on top, as in the tables,
    chart.y_axis.crosses = "max"  # and the value axis still below them (it crosses at the last category)
    chart.y_axis.delete = chart.x_axis.delete = False
    chart.x_axis.axPos, chart.y_axis.axPos = "l", "b"  # horizontal bars: categories left, values below
    # ptCount is optional in the schema, but LibreOffice will not open a chart whose literal data lacks it
    labels = AxDataSource(strLit=StrData(ptCount=len(categories),
                                         pt=[StrVal(idx=n, v=text) for n, text in enumerate(categories)]))
    for name, values in series.items():
        points = NumData(formatCode="0.0%", ptCount=len(values),
                         pt=[NumVal(idx=n, v=float(v)) for n, v in enumerate(values)])
        chart.series.append(Series(val=NumDataSource(numLit=points), cat=labels, tx=SeriesLabel(v=name)))
    chart.legend.position = "b"
    return chart


def add_chart(document: Document, title: str, categories: list[str], series: dict[str, list[Decimal]]) -> None:
    """A chart in its own centred paragraph at the end of the document."""
    chart = bar_chart(title, categories, series)
    package = document.part.package
    number = sum(1 for part in package.iter_parts() if part.partname.startswith("/word/charts/")) + 1
    part = Part(PackURI(f"/word/charts/chart{number}.xml"), CONTENT_TYPE.DML_CHART,
                tostring(chart._write()), package)  # openpyxl's own chart-part writer
    rid = document.part.relate_to(part, RELATIONSHIP_TYPE.CHART)
    height = Mm(30) + ROW * len(categories)
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = 0
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # an exact line would clip the chart
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run()._r.append(parse_xml(  # python-docx has no API for charts
        INLINE.format(cx=WIDTH, cy=height, number=1000 + number, rid=rid)))

"""The report as one self-contained HTML page: the same tables, an inline SVG chart, print styles; nothing
fetched from the network. Every text is escaped by Jinja2's autoescaping (a document's sentence can hold
markup; it is shown, never run)."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader

from tracker.display import percent_text
from tracker.report.chart import BAR_FILL, BAR_WIDTH, LABEL_WIDTH, MARK_COLOUR, ROW_HEIGHT, TRACK_FILL, bars
from tracker.report.content import STATUS_FILL, QuarterReport
from tracker.report.markdown import SOURCES, TABLE, problems_lead, source_values, table_values

NUMERIC = ("number", "goal", "actual", "completion", "expected", "gap")


def render(report: QuarterReport) -> str:
    environment = Environment(loader=PackageLoader("tracker.report"), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True)
    template = environment.get_template("report.html.j2")
    return template.render(report=report, several=report.several, columns=TABLE, sources=SOURCES,
                           numeric=NUMERIC, values=table_values, source_values=source_values, lead=problems_lead,
                           bars=bars, percent=percent_text, bar_width=BAR_WIDTH, label_width=LABEL_WIDTH,
                           row_height=ROW_HEIGHT, fills=STATUS_FILL,
                           colours={"bar": BAR_FILL, "track": TRACK_FILL, "mark": MARK_COLOUR})

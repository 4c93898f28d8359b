"""The Markdown report read back: its tables hold what `tracker status --json` says; the seeds' report is a snapshot."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from tracker.display import percent_text
from tracker.report import markdown
from tracker.report.numbering import chinese


class MarkdownSnapshot(SingleFileSnapshotExtension):
    """The snapshot as a plain .md file, readable and diffable on its own."""

    _file_extension = "md"
    _write_mode = WriteMode.TEXT


def tables(text: str) -> dict[str, list[dict[str, str]]]:
    """Every pipe table under its nearest heading, rows as {column label: cell}."""
    found: dict[str, list[dict[str, str]]] = {}
    heading, labels = "", None
    for line in text.splitlines():
        if line.startswith("#"):
            heading, labels = line.lstrip("# "), None
        elif line.startswith("|") and labels is None:
            labels = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        elif line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            found.setdefault(heading, []).append(dict(zip(labels, cells, strict=True)))
    return found


def test_the_section_tables_say_what_status_says(report, status_json) -> None:
    text = markdown.render(report)
    sections = {f"（{chinese(s.number)}）{s.title}" for s in report.plans[0].sections}
    read = {heading: rows for heading, rows in tables(text).items() if heading in sections}
    assert set(read) == sections
    lines = [row for rows in read.values() for row in rows]
    assert len(lines) == len(status_json)
    words = {"done": "已完成", "on_track": "正常推进", "behind": "滞后", "no_data": "暂无数据"}
    for line in lines:
        expected = status_json[line["目标任务"]]
        assert line["状态"] == words[expected["status"]]
        shown = "" if expected["completion"] is None else percent_text(_decimal(expected["completion"]))
        assert line["完成率"] == shown
    contracts = next(line for line in lines if line["目标任务"] == "技术合同成交额")
    assert (contracts["目标值"], contracts["完成值"], contracts["差距"]) == ("11.3亿元", "4亿元", "7.3亿元")
    assert "完成技术合同登记额4.0亿元" in contracts["数据来源"]


def test_the_parts_come_in_the_usual_order(report) -> None:
    headings = [line for line in markdown.render(report).splitlines() if line.startswith("## ")]
    assert headings == ["## 一、主要工作进展情况", "## 二、存在问题", "## 三、下季度工作安排", "## 四、各责任单位推进情况",
                        "## 附件：数据来源"]
    lines = markdown.render(report).splitlines()
    assert lines[lines.index("## 附件：数据来源") - 4:lines.index("## 附件：数据来源")] == [
        "营口市科学技术局", "", "2022年7月6日", ""], "落款 and 成文日期 close the body"


def test_a_pipe_in_a_quote_stays_inside_its_cell() -> None:
    assert markdown.text("甲|乙\n丙") == "甲\\|乙 丙"


def test_the_seeds_report_is_unchanged(report, snapshot) -> None:  # syrupy's fixture
    """After a deliberate change, read the diff, then `pytest tests/report --snapshot-update`."""
    assert markdown.render(report) == snapshot.use_extension(MarkdownSnapshot)


def _decimal(value: float):
    from decimal import Decimal

    return Decimal(str(value))


HOSTILE = ("<script>alert(1)</script><img src=x onerror=alert(2)>[x](javascript:alert(3))![](http://evil/p.png)"
           "<http://evil> **b** `c` &#106; \x1b]52;c;ZXZpbA==\x07|")


def test_html_and_markdown_from_a_document_or_a_user_stay_inert(report) -> None:
    part = report.plans[0]
    assert part.lagging and part.sources
    hostile = report._replace(plans=(part._replace(
        title=HOSTILE,
        sources=tuple(s._replace(quote=HOSTILE + s.quote, document=HOSTILE, path=HOSTILE) for s in part.sources),
        lagging=tuple(item._replace(title=HOSTILE, cause=HOSTILE) for item in part.lagging),
        next_steps=(HOSTILE, *part.next_steps)),), title=HOSTILE)
    text = markdown.render(hostile)
    assert "\x1b" not in text and "\x07" not in text
    shown = MarkdownIt("commonmark").enable("table").render(text)  # raw HTML on, as most viewers have it
    assert "<script" not in shown and "<img" not in shown and "href" not in shown and "<code" not in shown
    assert shown.count("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
                       "[x](javascript:alert(3))![](http://evil/p.png)&lt;http://evil&gt; **b** `c` &amp;#106;") > 4
    appendix = tables(text)["附件：数据来源"]
    assert all(row["原文"].startswith("\\<script\\>") and row["文件"].endswith("|") for row in appendix)

"""What both shells show the same way: words from files as plain, safe text; a status as a coloured dot and a word
with its marks; a colour for every status; the width from which tables show more."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.model.period import parse_period
from tracker.model.plan import Plan
from tracker.model.target import Target
from tracker.progress.status import Progress, Status
from tracker.shown import STATUS_STYLE, WIDE, plain, status_word

TARGET = Target(id="wh25-loans", title="科技信贷投放", target="25亿元以上")
PLAN = Plan(id="wh25", title="2025年科技工作要点", region="威海市", period="2025", targets=(TARGET,))


def progress(status: Status, **fields: object) -> Progress:
    return Progress(TARGET, PLAN, date(2025, 6, 30), parse_period("2025"), status, **fields)


def test_every_status_has_a_colour() -> None:
    assert set(STATUS_STYLE) == set(Status)


@pytest.mark.parametrize(("written", "lines", "shown"), [
    pytest.param("[bold]科技局[/bold]", False, "[bold]科技局[/bold]", id="markup-stays-text"),
    pytest.param("[link=https://x.example]点此[/link]", False, "[link=https://x.example]点此[/link]", id="no-link"),
    pytest.param("a\x1b]52;c;ZXZpbA==\x07b", False, "a␛b", id="escape-sequence"),
    pytest.param("第一行\n第二行", False, "第一行 第二行", id="one-line"),
    pytest.param("第一行\r\n第二行", True, "第一行\n第二行", id="lines-kept"),
])
def test_plain_shows_words_as_written_and_safe(written: str, lines: bool, shown: str) -> None:
    text = plain(written, lines=lines, style="bold")
    assert (text.plain, text.spans, str(text.style)) == (shown, [], "bold")


@pytest.mark.parametrize(("status", "zh", "en", "colour"), [
    pytest.param(Status.DONE, "● 已完成", "● done", "green", id="done"),
    pytest.param(Status.ON_TRACK, "● 正常推进", "● on track", "green", id="on-track"),
    pytest.param(Status.BEHIND, "● 滞后", "● behind", "yellow", id="behind"),
    pytest.param(Status.SEVERELY_BEHIND, "● 严重滞后", "● severely behind", "red", id="severely-behind"),
    pytest.param(Status.MISSED, "● 未完成", "● missed", "red", id="missed"),
    pytest.param(Status.NO_DATA, "● 暂无数据", "● no data", "dim", id="no-data"),
    pytest.param(Status.IN_PROGRESS, "● 推进中", "● in progress", "cyan", id="in-progress"),
    pytest.param(Status.NOT_STARTED, "● 未启动", "● not started", "dim", id="not-started"),
])
def test_a_status_is_a_dot_and_a_word_in_its_colour(status: Status, zh: str, en: str, colour: str) -> None:
    word = status_word(progress(status), "zh")
    assert (word.plain, status_word(progress(status), "en").plain) == (zh, en)
    assert (str(word.style), word.spans) == (colour, [])


STALE, CONFLICT = ("yellow", " · 数据过期"), ("magenta", " · 来源数值不一致")


@pytest.mark.parametrize(("fields", "marks"), [
    pytest.param({"stale": True}, [STALE], id="stale"),
    pytest.param({"conflicts": ("another value",)}, [CONFLICT], id="sources-disagree"),
    pytest.param({"stale": True, "conflicts": ("another value",)}, [STALE, CONFLICT], id="both-stale-first"),
])
def test_stale_and_conflicting_figures_are_marked_after_the_word(fields: dict, marks: list[tuple[str, str]]) -> None:
    word = status_word(progress(Status.BEHIND, **fields), "zh")
    assert word.plain == "● 滞后" + "".join(text for _, text in marks)
    assert [(str(span.style), word.plain[span.start:span.end]) for span in word.spans] == marks


def test_tables_show_more_from_120_cells() -> None:
    assert WIDE == 120

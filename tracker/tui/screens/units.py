"""The lead units (牵头单位, 督办): each one's targets by status, its score and grade, what falls due soon and what is
overdue; the highlighted unit's targets to answer for below the list. Enter shows the dashboard with that unit's
targets alone; n writes and records the unit's supervision notice (督办通知) through the core.

Everything shown comes from the snapshot's roll-ups by unit and the app's `supervised()` (the core's `supervise`,
once per snapshot); the lines are made once per snapshot and language, moving the cursor only picks one.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from tracker.display import deadline_sentence, goal_amount, percent_text, rollup_sentence, score_text
from tracker.errors import TrackerUserError
from tracker.i18n import Lang, translate
from tracker.progress.deadline import DeadlineState
from tracker.progress.rollup import Level, Rollup
from tracker.progress.score import Score, ScoreLevel
from tracker.progress.status import Progress, Status
from tracker.progress.supervision import Supervised
from tracker.report.documents import long_date
from tracker.safe_text import safe_text
from tracker.shown import STATUS_STYLE, plain, status_word
from tracker.tui.keys import Key
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.widgets.footer import KeyFooter
from tracker.tui.widgets.table import Column, Row, RowTable
from tracker.tui.widgets.target_table import cell
from tracker.workspace import Snapshot

WIDTHS = {"unit": 16, "score": 6, "grade": 9, "lagging": 9, "due_soon": 8, "overdue": 7, "targets": 7}
"""Cells of the list's fixed columns; the counts by status take what is left, when that is enough to read."""
MIN_STATUSES = 16
HEADINGS = {"unit": "tui.units.col.unit", "score": "tui.units.col.score", "grade": "tui.units.col.grade",
            "lagging": "tui.units.col.lagging", "due_soon": "tui.units.col.due_soon",
            "overdue": "tui.units.col.overdue", "targets": "tui.units.col.targets",
            "statuses": "tui.units.col.statuses"}


class Unit(NamedTuple):
    """One lead unit as the screen lists it."""

    name: str
    rollup: Rollup
    score: Score | None
    due_soon: int
    overdue: int
    lagging: list[Progress]
    """The targets it must answer for (behind, severely behind, missed or overdue), in file order."""


def units_of(snapshot: Snapshot, supervised: Supervised) -> list[Unit]:
    """Every lead unit of the snapshot's roll-ups, by name, with its score, deadlines and lagging targets."""
    scores = {s.key: s for s in supervised.scores if s.level is ScoreLevel.OWNER}
    counts = supervised.deadline_counts
    return [Unit(r.owner, r, scores.get(r.owner), counts.get(r.owner, {}).get(DeadlineState.DUE_SOON, 0),
                 counts.get(r.owner, {}).get(DeadlineState.OVERDUE, 0), supervised.lagging.get(r.owner, []))
            for r in snapshot.report.rollups if r.level is Level.OWNER and r.owner]


def status_counts(rollup: Rollup, lang: Lang) -> Text:
    """滞后 2 正常推进 4 …: each status with its count, in its colour (the word always beside it)."""
    text = Text()
    for status in (s for s in Status if rollup.counts.get(s)):  # in the statuses' own order, as the digest's
        if text:
            text.append(" ")
        text.append(f"{translate(f'status.{status.value}', lang)} {rollup.counts[status]}", style=STATUS_STYLE[status])
    return text


def count_cell(count: int, style: str) -> Text:
    """A count, coloured when it is not zero (the number says it anyway)."""
    return Text(str(count), style=style if count else "dim")


def unit_row(unit: Unit, columns: list[str], lang: Lang) -> Row:
    score = unit.score
    cells = {"unit": plain(unit.name), "score": score_text(score) if score else "",
             "grade": translate(f"score.{score.grade.value}", lang) if score and score.grade else "",
             "lagging": count_cell(len(unit.lagging), "bold red"), "due_soon": count_cell(unit.due_soon, "yellow"),
             "overdue": count_cell(unit.overdue, "bold red"), "targets": str(sum(unit.rollup.counts.values())),
             "statuses": status_counts(unit.rollup, lang)}
    return Row(unit.name, tuple(cell(cells[name]) for name in columns))


def unit_detail(unit: Unit, snapshot: Snapshot, supervised: Supervised, lang: Lang) -> Text:
    """The unit's counts and completion, score, deadlines, and each target it must answer for."""
    text = Text(safe_text(unit.name), style="bold")
    text.append(f"\n{rollup_sentence(unit.rollup, lang)}")
    score = unit.score
    if score is None or score.score is None or score.grade is None:
        text.append(f"\n{translate('tui.units.no_score', lang)}", style="dim")
    else:
        text.append("\n" + translate("tui.units.score", lang, score=score_text(score),
                                     grade=translate(f"score.{score.grade.value}", lang), scored=score.scored,
                                     weight=f"{score.weight.normalize():f}"))
        if score.unscored:
            text.append(translate("tui.units.unscored", lang, count=score.unscored))
    text.append("\n" + translate("tui.units.deadlines", lang, due_soon=unit.due_soon, overdue=unit.overdue))
    if not unit.lagging:
        text.append(f"\n\n{translate('tui.units.none_lagging', lang)}", style="green")
        return text
    text.append("\n\n" + translate("tui.units.lagging", lang, count=len(unit.lagging)), style="bold")
    for progress in unit.lagging:
        text.append("\n")
        text.append_text(lagging_line(progress, snapshot, supervised, lang))
    return text


def lagging_line(progress: Progress, snapshot: Snapshot, supervised: Supervised, lang: Lang) -> Text:
    """● 滞后 技术合同成交额（yk22-contracts）35.4%，还差7.3亿元；截止2022-12-31，还有184天；未填写滞后原因."""
    separator, stop = translate("report.comma", lang), translate("report.clause_separator", lang)
    line = Text()
    line.append_text(status_word(progress, lang))  # its colour on the word alone, not on the line
    line.append(" " + safe_text(f"{progress.target.title}（{progress.target.id}）"), style="bold")
    said = [percent_text(progress.completion)]
    if progress.gap:
        said.append(translate("tui.units.gap", lang, gap=goal_amount(progress, progress.gap)))
    if figures := separator.join(s for s in said if s):
        line.append(f" {figures}{stop}")
    else:
        line.append(" ")
    line.append(deadline_sentence(supervised.deadlines[progress.target.id], lang) + stop)
    noted = progress.target.id in snapshot.notes
    line.append(translate("tui.units.noted" if noted else "tui.units.not_noted", lang),
                style="green" if noted else "yellow")
    return line


class UnitsScreen(TrackerScreen):
    """The lead units; Enter: the dashboard with the highlighted unit's targets alone."""

    KEYS: ClassVar[tuple[Key, ...]] = (
        Key("enter", "unit_targets", "tui.key.unit_targets", show=False, key_display="Enter"),  # the title says it
        Key("n", "notice", "tui.key.notice"),
        Key("escape", "back", "tui.key.back"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.units: list[Unit] = []
        self._width = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="units-title", classes="panel-title")
        yield RowTable(id="units")
        with VerticalScroll(id="unit-detail"):
            yield Static(id="unit-detail-text")
        yield KeyFooter()

    def prepare(self) -> None:
        table = self.query_one("#units", RowTable)
        table.focus()
        self.watch(table, "cursor_row", self._show_current, init=False)

    def columns(self) -> list[str]:
        """The columns shown at the screen's width: the counts by status only where they can be read."""
        names = list(WIDTHS)
        if self._statuses_cells() >= MIN_STATUSES:
            names.append("statuses")
        return names

    def _statuses_cells(self) -> int:
        return self.size.width - sum(WIDTHS.values()) - 2 * (len(WIDTHS) + 1) - 2

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self._fill()

    def relabel(self) -> None:
        super().relabel()
        self._fill()

    def show(self, snapshot: Snapshot) -> None:
        supervised = self.app.supervised()
        self.units = units_of(snapshot, supervised) if supervised is not None and not snapshot.pending else []
        self._fill()

    def _fill(self) -> None:
        """Columns for the width, headed in the app's language, and one row per unit; the cursor stays on its unit."""
        self._width = self.size.width
        table = self.query_one("#units", RowTable)
        kept = table.cursor_key
        names = self.columns()
        cells = {**WIDTHS, "statuses": self._statuses_cells()}
        table.set_columns([Column(n, translate(HEADINGS[n], self.lang), cells[n]) for n in names])
        table.set_rows([unit_row(unit, names, self.lang) for unit in self.units], kept)
        snapshot = self.app.snapshot
        title = "tui.units.title" if self.units else "tui.units.empty"
        if snapshot is None or snapshot.pending:  # the targets alone: the units follow with their status
            title = "tui.computing"
        date = snapshot.report.as_of.isoformat() if snapshot is not None else ""
        self.query_one("#units-title", Static).update(translate(title, self.lang, count=len(self.units), date=date))
        self._show_current()

    def current(self) -> Unit | None:
        """The highlighted unit."""
        table = self.query_one("#units", RowTable)
        return self.units[table.cursor_row] if 0 <= table.cursor_row < len(self.units) else None

    def _show_current(self) -> None:
        unit, supervised, snapshot = self.current(), self.app.supervised(), self.app.snapshot
        detail = self.query_one("#unit-detail-text", Static)
        if unit is None or supervised is None or snapshot is None:
            detail.update("")
            return
        detail.update(unit_detail(unit, snapshot, supervised, self.lang))
        self.query_one("#unit-detail", VerticalScroll).scroll_home(animate=False)

    # ── actions ───────────────────────────────────────────────────────────
    def on_row_table_row_selected(self, _event: RowTable.RowSelected) -> None:
        self.action_unit_targets()

    def action_unit_targets(self) -> None:
        """Back to the dashboard, showing the highlighted unit's targets alone."""
        unit = self.current()
        if unit is None:
            return
        self.app.pop_screen()
        show_unit = getattr(self.app.screen, "show_unit", None)  # the dashboard, which opened this screen
        if show_unit is not None:
            show_unit(unit.name)

    def action_notice(self) -> None:
        """The highlighted unit's supervision notice (督办通知), written and recorded by `Workspace.issue_notices`
        as of the date on screen; a unit with nothing to answer for gets none."""
        unit, snapshot = self.current(), self.app.snapshot
        if unit is None or snapshot is None:
            return
        if not unit.lagging:
            self.notify(translate("notice.nothing_unit", self.lang, as_of=long_date(snapshot.report.as_of, self.lang),
                                  unit=unit.name))
            return
        if any(worker.group == "notice" and worker.is_running for worker in self.workers):
            return  # one being written already: a second key press writes no second notice
        self.notify(translate("tui.notice.writing", self.lang, unit=unit.name))
        self._issue(unit.name)

    @work(thread=True, group="notice", exit_on_error=False)
    def _issue(self, unit: str) -> None:
        """Write the notice in a worker (the core reads the documents again for it); say what came of it."""
        app, lang = self.app, self.lang
        try:
            issued = app.workspace.issue_notices(app.snapshot.targets_file, app.as_of, lang, owner=unit)
        except TrackerUserError as error:
            exists = error.code == "report.exists"
            said = translate("tui.notice.exists", lang, **error.params) if exists else error.message(lang)
            app.call_from_thread(app.notify, said, severity="error", timeout=10)
            return
        for notice in issued.notices:
            app.call_from_thread(app.notify, translate("notice.written", lang, path=notice.file, unit=notice.unit,
                                                       count=len(notice.targets), date=long_date(notice.reply_by, lang)),
                                 timeout=10)
        if not issued.notices:  # the figures moved since the screen was filled
            app.call_from_thread(app.notify, translate("notice.nothing_unit", lang,
                                                       as_of=long_date(issued.as_of, lang), unit=unit))

    def action_back(self) -> None:
        self.app.pop_screen()

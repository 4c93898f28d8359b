"""The dashboard: per plan, counts, overall completion and score; every target's progress and deadline in one
table."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Header, Input, Select, Static

from tracker.display import goal_amount, rollup_sentence, score_text
from tracker.i18n import translate
from tracker.matching.usage import unsettled
from tracker.matching.usage import unused as unused_documents
from tracker.model.plan import Plan
from tracker.progress.deadline import Deadline, DeadlineState
from tracker.progress.rollup import Level, Rollup
from tracker.progress.score import Score, ScoreLevel
from tracker.progress.status import Progress, Status
from tracker.progress.supervision import Supervised
from tracker.safe_text import safe_text
from tracker.shown import plain
from tracker.tui.keys import Key
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.widgets.cells import completion_bar, deadline_cell, status_light
from tracker.tui.widgets.footer import KeyFooter
from tracker.tui.widgets.table import Column, Row, RowTable
from tracker.tui.widgets.target_table import (
    BARS,
    HEADINGS,
    SORT_MARKS,
    SORTABLE,
    WIDE,
    WITH_OWNER,
    cell,
    grouped,
    heading,
    layout,
    matches,
    plan_order,
    sorted_by,
)
from tracker.workspace import Snapshot

BEHIND = (Status.BEHIND, Status.SEVERELY_BEHIND, Status.MISSED)
SECTION_PREFIX = "§"
FILTERS = ("plan", "section", "status", "deadline", "owner")
"""The selectors beside the search, in order."""


class DashboardScreen(TrackerScreen):
    """Status and gaps at a glance; Enter opens a target."""

    KEYS: ClassVar[tuple[Key, ...]] = (
        Key("slash", "search", "tui.key.search", key_display="/"),
        Key("n", "next_behind", "tui.key.next_behind", show=WIDE),
        Key("r", "review", "tui.key.review"),
        Key("a", "add_target", "tui.key.add"),
        Key("e", "edit_target", "tui.key.edit", show=WIDE),
        Key("s", "sort", "tui.key.sort", show=WIDE),
        Key("w", "write_report", "tui.key.report"),
        Key("d", "documents", "tui.key.documents"),
        Key("u", "units", "tui.key.units", show=WIDE),
        Key("escape", "clear_filters", "tui.key.filters", show=False),
        Key("i", "toggle_ids", "tui.key.ids", show=WITH_OWNER),
    )

    def __init__(self) -> None:
        super().__init__()
        self.sort_column: str | None = None
        self.sort_reverse = False
        self.ids = False
        """The id column is shown (`i`); titles alone by default."""
        self.widths: dict[str, int] = {}
        self._listed_only = False
        """The snapshot on screen is the targets alone (a first start); the cursor was not the person's choice."""
        self.order: dict[str, int] = {}
        """Each plan's place in the table and the summary (`plan_order`)."""
        self.shown: list[Progress] = []
        self.rendered: dict[str, Row] = {}
        """Each target's and section's row, made once per snapshot, language and width: typing only picks rows."""
        self._summary_width = 0
        """The width the summary was laid out for: a plan's score shows where it fits."""
        self._filling = False
        """True while choices are set for the person (a new snapshot's filters, clearing them): no refill each."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(translate("tui.loading", self.lang), id="summary")
        with Horizontal(id="filters"):
            yield Input(placeholder=translate("tui.search", self.lang), id="search", compact=True)
            for name in FILTERS:
                yield Select[str]([], prompt=translate(f"tui.filter.{name}", self.lang), id=f"filter-{name}",
                                  compact=True)
        yield RowTable(id="targets")
        yield Static("", id="shown")
        yield KeyFooter()

    def prepare(self) -> None:
        self._columns()
        # Refilled as the search text changes, before the next frame: the typed character and the rows
        # it leaves show together (Input.Changed would arrive a frame later).
        self.watch(self.query_one("#search", Input), "value", self._searched, init=False)
        for name in FILTERS:
            self.watch(self.query_one(f"#filter-{name}", Select), "value", self._filtered, init=False)
        self.query_one("#targets", RowTable).focus()

    def relabel(self) -> None:
        """Labels in the app's (new) language."""
        super().relabel()
        self.query_one("#search", Input).placeholder = translate("tui.search", self.lang)
        for name in FILTERS:
            self.query_one(f"#filter-{name}", Select).prompt = translate(f"tui.filter.{name}", self.lang)
        self._relayout()

    def columns(self) -> tuple[str, ...]:
        """The columns shown, in order."""
        return tuple(self.widths)

    def _columns(self) -> None:
        """Columns for the screen's width, headed in the app's language, the sorted one marked ▲ or ▼."""
        self.widths = layout(self.size.width, self.ids)
        marks = {self.sort_column: SORT_MARKS[self.sort_reverse]} if self.sort_column else {}
        self.query_one("#targets", RowTable).set_columns(
            [Column(name, heading(translate(HEADINGS[name], self.lang), cells, marks.get(name, "")), cells)
             for name, cells in self.widths.items()])

    def on_resize(self) -> None:
        if layout(self.size.width, self.ids) != self.widths:
            self._relayout()
        if self.app.snapshot is not None and self._summary_width != self.size.width:  # a score may fit now, or not
            self._summarize(self.app.snapshot)

    def _relayout(self) -> None:
        """Columns and rows again (a resize, the id column, a sort, the language); the cursor stays on its target."""
        kept = self._current_id()
        self._columns()
        self.rendered = {}
        self.refill(kept)

    # ── data ──────────────────────────────────────────────────────────────
    def show(self, snapshot: Snapshot) -> None:
        """Refill the header, the filter choices and the table from a snapshot."""
        items = self._in_plan(snapshot.report.progress)
        self._fill_filters(items)
        self.order = plan_order(items)
        self._summarize(snapshot)
        self.rendered = {}
        if self._listed_only:  # the targets alone were on screen: the first computed rows start at the top
            self.query_one("#targets", RowTable).set_rows([])
        self._listed_only = snapshot.pending
        self.refill()

    def _summarize(self, snapshot: Snapshot) -> None:
        """The lines above the table: each plan's counts, completion and score, then what was left out."""
        totals = sorted((r for r in snapshot.report.rollups if r.level is Level.PLAN and r.plan in self.order),
                        key=lambda r: self.order[r.plan])
        supervised = self.app.supervised()
        plan_scores = {} if supervised is None or snapshot.pending else {
            s.key: s for s in supervised.scores if s.level is ScoreLevel.PLAN}
        lines = [self._plan_line(r, snapshot.pending, plan_scores.get(r.plan or "")) for r in totals]
        self._summary_width = self.size.width
        unused = unused_documents(snapshot.report.documents)
        if unused and not snapshot.pending:  # never silent: a document left out is said where people look
            lines.append(Text(translate("tui.unused_documents", self.lang, count=len(unused)), style="yellow"))
        if (doubtful := unsettled(snapshot.report.documents)) and not snapshot.pending:
            lines.append(Text(translate("tui.unsettled_documents", self.lang, count=len(doubtful)), style="yellow"))
        if unreadable := snapshot.unreadable():
            lines.append(Text(translate("tui.unreadable_documents", self.lang, count=len(unreadable)), style="red"))
        if skipped := snapshot.skipped_rows():
            lines.append(Text(translate("tui.skipped_rows", self.lang, count=len(skipped),
                                        first=skipped[0].render(self.lang)), style="red"))
        self.query_one("#summary", Static).update(Text("\n").join(lines))

    def _plan_line(self, rollup: Rollup, pending: bool, score: Score | None) -> Text:
        """A plan's line, with its score and grade when they fit in the lines it takes anyway."""
        line = Text.assemble((safe_text(rollup.plan or ""), "bold"), " ", translate("tui.computing", self.lang)
                             if pending else rollup_sentence(rollup, self.lang))
        if score is None or score.grade is None:
            return line
        scored = line + translate("tui.summary.score", self.lang, score=score_text(score),
                                  grade=translate(f"score.{score.grade.value}", self.lang))
        room = max(self.size.width - 2, 1)  # the summary's padding
        lines = len(line.wrap(self.app.console, room))
        return scored if len(scored.wrap(self.app.console, room)) <= lines else line

    def _in_plan(self, items: list[Progress]) -> list[Progress]:
        plan = self.app.plan
        return items if plan is None else [p for p in items if p.plan.id == plan]

    def _fill_filters(self, items: list[Progress]) -> None:
        values = {"plan": sorted({p.plan.id for p in items}),
                  "section": list(dict.fromkeys(p.target.section for p in items if p.target.section)),
                  "owner": sorted({p.target.lead for p in items if p.target.lead})}
        choices: dict[str, list[tuple[str | Text, str]]] = {name: [(plain(v), v) for v in found]
                                                            for name, found in values.items()}
        choices["status"] = [(translate(f"status.{s.value}", self.lang), s.value) for s in Status
                             if any(p.status is s for p in items)]
        supervised = self.app.supervised()
        states = {supervised.deadlines[p.target.id].state for p in items} if supervised is not None else set()
        choices["deadline"] = [(translate(f"deadline.{s.value}", self.lang), s.value) for s in DeadlineState
                               if s in states]
        self._filling = True
        for name, options in choices.items():
            select = self.query_one(f"#filter-{name}", Select)
            current = select.value
            select.set_options(options)
            if current in {value for _, value in options}:
                select.value = current
        self._filling = False

    def _selected(self, name: str) -> str | None:
        value = self.query_one(f"#filter-{name}", Select).value
        return value if isinstance(value, str) else None

    def visible(self) -> list[Progress]:
        """The targets that pass the filters and the search, in table order."""
        snapshot = self.app.snapshot
        if snapshot is None:
            return []
        plan, section, status, deadline, owner = (self._selected(n) for n in FILTERS)
        deadlines = self._deadlines()
        query = self.query_one("#search", Input).value.strip().lower()
        found = [p for p in self._in_plan(snapshot.report.progress)
                 if plan in (None, p.plan.id) and section in (None, p.target.section)
                 and status in (None, p.status.value) and owner in (None, p.target.lead)
                 and (deadline is None or deadlines[p.target.id].state.value == deadline)
                 and (not query or matches(p, query))]
        if self.sort_column is not None:
            found = sorted_by(found, self.sort_column, self.sort_reverse, deadlines)
        else:
            found = grouped(found, self.order)
        return found

    def _deadlines(self) -> dict[str, Deadline]:
        supervised: Supervised | None = self.app.supervised()
        return supervised.deadlines if supervised is not None else {}

    def refill(self, current: str | None = None) -> None:
        """Show the rows that pass the filters; grouped by section unless sorted by a column; the cursor on
        `current`, else where it is."""
        current = current or self._current_id()
        self.shown = self.visible()
        rows: list[Row] = []
        section: tuple[str, str | None] | None = None
        for progress in self.shown:
            if self.sort_column is None and (progress.plan.id, progress.target.section) != section:
                section = (progress.plan.id, progress.target.section)
                rows.append(self._section_row(progress.plan, progress.target.section))
            row = self.rendered.get(progress.target.id)
            if row is None:
                row = self.rendered[progress.target.id] = Row(progress.target.id, self._cells(progress))
            rows.append(row)
        ids = {p.target.id for p in self.shown}
        first = self.shown[0].target.id if self.shown else None
        self.query_one("#targets", RowTable).set_rows(rows, current if current in ids else first)
        total = len(self._in_plan(self.app.snapshot.report.progress)) if self.app.snapshot else 0
        self.query_one("#shown", Static).update(
            translate("tui.shown", self.lang, shown=len(self.shown), total=total) if self.shown
            else translate("tui.no_targets", self.lang))

    def _section_row(self, plan: Plan, section: str | None) -> Row:
        """A section's heading row, made once per snapshot, language and width like the target rows; targets
        without a section are 未分章节 beside named sections, and a plan with none is headed by its title."""
        key = f"{SECTION_PREFIX}{plan.id}/{section}"
        row = self.rendered.get(key)
        if row is None:  # one cell: it spans the whole line
            sectioned = any(t.section for t in plan.targets)
            name = section or (translate("tui.no_section", self.lang) if sectioned else plan.title)
            row = self.rendered[key] = Row(key, (cell(plain(f"{plan.id} · {name}", style="bold")),))
        return row

    def _cells(self, p: Progress) -> tuple[Text, ...]:
        goal = p.target.target
        cells: dict[str, str | Text] = {"id": p.target.id, "title": p.target.title, "target": goal.text if goal else "",
                                        "owner": p.target.lead or ""}
        if self.app.snapshot is not None and self.app.snapshot.pending:  # the targets alone, status to follow
            cells["status"] = Text(translate("tui.pending", self.lang), style="italic grey62")
        else:
            cells |= {"actual": goal_amount(p, p.actual.value) if p.actual else "",
                      "completion": completion_bar(p, BARS[self.size.width >= WIDE]),
                      "status": status_light(p, self.lang), "gap": goal_amount(p, p.gap) if p.gap else ""}
            if (deadline := self._deadlines().get(p.target.id)) is not None:
                cells["deadline"] = deadline_cell(deadline, self.lang)
        return tuple(cell(cells.get(name, "")) for name in self.columns())

    def _current_id(self) -> str | None:
        key = self.query_one("#targets", RowTable).cursor_key
        return key if key and not key.startswith(SECTION_PREFIX) else None

    def _move_to(self, target_id: str) -> None:
        self.query_one("#targets", RowTable).move_to(target_id)  # a row filtered away: the cursor stays

    def current(self) -> Progress | None:
        """The target under the cursor."""
        target_id = self._current_id()
        return next((p for p in self.shown if p.target.id == target_id), None)

    # ── events ────────────────────────────────────────────────────────────
    def _searched(self, _value: str) -> None:
        if not self._filling:
            self.refill()

    def _filtered(self, _value: object) -> None:
        if not self._filling:  # a new snapshot's choices being set is not a person's choice
            self.refill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#targets", RowTable).focus()

    def on_row_table_header_selected(self, event: RowTable.HeaderSelected) -> None:
        self._sort_by(event.column)

    def on_row_table_row_selected(self, _event: RowTable.RowSelected) -> None:
        from tracker.tui.screens.target import TargetScreen

        progress = self.current()
        if progress is not None:
            self.app.push_screen(TargetScreen(progress.target.id))

    # ── actions ───────────────────────────────────────────────────────────
    def _sort_by(self, column: str) -> None:
        self.sort_reverse = not self.sort_reverse if column == self.sort_column else column in ("completion",)
        self.sort_column = column
        self._relayout()

    def action_sort(self) -> None:
        """Sort by the next column shown; after the last, back to sections."""
        order = (None, *(name for name in self.columns() if name in SORTABLE))
        following = order[(order.index(self.sort_column) + 1) % len(order)] if self.sort_column in order else None
        self.sort_column, self.sort_reverse = following, False
        self._relayout()

    def action_toggle_ids(self) -> None:
        """Show or hide the id column."""
        self.ids = not self.ids
        self._relayout()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_clear_filters(self) -> None:
        self._filling = True  # one refill for all the cleared choices
        self.query_one("#search", Input).value = ""
        for name in FILTERS:
            self.query_one(f"#filter-{name}", Select).clear()
        self._filling = False
        self.sort_column = None
        self._relayout()
        self.query_one("#targets", RowTable).focus()

    def action_next_behind(self) -> None:
        """Move to the next target that is behind, severely behind or missed (wrapping round)."""
        table = self.query_one("#targets", RowTable)
        ids = [p.target.id for p in self.shown if p.status in BEHIND]
        if not ids:
            self.notify(translate("tui.no_behind", self.lang))
            return
        current = self._current_id()
        order = [p.target.id for p in self.shown]
        after = [i for i in ids if current is None or order.index(i) > order.index(current)]
        self._move_to((after or ids)[0])
        table.focus()

    def show_unit(self, unit: str) -> None:
        """The targets one unit leads, alone: every other filter and the search cleared."""
        self.action_clear_filters()
        self.query_one("#filter-owner", Select).value = unit

    def action_units(self) -> None:
        from tracker.tui.screens.units import UnitsScreen

        self.app.push_screen(UnitsScreen())

    def action_review(self) -> None:
        from tracker.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen())

    def action_documents(self) -> None:
        from tracker.tui.screens.documents import DocumentsScreen

        self.app.push_screen(DocumentsScreen())

    def action_write_report(self) -> None:
        from tracker.tui.screens.modals import ReportScreen

        self.app.push_screen(ReportScreen())

    def action_add_target(self) -> None:
        from tracker.tui.screens.target_form import TargetForm

        self.app.push_screen(TargetForm(None))

    def action_edit_target(self) -> None:
        from tracker.tui.screens.target_form import TargetForm

        progress = self.current()
        if progress is not None:
            self.app.push_screen(TargetForm(progress))

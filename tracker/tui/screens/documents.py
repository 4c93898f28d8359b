"""The documents of the folder: what each is, where that came from, how many of its figures are used.

A person confirms what tracker inferred (c) or corrects it (e); both write
the document's entry in manifest.yaml through the core's writer, and the app
computes afresh, so the document's figures are read again with what was
confirmed.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import DataTable, Header, Input, Label, Select, Static

from tracker.i18n import Lang, colon, translate
from tracker.model.document import Document, DocumentKind, Source
from tracker.safe_text import safe_text
from tracker.shown import plain
from tracker.tui.keys import Key
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.screens.modals import Dialog
from tracker.tui.widgets.footer import KeyFooter
from tracker.workspace import Snapshot

COLUMNS = (("col.document", None), ("col.used", 9), ("col.kind", 10), ("col.region", 8), ("col.period", 16),
           ("col.issued", 10))
"""The table's columns and their cells; the file name takes what the others leave (at least NAME_CELLS)."""
NAME_CELLS = 13
FIELDS = ("kind", "region", "period", "issued", "title", "issuer")
EDITABLE = ("region", "period", "issued", "title", "issuer")
MARK = {Source.GIVEN: "", Source.INFERRED: "~", Source.UNKNOWN: "?"}


def field_text(document: Document, name: str, lang: Lang) -> str:
    """A metadata value as shown: the period's label, the kind's word, a date; — when unknown."""
    value = getattr(document.meta, name)
    if value is None:
        return "—"
    if name == "kind":
        return translate(f"kind.{value.value}", lang)
    return value.label if name == "period" else str(value)


def manifest_value(document: Document, name: str) -> str:
    """A metadata value as manifest.yaml writes it (the period's label, the kind's code)."""
    value = getattr(document.meta, name)
    if value is None:
        return ""
    if name == "kind":
        return value.value
    return value.label if name == "period" else str(value)


def marked(document: Document, name: str, lang: Lang) -> Text:
    """The value with ~ (inferred) or ? (unknown, or a weak guess), in yellow when it needs a look."""
    source = document.provenance.get(name)
    kind = source.source if source else (Source.UNKNOWN if getattr(document.meta, name) is None else Source.INFERRED)
    weak = source is not None and source.weak
    doubtful = weak or kind is Source.UNKNOWN
    return plain(field_text(document, name, lang) + MARK[kind] + ("?" if weak else ""),
                 style="yellow" if doubtful else "")


class DocumentsScreen(TrackerScreen):
    """Every document with kind, place, period and date; the unused ones say why; c confirms, e corrects."""

    KEYS: ClassVar[tuple[Key, ...]] = (
        Key("c", "confirm", "tui.key.confirm"),
        Key("e", "edit", "tui.key.edit_meta"),
        Key("o", "open", "tui.key.open"),
        Key("d", "draft", "tui.key.draft", show=False),  # named in a plan's detail, where it applies
        Key("escape", "back", "tui.key.back"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.uses: list = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="documents-title", classes="panel-title")
        yield DataTable(id="documents", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="documents-below"):  # at 80x24 too: scrolls rather than cuts
            yield Static(id="document-detail", classes="panel")
            yield Static(id="documents-unreadable", classes="panel")
        yield KeyFooter()

    def prepare(self) -> None:
        self.query_one("#documents", DataTable).focus()

    def show(self, snapshot: Snapshot) -> None:
        lang = self.lang
        self.uses = list(snapshot.report.documents)
        unused = sum(1 for u in self.uses if u.unused)
        self.query_one("#documents-title", Static).update(
            translate("tui.documents.title", lang, total=len(self.uses), unused=unused))
        table = self.query_one("#documents", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        for code, cells in COLUMNS:
            table.add_column(translate(code, lang), width=cells or self._name_cells())
        for use in self.uses:
            d = use.document
            used = Text(f"{use.used}/{use.figures}", style="red" if use.unused else "")
            name = plain(d.path.rsplit("/", 1)[-1])
            name.no_wrap, name.overflow = True, "ellipsis"
            table.add_row(name, used, *(marked(d, n, lang) for n in ("kind", "region", "period", "issued")))
        if self.uses:
            table.move_cursor(row=min(row, len(self.uses) - 1))
        self._detail()
        self._unreadable(snapshot)

    def _name_cells(self) -> int:
        """The file name's cells: the screen's width less the other columns, their padding and the scrollbar."""
        others = sum(cells or 0 for _, cells in COLUMNS) + 2 * len(COLUMNS) + 2
        return max(NAME_CELLS, min(40, self.app.size.width - others))

    def on_resize(self) -> None:
        if self.app.snapshot is not None and self.uses:
            table = self.query_one("#documents", DataTable)
            if table.ordered_columns and table.ordered_columns[0].width != self._name_cells():
                self.show(self.app.snapshot)

    def _unreadable(self, snapshot: Snapshot) -> None:
        """The files that could not be read, each with why: never silent, even on this screen."""
        problems = snapshot.unreadable()
        panel = self.query_one("#documents-unreadable", Static)
        panel.display = bool(problems)
        body = Text(translate("tui.unreadable_documents.title", self.lang, count=len(problems)) + "\n", style="bold red")
        for problem in problems:
            body.append(problem.render(self.lang) + "\n")
        panel.update(body)

    def current(self) -> Any:
        row = self.query_one("#documents", DataTable).cursor_row
        return self.uses[row] if 0 <= row < len(self.uses) else None

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self._detail()

    def on_data_table_row_selected(self, _event: DataTable.RowSelected) -> None:
        self.action_open()

    def _detail(self) -> None:
        use, lang = self.current(), self.lang
        panel = self.query_one("#document-detail", Static)
        if use is None:
            panel.update(translate("tui.documents.empty", lang))
            return
        d = use.document
        body = Text(f"{safe_text(d.path)}\n", style="bold")
        for name in FIELDS:
            source = d.provenance.get(name)
            body.append(f"{translate(f'tui.meta.{name}', lang)}{colon(lang)}")
            body.append_text(marked(d, name, lang))
            if source is not None:
                body.append(f"  {translate(f'tui.source.{source.source.value}', lang)}", style="dim")
                if source.evidence and source.source is Source.INFERRED:
                    body.append(f"（{safe_text(source.evidence)}）", style="dim")
            body.append("\n")
        body.append(translate("tui.documents.used", lang, used=use.used, figures=use.figures))
        if use.reason:
            body.append("\n")
            body.append(safe_text(translate(use.reason, lang, region=d.meta.region or "")), style="yellow")
        body.append("\n\n")
        body.append(translate("tui.documents.hint", lang), style="dim")
        if d.meta.kind in (DocumentKind.PLAN, DocumentKind.MIXED):
            body.append("\n" + translate("tui.draft.documents_hint", lang), style="dim")
        panel.update(body)

    # ── actions ───────────────────────────────────────────────────────────
    def action_confirm(self) -> None:
        """Write what was inferred (kind, place, period, date, title, issuer) into manifest.yaml as given."""
        use = self.current()
        if use is None:
            return
        values = {name: manifest_value(use.document, name) for name in FIELDS
                  if getattr(use.document.meta, name) is not None}
        self.app.save_document_meta(use.document.path, values)

    def action_edit(self) -> None:
        use = self.current()
        if use is not None:
            self.app.push_screen(DocumentMetaDialog(use.document))

    def action_open(self) -> None:
        from tracker.tui.screens.document import DocumentScreen

        use = self.current()
        if use is not None:
            self.app.push_screen(DocumentScreen(use.document.path, 0, 0))

    def action_draft(self) -> None:
        """Draft targets from the highlighted document (a plan, or a summary's plan part) and review them."""
        from pathlib import Path

        from tracker.tui.screens.draft_review import DraftReviewScreen

        use = self.current()
        if use is not None:
            self.app.push_screen(DraftReviewScreen(source=Path(use.document.path)))

    def action_back(self) -> None:
        self.app.pop_screen()


class DocumentMetaDialog(Dialog):
    """Correct a document's kind, place, period, date, title and issuer; saved to manifest.yaml."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document

    def compose(self) -> ComposeResult:
        lang, d = self.lang, self.document
        with Vertical(classes="dialog"):
            yield Static(plain(translate("tui.documents.edit", lang, file=d.path)), classes="panel-title")
            yield Static("", id="problem", classes="problem")
            with VerticalScroll():
                yield Label(translate("tui.meta.kind", lang))
                yield Select([(translate(f"kind.{k.value}", lang), k.value) for k in DocumentKind],
                             value=d.meta.kind.value if d.meta.kind else Select.BLANK, id="kind")
                for name in EDITABLE:
                    yield Label(translate(f"tui.meta.{name}", lang))
                    yield Input(safe_text(manifest_value(d, name)), id=name,
                                placeholder=translate(f"tui.meta.{name}.example", lang))
            yield from self.buttons()

    def on_mount(self) -> None:
        self.query_one("#region", Input).focus()

    def save(self) -> None:
        kind = self.query_one("#kind", Select).value
        values = {name: self.query_one(f"#{name}", Input).value for name in EDITABLE}
        values["kind"] = "" if kind is Select.BLANK else str(kind)
        problems, file_problems = self.app.workspace.save_document_meta(self.document.path, values)
        if problems or file_problems:
            found = next(iter(problems.items()), None)
            if found is not None:
                name, problem = found
                self.problem(translate("tui.documents.bad_field", self.lang, field=translate(f"tui.meta.{name}", self.lang),
                                       value=problem.params.get("value", "")))
            else:
                self.problem(file_problems[0].render(self.lang))
            return
        self.app.document_meta_saved()
        self.dismiss(True)

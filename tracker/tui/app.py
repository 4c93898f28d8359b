"""The Textual app: loads through the core in a worker and hands each screen the same snapshot.

The app holds no logic of its own: `Workspace` reads, computes and records;
screens show a `Snapshot` and post what the person did.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from tracker.child import compute_elsewhere
from tracker.errors import TrackerUserError
from tracker.i18n import Lang, translate
from tracker.model.decision import Decision
from tracker.model.note import LagNote
from tracker.progress.supervision import Supervised, supervise
from tracker.safe_text import safe_text
from tracker.tui.keys import Key, apply_keys
from tracker.tui.messages import LoadFailed, StatusLoaded, TargetsInvalid
from tracker.workspace import CACHE_FILE, Snapshot, Workspace, compute_snapshot

if TYPE_CHECKING:
    from subprocess import Popen

    from tracker.draft.review import DraftReview

WATCH_SECONDS = 1.0
"""How often targets.yaml is checked for edits made outside the app."""
FRESH_DELAY = 1.0
"""Seconds between showing the kept snapshot and starting the fresh computation, so the first paint
does not share the interpreter with it."""

APP_KEYS = (
    Key("question_mark", "help", "tui.key.help", key_display="?"),
    Key("q", "quit", "tui.key.quit"),
    Key("ctrl+p", "command_palette", "tui.key.palette", show=False),  # the footer names it at its right
    Key("ctrl+c,ctrl+q", "quit", "tui.key.quit", show=False),
    Key("t", "toggle_date", "tui.key.date", show=False),
    Key("L", "toggle_language", "tui.key.language", show=False),
    Key("ctrl+r", "reload", "tui.key.refresh", show=False),
)
"""The app's own keys (Textual's defaults are replaced, so the palette and Ctrl+C/Ctrl+Q are named here)."""


class TrackerApp(App[None]):
    """Status, evidence, review and targets of one working folder."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, workspace: Workspace, as_of: date | None, lang: Lang, plan: str | None = None,
                 watch: bool = True, draft: DraftReview | None = None) -> None:
        super().__init__()
        self.workspace, self.lang, self.plan = workspace, lang, plan
        self.draft = draft
        """A draft to review over the dashboard as the app opens (`tracker draft --review`)."""
        self.asked = as_of
        """The date asked for; None: the newest date the documents reach (`progress.report.at_data_date`)."""
        self.watch_files = watch
        self.snapshot: Snapshot | None = None
        self.fresh = False
        """A snapshot computed in this run has arrived (a cached one is only shown until then)."""
        self._supervised: tuple[Snapshot, Supervised] | None = None
        """The supervision loop's view of the snapshot on screen, and that snapshot (`supervised`)."""
        self._seen: int | None = None
        self._computing: list[Popen[str]] = []
        """Child processes computing a fresh snapshot; stopped if the app quits before they finish."""
        apply_keys(self, APP_KEYS, lang)

    def on_mount(self) -> None:
        from tracker.tui.screens.dashboard import DashboardScreen

        self.title = translate("tui.title", self.lang)
        self.sub_title = self._where()
        self.push_screen(DashboardScreen())
        if self.draft is not None:
            from tracker.tui.screens.draft_review import DraftReviewScreen

            self.push_screen(DraftReviewScreen(self.draft))
        self._seen = self._mtime()  # the file as it is now is the one being read: no "edited outside" notice
        self.load_cached()
        if self.watch_files:
            self.set_interval(WATCH_SECONDS, self._check_targets_file)

    def _started(self, child: Popen[str]) -> None:
        """A newer computation started: older ones are out of date (their files or decisions changed since)."""
        for older in self._computing:
            if older.poll() is None:
                older.terminate()
        self._computing = [child]

    def on_unmount(self) -> None:
        for child in self._computing:
            if child.poll() is None:
                child.terminate()

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's line; every screen's sub-title (file names, a document's path) safe to show."""
        return super().format_title(safe_text(title), safe_text(sub_title))

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:  # never markup
        """Every notification as written, safe to show: its words may quote a file name, a value or an error."""
        super().notify(safe_text(message), title=safe_text(title), severity=severity, timeout=timeout, markup=False)

    def _subtitle(self) -> None:
        """Files, date and whether the figures on screen are still being computed, in the app's language."""
        pending = self.snapshot is not None and self.snapshot.pending
        waiting = "" if self.fresh else f" · {translate('tui.computing' if pending else 'tui.refreshing', self.lang)}"
        self.sub_title = self._where() + waiting

    @property
    def as_of(self) -> date:
        """The date of what is on screen (forms and reports default to it)."""
        if self.snapshot is not None:
            return self.snapshot.report.as_of
        return self.asked or date.today()

    def supervised(self) -> Supervised | None:
        """Deadlines, forecasts, scores and each unit's lagging targets of the snapshot on screen: the core's
        `supervise`, called once per snapshot, whichever screen asks first and however often."""
        snapshot = self.snapshot
        if snapshot is None:
            return None
        if self._supervised is None or self._supervised[0] is not snapshot:
            self._supervised = (snapshot, supervise(snapshot.report, snapshot.targets_file.supervision))
        return self._supervised[1]

    def _where(self) -> str:
        """Files and date shown under the title: the date of what is on screen, and why that date."""
        dated = self.snapshot.report.dated if self.snapshot is not None and not self.snapshot.pending else "given"
        if dated == "given" and self.asked == date.today():
            dated = "asked_today"
        when = translate(f"tui.dated.{dated}", self.lang, date=self.as_of.isoformat())
        return f"{self.workspace.targets} · {self.workspace.docs} · {when}"

    # ── loading ───────────────────────────────────────────────────────────
    def _mtime(self) -> int | None:
        try:
            return self.workspace.targets.stat().st_mtime_ns
        except OSError:
            return None

    def action_reload(self) -> None:
        """Read targets and documents again and recompute (also after every decision)."""
        self._seen = self._mtime()
        self.load()

    def _check_targets_file(self) -> None:
        if self._mtime() != self._seen:
            self.notify(translate("tui.reload.done", self.lang, path=str(self.workspace.targets)))
            self.action_reload()

    @work(thread=True, group="cache", exit_on_error=False)
    def load_cached(self) -> None:
        """The last run's snapshot (on a first start, the targets alone), shown at once; the fresh one follows,
        unless nothing it was computed from has changed since (`Workspace.kept_fresh`): then it is the fresh one."""
        if (fresh := self.workspace.kept_fresh(self.asked, self.plan)) is not None:
            self.post_message(StatusLoaded(fresh))
            return
        kept, ignored = self.workspace.load_cached()
        if ignored is not None:  # a kept file that does not read: say so once, and compute afresh
            self.call_from_thread(self.notify, translate(ignored, self.lang, path=str(CACHE_FILE)),
                                  severity="warning", timeout=8)
        snapshot = kept or self.workspace.targets_only(self.asked or date.today())
        if snapshot is None:  # targets.yaml has errors: computing says which
            self.call_from_thread(self.action_reload)
        else:
            self.post_message(StatusLoaded(snapshot, cached=True))

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        """Targets, documents, status and notes, through the core; posts what came of it.

        With nothing on screen yet it computes here. Once something is shown
        it computes in a process of its own (`tracker.child`), so the keys
        a person types meanwhile never wait for it.
        """
        ws = self.workspace
        arguments = (ws.targets, ws.docs, ws.url, self.asked, self.lang, self.plan)
        if self.snapshot is None or self.snapshot.pending:  # nothing to read meanwhile: compute here, sooner
            snapshot, diagnostics, failure = compute_snapshot(*arguments)
        else:
            import tracker.pipeline  # noqa: F401 - loaded now, so a first decision or document does not wait for it

            result = compute_elsewhere(*arguments, started=self._started)
            if result is None:  # stopped: a newer computation took its place, or the app is quitting
                return
            snapshot, diagnostics, failure = result
        if failure is not None:
            self.post_message(LoadFailed(failure))
        elif snapshot is None:
            self.post_message(TargetsInvalid(diagnostics))
        else:
            self.post_message(StatusLoaded(snapshot))
            ws.save_cached(snapshot)

    def on_status_loaded(self, message: StatusLoaded) -> None:
        if message.cached and self.fresh:
            return  # the fresh computation came first
        self.fresh = self.fresh or not message.cached
        self.snapshot = message.snapshot
        self._subtitle()
        self._show_everywhere()
        if message.snapshot.pending:  # the targets alone: compute their status as soon as they are painted
            self.call_after_refresh(self.action_reload)
        elif message.cached:  # the kept snapshot is on screen: compute afresh a moment after it is painted
            self.set_timer(FRESH_DELAY, self.action_reload)

    def on_targets_invalid(self, message: TargetsInvalid) -> None:
        from tracker.tui.screens.errors import ErrorsScreen

        if self.snapshot is not None:
            self.notify(translate("tui.reload.invalid", self.lang, path=str(self.workspace.targets)),
                        severity="warning", timeout=8)
        self.push_screen(ErrorsScreen(str(self.workspace.targets), message.diagnostics))

    def on_load_failed(self, message: LoadFailed) -> None:
        self.notify(message.message, severity="error", timeout=15)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.worker_changed(event)

    def worker_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed on a bug: one line on screen, never a silent stop or a traceback."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.notify(translate("tui.error", self.lang, error=repr(event.worker.error)), severity="error", timeout=20)

    def _show_everywhere(self) -> None:
        for screen in self.screen_stack:
            show = getattr(screen, "show", None)
            if show is not None and self.snapshot is not None:
                show(self.snapshot)

    # ── what people record ────────────────────────────────────────────────
    def record(self, *decisions: Decision) -> None:
        """Show decisions' effect at once (their targets recomputed) and store them in the background."""
        if self.snapshot is not None:
            from tracker.pipeline import with_decisions

            report = with_decisions(self.snapshot.report, self.snapshot.targets_file, list(decisions))
            self._replace(self.snapshot._replace(report=report))
        self._store(decisions)

    def record_note(self, note: LagNote) -> None:
        """Show a lag note at once and store it in the background."""
        if self.snapshot is not None:
            self._replace(self.snapshot._replace(notes={**self.snapshot.notes, note.target: note}))
        self._store((note,))

    def save_document_meta(self, path: str, values: dict[str, str]) -> bool:
        """Write a document's confirmed or corrected metadata into manifest.yaml, then compute afresh."""
        problems, file_problems = self.workspace.save_document_meta(path, values)
        if problems or file_problems:
            first = next(iter(problems.values()), None) or file_problems[0]
            self.notify(first.render(self.lang), severity="error")
            return False
        self.document_meta_saved()
        return True

    def document_meta_saved(self) -> None:
        """Say where the values went and read the folder again with them."""
        self.notify(translate("tui.documents.saved", self.lang, path=str(self.workspace.docs / "manifest.yaml")))
        self.action_reload()

    def _replace(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self._show_everywhere()

    @work(thread=True, group="record", exit_on_error=False)
    def _store(self, items: tuple[Decision, ...] | tuple[LagNote]) -> None:
        """Commit decisions (together) or a note; when that fails, say so and show the stored truth again."""
        try:
            if isinstance(items[0], LagNote):
                self.workspace.record_note(items[0])
            else:
                self.workspace.record(*items)
        except TrackerUserError as error:
            self.post_message(LoadFailed(error.message(self.lang)))
            self.call_from_thread(self.action_reload)
            return
        if self.snapshot is not None:
            self.workspace.save_cached(self.snapshot)

    # ── keys, language, help ──────────────────────────────────────────────
    def action_toggle_date(self) -> None:
        """Today, or back to the newest date the documents reach."""
        self.asked = None if self.asked is not None else date.today()
        self.notify(translate("tui.date.today" if self.asked else "tui.date.data", self.lang))
        self.action_reload()

    def action_toggle_language(self) -> None:
        self.lang = "en" if self.lang == "zh" else "zh"
        self.title = translate("tui.title", self.lang)
        self._subtitle()
        apply_keys(self, APP_KEYS, self.lang)
        for screen in self.screen_stack:
            relabel = getattr(screen, "relabel", None)
            if relabel is not None:
                relabel()
        self._show_everywhere()

    async def action_quit(self) -> None:
        """Quit (q, Ctrl+C): from a draft's review with accepted targets not yet written, only once the person says
        to drop them."""
        from tracker.tui.screens.draft_review import DraftReviewScreen

        if isinstance(self.screen, DraftReviewScreen):
            self.screen.then_leave(self.exit)
        else:
            self.exit()

    def action_help(self) -> None:
        from tracker.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_command_palette(self) -> None:
        """Textual's palette, asking in the app's language."""
        if not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=translate("tui.palette", self.lang), id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every key of the screen and the app, by its name in the app's language (Textual's own commands,
        in English only, are left out)."""
        named = {"command_palette"}  # the palette itself, and each action once (q and ctrl+c both quit)
        for key in (*getattr(screen, "KEYS", ()), *APP_KEYS):
            if key.action not in named:
                named.add(key.action)
                keys = key.key_display or key.keys.split(",")[0]
                yield SystemCommand(translate(key.label, self.lang), translate("tui.palette.key", self.lang, key=keys),
                                    lambda screen=screen, action=key.action: self._run_on(screen, action))

    def _run_on(self, screen: Screen, action: str) -> None:
        target = self if hasattr(self, f"action_{action}") else screen
        self.call_later(target.run_action, action)


def make_app(workspace: Workspace, as_of: date | None, lang: Lang, plan: str | None = None,
             watch: bool = True, draft: DraftReview | None = None) -> TrackerApp:
    """The app, for the command line and the tests alike; with `draft`, open on its review."""
    return TrackerApp(workspace, as_of, lang, plan, watch, draft)

"""A working folder with the bundled targets and seeds, and an app on it at a fixed date."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from textual.css.stylesheet import Stylesheet
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea
from textual.worker import WorkerCancelled

from tests.conftest import ROOT
from tracker.child import Computed, Written, write_report
from tracker.snapshot import PROBLEMS, decode, encode
from tracker.store.db import make_engine
from tracker.tui.app import TrackerApp, make_app
from tracker.workspace import Workspace

__all__ = ["ROOT", "SIZE", "app_on", "behaviour", "database", "open_target", "settled"]

AS_OF = date(2022, 6, 30)
SIZE = (140, 40)


class _Here:
    """Stands for the child process of a computation run in this process: done at once, nothing to stop."""

    returncode = 0

    def poll(self) -> int:
        return 0

    def terminate(self) -> None:
        pass


def compute_here(targets: Path, docs: Path, url: str, as_of: date | None, lang: str, plan: str | None,
                 started=lambda _child: None) -> Computed:
    """`child.compute_elsewhere` without a new interpreter (about 1.3 s of CPU each): the same core call, its
    snapshot and diagnostics passed through the same JSON forms the child answers in."""
    from tracker.workspace import compute_snapshot

    started(_Here())
    snapshot, diagnostics, failure = compute_snapshot(targets, docs, url, as_of, lang, plan)
    return Computed(decode(encode(snapshot.shown())) if snapshot is not None else None, _as_answered(diagnostics),
                    failure)


def _as_answered(diagnostics: list) -> list:
    """Diagnostics through the JSON form a child's answer carries them in."""
    return PROBLEMS.validate_python([d.model_dump(mode="json") for d in diagnostics])


def write_report_here(*args: object, **kwargs: object) -> Written:
    """`child.write_report_elsewhere` without a new interpreter: the same core call, its problems passed through
    the JSON form the child answers in."""
    written = write_report(*args, **kwargs)
    return written._replace(problems=_as_answered(written.problems))


IDLE_WINDOW = 0.005
"""How long the app must stay idle before the pilot's `pause()` returns: Textual waits in windows of 20 ms
(textual._wait.SLEEP_GRANULARITY), which left the app's tests waiting on the clock about half their time. With
animations off (below) nothing the tests look at moves on its own, so a shorter window sees the same screens;
measured: tests/tui serially 111 -> 71 s of wall time for the same CPU (docs/benchmarks.md)."""


LAYOUT_PERIOD = IDLE_WINDOW / 5
"""How soon a screen lays out and repaints what changed once its messages are done (Textual: a frame, 1/60 s).
The pilot's `pause()` returns after an idle window of IDLE_WINDOW, shorter than Textual's frame, so a check
right after a resize could read the layout before the screen's frame timer had run (seen once in a whole run:
tests/tui/test_draft_review.py found the detail pane still beside the list at 80 columns)."""


def _cursor_stays(_field: Input | TextArea) -> None:
    """A focused field's cursor does not blink: it stays shown, as in the first half second after the focus.

    Textual blinks it every 0.5 s even in a headless run, so a picture of a form taken more than half a second
    after its field got the focus (a loaded machine) lost the cursor and differed from the accepted one: the
    snapshot test's target-form failed now and then (seen: two of four pictures of it taken 0.3 s apart
    differed)."""


@pytest.fixture(autouse=True)
def _still_and_quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """No animations (a scroll to the focused field lands at once, as TEXTUAL_ANIMATIONS=none does), no blinking
    cursor, and a short idle window: pictures and assertions see settled screens without waiting 20 ms at a time."""
    monkeypatch.setattr("textual.constants.TEXTUAL_ANIMATIONS", "none")
    monkeypatch.setattr(Input, "_toggle_cursor", _cursor_stays)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", _cursor_stays)
    monkeypatch.setattr("textual._wait.SLEEP_GRANULARITY", IDLE_WINDOW)
    monkeypatch.setattr("textual._wait.SLEEP_IDLE", IDLE_WINDOW / 20)
    monkeypatch.setattr("textual.screen.UPDATE_PERIOD", LAYOUT_PERIOD)


_TEXTUAL_PARSE_RULES = Stylesheet._parse_rules
_PARSED: dict[tuple, list] = {}
"""Every stylesheet source parsed in this worker, by its text, place, kind and the theme's variables."""


def _parse_rules_once(self: Stylesheet, css: str, read_from: tuple[str, str], is_default_rules: bool = False,
                      tie_breaker: int = 0, scope: str = "") -> list:
    """`Stylesheet._parse_rules` with its cache kept for the worker, not for one stylesheet: every app Textual
    starts (about 150 in tests/tui) parses the same sources again (its own cache lives in each app's stylesheet, and
    `reparse` starts a new one). The rules come out of the same text with the same variables, and Textual already
    shares them between the nodes of an app; measured: 0.030 -> 0.008 s of CPU an app."""
    key = (css, read_from, is_default_rules, tie_breaker, scope, tuple(self._variables.items()))
    rules = _PARSED.get(key)
    if rules is None:
        rules = _PARSED[key] = _TEXTUAL_PARSE_RULES(self, css, read_from, is_default_rules, tie_breaker, scope)
    return rules


@pytest.fixture(autouse=True)
def _parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Stylesheet, "_parse_rules", _parse_rules_once)


_TEXTUAL_REFRESH = Screen._compositor_refresh


def _painted_when_settled(self: Screen) -> None:
    """`Screen._compositor_refresh` for the tracker app under test: its layout and dirty regions kept as Textual
    keeps them, its lines not rendered for the headless terminal (which shows nothing) on every refresh; `settled`
    renders the whole screen instead, at each point the tests look at it. Rendering every refresh was a quarter of
    the app tests' CPU: measured, tests/tui serially 62.0 -> 53.9 s of CPU (46.9 with no rendering at all). What
    is given up: a widget that fails to render a state the tests pass through between two settled points."""
    app = self.app
    if self is app.screen and not app.is_inline and isinstance(app, TrackerApp):
        self._compositor._dirty_regions.clear()
        self._dirty_widgets.clear()
        app._update_mouse_over(self)
    else:
        _TEXTUAL_REFRESH(self)


@pytest.fixture(autouse=True)
def _painted_when_looked_at(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Screen, "_compositor_refresh", _painted_when_settled)


@pytest.fixture(autouse=True)
def _core_calls_here(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's refreshes and reports computed in this process, but for the tests marked `real_child`, which
    see the process itself (tests/test_child.py tests each call against the one made here)."""
    if request.node.get_closest_marker("real_child") is None:
        monkeypatch.setattr("tracker.tui.app.compute_elsewhere", compute_here)
        monkeypatch.setattr("tracker.child.write_report_elsewhere", write_report_here)


def database_url(folder: Path) -> str:
    return f"sqlite:///{folder / '.tracker' / 'tracker.sqlite3'}"


def database(folder: Path) -> Engine:
    """The working folder's database, to check what the app stored."""
    return make_engine(database_url(folder))


def app_on(folder: Path, *, lang: str = "zh", plan: str | None = None, watch: bool = False,
           as_of: date | None = AS_OF) -> TrackerApp:
    """The app on a working folder, as `tracker --as-of 2022-06-30` opens it there (`as_of=None`: as `tracker`
    opens it, at the documents' newest date)."""
    workspace = Workspace(targets=Path("targets.yaml"), docs=Path("seeds"), url=database_url(folder))
    return make_app(workspace, as_of, lang, plan, watch)


async def settled(pilot: Pilot) -> None:
    """Wait until every worker is done and the screen has caught up."""
    for _ in range(200):
        with contextlib.suppress(WorkerCancelled):  # an exclusive worker replaced by a newer one: wait on
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if (pilot.app.snapshot is not None and not pilot.app.snapshot.pending
                and not any(w.is_running for w in pilot.app.workers)):
            break
    await pilot.pause()
    app = pilot.app
    if app.is_running:  # the whole screen rendered, every widget's lines: a failure to render shows here
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)


async def open_target(pilot: Pilot, target_id: str) -> None:
    """From the loaded dashboard, open one target's screen."""
    await settled(pilot)
    pilot.app.screen._move_to(target_id)
    await pilot.press("enter")
    await settled(pilot)


@contextlib.contextmanager
def behaviour(name: str) -> Iterator[None]:
    """One behaviour's checks within a test that walks several of them on one app run (each app start costs
    about 0.4 s of CPU and 0.15 s of waiting): a failed check says which behaviour broke, then its own message."""
    try:
        yield
    except AssertionError as error:
        raise AssertionError(f"{name}: {error}") from error

"""The in-app help (`?`): every key it lists is bound, every bound key is listed, and nothing is cut off."""

from __future__ import annotations

import asyncio
import re
from importlib.resources import files
from pathlib import Path

import pytest
from textual.geometry import Region

from tests.tui.conftest import app_on, open_target, settled
from tests.tui.test_draft_review import open_draft_review
from tracker.report.output import FORMATS
from tracker.tui.app import APP_KEYS
from tracker.tui.screens.dashboard import DashboardScreen
from tracker.tui.screens.document import DocumentScreen
from tracker.tui.screens.documents import DocumentsScreen
from tracker.tui.screens.draft_review import DraftReviewScreen
from tracker.tui.screens.help import HelpScreen
from tracker.tui.screens.modals import Dialog
from tracker.tui.screens.review import ReviewScreen
from tracker.tui.screens.target import TargetScreen
from tracker.tui.screens.units import UnitsScreen

LANGS = ("zh", "en")
SECTIONS: dict[str, str] = {
    "总览": "dashboard", "Dashboard": "dashboard",
    "指标详情": "target", "Target": "target",
    "原文": "document", "Document": "document",
    "审核": "review", "Review": "review",
    "文件": "documents", "Documents": "documents",
    "单位": "units", "Units": "units",
    "起草审核": "draft", "Draft review": "draft",
    "表单和对话框": "dialog", "Forms and dialogs": "dialog",
    "全局": "app", "Everywhere": "app",
}
"""Each heading of the help and what it describes."""


def bound(*keys: str) -> set[str]:
    """Each key of bindings such as `ctrl+c,ctrl+q`."""
    return {key for joined in keys for key in joined.split(",")}


BOUND: dict[str, set[str]] = {
    "dashboard": bound(*(k.keys for k in DashboardScreen.KEYS)),
    "target": bound(*(k.keys for k in TargetScreen.KEYS)),
    "document": bound(*(k.keys for k in DocumentScreen.KEYS)),
    "review": bound(*(k.keys for k in ReviewScreen.KEYS)),
    "documents": bound(*(k.keys for k in DocumentsScreen.KEYS)),
    "units": bound(*(k.keys for k in UnitsScreen.KEYS)),
    "draft": bound(*(k.keys for k in DraftReviewScreen.KEYS)),
    "dialog": bound(*(binding[0] for binding in Dialog.BINDINGS)),
    "app": bound(*(k.keys for k in APP_KEYS)),
}
"""The keys each part of the app binds itself (the ones a person can only learn from the help or the footer)."""
NAVIGATION = {"up", "down", "pageup", "pagedown", "home", "end", "enter", "tab", "shift+tab"}
"""Keys the focused widget handles (a table's row cursor, a scroll view, the focus chain)."""
NAMES = {"↑": "up", "↓": "down", "PgUp": "pageup", "PgDn": "pagedown", "Home": "home", "End": "end",
         "Enter": "enter", "Esc": "escape", "Tab": "tab", "Shift+Tab": "shift+tab", "/": "slash", "?": "question_mark"}


def help_text(lang: str) -> str:
    return files("tracker.tui.help").joinpath(f"keys.{lang}.md").read_text(encoding="utf-8")


def key_names(cell: str) -> list[str]:
    """`Enter 或 o` → enter, o; `y / x` → y, x; `/` → slash: the names Textual binds them by."""
    words = [w for w in cell.split() if w not in ("或", "or")]
    if len(words) > 1:
        words = [w for w in words if w != "/"]
    return [NAMES.get(w, w) for w in words]


def sections(lang: str) -> dict[str, list[tuple[list[str], str]]]:
    """Each heading's rows: the keys of the first column and the words of the second."""
    found: dict[str, list[tuple[list[str], str]]] = {}
    rows: list[tuple[list[str], str]] = []
    for line in help_text(lang).splitlines():
        if line.startswith("## "):
            rows = found.setdefault(line[3:].strip(), [])
        elif line.startswith("|") and not re.match(r"\|\s*(按键|Key|-)", line):
            keys, words = (cell.strip() for cell in line.strip().strip("|").split("|"))
            rows.append((key_names(keys), words))
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_key_a_screen_binds_is_in_its_part_of_the_help_and_nothing_else(lang: str) -> None:
    parts = sections(lang)
    assert set(parts) <= set(SECTIONS), set(parts) - set(SECTIONS)
    described = {SECTIONS[heading]: {k for keys, _ in rows for k in keys} for heading, rows in parts.items()}
    assert set(described) == set(BOUND)
    for part, keys in BOUND.items():
        assert keys <= described[part], f"{lang} {part}: not in the help: {keys - described[part]}"
        if part != "app":  # the app's own keys are checked by pressing them (tests/tui/test_app.py)
            extra = described[part] - keys - NAVIGATION
            assert not extra, f"{lang} {part}: in the help but bound nowhere: {extra}"


def test_both_languages_list_the_same_keys_in_the_same_order() -> None:
    zh, en = ([[keys for keys, _ in rows] for rows in sections(lang).values()] for lang in LANGS)
    assert zh == en


@pytest.mark.parametrize("lang", LANGS)
def test_the_dashboard_help_names_every_format_the_report_writes(lang: str) -> None:
    dashboard = help_text(lang).split("\n## ")[0]
    assert ["w"] in [keys for keys, _ in next(iter(sections(lang).values()))]
    for fmt in FORMATS:
        assert re.search(rf"[（(]{fmt}[）)]", dashboard), f"{lang}: {fmt} missing"
    assert "reports/" in dashboard


@pytest.mark.parametrize("lang", LANGS)
def test_no_cell_of_the_help_is_cut_off(project: Path, lang: str) -> None:
    """Every cell shown whole at 80x24, 120x40 and 200x50: Textual squeezes a Markdown table wider than the dialog
    and cuts its cells short."""
    from textual.widgets._markdown import MarkdownTableCellContents

    async def run() -> None:
        app = app_on(project, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await settled(pilot)
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            for size in ((80, 24), (120, 40), (200, 50)):
                await pilot.resize_terminal(*size)
                await pilot.pause()
                cells = list(app.screen.query(MarkdownTableCellContents))
                assert len(cells) > 2 * sum(len(rows) for rows in sections(lang).values())
                for cell in cells:
                    width, height = cell.size
                    shown = "".join(s.text for strip in cell.render_lines(Region(0, 0, width, height)) for s in strip)
                    written = str(cell.content)
                    assert "…" not in shown, f"cut at {size}: {written!r} shown as {shown.strip()!r}"
                    assert "".join(shown.split()) == "".join(written.split()), f"cut at {size}: {written!r} as {shown!r}"

    asyncio.run(run())


def documented(lang: str) -> dict[str, set[str]]:
    return {SECTIONS[heading]: {k for keys, _ in rows for k in keys} for heading, rows in sections(lang).items()}


def test_every_key_the_help_lists_works_on_its_screen(project: Path) -> None:
    """The help's keys of each screen, and those of every screen, are live bindings there (as the footer knows them)."""
    keys = documented("zh")

    async def run() -> dict[str, set[str]]:
        app = app_on(project, plan="yk22")
        missing: dict[str, set[str]] = {}
        async with app.run_test(size=(120, 40)) as pilot:

            def check(part: str) -> None:
                gone = (keys[part] | keys["app"]) - set(app.screen.active_bindings)
                if gone:
                    missing[part] = gone

            await settled(pilot)
            check("dashboard")
            await open_target(pilot, "yk22-contracts")
            check("target")
            await pilot.press("enter")
            await settled(pilot)
            check("document")
            await pilot.press("escape", "escape", "r")
            await settled(pilot)
            check("review")
            await pilot.press("escape", "d")
            await settled(pilot)
            check("documents")
            await pilot.press("escape", "u")
            await settled(pilot)
            check("units")
            await pilot.press("escape", "d")
            await settled(pilot)
            await open_draft_review(pilot)
            check("draft")
        return missing

    assert asyncio.run(run()) == {}

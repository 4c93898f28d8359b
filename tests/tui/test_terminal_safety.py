"""The app shows a document, its file name, its quotes and YAML values with no control or escape sequence left in
what is drawn, and their markup ([bold red], [link=…]) as written."""

from __future__ import annotations

import asyncio
import html
import re
from datetime import date
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Static

from tests.test_terminal_safety import PATH, UNSAFE, hostile  # noqa: F401 - the working folder's fixture
from tests.tui.conftest import SIZE, database_url, open_target, settled
from tracker.tui.app import TrackerApp, make_app
from tracker.tui.screens.document import DocumentScreen, marked_text
from tracker.tui.screens.review import ReviewScreen
from tracker.workspace import Workspace


def app_on(folder: Path) -> TrackerApp:
    workspace = Workspace(targets=Path("targets.yaml"), docs=Path("seeds"), url=database_url(folder))
    return make_app(workspace, date(2024, 12, 31), "zh", None, False)


def drawn(app: TrackerApp) -> str:
    """The screen's words as drawn (the screenshot's texts, in order), checked for anything a terminal would act on."""
    screen = app.export_screenshot()
    assert not UNSAFE.search(screen), repr(UNSAFE.findall(screen))
    return html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", screen))).replace("\xa0", " ")


def test_the_document_view_shows_the_text_safely_with_the_figure_marked(hostile: Path) -> None:
    async def run() -> None:
        app = app_on(hostile)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            assert "技术合同成交额" in drawn(app)
            await open_target(pilot, "bj24-contracts")
            assert "全市技术合同成交额120亿元" in drawn(app)
            await pilot.press("enter")
            await settled(pilot)
            assert isinstance(app.screen, DocumentScreen)
            shown = str(app.screen.query_one("#document-text", Static).render())
            assert not UNSAFE.search(shown)
            assert "达到␛ 120亿元␛。" in shown and "[bold red]红[/] [link=http://x]链接[/link]" in shown
            assert "120亿元" in drawn(app) and "北京␛␛总结.txt" in drawn(app)  # the path in the header
            document, figures = app.workspace.document(PATH)
            chosen = next(f for f in figures if f.start > 150)
            marked = marked_text(document, figures, chosen.start, chosen.end)
            highlighted = [s for s in marked.spans if str(s.style) == "bold reverse yellow"]
            assert [marked.plain[s.start:s.end] for s in highlighted] == ["120亿元"]  # still on its figure
            await pilot.press("escape", "escape")
            await pilot.press("r")
            await settled(pilot)
            assert isinstance(app.screen, ReviewScreen)
            assert "技术合同成交额␛␛" in drawn(app)

    asyncio.run(run())


def test_notifications_are_shown_as_written(hostile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(App, "notify", lambda _app, message, **options: shown.append((message, options["markup"])))
    app_on(hostile).notify("已保存\x1b]0;title\x07[b]粗[/b]")  # a message quoting a file name or a value
    assert shown == [("已保存␛[b]粗[/b]", False)]

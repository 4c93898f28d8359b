"""The documents screen, driven by Pilot: the unused documents said on the dashboard, confirmed and corrected."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import DataTable, Input, Select, Static

from tests.tui.conftest import SIZE, app_on, settled
from tracker.config.manifest import load_manifest
from tracker.tui.screens.documents import DocumentMetaDialog, DocumentsScreen


def text_of(app, selector: str) -> str:  # the app under test
    return str(app.screen.query_one(selector, Static).render())


def select_document(app, name: str) -> None:
    rows = [u.document.path.rsplit("/", 1)[-1] for u in app.screen.uses]
    app.screen.query_one("#documents", DataTable).move_cursor(row=rows.index(name))


def test_unused_documents_are_said_and_confirming_writes_the_manifest(project: Path) -> None:
    (project / "seeds" / "manifest.yaml").unlink()  # everything inferred; the press text names no place

    async def run() -> None:
        app = app_on(project)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            assert "未被采用" in text_of(app, "#summary")
            await pilot.press("d")
            await settled(pilot)
            assert isinstance(app.screen, DocumentsScreen)
            select_document(app, "yingkou-2022-h1.txt")
            await pilot.pause()
            detail = text_of(app, "#document-detail")
            assert "营口市~" in detail and "推断" in detail and "营口市科学技术局" in detail
            await pilot.press("c")
            await settled(pilot)
            entry = load_manifest(project / "seeds")[0].get("yingkou-2022-h1.txt")
            assert (entry.region, entry.period.label, entry.kind.value) == ("营口市", "2022-H1", "mixed")
            select_document(app, "yingkou-2022-h1.txt")
            await pilot.pause()
            assert "已确认" in text_of(app, "#document-detail")

    asyncio.run(run())


def test_correcting_a_document_checks_the_values_first(project: Path) -> None:
    (project / "seeds" / "manifest.yaml").unlink()

    async def run() -> None:
        app = app_on(project)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            await pilot.press("d")
            await settled(pilot)
            select_document(app, "weihai-2024-11-press.txt")
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, DocumentMetaDialog)
            app.screen.query_one("#region", Input).value = "威海市"
            app.screen.query_one("#period", Input).value = "2024年1到10月"
            await pilot.press("enter")  # in the focused field: save
            await pilot.pause()
            assert "报告期不正确" in text_of(app, "#problem")  # refused, nothing written
            assert not (project / "seeds" / "manifest.yaml").exists()
            app.screen.query_one("#period", Input).value = "2024-01..2024-10"
            app.screen.query_one("#issued", Input).value = "2024-11-11"
            app.screen.query_one("#kind", Select).value = "press"
            await pilot.press("enter")
            await settled(pilot)
            entry = load_manifest(project / "seeds")[0].get("weihai-2024-11-press.txt")
            assert (entry.region, entry.period.label, str(entry.issued)) == ("威海市", "2024-01..2024-10", "2024-11-11")
            assert isinstance(app.screen, DocumentsScreen)
            used = next(u for u in app.screen.uses if u.document.path.endswith("weihai-2024-11-press.txt"))
            assert used.reason is None  # recomputed with the corrected place: its figures are used again

    asyncio.run(run())


def test_files_that_cannot_be_read_are_said_on_the_dashboard_and_listed_with_why(project: Path) -> None:
    import os

    from tests.hostile import makers

    (project / "seeds" / "加密.pdf").write_bytes(makers.encrypted_pdf())
    os.mkfifo(project / "seeds" / "pipe.txt")

    async def run() -> None:
        app = app_on(project)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            assert "2 份文件无法读取" in text_of(app, "#summary")
            assert "已完成" in text_of(app, "#summary")  # the other documents' figures are still used
            await pilot.press("d")
            await settled(pilot)
            listed = text_of(app, "#documents-unreadable")
            assert "seeds/加密.pdf: PDF 已加密" in listed and "seeds/pipe.txt: 这是一个命名管道" in listed
            assert len(app.screen.uses) == 5

    asyncio.run(run())

"""The review of a draft in the app: drafted from the documents screen (d) or opened by `tracker draft --review`;
accept, skip, edit, write (only the accepted, never over an existing id), and leave (asked when something accepted
is not written)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from tests.draft.test_review import DRAFT
from tests.tui.conftest import app_on, settled
from tracker.cli import main
from tracker.config.targets import load_targets
from tracker.draft.review import Verdict
from tracker.tui.app import TrackerApp
from tracker.tui.screens.documents import DocumentsScreen
from tracker.tui.screens.draft_review import DraftEditDialog, DraftReviewScreen, LeaveDialog
from tracker.tui.widgets.table import RowTable


def rendered(app, selector: str) -> str:  # the app under test
    return str(app.screen.query_one(selector, Static).render())


async def open_draft_review(pilot, name: str = "weihai-2025-plan.txt", drafted: bool = True) -> DraftReviewScreen:
    """From the documents screen: the plan document `name` drafted (d), its review on screen (with its draft, unless
    `drafted` is False)."""
    screen = pilot.app.screen
    assert isinstance(screen, DocumentsScreen)
    index = next(n for n, use in enumerate(screen.uses) if use.document.path.endswith(name))
    screen.query_one("#documents", DataTable).move_cursor(row=index)
    await pilot.pause()
    await pilot.press("d")
    await settled(pilot)
    assert isinstance(pilot.app.screen, DraftReviewScreen) and (pilot.app.screen.review is not None) is drafted
    return pilot.app.screen


def test_a_plan_drafted_from_the_documents_screen_is_reviewed_and_only_what_is_accepted_is_written(
        project: Path) -> None:
    """One run, as a person works: d on the plan, accept, skip, edit, leave (asked), a write that fails on a file
    broken meanwhile (one line), a write over an id a colleague took meanwhile (numbered on), and leaving."""
    targets = project / "targets.yaml"
    before = targets.read_text(encoding="utf-8")

    async def run() -> None:
        app = app_on(project)
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            await pilot.press("d")
            await settled(pilot)
            screen = await open_draft_review(pilot)
            table, pane = screen.query_one("#draft-list", RowTable), screen.query_one("#draft-detail")
            rows = screen.review.rows
            assert table.row_count == len(rows) == 35 and table.has_focus  # 23 quantities, 12 milestones
            assert "待定 35 · 接受 0 · 跳过 0 · 已写入 0" in rendered(app, "#draft-title")
            detail = rendered(app, "#draft-detail-text")
            assert rows[0].quote in detail and rows[0].section in detail
            projects = next(r for r in rows if r.target)  # the first quantity: 揭榜挂帅 projects
            table.move_to(projects.id)
            await pilot.pause()
            detail = rendered(app, "#draft-detail-text")
            assert projects.quote in detail and "二、发挥科技创新组织统筹作用" in detail
            assert "targets.yaml 已有：wh25-jbgs-projects" in detail, "the hand-made target of the same commitment"
            assert len(screen.there) == 22 and [r.target for r in rows if r.id not in screen.there and r.target] == ["八个"]
            assert pane.region.x >= table.region.right, "beside the list at 120"
            await pilot.press("w")
            assert any("没有要写入的指标" in n.message for n in app._notifications)
            new = next(r for r in rows if r.id not in screen.there and r.target)  # 八个: the one new quantity
            table.move_to(new.id)
            await pilot.press("y", "x")
            skipped = rows[rows.index(new) + 1]
            assert screen.review.row(new.id).verdict is Verdict.ACCEPTED
            assert screen.review.row(skipped.id).verdict is Verdict.SKIPPED
            assert "待定 33 · 接受 1 · 跳过 1 · 已写入 0" in rendered(app, "#draft-title")
            assert targets.read_text(encoding="utf-8") == before, "nothing written yet"

            table.move_to(new.id)
            await pilot.press("e")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, DraftEditDialog)
            assert dialog.query_one("#field-target", Input).value == "八个"
            dialog.query_one("#field-owner", Input).value = "科学技术普及科"
            dialog.query_one("#field-due", Input).value = "2026-01-31"
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is dialog and "不在计划期间" in rendered(app, "#problem-due")
            dialog.query_one("#field-due", Input).value = "2025-10-31"
            dialog.query_one("#field-period", Input).value = "2025-Q4"  # the target's own part of the plan's year
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen and "（已修改）" in rendered(app, "#draft-detail-text")
            assert "期间：2025-Q4" in rendered(app, "#draft-detail-text")
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, LeaveDialog)
            assert "有 1 个已接受的指标尚未写入" in str(app.screen.query_one(".panel-title", Static).render())
            await pilot.press("escape")  # stays
            await pilot.pause()
            assert app.screen is screen and screen.review.row(new.id).verdict is Verdict.ACCEPTED

            targets.write_text(before + "  - [\n", encoding="utf-8")  # broken meanwhile, in another editor
            await pilot.press("w")
            await settled(pilot)
            line = rendered(app, "#draft-problem")
            assert line.startswith("未写入，已接受的指标仍保留：targets.yaml:") and "\n" not in line
            assert targets.read_text(encoding="utf-8") == before + "  - [\n" and "接受 1" in rendered(app, "#draft-title")
            colleague = f"      - id: {new.id}\n        title: 同事刚加的指标\n        kind: milestone\n"
            targets.write_text(before + colleague, encoding="utf-8")  # fixed, with the drafted id taken meanwhile
            await pilot.press("ctrl+s")
            await settled(pilot)
            assert not screen.query_one("#draft-problem").display
            said = [n.message for n in app._notifications if n.message.startswith("已写入")]
            assert said == [f"已写入 targets.yaml：1 个指标（{new.id}-2）"]
            assert "已写入 1" in rendered(app, "#draft-title") and table.get_row(new.id)[0].plain == "已写入"
            assert any(p.target.id == f"{new.id}-2" for p in app.snapshot.report.progress), "the file read again"
            written = targets.read_text(encoding="utf-8")
            await pilot.press("y")
            assert any("已写入 targets.yaml；再要修改" in n.message for n in app._notifications)

            await pilot.press("L")
            assert [c.label for c in table.columns] == ["decision", "title", "goal"]
            assert "Drafted targets · 2025年全市科技工作要点（wh25）" in rendered(app, "#draft-title")
            await pilot.resize_terminal(80, 24)
            await pilot.pause()
            assert pane.region.y >= table.region.bottom and pane.region.x == table.region.x, "below at 80"
            await pilot.press("home", "y", "escape")  # the first, accepted and left unwritten
            await pilot.pause()
            assert "1 accepted targets are not written" in str(app.screen.query_one(".panel-title", Static).render())
            await pilot.click("#drop")
            await pilot.pause()
            assert isinstance(app.screen, DocumentsScreen)
            screen = await open_draft_review(pilot)
            await pilot.press("y", "q")  # quitting asks too, and Esc stays
            await pilot.pause()
            assert isinstance(app.screen, LeaveDialog)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen and app.is_running
        assert targets.read_text(encoding="utf-8") == written, "dropped, not written"
        targets_file, diagnostics = load_targets(targets)
        plan = targets_file.plan("wh25")
        assert diagnostics == [] and len(plan.targets) == 53 + 1, "only the accepted one; nothing replaced"
        drafted = plan.targets[-1]
        assert (drafted.id, drafted.target.text, drafted.quote) == (f"{new.id}-2", "八个", new.quote)
        assert (drafted.lead, str(drafted.due)) == ("科学技术普及科", "2025-10-31")
        theirs = targets_file.plan("yk22").targets[-1]
        assert (theirs.id, theirs.title) == (new.id, "同事刚加的指标"), "the colleague's target untouched"
        assert written.replace(colleague, "").startswith(before.split("\n  # ── 营口市")[0]), "its own lines untouched"

    asyncio.run(run())


def test_tracker_draft_review_opens_the_app_on_the_draft(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    opened: list[TrackerApp] = []
    monkeypatch.setattr(TrackerApp, "run", lambda app: opened.append(app))
    assert main(["draft", "seeds/yingkou-2022-h1.txt", "--out", "drafts/yk.yaml", "--review"]) == 0
    assert "已起草 40 个指标：drafts/yk.yaml" in capsys.readouterr().out
    assert len(opened) == 1 and [len(opened[0].draft.rows), opened[0].draft.shown] == [40, "seeds/yingkou-2022-h1.txt"]
    assert opened[0].workspace.targets == Path("targets.yaml")
    assert "source: seeds/yingkou-2022-h1.txt" in opened[0].draft.text, "named from targets.yaml's folder"
    assert main(["draft", "drafts/yk.yaml", "--review"]) == 0, "a draft written earlier"
    assert opened[1].draft.rows == opened[0].draft.rows
    assert main(["draft", "drafts/yk.yaml", "--lang", "en"]) == 2
    assert "drafts/yk.yaml is a drafted targets file, not a plan document; add --review" in capsys.readouterr().err
    Path("drafts/yk.yaml").write_text(DRAFT.replace("target: 148个", "target: 148亿美刀"), encoding="utf-8")
    assert main(["draft", "drafts/yk.yaml", "--review", "--lang", "en"]) == 2
    assert "drafts/yk.yaml:10:" in capsys.readouterr().err and len(opened) == 2, "not opened on a broken draft"


def problem_said(project: Path) -> str:
    """The line the review screen says when the plan under the cursor cannot be drafted (d on the documents screen)."""
    said: list[str] = []

    async def run() -> None:
        app = app_on(project)
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            await pilot.press("d")
            await settled(pilot)
            await open_draft_review(pilot, drafted=False)
            said.append(rendered(app, "#draft-problem"))

    asyncio.run(run())
    return said[0]


def test_a_draft_that_fails_on_a_bug_is_said_on_the_review_screen(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug met while drafting")

    monkeypatch.setattr("tracker.draft.draft_file", broken)
    before = (project / "targets.yaml").read_text(encoding="utf-8")
    line = problem_said(project)
    assert "未能起草" in line and "weihai-2025-plan.txt" in line and "\n" not in line
    assert (project / "targets.yaml").read_text(encoding="utf-8") == before


def test_a_plan_naming_no_place_says_where_in_the_app_to_give_it(project: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.errors import TrackerUserError

    def placeless(path, *_args, **_kwargs):
        raise TrackerUserError("draft.no_region", path=str(path))

    monkeypatch.setattr("tracker.draft.draft_file", placeless)
    line = problem_said(project)
    assert "按 e 补上地区" in line and "--region" not in line, line


def test_the_detail_names_the_supporting_units_beside_the_lead() -> None:
    from tracker.draft.review import DraftRow
    from tracker.tui.screens.draft_review import row_detail

    row = DraftRow(id="t", plan="p", title="新增企业", target="60家", section=None, quote="新增企业60家",
                   owner="市科技局", due=None, support=("市财政局", "各区县政府"))
    assert "配合单位：市财政局、各区县政府" in row_detail(row, None, "zh").plain

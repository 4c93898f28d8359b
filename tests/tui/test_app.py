"""Each flow of the terminal UI, driven by Pilot: open, filter, drill down, review, add a target, reload."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from sqlmodel import Session
from textual.widgets import DataTable, Input, Select, Static

from tests.tui.conftest import ROOT, SIZE, app_on, behaviour, database, open_target, settled
from tracker.model.decision import Action
from tracker.snapshot import FORMAT
from tracker.store import repo
from tracker.tui.screens.dashboard import DashboardScreen
from tracker.tui.screens.document import DocumentScreen
from tracker.tui.screens.errors import ErrorsScreen
from tracker.tui.screens.review import ReviewScreen
from tracker.tui.screens.target import TargetScreen
from tracker.tui.screens.target_form import TargetForm
from tracker.tui.widgets.table import RowTable

ROOT_TARGETS = ROOT / "targets.yaml"


async def to_the_dashboard(pilot) -> None:
    """Back where a flow walked after another starts: the dashboard, every screen above it closed."""
    for _ in range(4):
        if isinstance(pilot.app.screen, DashboardScreen):
            break
        await pilot.press("escape")
        await settled(pilot)
    assert isinstance(pilot.app.screen, DashboardScreen)


def table_ids(app) -> list[str]:  # the app under test
    table = app.screen.query_one("#targets", RowTable)
    return [row.key for row in table.rows if not row.key.startswith("§")]


def row_cells(app, target_id: str) -> dict[str, str]:  # the app under test
    """A dashboard row's cells by column."""
    table = app.screen.query_one("#targets", RowTable)
    return {column.key: str(text) for column, text in zip(table.columns, table.get_row(target_id), strict=True)}


def decisions(project: Path) -> list:
    with Session(database(project)) as session:
        decisions, skipped = repo.load_decisions(session=session)
    assert skipped == []
    return decisions


def static_text(app, selector: str) -> str:  # the app under test
    return str(app.screen.query_one(selector, Static).render())


def test_filter_search_sort_and_jump_to_the_next_target_behind(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            everything = table_ids(app)
            assert all(i.startswith("yk22") for i in everything)
            app.screen.query_one("#filter-status", Select).value = "behind"
            await pilot.pause()
            behind = table_ids(app)
            assert behind and len(behind) < len(everything)
            assert all(p.status.value == "behind" for p in app.screen.shown)
            await pilot.press("escape")
            await pilot.press("slash")
            await pilot.press(*"合同")
            await pilot.pause()
            found = table_ids(app)
            assert "yk22-contracts" in found and len(found) < len(everything)
            assert app.screen.query_one("#search", Input).value == "合同"
            await pilot.press("enter", "escape")
            await pilot.press("s", "s", "s", "s")  # title, target, actual, completion: lowest first
            values = [p.completion for p in app.screen.shown]
            known = [v for v in values if v is not None]
            assert known == sorted(known) and values == known + [None] * (len(values) - len(known))  # none last
            headings = [c.label for c in app.screen.query_one("#targets", RowTable).columns]
            assert [h for h in headings if h.endswith(("▲", "▼"))] == ["完成率 ▲"]  # the sort is shown
            await pilot.press("n")
            assert app.screen.current().status.value in ("behind", "severely_behind", "missed")

    asyncio.run(run())


def test_an_external_edit_reloads_and_an_invalid_one_keeps_the_last_good_state(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, watch=True)
        path = project / "targets.yaml"
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("title: 技术合同成交额", "title: 技术合同成交总额"), encoding="utf-8")
            for _ in range(150):
                await pilot.pause(0.1)
                await settled(pilot)
                if any(p.target.title == "技术合同成交总额" for p in app.snapshot.report.progress):
                    break
            assert any(p.target.title == "技术合同成交总额" for p in app.snapshot.report.progress)
            good = app.snapshot
            path.write_text(text.replace("  - id: yk22\n", "  - id: yk22\n   bad: [\n"), encoding="utf-8")
            for _ in range(150):
                await pilot.pause(0.1)
                if isinstance(app.screen, ErrorsScreen):
                    break
            assert isinstance(app.screen, ErrorsScreen)
            await pilot.pause()
            errors = str(app.screen.query_one("#errors", Static).render())
            assert "targets.yaml:" in errors and ":" in errors.split("targets.yaml:")[1][:8]
            assert app.snapshot is good
            await pilot.press("escape")
            assert isinstance(app.screen, DashboardScreen) and table_ids(app)

    asyncio.run(run())


@pytest.mark.real_child
def test_the_last_results_show_at_once_while_the_fresh_ones_are_computed(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            shown = table_ids(app)
        assert (project / ".tracker" / "snapshot.json").exists()
        (project / "seeds").rename(project / "elsewhere")  # the fresh computation cannot read the folder now
        again = app_on(project, plan="yk22")
        async with again.run_test(size=SIZE) as pilot:
            for _ in range(100):
                await pilot.pause(0.05)
                if again.snapshot is not None and table_ids(again):
                    break
            await again.workers.wait_for_complete()
            await pilot.pause()
            assert table_ids(again) == shown and not again.fresh
            assert "正在更新" in again.sub_title

    asyncio.run(run())


def test_a_kept_snapshot_that_does_not_read_is_named_once_and_computed_afresh(project: Path) -> None:
    (project / ".tracker").mkdir()
    (project / ".tracker" / "snapshot.json").write_text('{"format": 0, "report": "from an older tracker"}')

    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            said = [n.message for n in app._notifications if "snapshot.json" in n.message]
            assert said == ["上次保存的结果 .tracker/snapshot.json 来自其他版本的 tracker，已忽略，正在重新计算"]
            assert app.fresh and table_ids(app)
        assert json.loads((project / ".tracker" / "snapshot.json").read_text())["format"] == FORMAT  # kept anew

    asyncio.run(run())


def test_a_first_start_shows_the_targets_while_their_status_is_computed(project: Path, monkeypatch) -> None:
    import threading

    import tracker.tui.app as app_module

    release, compute = threading.Event(), app_module.compute_snapshot

    def slow(*args: object) -> object:
        release.wait(10)
        return compute(*args)

    monkeypatch.setattr(app_module, "compute_snapshot", slow)

    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(100):
                await pilot.pause(0.05)
                if app.snapshot is not None and table_ids(app):
                    break
            assert app.snapshot.pending and len(table_ids(app)) == 34
            row = row_cells(app, "yk22-contracts")
            assert (row["title"], row["target"], row["status"]) == ("技术合同成交额", "11.3亿元", "计算中…")
            assert "首次读取材料" in static_text(app, "#summary") and "首次读取材料" in app.sub_title
            release.set()
            await settled(pilot)
            assert not app.snapshot.pending and app.fresh
            assert "滞后" in row_cells(app, "yk22-contracts")["status"]
        assert not app.workspace.load_cached()[0].pending

    asyncio.run(run())


def test_a_start_with_nothing_changed_shows_the_kept_snapshot_as_fresh_and_computes_nothing(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.tui.app

    async def run() -> None:
        async with app_on(project).run_test(size=SIZE) as pilot:
            await settled(pilot)  # a first start: computed here, and kept
            first = {p.target.id: p.status for p in pilot.app.snapshot.report.progress}
        computed: list[object] = []
        monkeypatch.setattr(tracker.tui.app, "compute_elsewhere", lambda *a, **k: computed.append(a))
        app = app_on(project)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            await pilot.pause(0.3)
            assert app.fresh and {p.target.id: p.status for p in app.snapshot.report.progress} == first
            assert computed == []
        (project / "seeds" / "yingkou-2022-h1.txt").touch()
        async with app_on(project).run_test(size=SIZE) as pilot:
            for _ in range(100):  # the kept snapshot shown, then the fresh one asked for a moment later
                await pilot.pause(0.05)
                if computed:
                    break
        assert len(computed) == 1

    asyncio.run(run())


@pytest.mark.real_child
def test_quitting_stops_the_process_computing_the_fresh_snapshot(project: Path) -> None:
    async def run() -> None:
        async with app_on(project).run_test(size=SIZE) as pilot:
            await settled(pilot)  # a first start: computed here, and kept
        (project / "seeds" / "yingkou-2022-h1.txt").touch()  # something changed: the fresh one is computed
        app = app_on(project)
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(200):  # the kept snapshot shown, then the fresh one computed by a child process
                await pilot.pause(0.05)
                if app._computing:  # the child the app started
                    break
            child = app._computing[0]
            assert child.poll() is None
        child.wait(timeout=5)
        assert child.returncode != 0, "stopped, not finished"

    asyncio.run(run())


def test_at_200_columns_every_column_shows(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=(200, 40)) as pilot:
            await settled(pilot)
            table = app.screen.query_one("#targets", RowTable)
            assert [c.key for c in table.columns] == ["title", "target", "actual", "completion", "status", "deadline", "gap",
                                                     "owner"]
            assert table.virtual_size.width <= 200
            await pilot.press("i")  # ids on request, first
            assert [c.key for c in table.columns][:2] == ["id", "title"] and table.virtual_size.width <= 200

    asyncio.run(run())


def test_a_bug_in_a_worker_is_one_line_on_screen(project: Path, monkeypatch) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22")

        def broken(*_args: object) -> None:
            raise RuntimeError("disk on fire")

        async with app.run_test(size=SIZE) as pilot:
            monkeypatch.setattr(app.workspace, "document", broken)
            await open_target(pilot, "yk22-contracts")
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            messages = [n.message for n in app._notifications]
            assert any("disk on fire" in m for m in messages)
            assert app.is_running

    asyncio.run(run())


async def drill_down_from_target_to_evidence_to_the_document(pilot) -> None:
    app = pilot.app
    await open_target(pilot, "yk22-contracts")
    assert isinstance(app.screen, TargetScreen)
    progress = static_text(app, "#progress")
    assert "还差 7.3亿元，剩余 6 个月，月均需 1.22亿元" in progress
    evidence = app.screen.query_one("#evidence", DataTable)
    assert evidence.row_count >= 1 and "4.0亿元" in str(evidence.get_row_at(0)[2])
    await pilot.press("enter")
    await settled(pilot)
    assert isinstance(app.screen, DocumentScreen)
    text = app.screen.query_one("#document-text", Static).render()
    assert "完成技术合同登记额4.0亿元" in str(text)
    await pilot.press("escape", "escape")
    assert isinstance(app.screen, DashboardScreen)


async def values_by_hand_and_lag_notes_from_the_target_screen(pilot) -> None:
    from textual.widgets import TextArea

    from tracker.tui.screens.modals import LagNoteScreen, ManualValueScreen

    app = pilot.app
    await open_target(pilot, "yk22-contracts")
    await pilot.press("m")
    await pilot.pause()
    assert isinstance(app.screen, ManualValueScreen)
    app.screen.query_one("#value", Input).value = "5项"
    app.screen.save()
    await pilot.pause()
    assert isinstance(app.screen, ManualValueScreen), "a value in another unit is refused"
    assert "元" in str(app.screen.query_one("#problem-value", Static).render())
    app.screen.query_one("#value", Input).value = "5.2亿元"
    app.screen.query_one("#source", Input).value = "市科技局统计"
    app.screen.save()
    await settled(pilot)
    assert isinstance(app.screen, TargetScreen)
    assert "5.2亿元" in static_text(app, "#progress")
    await pilot.press("l")
    await pilot.pause()
    assert isinstance(app.screen, LagNoteScreen)
    app.screen.query_one("#cause", TextArea).text = "部分企业合同尚未登记"
    app.screen.query_one("#measures", TextArea).text = "组织登记专场，月底前完成补登"
    app.screen.save()
    await settled(pilot)
    assert "部分企业合同尚未登记" in static_text(app, "#note")


def values_by_hand_and_lag_notes_from_the_target_screen_after_the_app(project: Path) -> None:
    with Session(database(project)) as session:
        notes, skipped = repo.load_notes(session=session)
    assert skipped == []
    assert [(n.target, n.cause, n.who) for n in notes] == [("yk22-contracts", "部分企业合同尚未登记", "张科长")]
    assert [d.action for d in decisions(project)] == [Action.MANUAL]


async def the_quarterly_report_is_written_from_the_dashboard(pilot, project: Path) -> None:
    from textual.widgets import Checkbox

    from tracker.tui.screens.modals import ReportScreen

    app = pilot.app

    async def until(condition) -> None:  # the report is written by a worker thread
        for _ in range(200):
            await pilot.pause(0.05)
            if condition():
                return
        raise AssertionError("the dialog did not answer")

    await settled(pilot)
    await pilot.press("w")
    await until(lambda: isinstance(app.screen, ReportScreen))
    assert app.screen.query_one("#quarter", Input).value == "2022Q2"
    assert app.screen.query_one("#format", Select).value == "docx"
    app.screen.query_one("#format", Select).value = "md"
    app.screen.query_one("#quarter", Input).value = "2022Q9"
    app.screen.save()
    await pilot.pause()
    assert "2025Q2" in static_text(app, "#problem"), "a bad quarter is refused in the dialog"
    app.screen.query_one("#quarter", Input).value = "2022Q2"
    app.screen.save()
    await until(lambda: not isinstance(app.screen, ReportScreen))
    written = project / "reports" / "yk22-2022Q2.md"
    assert written.read_text(encoding="utf-8").startswith("# 营口市科技工作2022年第二季度进展情况")
    await pilot.press("w")
    await until(lambda: isinstance(app.screen, ReportScreen))
    app.screen.query_one("#format", Select).value = "md"
    app.screen.save()
    await until(lambda: "已存在" in static_text(app, "#problem"))
    assert "勾选“覆盖已有文件”" in static_text(app, "#problem") and "--force" not in static_text(app, "#problem")
    app.screen.query_one("#force", Checkbox).value = True
    app.screen.save()
    await until(lambda: not isinstance(app.screen, ReportScreen))


async def edit_a_target_keeps_its_comments_and_the_palette_and_help_list_the_actions(pilot) -> None:
    from textual.widgets import Markdown

    from tracker.tui.screens.help import HelpScreen

    app = pilot.app
    await settled(pilot)
    titles = [c.title for c in app.get_system_commands(app.screen)]
    assert {"搜索", "审核", "新增指标", "下一个滞后", "帮助", "退出"} <= set(titles)
    app.screen._move_to("yk22-contracts")
    await pilot.press("e")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, TargetForm) and form.query_one("#field-title", Input).value == "技术合同成交额"
    form.query_one("#field-owner", Input).value = "成果转化科"
    form.save()
    await settled(pilot)
    assert isinstance(app.screen, DashboardScreen)
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    assert app.screen.query_one(Markdown) is not None


def edit_a_target_keeps_its_comments_and_the_palette_and_help_list_the_actions_after_the_app(project: Path) -> None:
    text = (project / "targets.yaml").read_text(encoding="utf-8")
    assert "owner: 成果转化科" in text
    assert text.count("#") == (ROOT_TARGETS.read_text(encoding="utf-8")).count("#")  # every comment kept


async def language_switch_relabels_the_dashboard(pilot) -> None:
    app = pilot.app
    await settled(pilot)
    await pilot.press("L")
    await pilot.pause()
    assert app.lang == "en"
    assert "mean completion" in static_text(app, "#summary")
    assert "behind" in row_cells(app, "yk22-contracts")["status"]


async def open_shows_every_target_with_its_plan_summary(pilot) -> None:
    app = pilot.app
    await settled(pilot)
    assert isinstance(app.screen, DashboardScreen)
    ids = table_ids(app)
    assert len(ids) == len(app.snapshot.report.progress)
    assert "yk22-contracts" in ids and "wh25-key-projects" in ids
    summary = static_text(app, "#summary")
    assert "yk22" in summary and "平均完成" in summary
    row = row_cells(app, "yk22-contracts")
    assert (row["target"], row["actual"], row["gap"]) == ("11.3亿元", "4亿元", "7.3亿元") and "滞后" in row["status"]


async def review_queue_accepts_and_rejects_and_the_decisions_are_stored(pilot, project: Path) -> None:
    app = pilot.app
    await settled(pilot)
    await pilot.press("r")
    await settled(pilot)
    assert isinstance(app.screen, ReviewScreen)
    first = app.screen.current()
    assert first is not None, "the seeds leave matches for review"
    waiting = len(app.screen.queue)
    await pilot.press("y")
    await settled(pilot)
    second = app.screen.current()
    assert len(app.screen.queue) == waiting - 1 and app.screen.done == 1
    await pilot.press("x")
    await settled(pilot)
    assert "已处理 2" in static_text(app, "#review-title")
    stored = decisions(project)
    assert [(d.target, d.ref, d.action) for d in stored] == [
        (first[1].target, first[1].ref, Action.ACCEPT), (second[1].target, second[1].ref, Action.REJECT)]
    assert stored[0].who == "张科长"
    accepted = [e for e in app.snapshot.report.evidence[first[1].target] if e.ref == first[1].ref]
    assert accepted[0].review.value == "accepted"


async def add_a_target_writes_targets_yaml_round_trip(pilot, project: Path, before: str) -> None:
    app = pilot.app
    await settled(pilot)
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(app.screen, TargetForm)
    form = app.screen
    form.query_one("#field-id", Input).value = "wh25-new-labs"
    form.query_one("#field-title", Input).value = "新建市级重点实验室"
    form.query_one("#field-target", Input).value = "很多项"
    form.save()
    await settled(pilot)
    assert isinstance(app.screen, TargetForm), "a bad quantity is refused"
    assert str(form.query_one("#problem-target", Static).render())
    assert (project / "targets.yaml").read_text(encoding="utf-8") == before
    form.query_one("#field-target", Input).value = "12家以上"
    form.query_one("#field-section", Input).value = "三、平台建设"
    form.save()
    await settled(pilot)
    assert isinstance(app.screen, DashboardScreen)
    assert "wh25-new-labs" in table_ids(app)


def add_a_target_writes_targets_yaml_round_trip_after_the_app(project: Path, before: str) -> None:
    after = (project / "targets.yaml").read_text(encoding="utf-8")
    assert after.startswith(before.split("  - id: yk22")[0].rsplit("\n\n", 1)[0])  # comments and order kept
    assert "      - id: wh25-new-labs\n        title: 新建市级重点实验室\n        target: 12家以上\n" in after
    assert "# ── 营口市" in after


def test_on_one_plan_drill_down_then_a_value_by_hand_and_a_lag_note_then_the_quarterly_report(project: Path) -> None:
    """One app run walks three flows, each named if it fails: the drill-down only reads, the value and the note are
    the run's only records, the report comes last."""

    async def run() -> None:
        async with app_on(project, plan="yk22").run_test(size=SIZE) as pilot:
            with behaviour("drill down from target to evidence to the document"):
                await drill_down_from_target_to_evidence_to_the_document(pilot)
            await to_the_dashboard(pilot)
            with behaviour("values by hand and lag notes from the target screen"):
                await values_by_hand_and_lag_notes_from_the_target_screen(pilot)
            await to_the_dashboard(pilot)
            with behaviour("the quarterly report is written from the dashboard"):
                await the_quarterly_report_is_written_from_the_dashboard(pilot, project)

    asyncio.run(run())
    with behaviour("values by hand and lag notes from the target screen: once the app has stopped"):
        values_by_hand_and_lag_notes_from_the_target_screen_after_the_app(project)


def test_on_one_plan_edit_a_target_then_switch_the_language(project: Path) -> None:
    """One app run walks two flows, each named if it fails: the edit (in Chinese) first, the switch to English last."""

    async def run() -> None:
        async with app_on(project, plan="yk22").run_test(size=SIZE) as pilot:
            with behaviour("edit a target keeps its comments, and the palette and help list the actions"):
                await edit_a_target_keeps_its_comments_and_the_palette_and_help_list_the_actions(pilot)
            await to_the_dashboard(pilot)
            with behaviour("the language switch relabels the dashboard"):
                await language_switch_relabels_the_dashboard(pilot)

    asyncio.run(run())
    with behaviour("edit a target keeps its comments, and the palette and help list the actions: once the app has stopped"):
        edit_a_target_keeps_its_comments_and_the_palette_and_help_list_the_actions_after_the_app(project)


def test_open_then_review_then_add_a_target(project: Path) -> None:
    """One app run walks three flows, each named if it fails: the opening screen first, the review's two decisions
    next, the new target last."""
    before = (project / "targets.yaml").read_text(encoding="utf-8")

    async def run() -> None:
        async with app_on(project).run_test(size=SIZE) as pilot:
            with behaviour("open shows every target with its plan summary"):
                await open_shows_every_target_with_its_plan_summary(pilot)
            await to_the_dashboard(pilot)
            with behaviour("the review queue accepts and rejects and the decisions are stored"):
                await review_queue_accepts_and_rejects_and_the_decisions_are_stored(pilot, project)
            await to_the_dashboard(pilot)
            with behaviour("add a target writes targets.yaml round trip"):
                await add_a_target_writes_targets_yaml_round_trip(pilot, project, before)

    asyncio.run(run())
    with behaviour("add a target writes targets.yaml round trip: once the app has stopped"):
        add_a_target_writes_targets_yaml_round_trip_after_the_app(project, before)

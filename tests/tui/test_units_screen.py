"""The supervision loop in the app (督办): the lead units, deadlines on the dashboard, the forecast on a target."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from textual.widgets import Select, Static

from tests.tui.conftest import app_on, settled
from tracker.progress import supervision
from tracker.progress.deadline import DeadlineState
from tracker.progress.rollup import Level
from tracker.progress.score import ScoreLevel
from tracker.tui.screens.dashboard import DashboardScreen
from tracker.tui.screens.target import TargetScreen
from tracker.tui.screens.units import UnitsScreen
from tracker.tui.widgets.table import RowTable


def test_units_list_scores_and_lagging_targets_and_enter_shows_the_units_targets(project: Path, monkeypatch) -> None:
    calls = []

    def counted(*args: object):
        calls.append(args)
        return supervision.supervise(*args)

    monkeypatch.setattr("tracker.tui.app.supervise", counted)

    async def run() -> None:
        app = app_on(project)  # as of 2022-06-30
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            await pilot.press("u")
            await settled(pilot)
            screen = app.screen
            assert isinstance(screen, UnitsScreen)
            supervised = app.supervised()
            units = [r.owner for r in app.snapshot.report.rollups if r.level is Level.OWNER]
            table = screen.query_one("#units", RowTable)
            assert [row.key for row in table.rows] == units and len(units) > 5
            scores = {s.key: s for s in supervised.scores if s.level is ScoreLevel.OWNER}
            unit = "成果转化科"
            assert table.move_to(unit)
            cells = dict(zip([c.key for c in table.columns], table.get_row(unit), strict=True))
            lagging = supervised.lagging[unit]
            assert lagging and str(cells["lagging"]) == str(len(lagging))
            assert str(cells["score"]) == f"{scores[unit].score:.1f}" and str(cells["grade"]) == "不合格"
            await pilot.pause()
            detail = str(screen.query_one("#unit-detail-text", Static).render())
            assert all(f"（{p.target.id}）" in detail for p in lagging) and "未填写滞后原因" in detail
            before = len(calls)
            for key in ("down", "up", "escape", "u", "escape", "s"):  # keys, screens, a sort: nothing recomputed
                await pilot.press(key)
            await pilot.press("u")
            await settled(pilot)
            assert len(calls) == before
            app.screen.query_one("#units", RowTable).move_to(unit)
            await pilot.press("n")  # the unit's supervision notice, written and recorded by the core
            await settled(pilot)
            notices, _ = app.workspace.notices()
            assert [(n.unit, n.targets) for n in notices] == [(unit, tuple(p.target.id for p in lagging))]
            assert (project / notices[0].file).is_file()
            assert any("已生成督办通知" in n.message for n in app._notifications)
            await pilot.press("enter")
            await settled(pilot)
            dashboard = app.screen
            assert isinstance(dashboard, DashboardScreen)
            assert dashboard.query_one("#filter-owner", Select).value == unit
            assert dashboard.shown and {p.target.lead for p in dashboard.shown} == {unit}
            assert "yk22-contracts" in {p.target.id for p in dashboard.shown}
            summary = str(dashboard.query_one("#summary", Static).render())
            plan = next(s for s in supervised.scores if s.level is ScoreLevel.PLAN and s.key == "yk22")
            assert f"得分 {plan.score:.1f}" in summary
            dashboard._move_to("yk22-contracts")
            await pilot.press("enter")
            await settled(pilot)
            assert isinstance(app.screen, TargetScreen)
            definition = str(app.screen.query_one("#definition", Static).render())
            assert "配合单位：各县(市)区科技局" in definition and "权重 2" in definition
            said = str(app.screen.query_one("#progress", Static).render())
            assert "截止2022-12-31，还有184天" in said
            assert "按当前进度预计到期完成8.07亿元（71.4%" in said and "缺口3.23亿元" in said
            assert "截止：" not in definition  # the date is said once, in the deadline's sentence

    asyncio.run(run())


def test_the_deadline_column_and_filter_follow_the_core(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22", as_of=date(2022, 9, 10))
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            screen = app.screen
            table = screen.query_one("#targets", RowTable)
            column = [c.key for c in table.columns].index("deadline")
            deadlines = app.supervised().deadlines
            assert deadlines["yk22-seedling-bank"].state is DeadlineState.DUE_SOON
            assert str(table.get_row("yk22-seedling-bank")[column]) == "还有20天"
            assert str(table.get_row("yk22-contracts")[column]) == "正常"
            screen.query_one("#filter-deadline", Select).value = DeadlineState.DUE_SOON.value
            await pilot.pause()
            due_soon = {i for i, d in deadlines.items() if d.state is DeadlineState.DUE_SOON}
            assert {p.target.id for p in screen.shown} == due_soon == {"yk22-seedling-bank"}

    asyncio.run(run())


def test_a_target_shows_the_regions_ranked_on_its_measure(project: Path) -> None:
    targets = project / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    copy = text[text.index("  - id: yk22\n"):].replace("id: yk22", "id: dl22").replace("region: 营口市", "region: 大连市")
    targets.write_text(text + copy.replace("      - id: yk22-", "      - id: dl22-"), encoding="utf-8")

    async def run() -> None:
        app = app_on(project)
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            app.screen._move_to("yk22-contracts")
            await pilot.press("enter")
            await settled(pilot)
            said = str(app.screen.query_one("#progress", Static).render())
            assert "技术合同成交额（2022）各地区排名：1. 营口市 35.4%、大连市 暂无数据。" in said

    asyncio.run(run())

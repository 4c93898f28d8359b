"""The first ten minutes of a new user on the bundled data, as one script: open `tracker`, search, open a target
and its document, accept and reject a match, add a target, write the quarterly report; what is on screen is
checked at each step."""

from __future__ import annotations

import asyncio
import html
import re
from pathlib import Path

from sqlmodel import Session
from textual.pilot import Pilot
from textual.widgets import Input, Select

from tests.tui.conftest import app_on, database, settled
from tracker.model.decision import Action
from tracker.store import repo
from tracker.tui.screens.dashboard import DashboardScreen
from tracker.tui.screens.document import DocumentScreen
from tracker.tui.screens.modals import ReportScreen
from tracker.tui.screens.review import ReviewScreen
from tracker.tui.screens.target import TargetScreen
from tracker.tui.screens.target_form import TargetForm


def on_screen(pilot: Pilot) -> str:
    """The words drawn on the terminal, as a person reads them."""
    svg = pilot.app.export_screenshot()
    return html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg))).replace("\xa0", " ")


async def until(pilot: Pilot, condition) -> None:  # a test's predicate
    for _ in range(300):
        await pilot.pause(0.05)
        if condition():
            return
    raise AssertionError("the app did not get there")


def test_the_first_ten_minutes(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, as_of=None)  # `tracker`, with no date: where the documents reach
        async with app.run_test(size=(120, 40)) as pilot:
            # 1. open: real figures at once, said as of the documents' date, titles whole
            await settled(pilot)
            seen = on_screen(pilot)
            assert "数据截至 2022-06-30" in seen and "yk22 滞后 2，正常推进 4" in seen
            assert "技术合同成交额" in seen and "11.3亿元" in seen and "35.4%" in seen and "滞后" in seen
            assert "yk22-contracts" not in seen  # ids only on request

            # 2. search
            await pilot.press("slash", *"合同", "enter")
            await settled(pilot)
            seen = on_screen(pilot)
            assert "技术合同成交额" in seen and "显示" in seen and "/ 87" in seen and "显示 87 / 87" not in seen

            # 3. the target, read aloud, and its document at the figure
            app.screen._move_to("yk22-contracts")
            await pilot.press("enter")
            await settled(pilot)
            assert isinstance(app.screen, TargetScreen)
            seen = on_screen(pilot)
            assert "完成4亿元，占年度目标35.4%，低于序时进度14.2个百分点" in seen
            assert seen.count("完成技术合同登记额4.0亿元") == 1 and "出现 2 次" in seen
            await pilot.press("enter")
            await settled(pilot)
            assert isinstance(app.screen, DocumentScreen) and "完成技术合同登记额4.0亿元" in on_screen(pilot)
            await pilot.press("escape", "escape", "escape")  # back, back, and the search cleared
            await settled(pilot)
            assert isinstance(app.screen, DashboardScreen) and "显示 87 / 87" in on_screen(pilot)

            # 4. the review queue: accept one match, reject the next
            await pilot.press("r")
            await settled(pilot)
            assert isinstance(app.screen, ReviewScreen)
            seen = on_screen(pilot)
            waiting = int(re.search(r"剩余 (\d+)", seen).group(1))
            assert waiting > 2 and "材料中的数" in seen and "匹配理由" in seen
            accepted = app.screen.current()
            await pilot.press("y")
            await settled(pilot)
            rejected = app.screen.current()
            await pilot.press("x")
            await settled(pilot)
            assert f"剩余 {waiting - 2}，已处理 2" in on_screen(pilot)
            with Session(database(project)) as session:
                stored = {(d.target, d.ref): d.action for d in repo.load_decisions(session=session)[0]}
            assert stored == {(accepted[0].target.id, accepted[1].ref): Action.ACCEPT,
                              (rejected[0].target.id, rejected[1].ref): Action.REJECT}
            await pilot.press("escape")

            # 5. add a target: the first field has the focus, a Chinese example in each
            await pilot.press("a")
            await settled(pilot)
            assert isinstance(app.screen, TargetForm) and app.focused.id == "field-title"
            assert "如 25亿元" in on_screen(pilot)
            await pilot.press(*"新增省级工程技术研究中心")
            app.screen.query_one("#field-id", Input).value = "yk22-engineering-centres"
            app.screen.query_one("#field-target", Input).value = "10家"
            app.screen.query_one("#field-plan", Select).value = "yk22"
            app.screen.save()
            await until(pilot, lambda: isinstance(app.screen, DashboardScreen))
            await settled(pilot)
            assert "新增省级工程技术研究中心" in (project / "targets.yaml").read_text(encoding="utf-8")
            app.screen._move_to("yk22-engineering-centres")
            await pilot.pause()
            assert "新增省级工程技术研究中心" in on_screen(pilot) and "显示 88 / 88" in on_screen(pilot)

            # 6. the quarterly report: the quarter the documents cover is offered, the format by its name
            await pilot.press("w")
            await until(pilot, lambda: isinstance(app.screen, ReportScreen))
            assert app.screen.query_one("#quarter", Input).value == "2022Q2" and "Word" in on_screen(pilot)
            app.screen.query_one("#format", Select).value = "md"
            app.screen.save()
            await until(pilot, lambda: not isinstance(app.screen, ReportScreen))
            await pilot.pause()  # the toast, posted just before the dialog closed, still in the app's queue
            assert any("reports" in n.message for n in app._notifications)  # the toast names the file
            written = sorted((project / "reports").glob("*2022Q2.md"))
            assert written and "第二季度" in written[0].read_text(encoding="utf-8")

    asyncio.run(run())

"""The forms (add or edit a target, a value by hand, a lag note): focus, fit, labels, examples, mistakes by field."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Static, TextArea

from tests.tui.conftest import app_on, open_target, settled
from tracker.tui.screens.modals import LagNoteScreen, ManualValueScreen
from tracker.tui.screens.target_form import TargetForm

SIZES = ((80, 24), (120, 40), (200, 50))
FIELDS = ("title", "id", "target", "kind", "plan", "due", "section", "owner", "metric", "aliases", "quote")
CJK = re.compile(r"[\u4e00-\u9fff]")


def problem(form, name: str) -> str:  # the form under test
    return str(form.query_one(f"#problem-{name}", Static).render())


async def open_form(pilot) -> TargetForm:
    await settled(pilot)
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(pilot.app.screen, TargetForm)
    return pilot.app.screen


def test_the_first_field_has_the_focus_when_a_form_opens(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=(120, 40)) as pilot:
            form = await open_form(pilot)
            assert app.focused is form.query_one("#field-title", Input)
            await pilot.press(*"新建实验室")
            assert form.query_one("#field-title", Input).value == "新建实验室", "typing goes into the first field"
            await pilot.press("escape")
            app.screen._move_to("yk22-contracts")
            await pilot.press("e")
            await pilot.pause()
            assert app.focused is app.screen.query_one("#field-title", Input)
            await pilot.press("escape")
            await open_target(pilot, "yk22-contracts")
            await pilot.press("m")
            await pilot.pause()
            assert isinstance(app.screen, ManualValueScreen) and app.focused is app.screen.query_one("#value", Input)
            await pilot.press("escape", "l")
            await pilot.pause()
            assert isinstance(app.screen, LagNoteScreen) and app.focused is app.screen.query_one("#cause", TextArea)

    asyncio.run(run())


@pytest.mark.parametrize("size", SIZES)
def test_the_target_form_fits_and_every_field_can_be_reached(project: Path, size: tuple[int, int]) -> None:
    async def run() -> None:
        app = app_on(project)
        async with app.run_test(size=size) as pilot:
            form = await open_form(pilot)
            body = form.query_one(VerticalScroll)
            box = form.query_one(".dialog").region.shrink((1, 1, 1, 1))  # inside the border
            save = form.query_one("#save")
            assert box.contains_region(save.region) and save.region.height >= 1, "Save shows in the dialog"
            if size[0] >= 120:
                assert body.max_scroll_y == 0, f"every field shows at once at {size}"
                first, last = form.query_one("#row-title"), form.query_one("#row-quote")
                assert last.region.x > first.region.right, "two columns on a wide screen"
            for name in FIELDS:
                widget = form.query_one(f"#field-{name}")
                app.set_focus(widget)
                await pilot.pause()
                assert body.region.contains_region(widget.region), f"{name} scrolled into view at {size}"
                assert widget.region.width >= 20, f"{name} wide enough to type in at {size}"

    asyncio.run(run())


@pytest.mark.parametrize(("lang", "labels", "examples"), [
    ("zh", {"title": "指标名称", "due": "截止日期", "target": "目标值", "owner": "责任单位"},
     {"target": "25亿元", "due": "2025-12-31", "id": "wh25-"}),
    ("en", {"title": "title", "due": "due date", "target": "goal", "owner": "lead unit"},
     {"target": "e.g. 25亿元", "due": "e.g. 2025-12-31"}),
])
def test_every_field_has_a_label_in_the_language_and_an_example(
        project: Path, lang: str, labels: dict[str, str], examples: dict[str, str]) -> None:
    async def run() -> None:
        app = app_on(project, lang=lang)
        async with app.run_test(size=(120, 40)) as pilot:
            form = await open_form(pilot)
            for name in FIELDS:
                label = str(form.query_one(f"#row-{name} Label", Label).render())
                assert label.strip() and bool(CJK.search(label)) == (lang == "zh"), (name, label)
                if isinstance(widget := form.query_one(f"#field-{name}"), Input):
                    assert widget.placeholder, f"{name} has an example"
            for name, word in labels.items():
                assert word in str(form.query_one(f"#row-{name} Label", Label).render())
            for name, example in examples.items():
                assert example in form.query_one(f"#field-{name}", Input).placeholder

    asyncio.run(run())


def test_mistakes_are_told_in_chinese_under_their_field(project: Path) -> None:
    async def run() -> None:
        before = (project / "targets.yaml").read_text(encoding="utf-8")
        app = app_on(project)
        async with app.run_test(size=(80, 24)) as pilot:
            form = await open_form(pilot)
            for name, value in {"id": "a b", "title": "", "target": "很多项", "due": "next year"}.items():
                form.query_one(f"#field-{name}", Input).value = value
            form.save()
            await settled(pilot)
            assert isinstance(app.screen, TargetForm)
            assert form.query_one(".dialog").region.contains_region(form.query_one("#save").region), "problems scroll"
            assert "截止日期" in problem(form, "due") and "2025-12-31" in problem(form, "due")
            assert "缺少必填字段“指标名称”" in problem(form, "title")
            assert "很多项" in problem(form, "target") and "a b" in problem(form, "id")
            for name in ("id", "title", "target", "due"):
                shown = problem(form, name)
                assert not re.search(r"[A-Za-z]{4,}", shown.replace("next year", "")), f"no English: {shown}"
                row, under = form.query_one(f"#row-{name}"), form.query_one(f"#problem-{name}")
                assert under.region.y == row.region.bottom and under.region.x >= row.region.x, "under its field"
            assert not form.query_one("#problem-owner").display, "a field without a problem keeps its line"
            form.query_one("#field-id", Input).value = "yk22-contracts"
            form.query_one("#field-title", Input).value = "新建实验室"
            form.query_one("#field-target", Input).value = ""
            form.query_one("#field-due", Input).value = "2025-12-31"
            form.save()
            await settled(pilot)
            assert "yk22-contracts" in problem(form, "id") and "重复" in problem(form, "id")
            assert "目标值" in problem(form, "target") and "里程碑" in problem(form, "target")
            assert not form.query_one("#problem-due").display, "a corrected field's problem is gone"
        assert (project / "targets.yaml").read_text(encoding="utf-8") == before

    asyncio.run(run())


def test_mistakes_are_told_in_english_with_lang_en(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, lang="en")
        async with app.run_test(size=(120, 40)) as pilot:
            form = await open_form(pilot)
            form.query_one("#field-id", Input).value = "x1"
            form.query_one("#field-title", Input).value = "New labs"
            form.query_one("#field-due", Input).value = "31.12.2025"
            form.save()
            await settled(pilot)
            assert "'due date' is not a valid date '31.12.2025'; write it as 2025-12-31" in problem(form, "due")
            assert not CJK.search(problem(form, "due"))

    asyncio.run(run())


def test_a_value_by_hand_says_what_is_wrong_under_the_field(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=(80, 24)) as pilot:
            await open_target(pilot, "yk22-contracts")
            await pilot.press("m")
            await pilot.pause()
            dialog = app.screen
            assert "亿元" in dialog.query_one("#value", Input).placeholder
            await pilot.press(*"5项")
            dialog.query_one("#as-of", Input).value = "六月底"
            dialog.save()
            await pilot.pause()
            assert isinstance(app.screen, ManualValueScreen)
            assert "六月底" in problem(dialog, "as-of") and "2025-06-30" in problem(dialog, "as-of")
            dialog.query_one("#as-of", Input).value = "2022-06-30"
            dialog.save()
            await pilot.pause()
            assert "元" in problem(dialog, "value") and not dialog.query_one("#problem-as-of").display
            assert dialog.query_one("#problem-value").region.y == dialog.query_one("#row-value").region.bottom

    asyncio.run(run())

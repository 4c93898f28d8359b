"""The forms (add or edit a target, a value by hand, a lag note): focus, fit, labels, examples, mistakes by field."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Static, TextArea

from tests.tui.conftest import app_on, behaviour, open_target, settled
from tracker.tui.screens.modals import LagNoteScreen, ManualValueScreen
from tracker.tui.screens.target_form import TargetForm

FIELDS = ("title", "id", "target", "kind", "plan", "due", "section", "owner", "metric", "aliases", "quote")
CJK = re.compile(r"[\u4e00-\u9fff]")
LABELS = {
    "zh": ({"title": "指标名称", "due": "截止日期", "target": "目标值", "owner": "责任单位"},
           {"target": "25亿元", "due": "2025-12-31", "id": "wh25-"}),
    "en": ({"title": "title", "due": "due date", "target": "goal", "owner": "lead unit"},
           {"target": "e.g. 25亿元", "due": "e.g. 2025-12-31"}),
}
"""Each language's words of some labels, and examples some fields show."""


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


async def the_target_form_fits_and_every_field_can_be_reached(pilot, size: tuple[int, int]) -> None:
    app = pilot.app
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
    await pilot.press("escape")
    await settled(pilot)


async def every_field_has_a_label_in_the_language_and_an_example(pilot, lang: str) -> None:
    labels, examples = LABELS[lang]
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
    await pilot.press("escape")
    await settled(pilot)


async def mistakes_are_told_in_chinese_under_their_field(pilot) -> None:
    """Nothing is written: the caller compares targets.yaml once the app has stopped."""
    app = pilot.app
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


async def mistakes_are_told_in_english_with_lang_en(pilot) -> None:
    form = await open_form(pilot)
    form.query_one("#field-id", Input).value = "x1"
    form.query_one("#field-title", Input).value = "New labs"
    form.query_one("#field-due", Input).value = "31.12.2025"
    form.save()
    await settled(pilot)
    assert "'due date' is not a valid date '31.12.2025'; write it as 2025-12-31" in problem(form, "due")
    assert not CJK.search(problem(form, "due"))


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


def test_at_80_by_24_the_target_form_fits_and_mistakes_are_told_in_chinese_under_their_field(project: Path) -> None:
    """One app run walks two behaviours of the target form, each named if it fails."""
    before = (project / "targets.yaml").read_text(encoding="utf-8")

    async def run() -> None:
        async with app_on(project).run_test(size=(80, 24)) as pilot:
            with behaviour("the target form fits and every field can be reached at (80, 24)"):
                await the_target_form_fits_and_every_field_can_be_reached(pilot, (80, 24))
            with behaviour("mistakes are told in Chinese under their field"):
                await mistakes_are_told_in_chinese_under_their_field(pilot)

    asyncio.run(run())
    with behaviour("mistakes are told in Chinese under their field: targets.yaml is left as it was"):
        assert (project / "targets.yaml").read_text(encoding="utf-8") == before


def test_at_120_by_40_the_target_form_fits_and_every_field_has_a_chinese_label_and_an_example(project: Path) -> None:
    """One app run walks two behaviours of the target form, each named if it fails."""
    async def run() -> None:
        async with app_on(project).run_test(size=(120, 40)) as pilot:
            with behaviour("the target form fits and every field can be reached at (120, 40)"):
                await the_target_form_fits_and_every_field_can_be_reached(pilot, (120, 40))
            with behaviour("every field has a label in Chinese and an example"):
                await every_field_has_a_label_in_the_language_and_an_example(pilot, "zh")

    asyncio.run(run())


def test_at_200_by_50_the_target_form_fits_and_every_field_can_be_reached(project: Path) -> None:
    async def run() -> None:
        async with app_on(project).run_test(size=(200, 50)) as pilot:
            await the_target_form_fits_and_every_field_can_be_reached(pilot, (200, 50))

    asyncio.run(run())


def test_in_english_every_field_has_a_label_and_an_example_and_mistakes_are_told(project: Path) -> None:
    """One app run walks two behaviours of the target form with lang en, each named if it fails."""
    async def run() -> None:
        async with app_on(project, lang="en").run_test(size=(120, 40)) as pilot:
            with behaviour("every field has a label in English and an example"):
                await every_field_has_a_label_in_the_language_and_an_example(pilot, "en")
            with behaviour("mistakes are told in English with lang en"):
                await mistakes_are_told_in_english_with_lang_en(pilot)

    asyncio.run(run())

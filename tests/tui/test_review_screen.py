"""The review queue as a list with a detail pane: skipping, figures as written, the cursor, three sizes."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlmodel import Session
from textual.widgets import Static

from tests.tui.conftest import app_on, behaviour, database, settled
from tracker.model.decision import Action
from tracker.model.evidence import Review
from tracker.store import repo
from tracker.tui.screens.dashboard import DashboardScreen
from tracker.tui.screens.review import ReviewScreen
from tracker.tui.widgets.table import RowTable


def pending_count(app) -> int:  # the app under test
    return sum(e.review is Review.PENDING for items in app.snapshot.report.evidence.values() for e in items)


def rendered(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def stored(project: Path) -> list:
    with Session(database(project)) as session:
        decisions, _ = repo.load_decisions(session=session)
    return [(d.target, d.ref, d.action) for d in decisions]


async def open_review(pilot) -> ReviewScreen:
    await settled(pilot)
    await pilot.press("r")
    await settled(pilot)
    assert isinstance(pilot.app.screen, ReviewScreen)
    return pilot.app.screen


async def back_to_the_dashboard(pilot) -> None:
    """Out of the review (the next `open_review` makes a new one, its cursor on the first row)."""
    await pilot.press("escape")
    await settled(pilot)
    assert isinstance(pilot.app.screen, DashboardScreen)


async def skipping_leaves_the_remaining_count_true(pilot) -> None:
    """Skips round the queue and back, then accepts one: its app run's only decision, made last."""
    app = pilot.app
    screen = await open_review(pilot)
    waiting = pending_count(app)
    assert waiting > 5 and f"剩余 {waiting}" in rendered(app, "#review-title")
    first = screen.current()
    for _ in range(waiting + 2):  # past the end and round again
        await pilot.press("s")
    await pilot.pause()
    assert f"剩余 {waiting}，已处理 0" in rendered(app, "#review-title")
    assert len(screen.queue) == waiting and screen.current() is not None
    assert screen.current() != first, "skip moves on to another match"
    await pilot.press("y")
    await settled(pilot)
    assert f"剩余 {waiting - 1}，已处理 1" in rendered(app, "#review-title")


async def a_figure_is_shown_as_the_document_wrote_it_with_the_targets_unit_beside(pilot) -> None:
    app = pilot.app
    screen = await open_review(pilot)
    at = next(n for n, (p, e) in enumerate(screen.queue)
              if p.target.id == "wh25-foreign-expert-projects" and e.figure.quantity.text == "183个")
    for _ in range(at):
        await pilot.press("down")
    await pilot.pause()
    table = screen.query_one("#review-list", RowTable)
    assert table.cursor_row == at
    row = [cell.plain for cell in table.rows[at].cells]
    assert "183个" in row and "183项" not in row
    detail = rendered(app, "#review-detail-text")
    assert "183个" in detail and "183项" in detail, "as written, then in the target's unit"
    assert detail.index("183个") < detail.index("183项")
    money = next(n for n, (p, e) in enumerate(screen.queue) if e.figure.quantity.text == "8.95亿元")
    for _ in range(abs(money - at)):
        await pilot.press("down" if money > at else "up")
    await pilot.pause()
    detail = rendered(app, "#review-detail-text")
    assert "8.95亿元" in detail and "895000000" not in detail
    assert detail.count("8.95亿元") == 1 + ("8.95亿元" in screen.current()[1].quote), "no conversion repeated"


async def the_queue_is_a_list_with_a_detail_pane_that_follows_the_cursor(pilot, size: tuple[int, int]) -> None:
    app = pilot.app
    screen = await open_review(pilot)
    table = screen.query_one("#review-list", RowTable)
    detail = screen.query_one("#review-detail")
    assert table.has_focus and table.row_count == pending_count(app) == len(screen.queue)
    progress, item = screen.queue[0]
    cells = [c.plain for c in table.rows[0].cells]
    assert cells[0] == progress.target.title and cells[1] == item.figure.quantity.text
    assert cells[2] == Path(item.document).stem and cells[3] == str(item.confidence)
    title_width = table.columns[0].width
    assert title_width >= 16, f"titles get the width at {size}"
    text = rendered(app, "#review-detail-text")
    place = next(u.document.meta.region for u in app.snapshot.report.documents if u.path == item.document)
    for part in (progress.target.title, item.document, item.period.label, place, "匹配理由", "目标值"):
        assert part in text, part
    await pilot.press("down", "down")
    await pilot.pause()
    second = screen.queue[2]
    assert screen.current() == second and second[0].target.title in rendered(app, "#review-detail-text")
    list_box, detail_box = table.region, detail.region
    assert detail_box.width >= 38 and detail_box.height >= 8
    if size[0] < 110:  # stacked: the list above the detail
        assert detail_box.y >= list_box.bottom and detail_box.x == list_box.x
    else:  # side by side
        assert detail_box.x >= list_box.right and detail_box.y == list_box.y
    assert list_box.bottom <= size[1] - 1 and detail_box.bottom <= size[1] - 1, "above the footer"


async def a_resize_keeps_the_highlighted_match(pilot) -> None:
    screen = await open_review(pilot)
    for _ in range(5):
        await pilot.press("down")
    chosen = screen.current()
    for size in ((80, 24), (200, 50), (100, 30)):
        await pilot.resize_terminal(*size)
        await pilot.pause()
        assert screen.current() == chosen


async def accept_and_reject_act_on_the_highlighted_row_and_the_list_keeps_its_place(pilot) -> list:
    """The decisions it makes, to be found stored once the app has stopped (nothing before it decided)."""
    app = pilot.app
    screen = await open_review(pilot)
    table = screen.query_one("#review-list", RowTable)
    queue = list(screen.queue)
    await pilot.press("down", "down")
    await pilot.press("y")
    await settled(pilot)
    assert table.cursor_row == 2 and screen.current() == queue[3], "the cursor stays where it was"
    assert table.row_count == len(queue) - 1
    await pilot.press("x")
    await settled(pilot)
    assert screen.current() == queue[4]
    await pilot.press("end")
    last = screen.current()
    await pilot.press("x")
    await settled(pilot)
    assert screen.current() == screen.queue[-1] and screen.current() != last, "at the end, the row above"
    assert f"剩余 {len(queue) - 3}，已处理 3" in rendered(app, "#review-title")
    return [(queue[2][1].target, queue[2][1].ref, Action.ACCEPT), (queue[3][1].target, queue[3][1].ref, Action.REJECT),
            (last[1].target, last[1].ref, Action.REJECT)]


def test_at_120_by_40_the_queue_its_figures_a_resize_and_skipping(project: Path) -> None:
    """One app run walks four behaviours, each named if it fails; the last decides, so it comes last."""
    async def run() -> None:
        async with app_on(project).run_test(size=(120, 40)) as pilot:
            with behaviour("the queue is a list with a detail pane that follows the cursor at (120, 40)"):
                await the_queue_is_a_list_with_a_detail_pane_that_follows_the_cursor(pilot, (120, 40))
            await back_to_the_dashboard(pilot)
            with behaviour("a figure is shown as the document wrote it, with the target's unit beside"):
                await a_figure_is_shown_as_the_document_wrote_it_with_the_targets_unit_beside(pilot)
            await back_to_the_dashboard(pilot)
            with behaviour("a resize keeps the highlighted match"):
                await a_resize_keeps_the_highlighted_match(pilot)
            await back_to_the_dashboard(pilot)
            await pilot.resize_terminal(120, 40)
            with behaviour("skipping leaves the remaining count true"):
                await skipping_leaves_the_remaining_count_true(pilot)

    asyncio.run(run())


def test_at_80_by_24_the_queue_then_accept_and_reject(project: Path) -> None:
    """One app run walks two behaviours, each named if it fails; the second decides, so it comes second."""
    async def run() -> list:
        async with app_on(project).run_test(size=(80, 24)) as pilot:
            with behaviour("the queue is a list with a detail pane that follows the cursor at (80, 24)"):
                await the_queue_is_a_list_with_a_detail_pane_that_follows_the_cursor(pilot, (80, 24))
            await back_to_the_dashboard(pilot)
            with behaviour("accept and reject act on the highlighted row and the list keeps its place"):
                return await accept_and_reject_act_on_the_highlighted_row_and_the_list_keeps_its_place(pilot)

    decided = asyncio.run(run())
    with behaviour("accept and reject act on the highlighted row and the list keeps its place: what is stored"):
        assert stored(project) == decided


def test_at_200_by_50_the_queue_is_a_list_with_a_detail_pane_that_follows_the_cursor(project: Path) -> None:
    async def run() -> None:
        async with app_on(project).run_test(size=(200, 50)) as pilot:
            await the_queue_is_a_list_with_a_detail_pane_that_follows_the_cursor(pilot, (200, 50))

    asyncio.run(run())


def test_the_queue_speaks_english_with_lang_en_and_switches_with_l(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, lang="en")
        async with app.run_test(size=(120, 40)) as pilot:
            await open_review(pilot)
            text = rendered(app, "#review-detail-text")
            assert "why matched" in text and "匹配理由" not in text
            assert "left" in rendered(app, "#review-title")
            table = app.screen.query_one("#review-list", RowTable)
            assert [c.label for c in table.columns] == ["title", "figure", "document", "confidence"]
            await pilot.press("L")
            await pilot.pause()
            assert "匹配理由" in rendered(app, "#review-detail-text") and "剩余" in rendered(app, "#review-title")
            assert [c.label for c in table.columns] == ["指标", "材料中的数", "材料", "可信度"]
            assert table.row_count == len(app.screen.queue), "the rows come back under the new headings"

    asyncio.run(run())


def test_an_empty_queue_says_so(project: Path) -> None:
    async def run() -> None:
        app = app_on(project, plan="yk22")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_review(pilot)
            for _ in range(len(screen.queue)):
                await pilot.press("x")
                await settled(pilot)
            assert screen.current() is None and screen.query_one("#review-list", RowTable).row_count == 0
            assert "没有待审核的匹配" in rendered(app, "#review-detail-text")

    asyncio.run(run())

"""Every screen and dialog as a picture at 80x24, 120x40 and 200x50 (pytest-textual-snapshot's SVG format).

One app run per size visits every screen, as a person would, and compares each with its accepted picture
(`__snapshots__/test_snapshots/test_every_screen[WxH][screen].svg`), as of the documents' newest date
(2022-06-30 on the bundled data). After a deliberate change, look at the new pictures (render them:
`rsvg-convert` or a browser) before accepting them with `pytest tests/tui/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from pytest_textual_snapshot import SVGImageExtension
from textual.pilot import Pilot

from tests.tui.conftest import app_on, settled
from tests.tui.test_keys import assert_footer_fits
from tracker.tui.screens.dashboard import DashboardScreen
from tracker.tui.screens.document import DocumentScreen
from tracker.tui.screens.documents import DocumentsScreen
from tracker.tui.screens.review import ReviewScreen
from tracker.tui.screens.target import TargetScreen
from tracker.tui.screens.units import UnitsScreen

SIZES = ((80, 24), (120, 40), (200, 50))
WITH_FOOTER = (DashboardScreen, TargetScreen, DocumentScreen, ReviewScreen, DocumentsScreen, UnitsScreen)
"""The screens a person works in: each one's footer is checked as its picture is taken (test_keys.py in English)."""

Step = Callable[[Pilot], Awaitable[None]]


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settled(pilot)
    await pilot.pause()


async def to_target(pilot: Pilot) -> None:
    await press(pilot, "escape")  # the palette closed
    pilot.app.screen._move_to("yk22-contracts")
    await press(pilot, "enter")


SCREENS: tuple[tuple[str, Step], ...] = (
    ("dashboard", lambda pilot: press(pilot)),
    ("dashboard-ids", lambda pilot: press(pilot, "i")),
    ("dashboard-sorted", lambda pilot: press(pilot, "i", "s", "s", "s", "s")),
    ("palette", lambda pilot: press(pilot, "escape", "ctrl+p")),
    ("target", to_target),
    ("document", lambda pilot: press(pilot, "enter")),
    ("manual-value", lambda pilot: press(pilot, "escape", "m")),
    ("lag-note", lambda pilot: press(pilot, "escape", "l")),
    ("target-form", lambda pilot: press(pilot, "escape", "escape", "a")),
    ("review", lambda pilot: press(pilot, "escape", "r")),
    ("documents", lambda pilot: press(pilot, "escape", "d")),
    ("document-meta", lambda pilot: press(pilot, "e")),
    ("report-dialog", lambda pilot: press(pilot, "escape", "escape", "w")),
    ("units", lambda pilot: press(pilot, "escape", "u", "down")),
    ("help", lambda pilot: press(pilot, "escape", "question_mark")),
)


@pytest.fixture
def svg(snapshot):  # syrupy's fixture
    return snapshot.use_extension(SVGImageExtension)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen(project: Path, svg, size: tuple[int, int]) -> None:
    async def run() -> list[str]:
        app = app_on(project, as_of=None)
        mismatched = []
        async with app.run_test(size=size) as pilot:
            await settled(pilot)
            for name, step in SCREENS:
                await step(pilot)
                if not app.export_screenshot(title=name) == svg(name=name):  # noqa: SIM201 - syrupy compares in ==
                    mismatched.append(name)
                if isinstance(app.screen, WITH_FOOTER):
                    assert_footer_fits(app, size[0])
        return mismatched

    assert asyncio.run(run()) == []


def test_english_dashboard(project: Path, svg) -> None:
    async def run() -> bool:
        app = app_on(project, as_of=None, lang="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await settled(pilot)
            return app.export_screenshot(title="dashboard") == svg(name="dashboard-en")

    assert asyncio.run(run())

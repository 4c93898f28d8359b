"""Roll-ups: one line per plan, whatever its sections; the targets without a section are told from the plan."""

from __future__ import annotations

from datetime import date

from tracker.model.plan import Bands, Plan
from tracker.model.target import Target
from tracker.progress.rollup import Level, rollups
from tracker.progress.status import Progress, Status, progress_of

AS_OF = date(2022, 6, 30)


def _progress(*sections: str | None) -> list[Progress]:
    """One quantity target per given section (None: no 章节), all of one plan, none with data."""
    targets = tuple(Target(id=f"t{n}", title=f"指标{n}", target="10项", section=section)
                    for n, section in enumerate(sections))
    plan = Plan(id="p", title="plan", region="营口市", period="2022", targets=targets)
    return [progress_of(t, plan, [], AS_OF, Bands()) for t in targets]


def test_a_plan_without_sections_has_one_rollup() -> None:
    found = rollups(_progress(None, None, None))
    assert [(r.plan, r.level, r.section) for r in found] == [("p", Level.PLAN, None)]
    assert found[0].counts == {Status.NO_DATA: 3}


def test_the_targets_without_a_section_are_a_section_group_never_a_second_plan_line() -> None:
    found = rollups(_progress("一、平台", None, "一、平台", "二、人才"))
    assert [(r.level, r.section, sum(r.counts.values())) for r in found] == [
        (Level.PLAN, None, 4), (Level.SECTION, "一、平台", 2), (Level.SECTION, None, 1), (Level.SECTION, "二、人才", 1)]
    assert [r for r in found if r.level is Level.PLAN] == found[:1]

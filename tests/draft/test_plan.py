"""`draft.plan`: the plan's id, title, region, issuer and period from the document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.draft.commitments import Drafted, commitments
from tracker.draft.plan import DraftPlan, draft_plan, own_period
from tracker.errors import TrackerUserError
from tracker.model.period import parse_period
from tracker.pipeline import extract_files

ROOT = Path(__file__).resolve().parent.parent.parent


def plan_of(name: str, plan_id: str | None = None) -> DraftPlan:
    (document, figures), = extract_files([ROOT / "seeds" / name])[0]
    return draft_plan(document, figures, commitments(document, figures), plan_id)


def test_a_plan_document_is_named_as_the_hand_made_file_names_it() -> None:
    plan = plan_of("weihai-2025-plan.txt")
    assert (plan.id, plan.title, plan.region, plan.issuer, plan.period.label) == (
        "wh25", "2025年全市科技工作要点", "威海市", "威海市科学技术局", "2025")


def test_a_summarys_plan_part_covers_what_its_commitments_cover() -> None:
    plan = plan_of("yingkou-2022-h1.txt", plan_id="yk22h2")
    assert (plan.id, plan.region, plan.period.label) == ("yk22h2", "营口市", "2022")


def test_a_plan_that_names_no_place_is_refused_in_words(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text("2025年工作要点\n一、培育主体\n力争新增高新技术企业60家。\n", encoding="utf-8")
    (document, figures), = extract_files([tmp_path / "plan.txt"])[0]
    with pytest.raises(TrackerUserError) as refused:
        draft_plan(document, figures, commitments(document, figures))
    assert refused.value.code == "draft.no_region"


@pytest.mark.parametrize(("period", "title"), [
    ("2025", "临安区2025年工作计划"), ("2021..2025", "临安区2021—2025年工作计划"), ("2025-H2", "临安区2025年下半年工作计划"),
    ("2025-Q3", "临安区2025-Q3工作计划"), ("2025..2025", "临安区2025年工作计划"),
])
def test_an_untitled_plan_is_named_by_its_place_and_period_in_words(tmp_path: Path, period: str, title: str) -> None:
    (tmp_path / "plan.txt").write_text("一、培育主体\n力争新增高新技术企业60家。\n", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        f"documents:\n  - file: plan.txt\n    region: 临安区\n    period: '{period}'\n    kind: plan\n", encoding="utf-8")
    (document, figures), = extract_files([tmp_path / "plan.txt"])[0]
    assert draft_plan(document, figures, commitments(document, figures)).title == title


YEAR, THREE_YEARS = parse_period("2025"), parse_period("2023..2025")


@pytest.mark.parametrize(("quote", "period", "due", "plan", "expected"), [
    pytest.param("上半年完成投资5亿元", "2025-H1", None, YEAR, "2025-H1", id="half a year's plan"),
    pytest.param("2024年新增众创空间2家", "2024", None, THREE_YEARS, "2024", id="a year of a three-year plan"),
    pytest.param("2025年新增众创空间3家", "2025", None, THREE_YEARS, "2025", id="its last year named as its own"),
    pytest.param("到2025年高企达到500家", "2025", None, THREE_YEARS, None, id="its last year as the horizon"),
    pytest.param("高企达到500家", "2025", None, THREE_YEARS, None, id="no year written: the plan's level at its end"),
    pytest.param("新增企业60家", "2025", None, YEAR, None, id="the plan's own period"),
    pytest.param("2022年新增企业60家", "2022", None, THREE_YEARS, None, id="outside the plan: not narrowed to it"),
    pytest.param("2024年新增众创空间2家", "2024", date(2025, 6, 30), THREE_YEARS, None,
                 id="a deadline outside the part keeps the plan's period"),
])
def test_a_target_has_its_own_period_only_for_a_part_of_the_plans(quote, period, due, plan, expected) -> None:
    drafted = Drafted("t", "1家", quote, None, 0, due=due, period=parse_period(period))
    own = own_period(drafted, plan)
    assert (own.label if own else None) == expected


def test_a_horizon_before_the_plans_end_runs_from_the_plans_start(tmp_path) -> None:
    text = "某区双倍增行动计划(2023-2027年)\n一、主要目标\n到2025年，全区高新技术企业突破270家。全区专精特新企业突破150家。\n"
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    (document, figures), = extract_files([tmp_path / "plan.txt"])[0]
    drafted = commitments(document, figures)
    assert [d.horizon for d in drafted] == [True, True]  # the paragraph's horizon governs its next sentence too
    assert [own_period(d, parse_period("2023..2027")).label for d in drafted] == ["2023..2025", "2023..2025"]

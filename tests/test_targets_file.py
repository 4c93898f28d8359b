"""The bundled targets.yaml against its source plans and docs/targets.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.config.targets import load_targets
from tracker.model.target import TargetKind

ROOT = Path(__file__).resolve().parent.parent
TARGETS, _ = load_targets(ROOT / "targets.yaml")
PLAN_PART_START = {"yk22": "三、下半年工作打算"}
"""Where the plan begins inside a document that is also a summary."""


def plan_text(plan_id: str) -> str:
    plan = TARGETS.plan(plan_id)
    text = (ROOT / plan.source).read_text(encoding="utf-8")
    marker = PLAN_PART_START.get(plan_id)
    return text[text.index(marker):] if marker else text


@pytest.mark.parametrize("target", TARGETS.targets, ids=[t.id for t in TARGETS.targets])
def test_quote_and_section_are_the_plans_own_words(target) -> None:
    plan = next(p for p in TARGETS.plans if target in p.targets)
    text = plan_text(plan.id)
    assert target.quote and target.quote in text
    assert target.section and target.section in text


@pytest.mark.parametrize("target", [t for t in TARGETS.targets if t.kind is TargetKind.QUANTITY],
                         ids=[t.id for t in TARGETS.targets if t.kind is TargetKind.QUANTITY])
def test_quantity_is_written_in_its_quote(target) -> None:
    assert target.target.text in target.quote


def test_every_number_of_the_plans_is_a_target_or_explained() -> None:
    """Each figure in the plan text is a target, or listed as not one in docs/targets.md."""
    from tracker.quantity import scan

    documented = (ROOT / "docs" / "targets.md").read_text(encoding="utf-8")
    for plan in TARGETS.plans:
        text = plan_text(plan.id)
        targeted = {text.index(t.quote) + t.quote.index(t.target.text) for t in plan.quantities}
        for quantity in scan(text):
            if quantity.start in targeted or not quantity.unit or quantity.unit == "年":
                continue
            assert f"`{quantity.text}`" in documented, f"{plan.id}: {quantity.text} is neither a target nor explained"


def test_counts_in_docs_match_the_file() -> None:
    documented = (ROOT / "docs" / "targets.md").read_text(encoding="utf-8")
    for plan in TARGETS.plans:
        row = re.search(rf"^\| {plan.id} \| (\d+) \| (\d+) \| (\d+) \|", documented, re.MULTILINE)
        assert row, f"docs/targets.md has no count row for {plan.id}"
        assert tuple(map(int, row.groups())) == (len(plan.quantities), len(plan.milestones), len(plan.targets))


def test_ids_carry_their_plan_prefix() -> None:
    for plan in TARGETS.plans:
        assert all(t.id.startswith(plan.id + "-") for t in plan.targets)

"""Stored decisions against today's targets: a value by hand that does not fit its target is left out and named."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from tracker.config.targets import load_targets
from tracker.matching.review import fitting
from tracker.model.decision import Action, Decision
from tracker.quantity import parse_quantity


def by_hand(target: str, value: str) -> Decision:
    return Decision(target=target, action=Action.MANUAL, ref="manual:2022-06-30", value=parse_quantity(value),
                    as_of=date(2022, 6, 30), who="张科长", at=datetime(2022, 7, 1, tzinfo=UTC))


def test_a_value_by_hand_in_another_unit_than_its_target_is_left_out_and_named(root: Path) -> None:
    targets, _ = load_targets(root / "targets.yaml")
    assert targets is not None
    fits = [by_hand("yk22-contracts", "5.2亿元"), by_hand("yk22-contracts", "0项"), by_hand("gone", "6项"),
            Decision(target="yk22-contracts", action=Action.REJECT, ref="seeds/a.txt:1", who="张科长",
                     at=datetime(2022, 7, 1, tzinfo=UTC))]
    misfit = by_hand("yk22-contracts", "6项")
    kept, problems = fitting([*fits, misfit], targets)
    assert kept == fits  # an unknown target's decision stays for apply_decisions to report as unapplied
    assert [(p.table, p.row, p.target, p.code) for p in problems] == [
        ("review_decision", None, "yk22-contracts", "review.unit_mismatch")]
    assert problems[0].render("en") == ("review_decision manual:2022-06-30: skipped this row of target yk22-contracts: "
                                        "the value's unit 项 does not match target yk22-contracts's unit 元")

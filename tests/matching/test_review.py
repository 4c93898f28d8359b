"""Stored decisions against today's targets: a value by hand that does not fit its target is left out and named."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.config.targets import load_targets
from tracker.matching.review import apply_decisions, fitting, in_force
from tracker.model.decision import Action, Decision
from tracker.model.evidence import Evidence, Review, Role
from tracker.model.figure import Figure, Modality
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


# ── apply_decisions: the review rules one by one ──────────────────────────────────────────────────────────────

DOC = "seeds/yingkou-2022-h1.txt"
TARGET = "yk22-contracts"


def found(start: int = 741, text: str = "4亿元", review: Review = Review.PENDING) -> Evidence:
    """A machine's match of a figure of DOC at `start`, as matching offers it."""
    quantity = parse_quantity(text)._replace(start=start, end=start + len(text))
    figure = Figure(DOC, quantity, "技术合同成交额", Modality.ACHIEVED, None, (start, start + 9), (start, start + 9))
    return Evidence(target=TARGET, ref=f"{DOC}:{start}", role=Role.PROGRESS, review=review, confidence=Decimal("0.7"),
                    value=quantity.value, unit="元", as_of=date(2022, 6, 30), period=None, document=DOC,
                    quote="完成技术合同成交额4亿元", start=start, end=start + len(text), figure=figure)


def decided(action: Action, ref: str = f"{DOC}:741", *, day: int = 1, text: str | None = "4亿元",
            target: str = TARGET, value: str | None = None) -> Decision:
    return Decision(target=target, action=action, ref=ref, text=text, who="张科长",
                    value=parse_quantity(value) if value else None, as_of=date(2022, 6, 30) if value else None,
                    at=datetime(2022, 7, day, tzinfo=UTC))


RULES = [
    # (what the rule says, the machine's matches, the stored decisions, the reviews after, how many unapplied)
    ("an accept makes a pending match count", [found()], [decided(Action.ACCEPT)], [Review.ACCEPTED], 0),
    ("a reject keeps it out", [found(review=Review.AUTO)], [decided(Action.REJECT)], [Review.REJECTED], 0),
    ("the newest decision is in force", [found()],
     [decided(Action.REJECT, day=1), decided(Action.ACCEPT, day=3)], [Review.ACCEPTED], 0),
    ("an older decision stored later by date still loses to the newer", [found()],
     [decided(Action.ACCEPT, day=5), decided(Action.REJECT, day=2)], [Review.ACCEPTED], 0),
    ("a rejected match never returns by itself on a re-run", [found(review=Review.AUTO)],
     [decided(Action.REJECT)], [Review.REJECTED], 0),
    ("the decision follows its figure when the offsets move (same document, same words)", [found(start=760)],
     [decided(Action.ACCEPT)], [Review.ACCEPTED], 0),
    ("of two places with the same words, the one nearest the old offset", [found(start=900), found(start=745)],
     [decided(Action.REJECT)], [Review.PENDING, Review.REJECTED], 0),
    ("other words at the old place are another figure: the decision waits", [found(start=741, text="5亿元")],
     [decided(Action.ACCEPT)], [Review.PENDING], 1),
    ("a decision whose figure is gone is kept, unapplied", [], [decided(Action.ACCEPT)], [], 1),
    ("a decision for a target with no evidence list at all is unapplied", [found()],
     [decided(Action.ACCEPT, target="yk22-elsewhere")], [Review.PENDING], 1),
    ("a value by hand is added as manual evidence", [found()],
     [decided(Action.MANUAL, "manual:2022-06-30", text=None, value="5亿元")], [Review.PENDING, Review.MANUAL], 0),
    ("a value by hand withdrawn by a newer decision is gone", [found()],
     [decided(Action.MANUAL, "manual:2022-06-30", text=None, value="5亿元", day=1),
      decided(Action.REJECT, "manual:2022-06-30", text=None, day=2)], [Review.PENDING], 0),
]


@pytest.mark.parametrize(("rule", "matches", "decisions", "reviews", "unapplied"), RULES, ids=[r[0] for r in RULES])
def test_each_review_rule(root: Path, rule: str, matches: list[Evidence], decisions: list[Decision],
                          reviews: list[Review], unapplied: int) -> None:
    targets, _ = load_targets(root / "targets.yaml")
    evidence = {TARGET: matches}
    applied, left = apply_decisions(evidence, decisions, targets)
    assert sorted(e.review for e in applied.get(TARGET, [])) == sorted(reviews), rule
    assert len(left) == unapplied, rule


def test_the_log_keeps_every_decision_and_the_latest_rules() -> None:
    first, second = decided(Action.ACCEPT, day=1), decided(Action.REJECT, day=2)
    other = decided(Action.ACCEPT, f"{DOC}:900", day=1)
    assert in_force([second, other, first]) == {(TARGET, f"{DOC}:741"): second, (TARGET, f"{DOC}:900"): other}


def test_a_value_by_hand_dated_before_the_plan_is_a_baseline(root: Path) -> None:
    targets, _ = load_targets(root / "targets.yaml")
    manual = Decision(target=TARGET, action=Action.MANUAL, ref="manual:2021-12-31", value=parse_quantity("3亿元"),
                      as_of=date(2021, 12, 31), who="张科长", at=datetime(2022, 7, 1, tzinfo=UTC))
    applied, _ = apply_decisions({TARGET: []}, [manual], targets)
    assert [(e.review, e.role) for e in applied[TARGET]] == [(Review.MANUAL, Role.BASELINE)]


def test_a_value_by_hand_takes_its_place_by_date_and_a_decided_figure_keeps_its_own(root: Path) -> None:
    targets, _ = load_targets(root / "targets.yaml")
    earlier = Decision(target=TARGET, action=Action.MANUAL, ref="manual:2022-03-31", value=parse_quantity("3亿元"),
                       as_of=date(2022, 3, 31), who="张科长", at=datetime(2022, 7, 1, tzinfo=UTC))
    matches = [found(741), found(900, "5亿元")]
    applied, _ = apply_decisions({TARGET: matches}, [earlier, decided(Action.ACCEPT, f"{DOC}:900", text="5亿元")], targets)
    assert [(e.ref, e.review) for e in applied[TARGET]] == [
        ("manual:2022-03-31", Review.MANUAL), (f"{DOC}:741", Review.PENDING), (f"{DOC}:900", Review.ACCEPTED)]
    assert [e.ref for e in apply_decisions({TARGET: matches}, [], targets)[0][TARGET]] == [f"{DOC}:741", f"{DOC}:900"]

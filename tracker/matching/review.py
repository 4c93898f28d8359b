"""People's decisions applied to the machine's matches: what was decided is never undone by a re-run."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from tracker.errors import RowProblem
from tracker.model.decision import MANUAL_PREFIX, Action, Decision
from tracker.model.evidence import Evidence, Reason, Review, Role
from tracker.model.plan import TargetsFile


def fitting(decisions: Iterable[Decision], targets: TargetsFile) -> tuple[list[Decision], list[RowProblem]]:
    """The decisions whose value by hand fits its target (`Target.misfit`), and a problem for each that does not.

    A value stored before its target's unit changed, or put into the database by other means, is reported and
    left out, never compared with a target it does not measure.
    """
    by_id = {target.id: target for target in targets.targets}
    kept, problems = [], []
    for decision in decisions:
        target = by_id.get(decision.target)
        misfit = target.misfit(decision.value) if target is not None else None
        if misfit is None:
            kept.append(decision)
        else:
            problems.append(RowProblem.of("review_decision", None, decision.target, *misfit, ref=decision.ref))
    return kept, problems


def in_force(decisions: Iterable[Decision]) -> dict[tuple[str, str], Decision]:
    """The newest decision for each (target, ref); the log is kept, the latest rules."""
    latest: dict[tuple[str, str], Decision] = {}
    for decision in sorted(decisions, key=lambda d: d.at):
        latest[(decision.target, decision.ref)] = decision
    return latest


def _find(evidence: list[Evidence], decision: Decision) -> int | None:
    """The evidence a decision is about: by ref, else by document and words nearest the old offset.

    Re-ingesting an edited document moves offsets; the figure is the same
    words in the same document. Other words at the old offset are another figure: a decision about 4亿元 is
    never applied to the 5亿元 an edit put in its place.
    """
    for i, item in enumerate(evidence):
        if item.ref == decision.ref and _same_words(item, decision):
            return i
    document, _, start = decision.ref.rpartition(":")
    if not document or not start.isdigit() or decision.text is None:
        return None
    same = [(abs((item.start or 0) - int(start)), i) for i, item in enumerate(evidence)
            if item.document == document and item.figure is not None and item.figure.quantity.text == decision.text]
    return min(same)[1] if same else None


def _same_words(item: Evidence, decision: Decision) -> bool:
    return decision.text is None or item.figure is None or item.figure.quantity.text == decision.text


def _manual(decision: Decision, targets: TargetsFile) -> Evidence | None:
    plan = next((p for p in targets.plans if any(t.id == decision.target for t in p.targets)), None)
    if plan is None or decision.value is None or decision.as_of is None:
        return None
    target = next(t for t in plan.targets if t.id == decision.target)
    period = target.effective_period(plan.period)
    role = Role.PROGRESS if period.contains(decision.as_of) else Role.BASELINE
    return Evidence(
        target=decision.target, ref=decision.ref, role=role, review=Review.MANUAL, confidence=Decimal(1),
        value=decision.value.value, unit=decision.value.unit, as_of=decision.as_of, period=None,
        document=decision.source, quote=decision.note or "", start=None, end=None,
        reasons=(Reason("match.reason.manual", {"who": decision.who}),), who=decision.who, note=decision.note,
    )


def apply_decisions(found: dict[str, list[Evidence]], decisions: Iterable[Decision],
                    targets: TargetsFile) -> tuple[dict[str, list[Evidence]], list[Decision]]:
    """Each target's evidence under the decisions in force, and the decisions that found nothing to apply to.

    Unapplied decisions are not lost: they stay stored and apply again when
    their figure comes back. `found` holds each target's evidence in order
    (by date, document and place, as `match` gives it); a value by hand takes
    its place among it.
    """
    result = {target: list(items) for target, items in found.items()}
    unapplied = []
    added = set()
    for decision in in_force(decisions).values():
        items = result.get(decision.target)
        if items is None:
            unapplied.append(decision)
        elif decision.action is Action.MANUAL:
            if (entry := _manual(decision, targets)) is not None:
                items.append(entry)
                added.add(decision.target)
        elif decision.ref.startswith(MANUAL_PREFIX):
            continue  # a value by hand withdrawn: the newer decision replaced it
        elif (index := _find(items, decision)) is None:
            unapplied.append(decision)
        else:
            review = Review.ACCEPTED if decision.action is Action.ACCEPT else Review.REJECTED
            items[index] = items[index].with_review(review, decision.who, decision.note)
    for target in added:  # a decision on a figure leaves it where it was: the others are in order
        result[target].sort(key=lambda e: (e.as_of, e.document or "", e.start or 0))
    return result, unapplied

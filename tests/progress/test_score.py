"""`progress.score`: weighted scores per plan, unit and region, graded; regions ranked on a shared measure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.progress.test_status import _evidence
from tracker.model.plan import Bands, Plan, ScoreBands
from tracker.model.target import Target
from tracker.progress.score import Grade, ScoreLevel, grade, rankings, scores
from tracker.progress.status import progress_of

AS_OF = date(2022, 6, 30)


def _items(*plans: tuple[str, str, str, list[tuple[Target, str | None]]]):
    items = []
    for plan_id, region, weight, targets in plans:
        plan = Plan(id=plan_id, title="计划", region=region, period="2022", weight=weight,
                    targets=tuple(t for t, _ in targets))
        for target, value in targets:
            evidence = [_evidence(value, AS_OF)] if value else []
            items.append(progress_of(target, plan, evidence, AS_OF, Bands()))
    return items


def _target(id_: str, goal: str, owner: str | None = None, weight: str = "1", **fields) -> Target:
    return Target(id=id_, title="技术合同成交额", target=goal, owner=owner, weight=weight, **fields)


def test_scores_are_weighted_capped_and_leave_out_what_cannot_be_scored() -> None:
    items = _items(("a", "营口市", "1", [(_target("a1", "100元", "高新科", "3"), "150"),  # capped at 100
                                         (_target("a2", "100元", "成果科"), "20"),
                                         (_target("a3", "100元", "高新科"), None)]))  # no figure: left out
    plan, *units = scores(items, ScoreBands())
    assert plan.level is ScoreLevel.PLAN and plan.key == "a"
    assert plan.score == Decimal(80) and (plan.scored, plan.unscored) == (2, 1)  # (3×100 + 1×20) / 4
    assert plan.grade is Grade.GOOD
    by_unit = {s.key: s for s in units if s.level is ScoreLevel.OWNER}
    assert by_unit["高新科"].score == Decimal(100) and by_unit["成果科"].score == Decimal(20)
    assert by_unit["成果科"].grade is Grade.FAILING


def test_a_regions_score_weighs_each_plan_by_its_weight() -> None:
    items = _items(("a", "营口市", "3", [(_target("a1", "100元"), "100")]),
                   ("b", "营口市", "1", [(_target("b1", "100元"), "20")]))
    region = next(s for s in scores(items, ScoreBands()) if s.level is ScoreLevel.REGION)
    assert region.key == "营口市" and region.score == Decimal(80)


def test_grades_follow_the_bands() -> None:
    bands = ScoreBands(excellent=95, good=80, passing=50)
    assert [grade(Decimal(v), bands) for v in (96, 90, 50, 49)] == [
        Grade.EXCELLENT, Grade.GOOD, Grade.PASSING, Grade.FAILING]


def test_regions_holding_one_measure_are_ranked_by_completion_ties_sharing_a_rank() -> None:
    items = _items(("a", "营口市", "1", [(_target("a1", "100元"), "50")]),
                   ("b", "大连市", "1", [(_target("b1", "200元"), "160")]),
                   ("c", "沈阳市", "1", [(_target("c1", "10元"), "5")]),
                   ("d", "鞍山市", "1", [(_target("d1", "100元"), None)]),
                   ("e", "锦州市", "1", [(Target(id="e1", title="新增企业", target="5家"), "5")]))  # another measure
    (ranking,) = rankings(items)
    assert (ranking.metric, ranking.unit, ranking.period) == ("技术合同成交额", "元", "2022")
    assert [(r.rank, r.region) for r in ranking.entries] == [
        (1, "大连市"), (2, "沈阳市"), (2, "营口市"), (None, "鞍山市")]

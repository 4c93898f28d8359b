"""`report.by_unit`: the report's part by lead unit — each unit's line and score, the plans' scores and the regions
ranked — equal to the core's, for the report's plans only."""

from __future__ import annotations

from tracker.report import content
from tracker.workspace import manual_decision

from .conftest import QUARTER


def test_each_plans_score_and_the_regions_ranked_are_the_cores(workspace, report, build) -> None:
    from tracker.display import points_text
    from tracker.progress.supervision import supervise

    targets_file, _ = workspace.load_targets()
    status, _ = workspace.status(targets_file, report.as_of, "yk22")
    (plan_score,) = [s for s in supervise(status, targets_file.supervision).scores if s.key == "yk22"]
    assert any(f"综合得分{points_text(plan_score.score)}（不合格）" in line for line in report.plans[0].overview)
    assert report.rankings == ()  # one region: nothing to rank
    targets = workspace.targets
    text = targets.read_text(encoding="utf-8")
    copy = text[text.index("  - id: yk22\n"):].replace("id: yk22", "id: dl22").replace("region: 营口市", "region: 大连市")
    targets.write_text(text + copy.replace("      - id: yk22-", "      - id: dl22-"), encoding="utf-8")
    both = build(QUARTER, "yk22", "dl22")
    line = next(line for line in both.rankings if line.startswith("技术合同成交额"))
    assert line == "技术合同成交额（2022）各地区排名：1. 营口市 35.4%、大连市 暂无数据。"
    assert line in both.unit_paragraphs()


def test_a_units_line_counts_and_scores_the_reports_plans_only(workspace) -> None:
    from tracker.progress.score import ScoreLevel
    from tracker.progress.supervision import supervise

    targets = workspace.targets
    text = targets.read_text(encoding="utf-8")
    copy = text[text.index("  - id: yk22\n"):].replace("id: yk22", "id: dl22").replace("region: 营口市", "region: 大连市")
    targets.write_text(text + copy.replace("      - id: yk22-", "      - id: dl22-"), encoding="utf-8")
    targets_file, _ = workspace.load_targets()
    workspace.record(manual_decision(targets_file.plan("dl22").targets[0], "11.3亿元", QUARTER.end, "张科长",
                                     source="大连市材料"))  # 成果转化科 done in the other plan
    status, _ = workspace.status(targets_file, QUARTER.end)
    built = content.build(status, [targets_file.plan("yk22")], workspace.notes()[0], QUARTER, {}, "zh")
    alone, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    [core] = [s for s in supervise(alone, targets_file.supervision).scores
              if s.level is ScoreLevel.OWNER and s.key == "成果转化科"]
    [unit] = [u for u in built.units if u.unit == "成果转化科"]
    assert unit.score == core.score and "牵头5项" in unit.line  # yk22's five, not the other plan's too

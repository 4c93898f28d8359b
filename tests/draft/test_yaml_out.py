"""`draft.yaml_out`: the draft in the schema of docs/targets.md, passing the checks of `tracker check`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.config.targets import read_targets
from tracker.config.yaml_source import parse_yaml
from tracker.draft.commitments import Drafted
from tracker.draft.plan import DraftPlan
from tracker.draft.yaml_out import draft_yaml
from tracker.model.period import parse_period, period_between

PLAN = DraftPlan("wh25", "2025年全市科技工作要点", "威海市", None, period_between(date(2025, 1, 1), date(2025, 12, 31)))
DRAFTED = [
    Drafted("科技成果转化贷款", "25亿元以上", "争取为500家企业发放科技成果转化贷款25亿元以上", "四、夯实企业创新主体地位", 10),
    Drafted("企业", "500家", "争取为500家企业发放科技成果转化贷款25亿元以上", None, 5),
    Drafted("科技成果转化贷款", "3亿元", "其中新增3亿元", None, 30),
]


def test_the_draft_reads_back_as_a_valid_targets_file(tmp_path: Path) -> None:
    text, errors = draft_yaml(PLAN, DRAFTED, "draft.yaml", tmp_path, source="plan.txt")
    assert errors == []
    parsed, syntax = parse_yaml(text, "draft.yaml")
    targets_file, diagnostics = read_targets(parsed, "draft.yaml", tmp_path)
    assert syntax == [] and [d for d in diagnostics if d.severity.value == "error"] == []
    plan = targets_file.plans[0]
    assert (plan.id, plan.region, plan.period.label, plan.issuer) == ("wh25", "威海市", "2025", None)
    assert [(t.id, t.target.text, t.section) for t in plan.targets] == [
        ("wh25-kjcgzhdk", "25亿元以上", "四、夯实企业创新主体地位"), ("wh25-qy", "500家", None),
        ("wh25-kjcgzhdk-2", "3亿元", None)]
    assert "issuer" not in text and "section: null" not in text  # what is unknown is left out, not written as null


THREE_YEARS = DraftPlan("sh23", "科技创新三年行动方案", "某市", None, period_between(date(2023, 1, 1), date(2025, 12, 31)))


def test_a_target_for_a_part_of_the_plans_period_is_written_with_its_own(tmp_path: Path) -> None:
    drafted = [Drafted("新增省级众创空间", "2家", "2024年新增省级众创空间2家", None, 5, period=parse_period("2024")),
               Drafted("高新技术企业", "500家", "全市高新技术企业达到500家", None, 30, period=parse_period("2025"))]
    text, errors = draft_yaml(THREE_YEARS, drafted, "draft.yaml", tmp_path)
    assert errors == []
    targets_file, _ = read_targets(parse_yaml(text, "draft.yaml")[0], "draft.yaml", tmp_path)
    assert [(t.target.text, t.period.label if t.period else None) for t in targets_file.plans[0].targets] == [
        ("2家", "2024"), ("500家", None)]  # 到2025年…达到500家: the plan's horizon, not a year of its own


def test_an_owner_with_supporting_units_is_written_as_lead_and_support(tmp_path: Path) -> None:
    drafted = [Drafted("新增企业", "60家", "新增企业60家", None, 0, owner="市科技局", support=("市财政局", "各区县政府"))]
    text, errors = draft_yaml(PLAN, drafted, "draft.yaml", tmp_path)
    assert errors == [] and "owner: {lead: 市科技局, support: [市财政局, 各区县政府]}" in text
    targets_file, _ = read_targets(parse_yaml(text, "draft.yaml")[0], "draft.yaml", tmp_path)
    assert targets_file.plans[0].targets[0].support == ("市财政局", "各区县政府")

"""`draft.yaml_out`: the draft in the schema of docs/targets.md, passing the checks of `tracker check`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.config.targets import read_targets
from tracker.config.yaml_source import parse_yaml
from tracker.draft.commitments import Drafted
from tracker.draft.plan import DraftPlan
from tracker.draft.yaml_out import draft_yaml
from tracker.model.period import period_between

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

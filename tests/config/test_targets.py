"""The loader on the real targets.yaml and on the example in docs/targets.md."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.config.targets import load_targets
from tracker.errors import has_errors
from tracker.model.target import Comparator, MilestoneStatus, TargetKind

ROOT = Path(__file__).resolve().parents[2]


def docs_example(tmp_path: Path) -> Path:
    """The first ```yaml block of docs/targets.md, written to a file as is."""
    text = (ROOT / "docs" / "targets.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", text, re.DOTALL)
    assert block, "docs/targets.md has no yaml example"
    path = tmp_path / "targets.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    return path


def test_docs_example_loads_as_written(tmp_path: Path) -> None:
    targets_file, diagnostics = load_targets(docs_example(tmp_path))
    assert not has_errors(diagnostics)
    plan = targets_file.plan("wh25")
    loan, milestone = plan.targets
    assert loan.target.value == Decimal(2_500_000_000) and loan.target.unit == "元"
    assert loan.direction is Comparator.AT_LEAST
    assert loan.due == date(2025, 12, 31) and loan.aliases == ("成果转化贷款",)
    assert milestone.kind is TargetKind.MILESTONE and milestone.status is MilestoneStatus.IN_PROGRESS
    assert milestone.effective_due(plan.period) == date(2025, 12, 31)


def test_real_targets_file_is_clean() -> None:
    targets_file, diagnostics = load_targets(ROOT / "targets.yaml")
    assert diagnostics == []
    assert [p.id for p in targets_file.plans] == ["wh25", "yk22"]


def test_targets_remember_their_line(tmp_path: Path) -> None:
    targets_file, _ = load_targets(docs_example(tmp_path), shown="targets.yaml")
    loan = targets_file.targets[0]
    lines = docs_example(tmp_path).read_text(encoding="utf-8").splitlines()
    assert str(loan.source).startswith("targets.yaml:")
    assert "wh25-loan-amount" in lines[loan.source.line - 1]


def test_at_most_target_reads_as_at_most(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text('version: 1\nplans:\n  - {id: p, title: 计划, region: 威海市, period: "2025",'
                    ' targets: [{id: t, title: 能耗, target: 不超过3亿元}]}\n', encoding="utf-8")
    targets_file, diagnostics = load_targets(path)
    assert diagnostics == []
    assert targets_file.targets[0].direction is Comparator.AT_MOST


def test_numbers_are_accepted_for_period_and_target(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("version: 1\nplans:\n  - id: p\n    title: 计划\n    region: 威海市\n    period: 2025\n"
                    "    targets:\n      - {id: t, title: 项目, target: 148}\n", encoding="utf-8")
    targets_file, diagnostics = load_targets(path)
    assert diagnostics == []
    assert targets_file.plans[0].period.label == "2025"
    assert targets_file.targets[0].target.value == 148


def test_missing_source_is_only_a_warning(tmp_path: Path) -> None:
    targets_file, diagnostics = load_targets(docs_example(tmp_path))
    assert [d.code for d in diagnostics] == ["targets.source_missing"]
    assert targets_file is not None


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + (ROOT / "targets.yaml").read_bytes())
    _, diagnostics = load_targets(path)
    assert [d.code for d in diagnostics] == ["targets.source_missing"] * 2


@pytest.mark.parametrize(("content", "code", "line", "col"), [
    (b"", "file.empty", None, None),
    (b"version: 1\nplans:\n  - id: \xb5\xda\n", "file.not_utf8", 3, 9),
])
def test_unreadable_files(tmp_path: Path, content: bytes, code: str, line: int | None, col: int | None) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(content)
    _, diagnostics = load_targets(path)
    assert [(d.code, d.line, d.col) for d in diagnostics] == [(code, line, col)]


def test_missing_file(tmp_path: Path) -> None:
    assert [d.code for d in load_targets(tmp_path / "nope.yaml")[1]] == ["file.not_found"]


def test_owners_weights_and_the_supervision_settings_are_read(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text('version: 1\nsupervision: {due_soon: 14, reply_days: 5}\nplans:\n'
                    '  - id: p\n    title: 计划\n    region: 威海市\n    period: "2025"\n    weight: 2\n    targets:\n'
                    '      - {id: a, title: 新增企业, target: 100家, owner: 高新技术科}\n'
                    '      - {id: b, title: 新增平台, target: 5个, weight: 1.5,\n'
                    '         owner: {lead: 成果转化科, support: [高新技术科, 各区市科技局]}}\n'
                    '      - {id: c, title: 编制规划, kind: milestone}\n', encoding="utf-8")
    targets_file, diagnostics = load_targets(path)
    assert diagnostics == []
    a, b, c = targets_file.plans[0].targets
    assert (a.lead, a.support, a.weight) == ("高新技术科", (), Decimal(1))
    assert (b.lead, b.support, b.weight) == ("成果转化科", ("高新技术科", "各区市科技局"), Decimal("1.5"))
    assert (c.lead, c.support) == (None, ())
    assert targets_file.plans[0].weight == 2
    supervision = targets_file.supervision
    assert (supervision.due_soon, supervision.reply_days, supervision.score_bands.excellent) == (14, 5, 90)

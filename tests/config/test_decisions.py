"""Review decisions read from a YAML file: each checked as `tracker review set` checks it, every problem at its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config.decisions import dump_decisions, load_decisions_file
from tracker.config.targets import load_targets
from tracker.errors import Severity
from tracker.model.decision import Action
from tracker.model.plan import TargetsFile

TARGETS = """\
version: 1
plans:
  - id: p
    title: 计划
    region: 营口市
    period: "2022"
    targets:
      - id: money
        title: 技术合同成交额
        target: 11.3亿元
      - id: task
        title: 编制规划
        kind: milestone
"""


def decision(target: str = "money", value: str = "5.2亿元", **more: str) -> str:
    fields = {"target": target, "action": "manual", "ref": "manual:2022-06-30", "value": value,
              "as_of": "2022-06-30", "who": "张科长", "at": "2022-07-01T08:00:00Z", **more}
    return "  - " + "\n    ".join(f"{key}: {text}" for key, text in fields.items()) + "\n"


@pytest.fixture
def targets(tmp_path: Path) -> TargetsFile:
    (tmp_path / "targets.yaml").write_text(TARGETS, encoding="utf-8")
    targets_file, diagnostics = load_targets(tmp_path / "targets.yaml")
    assert targets_file is not None and diagnostics == []
    return targets_file


def read(tmp_path: Path, targets: TargetsFile, *decisions: str) -> tuple[list, list]:
    (tmp_path / "d.yaml").write_text("version: 1\ndecisions:\n" + "".join(decisions), encoding="utf-8")
    return load_decisions_file(tmp_path / "d.yaml", "d.yaml", targets)


def test_a_value_in_the_targets_unit_is_read(tmp_path: Path, targets: TargetsFile) -> None:
    found, diagnostics = read(tmp_path, targets, decision(), decision(value="0项", ref="manual:2022-03-31"))
    assert diagnostics == []
    assert [(d.action, d.value.value) for d in found] == [(Action.MANUAL, 520_000_000), (Action.MANUAL, 0)]


@pytest.mark.parametrize(("value", "code"), [
    ("6项", "review.unit_mismatch"),
    ("1001万亿元", "quantity.too_large"),
    ("9" * 5000, "quantity.too_long"),  # a YAML integer Python will not convert
    ("5-3亿元", "quantity.reversed"),
    ("三亿零元", "quantity.bad_number"),
    ("1e400", "quantity.exponent"),
    (".nan", "quantity.not_finite"),
], ids=lambda item: item[:12])
def test_a_value_that_cannot_be_the_targets_is_refused_at_its_line(tmp_path: Path, targets: TargetsFile,
                                                                    value: str, code: str) -> None:
    found, diagnostics = read(tmp_path, targets, decision(ref="manual:2022-03-31", as_of="2022-03-31"),
                              decision(value=value))
    assert [(d.line, d.col, d.code, d.severity) for d in diagnostics] == [(13, 12, code, Severity.ERROR)]
    assert len(diagnostics[0].render("en")) < 300
    assert [d.ref for d in found] == ["manual:2022-03-31"]


def test_a_value_for_a_milestone_is_refused(tmp_path: Path, targets: TargetsFile) -> None:
    found, diagnostics = read(tmp_path, targets, decision(target="task"))
    assert (found, [d.code for d in diagnostics]) == ([], ["review.not_quantity"])


def test_a_decision_about_an_unknown_target_is_kept_with_a_warning(tmp_path: Path, targets: TargetsFile) -> None:
    found, diagnostics = read(tmp_path, targets, decision(target="gone"))
    assert [d.target for d in found] == ["gone"]
    assert [(d.line, d.code, d.severity) for d in diagnostics] == [(3, "review.unknown_target", Severity.WARNING)]


def test_a_control_character_in_a_note_is_refused(tmp_path: Path, targets: TargetsFile) -> None:
    found, diagnostics = read(tmp_path, targets, decision(note='"补登\\0"'))
    assert found == []
    assert [(d.code, d.params["field"], d.params["char"]) for d in diagnostics] == [
        ("schema.control_char", "note", "U+0000")]


def test_an_exported_log_reads_back_as_it_was(tmp_path: Path, targets: TargetsFile) -> None:
    found, _ = read(tmp_path, targets, decision(), decision(action="reject", ref="seeds/a.txt:5", value="null"))
    (tmp_path / "again.yaml").write_text(dump_decisions(found), encoding="utf-8")
    assert load_decisions_file(tmp_path / "again.yaml", "again.yaml", targets) == (found, [])

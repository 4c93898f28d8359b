"""`draft.review`: decisions and edits on a draft's targets, each edit checked as `tracker check` checks the file,
and only the accepted targets (with their edits) merged into targets.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config.targets import load_targets
from tracker.draft.review import (
    Tally,
    Verdict,
    already_there,
    decide,
    edit,
    edited_text,
    load_review,
    mark_written,
    review_of,
    tally,
    unwritten,
    write_accepted,
)
from tracker.errors import TrackerUserError

DRAFT = """\
version: 1
plans:
  - id: wh25
    title: 2025年全市科技工作要点
    region: 威海市
    period: '2025'
    targets:
      - id: wh25-kjcxzdxm
        title: 科技创新重点项目
        target: 148个
        section: 二、引领产业
        quote: 实施148个科技创新重点项目
      - id: wh25-gxjsqy
        title: 高新技术企业
        target: 100家以上
        quote: 新增高新技术企业100家以上
      - id: wh25-bzsnxdjh
        title: 编制三年行动计划
        kind: milestone
        owner: 规划科
        due: '2025-06-30'
        quote: 研究编制科技创新三年行动计划
"""

TARGETS = """\
version: 1
# 本局的计划（人工维护）
plans:
  - id: wh25
    title: 2025年全市科技工作要点
    region: 威海市
    period: "2025"
    targets:
      - id: wh25-projects  # 手工维护
        title: 科技创新重点项目
        target: 148个
        quote: 实施148个科技创新重点项目
      - id: wh25-gxjsqy
        title: 高新技术企业（去年的口径）
        target: 90家

  # ── 营口市 ──
  - id: yk22
    title: 营口2022
    region: 营口市
    period: "2022"
    targets:
      - id: yk22-contracts
        title: 技术合同成交额
        target: 11.3亿元
"""


@pytest.fixture
def review():
    found, problems = review_of(DRAFT, "draft.yaml")
    assert problems == [] and found is not None
    return found


@pytest.fixture
def targets(tmp_path: Path) -> Path:
    path = tmp_path / "targets.yaml"
    path.write_text(TARGETS, encoding="utf-8")
    return path


def test_a_draft_is_a_row_per_target_every_one_pending(review) -> None:
    assert review.plans == (("wh25", "2025年全市科技工作要点"),)
    assert [r.id for r in review.rows] == ["wh25-kjcxzdxm", "wh25-gxjsqy", "wh25-bzsnxdjh"]
    first, _, milestone = review.rows
    assert (first.title, first.target, first.section, first.quote) == (
        "科技创新重点项目", "148个", "二、引领产业", "实施148个科技创新重点项目")
    assert (milestone.target, milestone.owner, milestone.due) == (None, "规划科", "2025-06-30")
    assert tally(review) == Tally(pending=3, accepted=0, skipped=0, written=0) and unwritten(review) == []


def test_a_draft_that_does_not_pass_check_is_not_reviewed(tmp_path: Path) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text(DRAFT.replace("target: 148个", "target: 148亿美刀"), encoding="utf-8")
    found, problems = load_review(path)
    assert found is None and [p.code for p in problems] == ["quantity.unknown_unit"]
    assert problems[0].path == str(path) and problems[0].line == 10
    assert load_review(tmp_path / "none.yaml")[1][0].code == "file.not_found"


DECISIONS = [  # (decisions in order, as (row, verdict)) → the verdicts of the three rows
    ([], ["pending"] * 3),
    ([(0, "accepted")], ["accepted", "pending", "pending"]),
    ([(0, "accepted"), (0, "skipped")], ["skipped", "pending", "pending"]),
    ([(1, "skipped"), (1, "pending")], ["pending"] * 3),
    ([(0, "accepted"), (2, "accepted"), (1, "skipped")], ["accepted", "skipped", "accepted"]),
]


@pytest.mark.parametrize(("decisions", "verdicts"), DECISIONS)
def test_decisions_change_only_their_row(review, decisions, verdicts) -> None:
    for row, verdict in decisions:
        review = decide(review, review.rows[row].id, Verdict(verdict))
    assert [r.verdict.value for r in review.rows] == verdicts
    assert tally(review).accepted == len(unwritten(review)) == verdicts.count("accepted")
    assert review.text == DRAFT, "nothing is written into the draft by a decision"


def test_a_written_row_and_an_unknown_id_stay_as_they_are(review) -> None:
    written = mark_written(decide(review, "wh25-gxjsqy", Verdict.ACCEPTED), {"wh25-gxjsqy": "wh25-gxjsqy-2"})
    assert written.row("wh25-gxjsqy").written == "wh25-gxjsqy-2" and unwritten(written) == []
    assert tally(written) == Tally(pending=2, accepted=0, skipped=0, written=1)
    assert decide(written, "wh25-gxjsqy", Verdict.SKIPPED) == written
    assert edit(written, "wh25-gxjsqy", {"title": "改了"}) == (written, {})
    assert decide(review, "no-such-id", Verdict.ACCEPTED) == review


EDITS = [  # (row, values) → the row's fields after the edit
    (0, {"title": "市级科技创新重点项目", "owner": " 计划科 "}, {"title": "市级科技创新重点项目", "owner": "计划科"}),
    (0, {"target": "150个以上", "due": "2025-09-30"}, {"target": "150个以上", "due": "2025-09-30"}),
    (0, {"target": ""}, {"target": None}),  # an empty goal: a milestone
    (2, {"target": "3项"}, {"target": "3项", "owner": "规划科"}),  # a milestone given a goal: a quantity
    (0, {"section": "", "owner": ""}, {"section": None, "owner": None}),
    (0, {"period": "2025-H1", "due": "2025-06-30"}, {"period": "2025-H1", "due": "2025-06-30"}),
]
REFUSED = [  # (row, values) → each problem's code, by the field it concerns
    (0, {"title": "  "}, {"title": "schema.empty"}),
    (0, {"target": "148亿美刀"}, {"target": "quantity.unknown_unit"}),
    (0, {"due": "年底"}, {"due": "schema.bad_date"}),
    (0, {"due": "2026-03-31"}, {"due": "targets.due_outside"}),  # the plan's period is 2025
    (2, {"due": "2024-12-31", "owner": "规划科"}, {"due": "targets.due_outside"}),
    (0, {"title": "", "target": "abc"}, {"title": "schema.empty", "target": "quantity.no_number"}),
    (0, {"period": "2024"}, {"period": "targets.period_outside"}),  # a part of the plan's period only
    (0, {"period": "2025-H1", "due": "2025-09-30"}, {"due": "targets.due_outside_target"}),
    (0, {"period": "上半年"}, {"period": "period.bad"}),
]


@pytest.mark.parametrize(("row", "values", "expected"), EDITS)
def test_an_edit_changes_its_row_and_keeps_the_decision(review, row, values, expected) -> None:
    review = decide(review, review.rows[row].id, Verdict.ACCEPTED)
    changed, problems = edit(review, review.rows[row].id, values)
    assert problems == {}
    after = changed.rows[row]
    assert {name: getattr(after, name) for name in expected} == expected
    assert after.edited and after.verdict is Verdict.ACCEPTED
    assert changed.rows[:row] + changed.rows[row + 1:] == review.rows[:row] + review.rows[row + 1:]


@pytest.mark.parametrize(("row", "values", "expected"), REFUSED)
def test_an_edit_is_checked_as_tracker_check_checks_the_file(review, row, values, expected) -> None:
    changed, problems = edit(review, review.rows[row].id, values)
    assert changed == review, "a refused edit changes nothing"
    assert {name: p.code for name, p in problems.items()} == expected


def test_the_edits_go_into_the_draft_in_the_files_order(review) -> None:
    review, _ = edit(review, "wh25-kjcxzdxm", {"target": "", "owner": "计划科", "due": "2025-06-30"})
    review, _ = edit(review, "wh25-bzsnxdjh", {"target": "2项", "owner": ""})
    text = edited_text(review)
    assert """\
      - id: wh25-kjcxzdxm
        title: 科技创新重点项目
        kind: milestone
        section: 二、引领产业
        owner: 计划科
        due: '2025-06-30'
        quote: 实施148个科技创新重点项目
""" in text
    assert """\
      - id: wh25-bzsnxdjh
        title: 编制三年行动计划
        target: 2项
        due: '2025-06-30'
        quote: 研究编制科技创新三年行动计划
""" in text
    assert review_of(text, "edited")[1] == []


def test_targets_the_file_holds_already_are_named(review, targets: Path) -> None:
    targets_file, _ = load_targets(targets)
    assert already_there(review, targets_file) == {"wh25-kjcxzdxm": "wh25-projects"}  # wh25-gxjsqy: not the same goal
    written = mark_written(review, {"wh25-kjcxzdxm": "wh25-kjcxzdxm"})
    assert already_there(written, targets_file) == {}


def test_nothing_accepted_writes_nothing(review, targets: Path) -> None:
    review = decide(decide(review, "wh25-kjcxzdxm", Verdict.SKIPPED), "wh25-gxjsqy", Verdict.PENDING)
    assert write_accepted(review, targets) == ({}, [])
    assert targets.read_text(encoding="utf-8") == TARGETS


def test_the_accepted_are_written_with_their_edits_comments_kept_no_id_replaced(review, targets: Path) -> None:
    review = decide(review, "wh25-gxjsqy", Verdict.ACCEPTED)
    review = decide(review, "wh25-bzsnxdjh", Verdict.ACCEPTED)
    review = decide(review, "wh25-kjcxzdxm", Verdict.SKIPPED)
    review, _ = edit(review, "wh25-bzsnxdjh", {"owner": "发展规划科"})
    written, problems = write_accepted(review, targets)
    assert problems == [] and written == {"wh25-gxjsqy": "wh25-gxjsqy-2", "wh25-bzsnxdjh": "wh25-bzsnxdjh"}
    text = targets.read_text(encoding="utf-8")
    assert text.startswith(TARGETS.split("\n  # ── 营口市 ──")[0]), "the file's own targets and comments are untouched"
    assert "        quote: 研究编制科技创新三年行动计划\n\n  # ── 营口市 ──\n  - id: yk22" in text, \
        "the next plan's heading stays above it"
    targets_file, diagnostics = load_targets(targets)
    assert diagnostics == []
    wh25 = targets_file.plan("wh25")
    assert [t.id for t in wh25.targets] == ["wh25-projects", "wh25-gxjsqy", "wh25-gxjsqy-2", "wh25-bzsnxdjh"]
    assert wh25.targets[1].title == "高新技术企业（去年的口径）" and wh25.targets[2].target.text == "100家以上"
    assert wh25.targets[3].lead == "发展规划科" and wh25.targets[3].kind.value == "milestone"
    after = mark_written(review, written)
    assert unwritten(after) == [] and write_accepted(after, targets) == ({}, []), "written once, never twice"
    assert targets.read_text(encoding="utf-8") == text


def test_a_targets_file_broken_meanwhile_is_said_and_nothing_is_written(review, targets: Path) -> None:
    review = decide(review, "wh25-gxjsqy", Verdict.ACCEPTED)
    for broken, code in (("plans: [\n  - id: x\n", "yaml.syntax"), ("- a\n- b\n", "yaml.not_mapping"),
                         (TARGETS.replace("target: 90家", "target: 90亿美刀"), "quantity.unknown_unit")):
        targets.write_text(broken, encoding="utf-8")
        written, problems = write_accepted(review, targets)
        assert written == {} and problems and problems[0].code.startswith(code.split(".")[0]), (broken, problems)
        assert targets.read_text(encoding="utf-8") == broken


def test_a_write_that_fails_is_a_problem_not_a_crash(review, targets: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(path: Path, text: str) -> None:  # what write_atomic raises when the disk is full
        raise TrackerUserError("file.write_failed", reason=f"{path}: No space left on device")

    monkeypatch.setattr("tracker.draft.merge.write_atomic", disk_full)
    written, problems = write_accepted(decide(review, "wh25-gxjsqy", Verdict.ACCEPTED), targets)
    assert written == {} and [p.code for p in problems] == ["file.write_failed"]
    assert "No space left on device" in problems[0].render("en")
    assert targets.read_text(encoding="utf-8") == TARGETS


def test_a_draft_reviewed_from_another_folder_names_its_plan_document_from_the_targets_file(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    path = tmp_path / "drafts" / "draft.yaml"
    path.write_text(DRAFT.replace("plans:\n  - id: wh25\n", "plans:\n  - id: wh25\n    source: ../seeds/plan.txt\n"),
                    encoding="utf-8")
    found, problems = load_review(path, base=tmp_path)
    assert problems == [] and "source: seeds/plan.txt" in found.text
    assert "source: ../seeds/plan.txt" in load_review(path)[0].text  # without a base: as written


def test_an_edit_of_the_lead_unit_keeps_the_supporting_ones(tmp_path: Path) -> None:
    text = DRAFT.replace("        owner: 规划科\n", "        owner: {lead: 规划科, support: [各区市科技局]}\n")
    review, problems = review_of(text, "draft")
    assert problems == [] and review.rows[2].support == ("各区市科技局",)
    review, problems = edit(review, "wh25-bzsnxdjh", {"owner": "发展规划科"})
    assert problems == {}
    assert "owner: {lead: 发展规划科, support: [各区市科技局]}" in edited_text(review)

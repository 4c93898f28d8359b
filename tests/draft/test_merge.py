"""`draft.merge`: accepted drafted targets merged into targets.yaml, comments kept, nothing in it replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

from tracker.config.targets import load_targets
from tracker.draft import draft_file
from tracker.draft.merge import merge_draft

ROOT = Path(__file__).resolve().parent.parent.parent

TARGETS = """\
version: 1
# 本局的计划（人工维护）
plans:
  - id: yk22
    title: 营口2022  # 上半年
    region: 营口市
    period: "2022"
    targets:
      - id: {taken}
        title: 技术合同成交额
        target: 11.3亿元
"""


def _draft(tmp_path: Path, name: str) -> str:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds", dirs_exist_ok=True)
    return draft_file(tmp_path / "seeds" / name, out=tmp_path / "targets.yaml").text


def _ids(draft: str) -> list[str]:
    return [line.split(": ", 1)[1] for line in draft.splitlines() if line.startswith("      - id: ")]


def test_accepted_targets_join_their_plan_comments_kept_and_no_id_replaced(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    draft = _draft(tmp_path, "yingkou-2022-h1.txt")
    taken, other = _ids(draft)[:2]  # the file already holds a target under the draft's first id
    path.write_text(TARGETS.format(taken=taken), encoding="utf-8")
    written, problems = merge_draft(path, draft, accepted={taken, other})
    assert problems == [] and written == [f"{taken}-2", other]
    text = path.read_text(encoding="utf-8")
    assert "# 本局的计划（人工维护）" in text and "# 上半年" in text
    targets_file, diagnostics = load_targets(path)
    plan = targets_file.plans[0]
    assert [t.id for t in plan.targets] == [taken, f"{taken}-2", other]
    assert plan.targets[0].title == "技术合同成交额"  # the file's own target is untouched


def test_a_plan_the_file_lacks_is_added_and_nothing_accepted_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text(TARGETS.format(taken="yk22-own"), encoding="utf-8")
    draft = _draft(tmp_path, "weihai-2025-plan.txt")
    assert merge_draft(path, draft, accepted=set()) == ([], [])
    assert path.read_text(encoding="utf-8") == TARGETS.format(taken="yk22-own")
    written, problems = merge_draft(path, draft)
    assert problems == [] and len(written) == len(_ids(draft))
    targets_file, _ = load_targets(path)
    assert [p.id for p in targets_file.plans] == ["yk22", "wh25"]
    assert [t.id for t in targets_file.plans[1].targets] == _ids(draft)


def test_a_merge_that_would_break_the_file_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text(TARGETS.format(taken="yk22-own"), encoding="utf-8")
    draft = _draft(tmp_path, "yingkou-2022-h1.txt").replace("target: 11.3亿元", "target: 11.3亿美刀")
    written, problems = merge_draft(path, draft)
    assert written == [] and problems and problems[0].code.startswith("quantity.")
    assert path.read_text(encoding="utf-8") == TARGETS.format(taken="yk22-own")


def test_a_targets_file_broken_or_not_a_mapping_is_said_and_left_as_it_is(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "weihai-2025-plan.txt")
    path = tmp_path / "targets.yaml"
    for broken, code in (("plans:\n  - [\n", "yaml.syntax"), ("- a\n- b\n", "yaml.not_mapping")):
        path.write_text(broken, encoding="utf-8")
        written, problems = merge_draft(path, draft)
        assert written == [] and [p.code for p in problems] == [code]
        assert path.read_text(encoding="utf-8") == broken


def test_a_targets_file_check_refuses_is_not_merged_into(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "weihai-2025-plan.txt")
    path = tmp_path / "targets.yaml"
    for broken in ("version: 1\nplans: 5\n", "version: 1\nplans: [a, b]\n"):
        path.write_text(broken, encoding="utf-8")
        written, problems = merge_draft(path, draft)
        assert written == [] and problems and all(p.path == str(path) for p in problems)
        assert path.read_text(encoding="utf-8") == broken

"""`tracker draft`: a plan drafted as a targets file that passes `tracker check`, printed or written, never over
a file that exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.cli import main


def test_the_draft_is_printed_and_passes_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "seeds/weihai-2025-plan.txt"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("version: 1\nplans:\n  - id: wh25\n") and "target: 25亿元以上" in printed
    Path("draft.yaml").write_text(printed, encoding="utf-8")
    assert main(["check", "--targets", "draft.yaml", "--lang", "en"]) == 0
    assert "35 targets (23 quantities, 12 milestones)" in capsys.readouterr().out


def test_written_to_a_file_and_never_over_one_that_exists(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "seeds/yingkou-2022-h1.txt", "--plan-id", "yk22b", "--out", "drafts/yk.yaml"]) == 0
    assert "已起草 40 个指标：drafts/yk.yaml" in capsys.readouterr().out  # 19 figures, 21 tasks of 下半年工作打算
    written = Path("drafts/yk.yaml").read_text(encoding="utf-8")
    assert written.count("kind: milestone") == 21
    assert "  - id: yk22b\n" in written and "source: ../seeds/yingkou-2022-h1.txt" in written
    assert main(["draft", "seeds/yingkou-2022-h1.txt", "--out", "drafts/yk.yaml", "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "tracker: drafts/yk.yaml exists; not replaced (add --force)"]
    assert Path("drafts/yk.yaml").read_text(encoding="utf-8") == written
    assert main(["draft", "seeds/yingkou-2022-h1.txt", "--out", "drafts/yk.yaml", "--force"]) == 0


def test_a_file_that_cannot_be_read_is_one_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "seeds/no-such-plan.txt", "--lang", "en"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "seeds/no-such-plan.txt" in lines[0], lines


def test_a_task_table_is_drafted_with_owners_deadlines_and_milestones(project: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from tests.draft.test_table import ROWS, workbook

    workbook(Path("seeds/task-table.xlsx"), ["序号", "重点任务", "目标任务", "牵头单位", "配合单位", "完成时限"], ROWS,
             title="威海市2024年科技工作重点任务分解表")
    assert main(["draft", "seeds/task-table.xlsx", "--out", "table.yaml"]) == 0
    capsys.readouterr()
    written = Path("table.yaml").read_text(encoding="utf-8")
    assert "region: 威海市" in written and "period: '2024'" in written
    assert "owner: {lead: 高新技术科, support: [" in written and "due: '2024-12-31'" in written and "kind: milestone" in written
    assert main(["check", "--targets", "table.yaml", "--lang", "en"]) == 0
    assert "4 targets (3 quantities, 1 milestone)" in capsys.readouterr().out


def test_a_draft_given_with_out_is_refused_in_one_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "seeds/weihai-2025-plan.txt", "--out", "d.yaml"]) == 0
    capsys.readouterr()
    assert main(["draft", "d.yaml", "--review", "--out", "e.yaml", "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "tracker: d.yaml is already a draft: reviewing it writes no --out file; leave --out out"]
    assert not Path("e.yaml").exists()


def test_a_table_naming_no_place_or_year_is_drafted_with_region_and_period_given(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.draft.test_table import ROWS, workbook

    workbook(Path("seeds/tasks.xlsx"), ["序号", "重点任务", "目标任务", "牵头单位", "配合单位", "完成时限"], ROWS,
             title="重点任务分解表")
    assert main(["draft", "seeds/tasks.xlsx", "--lang", "en"]) == 2
    assert "--region" in capsys.readouterr().err  # the line says how to give what the file does not
    assert main(["draft", "seeds/tasks.xlsx", "--region", "临安区", "--period", "2022", "--out", "t.yaml"]) == 0
    written = Path("t.yaml").read_text(encoding="utf-8")
    assert "region: 临安区" in written and "period: '2022'" in written and "title: 重点任务分解表" in written
    assert "due: '2022-12-31'" in written  # the deadlines read in the period given
    with pytest.raises(SystemExit) as refused:
        main(["draft", "seeds/tasks.xlsx", "--period", "2025..2021"])
    assert refused.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("tracker draft：错误：参数 --period：期间“2025..2021”")
    assert main(["draft", "seeds/tasks.xlsx", "--region", "   ", "--period", "2022", "--lang", "en"]) == 2
    assert "--region" in capsys.readouterr().err  # a blank place is none: one line, no internal error


def test_a_place_no_gazetteer_holds_is_drafted_with_a_warning(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.draft.test_table import ROWS, workbook

    workbook(Path("seeds/tasks.xlsx"), ["序号", "重点任务", "目标任务", "牵头单位", "配合单位", "完成时限"], ROWS,
             title="重点任务分解表")
    assert main(["draft", "seeds/tasks.xlsx", "--region", "Hangzhou", "--period", "2024", "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "'Hangzhou' is no division the gazetteer holds" in err and len(err.strip().splitlines()) == 1
    assert main(["draft", "seeds/tasks.xlsx", "--region", "临安区", "--period", "2024"]) == 0
    assert capsys.readouterr().err == ""

"""`tracker report` as a user runs it: where the file goes, what it refuses, what the next quarter compares."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tracker.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_word_is_the_default_format(project: Path, capsys) -> None:
    assert run(capsys, "--quarter", "2022Q2", "--plan", "yk22")[0] == 0
    assert (project / "reports" / "yk22-2022Q2.docx").read_bytes()[:2] == b"PK"


def test_a_report_goes_to_reports_named_after_plan_and_quarter(project: Path, capsys) -> None:
    code, out, _ = run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md")
    path = project / "reports" / "yk22-2022Q2.md"
    assert code == 0 and out.strip() == "已生成报告：reports/yk22-2022Q2.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# 营口市科技工作2022年第二季度进展情况\n\n截至2022年6月30日\n")
    code, out, err = run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md", "--as-of", "2022-05-31")
    assert code == 2 and out == "" and err.count("\n") == 1 and "已存在" in err and "--force" in err
    assert path.read_text(encoding="utf-8") == text, "never overwritten silently"
    assert run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md", "--as-of", "2022-05-31",
               "--force")[0] == 0
    assert "截至2022年5月31日" in path.read_text(encoding="utf-8")


def test_out_as_a_folder_or_a_file_and_html(project: Path, capsys) -> None:
    (project / "out").mkdir()
    assert run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "html", "--out", "out")[0] == 0
    assert (project / "out" / "yk22-2022Q2.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md", "--out", "out/第二季度.md")[0] == 0
    assert (project / "out" / "第二季度.md").exists()
    code, _, err = run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--out", "out/第二季度.md", "--force")
    assert code == 2 and "docx" in err and err.count("\n") == 1, "Word is not written into a .md file"


def test_a_link_out_of_the_folder_is_refused(project: Path, capsys, tmp_path_factory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "victim.md"
    (project / "reports").mkdir()
    (project / "reports" / "yk22-2022Q2.md").symlink_to(elsewhere)
    code, _, err = run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md", "--force")
    assert code == 2 and "不在 reports 之内" in err and not elsewhere.exists()


def test_a_link_within_the_folder_is_written_through_and_a_loop_or_a_fifo_refused(project: Path, capsys) -> None:
    reports = project / "reports"
    (reports / "kept").mkdir(parents=True)
    (reports / "yk22-2022Q2.md").symlink_to("kept/yk22-2022Q2.md")
    assert run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md")[0] == 0
    assert (reports / "yk22-2022Q2.md").is_symlink() and (reports / "kept" / "yk22-2022Q2.md").read_text(
        encoding="utf-8").startswith("# 营口市科技工作2022年第二季度进展情况\n")
    (reports / "loop.md").symlink_to("loop.md")
    os.mkfifo(reports / "pipe.md")
    for name, said in (("loop.md", "循环"), ("pipe.md", "命名管道")):
        code, out, err = run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md", "--out", f"reports/{name}",
                               "--force")
        assert code == 2 and out == "" and err.count("\n") == 1 and f"reports/{name}" in err and said in err
    assert (reports / "loop.md").is_symlink() and stat.S_ISFIFO(os.lstat(reports / "pipe.md").st_mode)


@pytest.mark.parametrize(("args", "said"), [
    (("--quarter", "2022Q5"), "季度“2022Q5”格式不对，应写作 2025Q2"),
    (("--quarter", "2030Q1"), "没有计划覆盖 2030Q1"),
    (("--quarter", "2022Q2", "--plan", "nope"), "nope"),
])
def test_mistakes_are_one_line_and_exit_2(project: Path, capsys, args: tuple[str, ...], said: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2 and out == "" and said in err and err.count("\n") == 1 and "Traceback" not in err


def test_the_next_quarter_compares_with_the_report_kept_from_this_one(project: Path, capsys) -> None:
    assert run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md")[0] == 0
    assert run(capsys, "--quarter", "2022Q3", "--plan", "yk22", "--format", "md")[0] == 0
    text = (project / "reports" / "yk22-2022Q3.md").read_text(encoding="utf-8")
    contracts = next(line for line in text.splitlines() if line.startswith("| 1 | 技术合同成交额 |"))
    assert "| 滞后→严重滞后 |" in contracts, "Q2 said behind; by Q3's end, with no new figure, severely behind"
    first = (project / "reports" / "yk22-2022Q2.md").read_text(encoding="utf-8")
    assert "| 1 | 技术合同成交额 | 11.3亿元 | 4亿元 | 35.4% | 49.6% | 滞后 | 7.3亿元 |  |" in first


def test_out_as_a_folder_not_made_yet_with_or_without_its_slash(project: Path, capsys) -> None:
    for out in ("new/", "newer"):
        assert run(capsys, "--quarter", "2022Q2", "--plan", "yk22", "--format", "md", "--out", out)[0] == 0
        assert (project / out.rstrip("/") / "yk22-2022Q2.md").exists()

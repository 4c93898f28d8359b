"""`tracker report` without --quarter: the latest quarter the plans cover, never one no plan covers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["report", "--format", "md", *args])
    return code, capsys.readouterr().out.strip()


def test_without_a_quarter_the_one_the_documents_reach(project: Path, capsys) -> None:
    """As `tracker status` and the app choose their date: yk22's figures reach 2022-06-30, so 2022Q2, not the
    empty last quarter of a plan that ended; the same for every plan when none is named."""
    assert run(capsys, "--plan", "yk22") == (0, "已生成报告：reports/yk22-2022Q2.md")
    assert (project / "reports" / "yk22-2022Q2.md").read_text(encoding="utf-8").startswith(
        "# 营口市科技工作2022年第二季度进展情况\n\n截至2022年6月30日\n")
    assert run(capsys, "--force") == (0, "已生成报告：reports/yk22-2022Q2.md")  # no plan named: the same quarter


def test_a_quarter_still_running_is_reported_as_of_the_day(project: Path, capsys) -> None:
    assert run(capsys, "--as-of", "2025-05-10") == (0, "已生成报告：reports/wh25-2025Q2.md")
    assert "截至2025年5月10日" in (project / "reports" / "wh25-2025Q2.md").read_text(encoding="utf-8")


def test_a_quarter_named_but_still_running_is_reported_as_of_today(project: Path, capsys,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    class Today(date):
        @classmethod
        def today(cls) -> date:
            return date(2025, 5, 10)

    monkeypatch.setattr("tracker.cli.report.date", Today)
    assert run(capsys, "--quarter", "2025Q2") == (0, "已生成报告：reports/wh25-2025Q2.md")
    assert "截至2025年5月10日" in (project / "reports" / "wh25-2025Q2.md").read_text(encoding="utf-8")
    assert run(capsys, "--plan", "wh25", "--force") == (0, "已生成报告：reports/wh25-2025Q2.md"), "today's quarter"


def test_the_help_speaks_chinese_and_english(capsys) -> None:
    for lang, said in (("zh", "季度，如 2025Q2（默认：计划覆盖的最近一个季度）"),
                       ("en", "the latest quarter the plans cover")):
        with pytest.raises(SystemExit):
            main(["report", "--help", "--lang", lang])
        shown = " ".join(capsys.readouterr().out.split())
        assert " ".join(said.split()) in shown

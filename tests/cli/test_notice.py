"""`tracker notice` as a user runs it: one line per notice written and recorded, one line when nothing lags,
exit 2 on a unit no target names (the known ones listed) and on a file already there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.config.settings import database_url
from tracker.report.notice import long_date, working_days_after
from tracker.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["notice", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_notices_are_written_recorded_never_overwritten_and_nothing_lagging_said_in_one_line(project: Path, capsys) -> None:
    code, out, err = run(capsys, "--as-of", "2022-06-30")
    assert (code, err) == (0, "")
    reply = long_date(working_days_after(date.today(), 10)[0], "zh")  # counted from the day it is written
    assert out.splitlines() == [
        f"已生成督办通知：notices/督办通知-农村科技科-2022-06-30.docx（农村科技科，1项，反馈时限{reply}）",
        f"已生成督办通知：notices/督办通知-成果转化科-2022-06-30.docx（成果转化科，1项，反馈时限{reply}）"]
    written = project / "notices" / "督办通知-成果转化科-2022-06-30.docx"
    assert written.read_bytes()[:2] == b"PK"
    notices, skipped = Workspace(Path("targets.yaml"), Path("seeds"), database_url(None)).notices()
    assert skipped == [] and [(n.unit, n.targets, n.who, n.file) for n in notices] == [
        ("农村科技科", ("yk22-farmer-training-people",), "张科长", "notices/督办通知-农村科技科-2022-06-30.docx"),
        ("成果转化科", ("yk22-contracts",), "张科长", "notices/督办通知-成果转化科-2022-06-30.docx")]

    before = written.read_bytes()
    code, out, err = run(capsys, "--as-of", "2022-06-30", "--owner", "成果转化科")
    assert code == 2 and out == "" and err.count("\n") == 1 and "已存在" in err and "--force" in err
    assert written.read_bytes() == before
    code, out, _ = run(capsys, "--as-of", "2022-06-30", "--owner", "成果转化科", "--force", "--out", "again")
    assert code == 0 and out.count("\n") == 1 and (project / "again" / written.name).exists()

    code, out, err = run(capsys, "--as-of", "2022-06-30", "--owner", "高新技术科", "--lang", "en")
    assert (code, err) == (0, "")
    assert out == "As of 2022-06-30 no target 高新技术科 leads is behind or overdue: no notice to write.\n"

    code, out, err = run(capsys, "--owner", "财务科")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "财务科" in err and "成果转化科、" in err and "高新技术科" in err, "the known units listed"
    assert len(Workspace(Path("targets.yaml"), Path("seeds"), database_url(None)).notices()[0]) == 3

    code, out, _ = run(capsys, "--as-of", "2022-01-01", "--out", "january")  # nothing lags yet: one line
    assert code == 0 and out == "截至2022年1月1日，没有单位有滞后或逾期的牵头目标任务，无需督办。\n"
    assert not (project / "january").exists()

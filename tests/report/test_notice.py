"""The supervision notice (督办通知): its reply date in Chinese working days, and on the seeds every number it
writes equal to `tracker status --json`'s and to the core's (`supervise`) for the same target."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from tracker.display import deadline_sentence, forecast_sentence
from tracker.progress.supervision import supervise
from tracker.report.notice import file_name, working_days_after
from tracker.workspace import Workspace


@pytest.mark.parametrize(("start", "days", "expected", "guessed"), [
    # Thursday: Friday, then the next two weeks' Monday to Thursday
    pytest.param(date(2022, 6, 30), 10, date(2022, 7, 14), False, id="a-weekend"),
    # National Day week off (1-7 October), its makeup Saturday and Sunday (8-9 October) worked
    pytest.param(date(2022, 9, 30), 10, date(2022, 10, 19), False, id="national-day-and-makeup-days"),
    pytest.param(date(2022, 9, 30), 2, date(2022, 10, 9), False, id="a-makeup-sunday-counts"),
    # 2027's arrangement is not announced in the library's data: Monday to Friday, and said so
    pytest.param(date(2026, 12, 25), 10, date(2027, 1, 8), True, id="beyond-the-known-years"),
])
def test_the_reply_date_counts_chinese_working_days(start: date, days: int, expected: date, guessed: bool) -> None:
    assert working_days_after(start, days) == (expected, guessed)


def test_a_unit_name_is_made_safe_for_a_file_name() -> None:
    assert file_name("科技/金融:科", date(2022, 6, 30), "zh") == "督办通知-科技_金融_科-2022-06-30.docx"


def _percent(share: float) -> str:
    return f"{Decimal(str(share)) * 100:.1f}".rstrip("0").rstrip(".") + "%"


def test_every_number_of_a_notice_is_status_s_and_the_core_s(workspace: Workspace, status_json: dict) -> None:
    targets_file, _ = workspace.load_targets()
    issued = workspace.issue_notices(targets_file, date(2022, 6, 30), "zh", today=date(2022, 7, 4))
    report, _ = workspace.status(targets_file, date(2022, 6, 30))
    supervised = supervise(report, targets_file.supervision)
    by_id = {p.target.id: p for p in report.progress}
    assert [(n.unit, n.targets) for n in issued.notices] == [
        (unit, tuple(p.target.id for p in items)) for unit, items in supervised.lagging.items()]
    assert [n.unit for n in issued.notices] == ["农村科技科", "成果转化科"], "the seeds' two lagging targets' units"
    for notice in issued.notices:
        text = "\n".join(p.text for p in Document(notice.file).paragraphs)
        assert f"{notice.unit}：" in text and "2022年7月18日前（10个工作日内）" in text and "营口市科学技术局" in text
        assert notice.reply_by == date(2022, 7, 18)  # ten working days from the day it is written, not the data's
        for ident in notice.targets:
            progress = by_id[ident]
            shown = status_json[progress.target.title]
            line = next(line for line in text.splitlines() if line.startswith(f"目标{progress.target.target.text}"))
            gap = Decimal(shown["gap"]["value"]) / Decimal(10) ** {"元": 8}.get(shown["gap"]["unit"], 0)
            unit = "亿元" if shown["gap"]["unit"] == "元" else shown["gap"]["unit"]
            assert f"完成率{_percent(shown['completion'])}" in line
            assert f"序时进度{_percent(shown['expected'])}" in line
            assert f"差距{gap.normalize():f}{unit}" in line
            assert deadline_sentence(supervised.deadlines[ident], "zh") in line
            assert forecast_sentence(progress, supervised.forecasts[ident], "zh") in line
    contracts = next(n for n in issued.notices if n.unit == "成果转化科")
    assert "预计到期完成8.07亿元" in "\n".join(p.text for p in Document(contracts.file).paragraphs), "issue 17's target"


def test_a_failure_while_writing_leaves_neither_a_notice_nor_its_record(workspace: Workspace, tmp_path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.report import output

    targets_file, _ = workspace.load_targets()
    real, calls = output.write_bytes, []

    def failing(data, path) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the second file: Ctrl+C, or a full disk
        real(data, path)

    monkeypatch.setattr(output, "write_bytes", failing)
    with pytest.raises(KeyboardInterrupt):
        workspace.issue_notices(targets_file, date(2022, 6, 30), "zh", out_dir=tmp_path / "n")
    assert len(calls) == 2 and not any(path.exists() for path in calls)
    assert workspace.notices()[0] == []


def test_a_notice_written_again_is_listed_once_in_the_report(workspace: Workspace) -> None:
    from tracker.report.quarter import Quarter

    targets_file, _ = workspace.load_targets()
    workspace.issue_notices(targets_file, date(2022, 6, 30), "zh", owner="成果转化科")
    workspace.issue_notices(targets_file, date(2022, 6, 30), "zh", owner="成果转化科", force=True)
    assert len(workspace.notices()[0]) == 2  # both issuances recorded
    path, _ = workspace.write_report(targets_file, Quarter(2022, 2), "md", "zh", plan="yk22")
    assert path.read_text(encoding="utf-8").count("致成果转化科") == 1


def test_two_units_whose_names_make_one_file_name_get_two_files(workspace: Workspace) -> None:
    targets = workspace.targets
    text = targets.read_text(encoding="utf-8")
    text = text.replace("owner: {lead: 成果转化科, support: [各县(市)区科技局]}", "owner: 甲/乙科").replace(
        "owner: {lead: 农村科技科, support: [各县(市)区科技局]}", "owner: 甲:乙科")
    targets.write_text(text, encoding="utf-8")
    targets_file, _ = workspace.load_targets()
    issued = workspace.issue_notices(targets_file, date(2022, 6, 30), "zh", owner=None)
    files = {n.unit: n.file for n in issued.notices if n.unit.startswith("甲")}
    assert len(files) == 2 and len(set(files.values())) == 2
    assert all(Path(f).exists() for f in files.values())

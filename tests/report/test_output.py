"""Where a report is written and how: its file's name, a folder or a file given, refusal to write over a file
unless forced or outside the folder chosen, each format from its own writer, the write atomic."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tracker.errors import TrackerUserError
from tracker.report.content import PlanReport, QuarterReport
from tracker.report.output import FORMATS, destination, render, write
from tracker.report.quarter import Quarter

Q2 = Quarter(2022, 2)
EMPTY = QuarterReport(
    "威海市2025年第一季度科技工作进展情况报告", Quarter(2025, 1), date(2025, 3, 31), "截至2025年3月31日", "zh",
    (PlanReport("wh25", "2025年科技工作要点", ("截至2025年3月31日，2025年科技工作要点共2项目标任务，均暂无进展数据。",
                                             "原因：尚未收到材料。"),
                (), None, None, (), (), (), (), ("收到材料后更新。",), (), empty="原因：尚未收到材料。"),),
    ("威海市科学技术局",), "2025年4月8日")
"""The shortest report there is: one plan of which nothing is known (its writers need no table or chart)."""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with reports/ made and a file already in it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "old.md").write_text("上季度", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("out", "plans", "fmt", "path"), [
    pytest.param(None, ["yk22"], "md", "reports/yk22-2022Q2.md", id="default-folder-named-after-plan-and-quarter"),
    pytest.param(None, ["yk22", "wh25"], "docx", "reports/yk22-wh25-2022Q2.docx", id="several-plans-in-the-name"),
    pytest.param("reports", ["yk22"], "xlsx", "reports/yk22-2022Q2.xlsx", id="an-existing-folder"),
    pytest.param("季度报告", ["yk22"], "html", "季度报告/yk22-2022Q2.html", id="a-new-folder-with-no-extension"),
    pytest.param("季度报告/", ["yk22"], "html", "季度报告/yk22-2022Q2.html", id="a-new-folder-with-its-slash"),
    pytest.param("reports/二季度.md", ["yk22"], "md", "reports/二季度.md", id="a-file-named"),
    pytest.param("reports/二季度.DOCX", ["yk22"], "docx", "reports/二季度.DOCX", id="the-suffix-in-capitals"),
    pytest.param("reports/old.md", ["yk22"], "md", None, id="an-existing-file-is-refused"),
])
def test_destination(folder: Path, out: str | None, plans: list[str], fmt: str, path: str | None) -> None:
    if path is None:
        with pytest.raises(TrackerUserError) as caught:
            destination(Path(out), plans, Q2, fmt)
        assert (caught.value.code, caught.value.params) == ("report.exists", {"path": out})
        return
    assert destination(None if out is None else Path(out), plans, Q2, fmt) == Path(path)


def test_an_existing_file_is_written_over_only_when_forced(folder: Path) -> None:
    assert destination(Path("reports/old.md"), ["yk22"], Q2, "md", force=True) == Path("reports/old.md")


def test_a_file_whose_suffix_is_not_the_format_is_refused(folder: Path) -> None:
    with pytest.raises(TrackerUserError) as caught:
        destination(Path("reports/二季度.md"), ["yk22"], Q2, "docx")
    assert (caught.value.code, caught.value.params) == ("report.suffix", {"path": "reports/二季度.md",
                                                                           "format": "docx"})


@pytest.mark.parametrize(("out", "link"), [
    pytest.param("reports/二季度.md", "reports/二季度.md", id="the-file-named-is-a-link-out"),
    pytest.param("reports", "reports/yk22-2022Q2.md", id="the-reports-own-name-is-a-link-out"),
])
def test_a_link_out_of_the_folder_chosen_is_refused_even_when_forced(folder: Path, out: str, link: str) -> None:
    (folder / "outside").mkdir()
    (folder / link).symlink_to(folder / "outside" / "二季度.md")
    with pytest.raises(TrackerUserError) as caught:
        destination(Path(out), ["yk22"], Q2, "md", force=True)
    assert (caught.value.code, caught.value.params["folder"]) == ("report.outside", "reports")


def test_a_link_within_the_folder_is_written_through(folder: Path) -> None:
    (folder / "reports" / "latest.md").symlink_to("old.md")
    assert destination(Path("reports/latest.md"), ["yk22"], Q2, "md", force=True) == Path("reports/latest.md")


SIGN = {"md": "# 威海市2025年第一季度科技工作进展情况报告", "html": "<!DOCTYPE html>", "docx": "word/document.xml",
        "xlsx": "xl/workbook.xml"}
"""What each format's output begins with (text) or holds (a zip); a format added without its row fails here."""


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_from_its_own_writer(fmt: str) -> None:
    rendered = render(EMPTY, fmt)
    if isinstance(rendered, str):
        assert rendered.startswith(SIGN[fmt]) and "原因：尚未收到材料。" in rendered
    else:
        assert SIGN[fmt] in zipfile.ZipFile(io.BytesIO(rendered)).namelist()


def test_written_into_a_folder_made_for_it_with_nothing_left_beside_it(folder: Path) -> None:
    path = folder / "季度" / "2025" / "wh25-2025Q1.md"
    write(EMPTY, "md", path)
    assert path.read_text(encoding="utf-8") == render(EMPTY, "md")
    assert os.listdir(path.parent) == [path.name], "no temporary file stays behind"


def test_written_over_an_old_report_whole(folder: Path) -> None:
    old = folder / "reports" / "old.md"
    write(EMPTY, "md", old)
    assert old.read_text(encoding="utf-8") == render(EMPTY, "md")
    assert sorted(os.listdir(old.parent)) == ["old.md"]


def test_a_report_that_fails_to_land_leaves_the_old_one_whole(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)  # the last step of an atomic write: the rename
    with pytest.raises(TrackerUserError, match="No space left"):
        write(EMPTY, "md", folder / "reports" / "old.md")
    assert (folder / "reports" / "old.md").read_text(encoding="utf-8") == "上季度"
    assert os.listdir(folder / "reports") == ["old.md"]


def test_a_folder_that_cannot_be_made_is_one_line_naming_it(folder: Path) -> None:
    with pytest.raises(TrackerUserError) as caught:
        write(EMPTY, "md", folder / "reports" / "old.md" / "wh25-2025Q1.md")
    assert caught.value.code == "file.write_failed"
    assert caught.value.params["reason"].startswith(f"{folder / 'reports' / 'old.md'}: ")

"""`tracker documents` and the unused-document lines of `tracker status`: no document is left out silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli import main

AS_OF = ("--as-of", "2022-06-30")


def documents(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["documents", "--json", *AS_OF]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_document_with_its_fields_their_source_and_figures_used(project: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    listed = {d["document"]: d for d in documents(capsys)}
    assert set(listed) == {f"seeds/{p.name}" for p in (project / "seeds").glob("*.txt")}
    yingkou = listed["seeds/yingkou-2022-h1.txt"]
    assert yingkou["region"] == {"value": "营口市", "source": "given", "evidence": "manifest.yaml", "weak": False}
    assert yingkou["used"] > 0 and yingkou["reason"] is None
    assert listed["seeds/weihai-2025-plan.txt"]["reason"] == "usage.plan"


def test_an_inferred_field_carries_its_evidence(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "manifest.yaml").unlink()
    listed = {d["document"]: d for d in documents(capsys)}
    region = listed["seeds/yingkou-2022-h1.txt"]["region"]
    assert (region["value"], region["source"]) == ("营口市", "inferred") and "营口市科学技术局" in region["evidence"]
    assert listed["seeds/weihai-2024-11-press.txt"]["issued"]["source"] == "unknown"


def test_status_names_each_unused_document_with_the_reason_and_the_fix(project: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "manifest.yaml").unlink()  # the press text names no place or year of its own
    capsys.readouterr()
    assert main(["status", *AS_OF]) == 0
    err = capsys.readouterr().err
    assert "seeds/weihai-2024-11-press.txt：不知道所属地区：请在 manifest.yaml 中为它填写 region" in err
    assert "weihai-2025-plan" not in err  # a plan is read as targets, not left out


def test_status_json_lists_the_documents(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["status", "--json", *AS_OF]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {d["document"] for d in report["documents"]} >= {"seeds/yingkou-2022-h1.txt"}


def test_the_table_marks_inferred_and_unknown_values(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "manifest.yaml").unlink()
    capsys.readouterr()
    assert main(["documents", "--lang", "en", *AS_OF]) == 0
    out = capsys.readouterr().out
    assert "营口市~" in out and "—?" in out


def _one_summary_and_a_plan(folder: Path, signed: str, plan_region: str) -> None:
    """A folder with one 2024 summary signed `signed` reporting 120 firms, and a plan of `plan_region` asking 100."""
    (folder / "docs").mkdir()
    (folder / "docs" / "chaoyang.txt").write_text(f"{signed}2024年科技工作总结\n2024年，全区新增高新技术企业120家。\n",
                                                  encoding="utf-8")
    (folder / "targets.yaml").write_text(
        f"version: 1\nplans:\n  - id: bj24\n    title: 2024年科技工作要点\n    region: {plan_region}\n    period: \"2024\"\n"
        "    targets:\n      - id: bj24-hte\n        title: 新增高新技术企业\n        target: 100家\n", encoding="utf-8")


def test_a_districts_summary_never_completes_its_citys_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _one_summary_and_a_plan(tmp_path, "北京市朝阳区", "北京市")
    capsys.readouterr()
    assert main(["status", "--json", "--docs", "docs", "--as-of", "2024-12-31"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["targets"][0]["status"] != "done"
    assert report["documents"][0]["reason"] == "usage.other_region"


def test_a_place_with_namesakes_is_never_matched_and_says_how_to_settle_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _one_summary_and_a_plan(tmp_path, "朝阳区", "北京市朝阳区")
    capsys.readouterr()
    assert main(["status", "--docs", "docs", "--as-of", "2024-12-31"]) == 0
    captured = capsys.readouterr()
    assert "已完成" not in captured.out
    assert "chaoyang.txt：地区“朝阳区”有多处同名" in captured.err


UNSETTLED = "威海市科技局\n2025年上半年，全市实施揭榜挂帅技术攻关项目10项，实施科技创新重点项目80个。\n"
"""A document whose place is read from its signature but whose kind is not said and whose period is a guess from the
body: its figures match two targets and wait for a person."""


def test_a_document_whose_kind_or_period_is_a_guess_is_named_with_what_waits_and_the_fix(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "seeds" / "weihai-note.txt").write_text(UNSETTLED, encoding="utf-8")
    capsys.readouterr()
    assert main(["status", "--as-of", "2025-06-30"]) == 0
    err = capsys.readouterr().err
    assert "1 份文件的类型、地区或期间未能确定，其中的数据要经人工确认才计入：" in err
    assert ("  seeds/weihai-note.txt：类型未知，期间只是推测（2025-H1）：2 个数据待审核（tracker review list）"
            in err.splitlines())
    assert "确定或更正：在 seeds/manifest.yaml 中写明，或在 tracker 终端界面中按 d 打开“文件”界面" in err
    monkeypatch.setenv("COLUMNS", "140")  # wide enough for the table's column of reasons
    assert main(["documents", "--as-of", "2025-06-30", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert "seeds/weihai-note.txt: kind unknown, period only a guess (2025-H1): 2 figures wait" in captured.err
    row = next(line for line in captured.out.splitlines() if "weihai-note" in line)
    assert "kind unknown" in row  # the table says it in the row too


def test_the_fix_follows_the_unused_ones_too(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "seeds" / "manifest.yaml").unlink()
    capsys.readouterr()
    assert main(["status", *AS_OF, "--lang", "en"]) == 0
    err = capsys.readouterr().err.splitlines()
    fix = "to settle it: write it in seeds/manifest.yaml, or press d in the tracker app for the documents screen"
    assert "  seeds/weihai-2024-11-press.txt: its place is unknown: give its region in manifest.yaml" in err
    assert err[-1] == fix and err.count(fix) == 1


def test_status_tells_an_archives_unused_documents_by_reason_and_documents_lists_each(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Twelve reports of a county no plan covers and three of no known place: `tracker status` says how many for
    each reason with the first three of each (an archive's thousands would bury the table otherwise), and where to
    see every one; `tracker documents` names every one."""
    entries = []
    for i in range(15):
        name = f"other-{i:02d}.txt"
        (project / "seeds" / name).write_text(f"2022年上半年，全县新增科技型企业{i + 10}家。", encoding="utf-8")
        if i < 12:
            entries.append(f"  - file: {name}\n    region: 远山县\n    kind: summary\n    period: 2022-H1\n")
    with (project / "seeds" / "manifest.yaml").open("a", encoding="utf-8") as manifest:
        manifest.write("".join(entries))
    capsys.readouterr()
    assert main(["status", "--lang", "en", *AS_OF]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "other-" in line] == [
        "  its place “远山县” is no plan's region: 12 (e.g. seeds/other-00.txt, seeds/other-01.txt, "
        "seeds/other-02.txt)",
        "  its place is unknown: give its region in manifest.yaml: 3 (e.g. seeds/other-12.txt, seeds/other-13.txt, "
        "seeds/other-14.txt)"]
    assert err[-1] == "every document, one by one, with why: tracker documents"
    assert main(["documents", "--lang", "en", *AS_OF]) == 0
    assert sum("seeds/other-" in line for line in capsys.readouterr().err.splitlines()) == 15

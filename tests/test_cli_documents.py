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

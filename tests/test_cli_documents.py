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

"""`tracker status` and `tracker review` as a user runs them, on a copy of the bundled data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli import main

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = "yk22-contracts"
AS_OF = ("--as-of", "2022-06-30")


def status(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(["status", "--json", "--plan", "yk22", *AS_OF, *args]) == 0
    return json.loads(capsys.readouterr().out)


def target(report: dict, target_id: str) -> dict:
    return next(t for t in report["targets"] if t["id"] == target_id)


def test_status_json_has_the_promised_shape(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = status(capsys)
    assert report["as_of"] == "2022-06-30"
    contracts = target(report, CONTRACTS)
    assert {k: contracts[k] for k in ("id", "plan", "title", "kind", "completion", "expected", "status")} == {
        "id": CONTRACTS, "plan": "yk22", "title": "技术合同成交额", "kind": "quantity",
        "completion": 0.354, "expected": 0.496, "status": "behind"}
    assert contracts["target"] | {"text": None} == {"value": 1130000000, "unit": "元", "comparator": "at_least", "text": None}
    actual = contracts["actual"]
    assert (actual["value"], actual["unit"], actual["as_of"], actual["document"]) == (
        400000000, "元", "2022-06-30", "seeds/yingkou-2022-h1.txt")
    text = (project / "seeds" / "yingkou-2022-h1.txt").read_text(encoding="utf-8")
    assert actual["quote"] == "完成技术合同登记额4.0亿元"
    assert text[actual["start"]:actual["end"]] == "4.0亿元"
    assert contracts["gap"] == {"value": 730000000, "unit": "元"}
    for item in contracts["evidence"]:
        assert set(item) >= {"document", "value", "unit", "quote", "start", "end", "period", "role", "confidence", "review"}
        assert item["role"] in ("progress", "baseline") and item["review"] in ("auto", "pending", "accepted", "manual")
    assert target(report, "yk22-high-tech-firms")["actual"] is None


def _pending(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["review", "list", "--plan", "yk22", "--json", *AS_OF]) == 0
    return json.loads(capsys.readouterr().out)


def test_decisions_apply_on_every_run_and_survive_reingesting_changed_documents(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pending = _pending(capsys)
    assert pending, "the seeds leave some matches for review"
    chosen = pending[0]
    assert main(["review", "accept", chosen["target"], chosen["ref"], *AS_OF]) == 0
    contracts = target(status(capsys), CONTRACTS)
    auto_ref = contracts["evidence"][0]["ref"]
    assert main(["review", "reject", CONTRACTS, auto_ref, "--note", "重复统计", *AS_OF]) == 0

    # The document is edited: text added at the top shifts every offset, and it is ingested again.
    path = project / "seeds" / "yingkou-2022-h1.txt"
    path.write_text("（转载）\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    report = status(capsys)
    accepted = [e for e in target(report, chosen["target"])["evidence"] if e["review"] == "accepted"]
    assert len(accepted) == 1 and accepted[0]["who"] == "张科长"
    refs = [e["ref"] for e in target(report, CONTRACTS)["evidence"]]
    assert all(ref.rsplit(":", 1)[1] != str(int(auto_ref.rsplit(":", 1)[1]) + 5) for ref in refs)  # rejected stays out
    assert len(refs) == len(contracts["evidence"]) - 1


def test_a_value_entered_by_hand_becomes_the_actual(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "set", CONTRACTS, "5.2亿元", "--as-of", "2022-06-30", "--source", "市科技局统计",
                 "--note", "含6月底补登"]) == 0
    contracts = target(status(capsys), CONTRACTS)
    assert contracts["actual"]["value"] == 520000000 and contracts["actual"]["review"] == "manual"
    assert contracts["completion"] == 0.46


def test_decisions_export_and_import_into_a_fresh_database(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "set", CONTRACTS, "5.2亿元", "--as-of", "2022-06-30"]) == 0
    assert main(["review", "export", "decisions.yaml"]) == 0
    exported = (project / "decisions.yaml").read_text(encoding="utf-8")
    assert "5.2亿元" in exported and "张科长" in exported
    assert main(["review", "import", "decisions.yaml", "--db", "other.sqlite3"]) == 0
    assert main(["review", "import", "decisions.yaml", "--db", "other.sqlite3"]) == 0
    out = capsys.readouterr().out
    assert "imported 1" in out or "导入 1" in out
    assert "导入 0" in out or "imported 0" in out
    assert target(status(capsys, "--db", "other.sqlite3"), CONTRACTS)["actual"]["value"] == 520000000


def test_a_broken_decisions_file_is_one_line_with_its_place(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "bad.yaml").write_text("version: 1\ndecisions:\n  - target: yk22-contracts\n    action: maybe\n",
                                      encoding="utf-8")
    assert main(["review", "import", "bad.yaml", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bad.yaml:4:") and "Traceback" not in err


def test_unknown_target_ref_and_date_are_one_clear_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "accept", "nope", "seeds/x.txt:1", "--lang", "en"]) == 2
    assert "no target with id nope" in capsys.readouterr().err
    assert main(["review", "accept", CONTRACTS, "seeds/x.txt:1", "--lang", "en"]) == 2
    assert "no candidate figure" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["status", "--as-of", "2022-13-01"])
    assert exit_info.value.code == 2
    assert "2022-13-01" in capsys.readouterr().err


def test_status_table_speaks_chinese_and_english(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--plan", "yk22", *AS_OF]) == 0
    assert "滞后" in capsys.readouterr().out
    assert main(["status", "--plan", "yk22", *AS_OF, "--lang", "en"]) == 0
    assert "behind" in capsys.readouterr().out

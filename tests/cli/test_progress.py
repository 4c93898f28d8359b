"""`tracker status` and `tracker review` as a user runs them, on a copy of the bundled data."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from rich.cells import cell_len

from tracker.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
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
    assert report["skipped_rows"] == []


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


def test_a_dropped_match_a_person_accepted_is_shown_by_status(project: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`tracker status` makes no dropped match but those of a target a decision names: an accepted one shows."""
    capsys.readouterr()
    assert main(["review", "list", "--all", "--plan", "yk22", "--json", *AS_OF]) == 0
    chosen = next(e for e in json.loads(capsys.readouterr().out) if e["review"] == "dropped" and e["confidence"] < 0.5)
    assert chosen["ref"] not in {e["ref"] for e in target(status(capsys), chosen["target"])["evidence"]}
    assert main(["review", "accept", chosen["target"], chosen["ref"], *AS_OF]) == 0
    shown = [e for e in target(status(capsys, "--fresh"), chosen["target"])["evidence"] if e["ref"] == chosen["ref"]]
    assert [(e["review"], e["confidence"]) for e in shown] == [("accepted", chosen["confidence"])]


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


def _insert(db: Path, table: str, rows: list[dict]) -> None:
    """Rows written straight into the database, as another tool or an older tracker might leave them."""
    with sqlite3.connect(db) as connection:
        for row in rows:
            connection.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                               tuple(row.values()))


def test_status_and_report_survive_rows_that_no_longer_read(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "set", CONTRACTS, "5.2亿元", "--as-of", "2022-06-30"]) == 0
    decision = {"target": CONTRACTS, "action": "manual", "who": "x", "at": "2022-07-01 00:00:00.000000"}
    _insert(project / ".tracker" / "tracker.sqlite3", "review_decision", [
        decision | {"ref": "manual:2022-06-29", "value": "6项", "as_of": "2022-06-29"},  # not the target's unit
        decision | {"ref": "manual:2022-06-28", "value": "5亿元", "as_of": "2022-13-45"},
        decision | {"ref": "seeds/a.txt:1", "action": "maybe"},
        decision | {"ref": "seeds/a.txt:2", "action": "accept", "note": "补登\x00"},
        decision | {"ref": "manual:2022-06-27", "value": "9" * 5000 + "元", "as_of": "2022-06-27"},
        decision | {"ref": "seeds/a.txt:3", "action": "accept", "at": "yesterday"},
    ])
    _insert(project / ".tracker" / "tracker.sqlite3", "lag_note", [
        {"target": CONTRACTS, "as_of": "2022-06-30", "cause": "未登记\x00", "measures": "", "who": "x",
         "at": "2022-07-01 00:00:00"}])
    capsys.readouterr()
    assert main(["status", "--json", "--plan", "yk22", *AS_OF, "--lang", "en"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert captured.err.count("skipped this row") == 7 and "internal error" not in captured.err
    assert target(report, CONTRACTS)["actual"]["value"] == 520000000  # the good value by hand still counts
    assert [(s["table"], s["row"], s["code"]) for s in report["skipped_rows"]] == [
        ("review_decision", 3, "schema.bad_date"), ("review_decision", 4, "schema.choice"),
        ("review_decision", 5, "schema.control_char"), ("review_decision", 6, "quantity.too_long"),
        ("review_decision", 7, "schema.bad_time"), ("review_decision", None, "review.unit_mismatch"),
        ("lag_note", 1, "schema.control_char")]
    assert all(s["target"] == CONTRACTS and s["message"].startswith("skipped this row") for s in report["skipped_rows"])


def test_the_bad_rows_are_one_line_each_on_stderr_and_the_report_is_written(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "set", CONTRACTS, "5.2亿元", "--as-of", "2022-06-30"]) == 0
    _insert(project / ".tracker" / "tracker.sqlite3", "review_decision", [
        {"target": CONTRACTS, "action": "manual", "ref": "manual:2022-06-29", "value": "1" * 5000,
         "as_of": "2022-06-29", "who": "x", "at": "2022-07-01"}])
    _insert(project / ".tracker" / "tracker.sqlite3", "lag_note", [
        {"target": CONTRACTS, "as_of": "2022-06-31", "cause": "c", "measures": "m", "who": "x", "at": "2022-07-01"},
        {"target": CONTRACTS, "as_of": "2022-06-30", "cause": "c\x00", "measures": "m", "who": "x",
         "at": "2022-07-01"}])
    capsys.readouterr()
    assert main(["status", "--plan", "yk22", *AS_OF, "--lang", "en"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in lines if "skipped this row" in line] == [
        "review_decision #2", "lag_note #1", "lag_note #2"]
    assert all(len(line) < 300 and "internal error" not in line for line in lines)
    for fmt in ("docx", "xlsx", "md", "html"):
        assert main(["report", "--quarter", "2022Q2", "--plan", "yk22", "--format", fmt, "--lang", "en"]) == 0
        captured = capsys.readouterr()
        assert "report written" in captured.out and captured.err.count("skipped this row") == 3


def test_import_refuses_a_value_in_another_unit_and_stores_a_repeated_decision_once(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry = (f"  - target: {CONTRACTS}\n    action: manual\n    ref: manual:2022-06-30\n    value: {{value}}\n"
             "    as_of: 2022-06-30\n    who: 张科长\n    at: 2022-07-01T08:00:00Z\n")
    (project / "wrong.yaml").write_text("version: 1\ndecisions:\n" + entry.format(value="6项"), encoding="utf-8")
    assert main(["review", "import", "wrong.yaml", "--lang", "en"]) == 2
    assert capsys.readouterr().err.startswith("wrong.yaml:6:12: the value's unit 项 does not match")
    twice = "version: 1\ndecisions:\n" + entry.format(value="5.2亿元") * 2
    (project / "twice.yaml").write_text(twice, encoding="utf-8")
    assert main(["review", "import", "twice.yaml", "--lang", "en"]) == 0
    assert "imported 1" in capsys.readouterr().out
    assert main(["review", "export", "all.yaml"]) == 0
    assert (project / "all.yaml").read_text(encoding="utf-8").count("5.2亿元") == 1


@pytest.mark.parametrize(("value", "says"), [("1001万亿元", "beyond a sane magnitude"), ("5-3亿元", "high to low"),
                                             ("三亿零元", "cannot read the number"), ("6项", "does not match")])
def test_a_value_set_by_hand_is_checked_like_a_target(project: Path, capsys: pytest.CaptureFixture[str],
                                                      value: str, says: str) -> None:
    assert main(["review", "set", CONTRACTS, value, *AS_OF, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1


def test_review_list_shows_amounts_as_people_write_them(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "set", CONTRACTS, "5.2亿元", *AS_OF]) == 0
    capsys.readouterr()
    assert main(["review", "list", "--all", "--as-of", "2025-06-30", "--plan", "wh25"]) == 0
    out = capsys.readouterr().out
    assert "seeds/weihai-2021-summary.txt:5129  8.95亿元  [" in out and "895000000" not in out
    assert "183个" in out  # the document's classifier, not the target's
    assert "200余项  [" in out and "10多项  [" in out  # and its qualifier, as written
    assert main(["review", "list", "--all", *AS_OF, "--plan", "yk22"]) == 0
    listed = capsys.readouterr().out
    assert "manual:2022-06-30  5.2亿元  [" in listed and "520000000" not in listed  # by hand: the plan's scale


# ── the status table: titles win the width ─────────────────────────────────
def _titles(out: str) -> list[str]:
    """The title cell of each row of the status tables, as shown (a cut one ends in …)."""
    cells = []
    for table in out.split("─\n")[1:]:
        for line in table.splitlines():
            if line.split()[:1] == ["指标"]:
                break  # the next table's header
            if not line.startswith("  ") and (found := re.match(r" (.+?)(…|  |\s*$)", line)):
                cells.append(found.group(1).rstrip() + ("…" if found.group(2) == "…" else ""))
    return cells


def _status_at(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int | None,
               *args: str) -> str:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", str(columns))
    capsys.readouterr()
    assert main(["status", *AS_OF, *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", [80, 120, 200, None], ids=["80", "120", "200", "piped"])
def test_titles_win_the_width_and_ids_come_on_request(project: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch, columns: int | None) -> None:
    out = _status_at(capsys, monkeypatch, columns)
    width = columns or 100  # piped without COLUMNS: a fixed width, never the longest cell's
    assert max(cell_len(line) for line in out.splitlines()) <= width
    titles = [t["title"] for t in json.loads(_targets_json(capsys))]
    shown = _titles(out)
    assert len(shown) == len(titles)
    for title, cell in zip(titles, shown, strict=True):
        assert cell == title or (cell.endswith("…") and title.startswith(cell[:-1]) and len(cell[:-1]) >= 11), cell
    assert "yk22-contracts" not in out and "标识" not in out
    if columns == 80:  # beside the title: the goal, the actual, how far, and what it means
        assert all(word in out for word in ("目标值", "完成值", "完成率", "状态"))
    if columns == 200:
        assert all(word in out for word in ("目标值", "完成值", "序时进度", "差距"))


def _targets_json(capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["targets", "--json"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", [80, 120])
def test_ids_on_request_whole_beside_titles_that_keep_their_room(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    out = _status_at(capsys, monkeypatch, columns, "--ids", "--plan", "yk22")
    assert "标识" in out and max(cell_len(line) for line in out.splitlines()) <= columns
    header = next(line for line in out.splitlines() if line.split()[:1] == ["标识"])
    rows = out.split("─\n")[1].splitlines()
    ids = "".join(line[1:header.index("指标")].strip() for line in rows)  # an id folds onto the next line, whole
    assert all(t["id"] in ids for t in json.loads(_targets_json(capsys)) if t["plan"] == "yk22")
    cut = [cell for line in out.splitlines() if (cell := re.search(r"  (\S[^ ]*?)…", line))]
    assert all(cell_len(c.group(1)) >= 22 for c in cut)  # 11 Chinese characters and more (the issue asks for 8)


def _plan_with_sections(folder: Path) -> None:
    """Two plans: one whose targets all lack a 章节, one with a target without a section among two with one."""
    target = "      - id: {id}\n        title: 新增高新技术企业{id}\n        target: 100家\n{section}"
    plans = "version: 1\nplans:\n"
    for plan, sections in (("aa", [None, None]), ("bb", ["一、主体", None, "一、主体"])):
        plans += (f"  - id: {plan}\n    title: 工作要点{plan}\n    region: 北京市\n    period: \"2024\"\n    targets:\n")
        plans += "".join(target.format(id=f"{plan}-{n}", section=f"        section: {s}\n" if s else "")
                         for n, s in enumerate(sections))
    (folder / "targets.yaml").write_text(plans, encoding="utf-8")
    (folder / "seeds").mkdir()


def test_one_summary_line_per_plan_whatever_its_sections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _plan_with_sections(tmp_path)
    capsys.readouterr()
    assert main(["status", "--as-of", "2024-06-30"]) == 0
    out = capsys.readouterr().out
    assert re.findall(r"^暂无数据 \d+；暂无任何进展数据$", out, re.MULTILINE) == [
        "暂无数据 2；暂无任何进展数据", "暂无数据 3；暂无任何进展数据"]
    assert main(["status", "--json", "--as-of", "2024-06-30"]) == 0
    rollups = [(r["plan"], r["level"], r["section"], sum(r["counts"].values()))
               for r in json.loads(capsys.readouterr().out)["rollups"]]
    assert rollups == [("aa", "plan", None, 2), ("bb", "plan", None, 3), ("bb", "section", "一、主体", 2),
                       ("bb", "section", None, 1)]


def test_with_no_date_each_plan_is_as_of_its_own_documents(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """yk22's figures reach 2022-06-30; wh25 has none, so it is as of today, said so, never at yk22's date."""
    capsys.readouterr()
    assert main(["status", "--plan", "yk22"]) == 0
    assert "截至2022-06-30（材料最新日期）" in "".join(capsys.readouterr().out.split())  # wrapped as the width has it
    assert main(["status", "--plan", "wh25"]) == 0
    out = "".join(capsys.readouterr().out.split())
    assert f"截至{date.today().isoformat()}（材料中尚无可用数据）" in out and "2022-06-30" not in out


def test_a_missing_targets_file_is_not_called_one_with_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    capsys.readouterr()
    assert main(["status"]) == 2
    err = capsys.readouterr().err
    assert "targets.yaml: 找不到文件" in err and "有错误" not in err and "--targets" in err


def _status_run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["status", "--json", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _not_computed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts computations of the status from then on (the kept snapshot served is none)."""
    import tracker.pipeline

    computed: list[str] = []
    real = tracker.pipeline.status

    def counted(*args: object, **kwargs: object) -> object:
        computed.append("status")
        return real(*args, **kwargs)

    monkeypatch.setattr(tracker.pipeline, "status", counted)
    return computed


def test_with_nothing_changed_the_kept_status_is_the_answer_word_for_word(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "seeds" / "附件.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # said on stderr each time
    (project / "seeds" / "坏.pdf").write_bytes(b"%PDF-1.4 not a PDF")
    first = _status_run(capsys)
    assert first[0] == 2 and "附件.doc" in first[2] and "坏.pdf" in first[2]
    computed = _not_computed(monkeypatch)
    assert _status_run(capsys) == first and computed == []
    assert _status_run(capsys, "--fresh") == first and computed == ["status"]


def test_a_decision_an_edit_or_another_date_computes_the_status_again(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, first, _ = _status_run(capsys)
    computed = _not_computed(monkeypatch)
    assert main(["review", "set", CONTRACTS, "9.9亿元", *AS_OF]) == 0
    _, after_decision, _ = _status_run(capsys)
    assert len(computed) == 1 and after_decision != first
    _status_run(capsys, "--as-of", "2022-03-31")
    assert len(computed) == 2, "another date asked"
    with (project / "seeds" / "yingkou-2022-h1.txt").open("a", encoding="utf-8") as handle:
        handle.write("\n上半年新增高新技术企业12家。\n")
    _status_run(capsys)
    assert len(computed) == 3
    with (project / "targets.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# 备注\n")
    _status_run(capsys)
    _status_run(capsys)
    assert len(computed) == 4, "computed once after the edit, then kept"

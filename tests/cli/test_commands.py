"""The command line as a user runs it: exit codes, streams, and never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import in_process
from tracker.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
BROKEN = ROOT / "tests" / "data" / "targets"


def spawn(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m tracker ARGS` in `cwd`, on this checkout's code (not whichever one is installed): a process of
    its own, as a user's shell starts it (about 0.6 s of CPU each; kept for the few tests below that need it)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")} | {"PYTHONPATH": str(ROOT)}
    environ |= env or {}
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=60)


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """What `spawn` gives, from the same entry (`tracker.entry.main`, lexicon check first) called in this process
    (tests/cli/conftest.py `in_process`): the exit status and both streams, without a new interpreter."""
    return in_process(args, cwd, env)


def test_check_clean_files_print_one_summary_line() -> None:
    result = spawn("check", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "targets.yaml: 2 plans, 87 targets (40 quantities, 47 milestones); "
        "seeds/manifest.yaml: 5 documents, no errors"]


def test_check_speaks_chinese_by_default() -> None:
    result = spawn("check")
    assert "个计划" in result.stdout


def test_check_reports_every_problem_and_nothing_else() -> None:
    path = BROKEN / "many-errors.yaml"
    result = run("check", "--lang", "en", "--targets", str(path.relative_to(ROOT)))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        f"tests/data/targets/many-errors.yaml:{pos}" for pos in ("12:13", "16:17", "20:9", "21:13", "27:17")]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("path", sorted(BROKEN.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_broken_variant_exits_2_with_only_diagnostics(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--targets", str(path), "--docs", str(ROOT / "seeds")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err
    assert all(line.startswith(str(path) + ":") for line in err.splitlines())


def test_missing_targets_file(tmp_path: Path) -> None:
    result = run("check", "--targets", "nope.yaml", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.splitlines()[0] == "nope.yaml: 找不到文件"
    assert result.stderr.splitlines()[1].startswith("tracker: 找不到材料文件夹 seeds")  # every problem, each once


def test_targets_json_lists_every_target_with_normalized_values() -> None:
    result = run("targets", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 87
    loan = next(r for r in rows if r["id"] == "wh25-loan-amount")
    assert (loan["target"]["value"], loan["target"]["unit"], loan["target"]["comparator"]) == (
        2_500_000_000, "元", "at_least")
    assert loan["period"] == {"start": "2025-01-01", "end": "2025-12-31", "label": "2025"}
    assert loan["source"]["path"] == "targets.yaml" and loan["source"]["line"] > 0


def test_targets_plan_filter_and_unknown_plan() -> None:
    rows = json.loads(run("targets", "--plan", "yk22", "--json").stdout)
    assert {r["plan"] for r in rows} == {"yk22"} and len(rows) == 34
    result = run("targets", "--plan", "zz99", "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.strip() == "tracker: no plan with id 'zz99' (known: wh25, yk22)"


def test_targets_table_in_english() -> None:
    result = run("targets", "--plan", "yk22", "--lang", "en")
    assert result.returncode == 0
    assert "yk22-contracts" in result.stdout and "11.3亿元" in result.stdout and "milestone" in result.stdout


def test_options_before_the_command_are_kept() -> None:
    result = run("--lang", "en", "check")
    assert "2 plans" in result.stdout


def test_no_command_checks_then_lists(tmp_path: Path) -> None:
    shutil.copy(ROOT / "targets.yaml", tmp_path / "targets.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    result = run("--lang", "en", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "87 targets" in result.stdout and "wh25-loan-amount" in result.stdout


def test_a_bug_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr("tracker.cli.commands.cmd_check", broken)
    assert main(["check", "--lang", "en"]) == 70
    err = capsys.readouterr().err
    assert err.startswith("tracker internal error: RuntimeError('boom')") and len(err.splitlines()) == 1


def test_extract_json_has_every_field_the_issue_names() -> None:
    result = spawn("extract", "--json", "seeds/weihai-2024-11-press.txt", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[1].strip().split(".")[0] for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert "ruamel" in imported  # the list is read: the manifest beside the file is parsed
    assert imported.isdisjoint({"sqlalchemy", "sqlmodel", "docx", "bs4", "pdfminer", "charset_normalizer",
                                "openpyxl", "textual"})  # a .txt in UTF-8 needs none of them
    rows = json.loads(result.stdout)
    loan = next(r for r in rows if r["text"] == "14.59亿元")
    assert {k: loan[k] for k in ("document", "value", "unit", "dimension", "qualifier", "modality", "period")} == {
        "document": "seeds/weihai-2024-11-press.txt", "value": 1_459_000_000, "unit": "元",
        "dimension": "money", "qualifier": "exact", "modality": "achieved",
        "period": {"start": "2024-01-01", "end": "2024-09-30"}}
    text = (ROOT / "seeds" / "weihai-2024-11-press.txt").read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert loan["subject"] and "14.59亿元" in loan["clause"]


def test_extract_goes_on_past_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 nothing")
    result = spawn("extract", "--lang", "en", str(tmp_path / "scan.pdf"), "seeds/yingkou-2022-h1.txt")
    assert result.returncode == 2
    assert result.stderr.splitlines()[0].startswith(f"{tmp_path / 'scan.pdf'}: broken PDF file")
    assert "Traceback" not in result.stderr and "yingkou-2022-h1.txt" in result.stdout


def test_ingest_then_again(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    first = run("ingest", "--lang", "en", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("seeds: 5 stored")
    assert (tmp_path / ".tracker" / "tracker.sqlite3").is_file()
    again = run("ingest", "--lang", "en", cwd=tmp_path)
    assert "0 stored" in again.stdout and "5 unchanged" in again.stdout


@pytest.mark.parametrize("seed", sorted(p.name for p in (ROOT / "seeds").glob("*.txt")))
def test_extract_json_works_on_every_seed(seed: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--json", str(ROOT / "seeds" / seed)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(isinstance(r["value"], (int, float)) for r in rows)


def test_extract_json_says_when_metadata_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "note.txt"
    path.write_text("全年新增企业35家。", encoding="utf-8")
    assert main(["extract", "--json", "--lang", "en", str(path)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)[0]["value"] == 35
    assert "could not infer" in err and "period" in err


@pytest.mark.parametrize("command", [("status",), ("documents",), ("review", "list"), ("ingest",), ("check",)])
def test_a_folder_without_seeds_says_where_it_looked_and_how_to_name_another(tmp_path: Path,
                                                                            command: tuple[str, ...]) -> None:
    shutil.copy(ROOT / "targets.yaml", tmp_path / "targets.yaml")
    result = run(*command, cwd=tmp_path)
    assert result.returncode == 2
    said = [line for line in result.stderr.splitlines() if line.startswith("tracker: ")]
    assert said == [f"tracker: 找不到材料文件夹 seeds（查找的位置：{tmp_path / 'seeds'}）。请新建这个文件夹，"
                    "把工作总结、新闻稿等材料（txt、html、docx、pdf）放进去；材料在别处时，用 --docs 文件夹 指明"]
    assert "未发现错误" not in result.stdout and "Traceback" not in result.stderr


def test_check_and_status_say_the_same_of_a_file_named_as_the_folder(tmp_path: Path) -> None:
    shutil.copy(ROOT / "targets.yaml", tmp_path / "targets.yaml")
    (tmp_path / "docs.txt").write_text("x", encoding="utf-8")
    lines = {run(command, "--docs", "docs.txt", "--lang", "en", cwd=tmp_path).stderr.splitlines()[-1]
             for command in ("check", "status")}
    assert lines == {f"tracker: docs.txt is not a folder ({tmp_path / 'docs.txt'}): documents go in a folder; "
                     "name it with --docs DIR"}

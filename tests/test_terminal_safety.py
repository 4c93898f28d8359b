"""No control or escape sequence from a document, a file name, a YAML value or an argument reaches the terminal
(OSC 52 clipboard writes, titles, DCS, CSI, C1 controls, BEL, overwriting, bidi overrides); nor is Rich markup in
them read. JSON keeps the data as it is, escaped by json.dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_safe_text import UNSAFE
from tracker.cli import main

CLIPBOARD = "\x1b]52;c;ZXZpbA==\x07"
DOCUMENT = ("北京市科学技术委员会\n2024年科技工作总结\n"
            f"2024年，全市技术合同成交额达到{CLIPBOARD} 120亿元\x1b]0;pwned\x07。\x1bP1;2q\x1b\\"
            "新增高新技术企业\x9b31m 150家\u202e，[bold red]红[/] [link=http://x]链接[/link] \x9d8;;http://evil\x9c"
            " 退格\x08\x08回车\r覆盖\x1b[2J\x07。\n"
            "2024年，全市技术合同成交额120亿元\x1b]0;pwned\x07，同比增长\u202e12%。\n")
FILE_NAME = "北京\x1b]0;name\x07\x9b2J总结.txt"
TARGETS = """version: 1
plans:
  - id: bj24
    title: "2024年科技工作要点\\e]0;plan\\a"
    region: 北京市
    period: "2024"
    targets:
      - id: bj24-contracts
        title: "技术合同成交额\\e[2J\\u009b31m\\u202e"
        target: 100亿元
        section: "一、\\e]52;c;eA==\\a[bold red]创新"
"""
PATH = f"seeds/{FILE_NAME}"
AS_OF = ("--as-of", "2024-12-31")


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder whose document, file name and targets.yaml all carry terminal sequences."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / FILE_NAME).write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "targets.yaml").write_text(TARGETS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Exit code and everything written (stdout and stderr), checked for anything a terminal would act on."""
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    for stream in (out, err):
        assert not UNSAFE.search(stream), repr(UNSAFE.findall(stream))
    return code, out + err


@pytest.mark.usefixtures("hostile")
def test_extract_prints_the_figures_and_none_of_the_sequences(capsys: pytest.CaptureFixture[str]) -> None:
    code, said = run(capsys, "extract", PATH)
    assert code == 0
    assert "120亿元" in said and "150家" in said and "seeds/北京␛␛总结.txt" in said


@pytest.mark.usefixtures("hostile")
def test_documents_status_and_review_list_show_names_titles_and_quotes_safely(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, said = run(capsys, "documents", *AS_OF)
    assert code == 0 and "seeds/北京␛␛总结.txt" in said
    code, said = run(capsys, "status", *AS_OF)
    assert code == 0 and "2024年科技工作要点␛" in said and "技术合同成交额␛␛" in said
    code, said = run(capsys, "review", "list", *AS_OF)
    assert code == 0 and "seeds/北京␛␛总结.txt:" in said and "全市技术合同成交额120亿元␛" in said
    monkeypatch.setenv("COLUMNS", "160")  # piped, wide enough for the section column
    code, said = run(capsys, "targets")
    assert code == 0 and "一、␛[bold red]创新" in said  # markup in a YAML value shows as written


@pytest.mark.usefixtures("hostile")
def test_diagnostics_and_error_lines_are_safe(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check")[0] == 0
    bad = TARGETS.replace("100亿元", '"\\e]52;c;eA==\\a亿元"').replace("id: bj24\n", 'id: "bj\\e]0;x\\a"\n')
    Path("bad.yaml").write_text(bad, encoding="utf-8")
    code, said = run(capsys, "check", "--targets", "bad.yaml")
    assert code == 2 and "bad.yaml:3:9:" in said and "“bj␛”" in said
    code, said = run(capsys, "targets", "--plan", "x\x1b]0;argument\x07\x9b2J")  # the `tracker: …` line
    assert code == 2 and said.startswith("tracker: ") and "x␛␛" in said



def test_argparse_messages_quote_the_command_line_safely(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["status", "--as-of", "\x1b]0;x\x07"], ["status", "\x1b[2Jextra", "\x9b2J"]):
        with pytest.raises(SystemExit):
            main(argv)
        err = capsys.readouterr().err
        assert "错误：" in err and "␛" in err and not UNSAFE.search(err)


@pytest.mark.usefixtures("hostile")
def test_json_escapes_what_it_carries(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (("extract", PATH, "--json"), ("documents", "--json", *AS_OF),
                 ("status", "--json", *AS_OF), ("review", "list", "--json", *AS_OF)):
        capsys.readouterr()
        assert main(list(argv)) == 0
        out = capsys.readouterr().out
        assert not UNSAFE.search(out)
        assert any(FILE_NAME in text for text in strings(json.loads(out)))  # the data itself is kept as it is


def strings(value: object) -> list[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [text for item in items for text in strings(item)]

"""`tracker extract` as a user runs it, in process: each file printed as soon as it is read, as plain lines
aligned in terminal cells, or as one JSON array written figure by figure (compact, or indented on request)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.cells import cell_len

import tracker.extract.documents as documents
from tracker.cli import main
from tracker.cli.jsonout import json_text, write_json_array

TEXT = "营口市科技局2022年上半年工作总结\n上半年，全市新增高新技术企业35家，技术合同成交额达到12.5亿元。\n"
MARKUP = "营口市科技局2022年上半年工作总结\n上半年，全市新增[red]高新技术企业\x9b2J\x0835家。\n"


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    """Two documents of a folder without a manifest."""
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    paths[0].write_text(TEXT, encoding="utf-8")
    paths[1].write_text(TEXT.replace("35家", "40家"), encoding="utf-8")
    return paths


def printed(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["extract", "--lang", "en", *map(str, argv)])
    return code, *capsys.readouterr()


def test_the_table_is_plain_lines_under_each_path_its_columns_aligned_in_cells(
        files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = printed(capsys, *files, "--lang", "zh")
    assert code == 0
    blocks = out.split("\n\n")
    assert [block.splitlines()[0] for block in blocks[:2]] == [str(files[0]), str(files[1])]
    header, *rows = blocks[0].splitlines()[1:]
    assert header.split() == ["位置", "原文", "数值", "单位", "性质", "期间", "指向"]
    assert [row.split()[:6] for row in rows] == [[str(TEXT.index("35家")), "35家", "35", "家", "已完成", "2022-H1"],
                                                 [str(TEXT.index("12.5")), "12.5亿元", "1250000000", "元", "已完成", "2022-H1"]]
    subject_at = {cell_len(line[:line.rindex(word)]) for line, word in zip([header, *rows], ["指向", "高新技术企业",
                                                                                           "技术合同成交额"], strict=True)}
    assert len(subject_at) == 1  # the subjects start in the same terminal cell, Chinese counted twice
    assert "\x1b" not in out


def test_words_from_a_file_are_shown_as_written_and_safe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x\x1b[2J.txt"
    path.write_text(MARKUP, encoding="utf-8")
    code, out, _ = printed(capsys, path)
    assert code == 0
    assert out.startswith(f"{tmp_path}/x␛.txt\n") and "  [red]高新技术企业␛␈\n" in out
    assert not any(ch in out for ch in "\x1b\x9b\x08")


def test_json_is_compact_a_figure_a_line_and_indented_as_before_on_request(
        files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, compact, _ = printed(capsys, "--json", *files)
    _, indented, _ = printed(capsys, "--json", "--indent", "2", *files)
    rows = json.loads(compact)
    assert len(compact.splitlines()) == len(rows) + 2 and json.loads(indented) == rows
    assert indented == json_text(rows) + "\n"  # the whole list as `tracker extract --json` printed it before
    assert [(r["document"], r["value"]) for r in rows] == [(str(files[0]), 35), (str(files[0]), 1_250_000_000),
                                                           (str(files[1]), 40), (str(files[1]), 1_250_000_000)]


@pytest.mark.parametrize("indent", [None, 0, 2, 4])
def test_an_array_written_item_by_item_is_the_json_of_the_whole(indent: int | None) -> None:
    items = [{"a": "行\n二\x9b31m", "b": [1, {"c": None}]}, {}, {"d": "\u202e"}]
    for given in (items, []):
        out = io.StringIO()
        write_json_array(iter(given), out, indent)
        assert json.loads(out.getvalue()) == given
        assert "\x9b" not in out.getvalue() and "\u202e" not in out.getvalue()
        if indent is not None:
            assert out.getvalue() == json_text(given, indent) + "\n"


@pytest.mark.parametrize("option", [[], ["--json"]])
def test_each_file_is_printed_before_the_next_is_read(files: list[Path], monkeypatch: pytest.MonkeyPatch,
                                                      option: list[str]) -> None:
    out, seen = io.StringIO(), []
    real = documents.extracted

    def watched(paths: list[Path]) -> Iterator[documents.Extracted]:
        for item in real(paths):
            yield item
            seen.append(out.getvalue())  # what was written when the next file is asked for

    monkeypatch.setattr(documents, "extracted", watched)
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["extract", *option, *map(str, files)]) == 0
    assert str(files[0]) in seen[0] and str(files[1]) not in seen[0]
    assert "35" in seen[0] and "40" not in seen[0]


def test_a_file_that_cannot_be_read_is_one_line_the_rest_printed_and_exit_2(
        files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    empty = files[0].parent / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    for option in ([], ["--json"]):
        code, out, err = printed(capsys, *option, files[0], empty, files[1])
        assert code == 2
        assert [line for line in err.splitlines() if "empty.txt" in line] == [f"{empty}: the file is empty"]
        assert str(files[0]) in out and str(files[1]) in out
    assert [r["value"] for r in json.loads(out)] == [35, 1_250_000_000, 40, 1_250_000_000]


def test_a_file_without_figures_is_an_empty_array_or_a_heading(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "none.txt"
    path.write_text("没有数字的一段话。\n", encoding="utf-8")
    assert printed(capsys, "--json", path)[1] == "[]\n"
    assert printed(capsys, path)[1].splitlines()[:2] == [str(path), "  offset  text  value  unit  modality  period  subject"]


def test_indent_without_json_is_one_line_and_exit_2(files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert printed(capsys, "--indent", "2", *files) == (2, "", "tracker: --indent goes with --json\n")

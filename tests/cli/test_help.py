"""`tracker --help` and argparse's messages speak the user's language: Chinese by default, English on request."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from tracker.cli import asked_lang, main

CHINESE = re.compile("[\u4e00-\u9fff]")
COMMANDS = ("check", "targets", "extract", "ingest", "tui", "status", "documents", "review", "report", "draft")


def helped(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def option_lines(text: str) -> dict[str, str]:
    """Each option or command of a help screen and the words beside it."""
    found = re.findall(r"^ {2,4}(-\S+(?:, --\S+)?(?: [A-Z{][^ ]*)?|[a-z]+)  +(\S.*)$", text, re.MULTILINE)
    return dict(found)


def test_the_help_is_chinese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    text = helped(capsys, "--help")
    assert text.startswith("用法：tracker [-h]")
    assert "\n选项：\n" in text and "\n命令：\n" in text
    for word in ("usage:", "options:", "show this help", "positional arguments"):
        assert word not in text
    lines = option_lines(text)
    assert set(COMMANDS) <= set(lines)
    assert all(CHINESE.search(words) for words in lines.values()), lines
    assert "退出码" in text and "--docs" in text  # where documents go, and what the exit codes mean


@pytest.mark.parametrize("command", [("status",), ("review", "list"), ("check",), ("ingest",), ("review",)])
def test_every_option_of_a_command_has_chinese_help_and_the_command_its_line(
        capsys: pytest.CaptureFixture[str], command: tuple[str, ...]) -> None:
    text = helped(capsys, *command, "-h")
    assert text.startswith(f"用法：tracker {' '.join(command)} [-h]")
    description = text.split("\n\n")[1]
    assert CHINESE.search(description)  # the command's one line under its usage
    lines = option_lines(text)
    assert lines and all(CHINESE.search(words) for words in lines.values()), lines


def test_english_with_lang_en_anywhere_or_tracker_lang(capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in (("--lang", "en", "--help"), ("status", "--help", "--lang=en")):
        text = helped(capsys, *argv)
        assert text.startswith("usage: tracker") and "\noptions:\n" in text and "show this help and exit" in text
        assert not CHINESE.search(" ".join(option_lines(text).values()))
    monkeypatch.setenv("TRACKER_LANG", "en")
    assert helped(capsys, "-h").startswith("usage: tracker")
    assert helped(capsys, "-h", "--lang", "zh").startswith("用法：")


def test_chinese_lines_fit_the_terminal(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    for argv in (("--help",), ("status", "--help"), ("review", "list", "--help")):
        text = helped(capsys, *argv)
        assert max(cell_len(line) for line in text.splitlines()) <= 60, text
    usage = helped(capsys, "status", "--help").split("\n\n")[0].splitlines()
    assert len(usage) > 1 and all(line.startswith(" " * cell_len("用法：tracker status ")) for line in usage[1:])


def test_argparse_mistakes_are_said_in_the_users_language(capsys: pytest.CaptureFixture[str]) -> None:
    cases = {("status", "--as-of", "2022-13-01"): "参数 --as-of：无法识别的日期“2022-13-01”，应写作 2025-06-30",
             ("frob",): "参数 COMMAND：无效的选择 'frob'（可选：'check'",
             ("review",): "缺少必填参数：ACTION",
             ("status", "--bogus"): "无法识别的参数：--bogus"}
    for argv, said in cases.items():
        with pytest.raises(SystemExit) as exit_info:
            main(list(argv))
        err = capsys.readouterr().err
        assert exit_info.value.code == 2 and "：错误：" in err and said in err, err
    with pytest.raises(SystemExit):
        main(["status", "--as-of", "2022-13-01", "--lang", "en"])
    assert capsys.readouterr().err == ("tracker status: error: argument --as-of: cannot read the date '2022-13-01'; "
                                       "write it as 2025-06-30 (tracker status -h)\n")


def test_the_language_is_read_before_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    assert asked_lang([]) == "zh"
    assert asked_lang(["status", "--lang", "en"]) == "en"
    assert asked_lang(["--lang=en", "status", "--lang", "zh"]) == "zh"
    assert asked_lang(["review", "set", "t", "--", "--lang", "en"]) == "zh"
    monkeypatch.setenv("TRACKER_LANG", "en")
    assert asked_lang(["--lang", "fr"]) == "en"

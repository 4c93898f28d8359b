"""Hostile text for the terminal: control sequences in a document, a file name, targets.yaml or an argument.

Nothing a terminal would act on (ESC, BEL, C1 controls, bidi overrides)
reaches stdout or stderr, whichever command shows the text.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.hostile.cases import STATUS, Case, check, put
from tests.hostile.conftest import each, outcomes_fixture

SEQUENCES = ("\x1b]52;c;ZXZpbA==\x07", "\x1b]0;pwned\x07", "\x1bP+q544e\x1b\\", "\x1b[2J\x1b[H", "\x9b31m", "\x9d0;t\x07",
             "\u202e", "\x08\x08\x08")
EVIL = ("威海市科学技术局\n2025年全市科技工作总结\n" + "".join(
    f"2025年全市新增高新技术企业{i + 10}家{s}，技术合同成交额{i + 1}亿元。\n" for i, s in enumerate(SEQUENCES))).encode()
EVIL_NAME = "evil\x1b]0;pwned\x07\u202e.txt"


def _evil_title(folder: Path) -> None:
    """The first three titles of targets.yaml start with escapes YAML spells out (\\e, \\a, \\x9b, \\u202e)."""
    path = folder / "targets.yaml"
    text = path.read_text(encoding="utf-8")
    evil = r"\e]52;c;ZXZpbA==\a\x9b31m\u202e"
    path.write_text(re.sub(r"^(\s+)title: (\S[^\n\"#]*)$", lambda m: f'{m[1]}title: "{evil}{m[2]}"', text, count=3,
                           flags=re.M), encoding="utf-8")


COMMANDS = {
    "status": STATUS[:1] + STATUS[2:],
    "status-json": STATUS,
    "documents": ("documents",),
    "review-list": ("review", "list", "--all", "--as-of", "2025-12-31"),
    "targets": ("targets",),
}

CASES = [
    *(Case(f"text-{name}", put("evil.txt", EVIL), argv=argv, code=0, lines=None) for name, argv in COMMANDS.items()),
    Case("text-extract", put("evil.txt", EVIL), argv=("extract", "seeds/evil.txt"), code=0, lines=None),
    *(Case(f"name-{name}", put(EVIL_NAME, EVIL), argv=argv, code=0, lines=None) for name, argv in COMMANDS.items()),
    Case("name-extract", put(EVIL_NAME, EVIL), argv=("extract", f"seeds/{EVIL_NAME}"), code=0, lines=None),
    Case("name-missing", lambda folder: None, argv=("extract", f"seeds/{EVIL_NAME}"), names=("seeds/evil",)),
    *(Case(f"title-{name}", _evil_title, argv=argv, code=0, lines=None) for name, argv in COMMANDS.items()),
    Case("argument-plan", lambda folder: None, argv=("status", "--plan", "\x1b]52;c;ZXZpbA==\x07x"), names=("x",)),
    Case("argument-date", lambda folder: None, argv=("status", "--as-of", "\x1b[2J2025"), names=("2025",)),
]


outcomes = outcomes_fixture(CASES, "terminal")


@each(CASES)
def test_no_control_sequence_reaches_the_terminal(case: Case, outcomes: dict) -> None:
    check(case, outcomes[case.name])


def test_the_text_around_the_sequences_is_still_shown(outcomes: dict) -> None:
    assert "技术合同成交额" in outcomes["text-extract"].out and "亿元" in outcomes["text-extract"].out

"""Hostile YAML: targets.yaml, the documents' manifest.yaml and a decisions file, each met with one line.

Every case ends within a second or two, in bounded memory, with the file
named and (where the problem has a place) its line:col, and exit 2.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tests.hostile import makers
from tests.hostile.cases import Case, check
from tests.hostile.conftest import each, outcomes_fixture

_BOMB = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10))
_MERGE_BOMB = "m0: &m0 {x: 1, y: 2}\n" + "".join(
    f"m{i}: &m{i} {{{', '.join(f'k{j}: *m{i - 1}' for j in range(10))}}}\n" for i in range(1, 9))

TEXTS: dict[str, tuple[str | bytes, bool]] = {
    # name: (content, whether the line must carry line:col)
    "alias-bomb": (_BOMB + "plans: *a9\n", True),
    "merge-bomb": (_MERGE_BOMB + "plans: [*m8]\n", True),
    "recursive-alias": ("a: &a [*a]\nplans: *a\n", True),
    "deep-flow": ("plans: " + "[" * 100_000 + "]" * 100_000 + "\n", True),
    "deep-map-flow": ("plans: " + "{a: " * 50_000 + "1" + "}" * 50_000 + "\n", True),
    "deep-block": ("plans:\n" + "".join("  " * i + "- \n" for i in range(3000)), True),
    "deep-dashes": ("plans: " + "- " * 5000 + "x\n", True),
    "deep-under-comments": ("plans: " + "\n".join("[ #]" for _ in range(50_000)) + "\n", True),
    "deep-under-quotes": ("plans: " + "\n".join('[ "]"' for _ in range(20_000)) + "\n", True),
    "many-values": ("plans: [" + ",".join("0" for _ in range(2_500_000)) + "]\n", False),
    "nul": ("version: 1\nplans:\n  - id: a\x00b\n", True),
    "escape": ("version: 1\nplans:\n  - id: a\x1b]52;c;ZXZpbA==\x07b\n", True),
    "list-key": ("? [a, b]\n: c\nplans: []\n", True),
    "map-key": ("plans:\n  - ? {x: 1}\n    : y\n", True),
    "python-tag": ("plans: !!python/object/apply:os.system [echo hi]\n", True),
    "local-tag": ("plans: !include other.yaml\n", True),
    "unclosed-quote": ('version: 1\nplans:\n  - id: "a\n    title: b\n', True),
    "tab": ("version: 1\nplans:\n\t- id: a\n", True),
    "not-utf8": ("version: 1\nplans:\n  - id: 科技\n".encode("gb18030"), True),
    "empty": ("", False),
    "only-comments": ("# nothing here\n", False),
    "too-large": ("#" * (33 << 20), False),
}
"""Hostile contents; each file is written with one of them."""


FILES = {
    # which file, where it lies in the case's folder, and the command that reads it
    "targets": ("targets.yaml", ("check",)),
    "manifest": ("seeds/manifest.yaml", ("check",)),
    "decisions": ("decisions.yaml", ("review", "import", "decisions.yaml")),
}


def _content(relative: str, content: str | bytes) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        path = folder / relative
        path.unlink(missing_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))

    return setup


def _entry(relative: str, make: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        path = folder / relative
        path.unlink(missing_ok=True)
        make(path)

    return setup


CASES = [
    *(Case(f"{file}-{name}", _content(relative, content), argv=argv, names=(relative,), place=place)
      for file, (relative, argv) in FILES.items() for name, (content, place) in TEXTS.items()),
    *(Case(f"{file}-{name}", _entry(relative, make), argv=argv, names=(relative,))
      for file, (relative, argv) in FILES.items() for name, make in makers.NOT_REGULAR.items()),
]
LONG = "9" * 5000
"""An integer Python will not convert from text (over 4,300 digits): read as text, refused by its field."""


def _long_target(folder: Path) -> None:
    path = folder / "targets.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^(\s+target: ).*$", lambda m: m[1] + LONG, text, count=1), encoding="utf-8")


CASES += [
    Case("targets-long-number", _long_target, argv=("check",), names=("targets.yaml",), place=True),
    Case("manifest-long-number", _content("seeds/manifest.yaml", f"documents:\n  - file: weihai-2024-11-press.txt\n    period: {LONG}\n"),
         argv=("check",), names=("seeds/manifest.yaml",), place=True),
    Case("decisions-long-number", _content("decisions.yaml", "decisions:\n  - {target: wh25-key-projects, action: manual, "
                                           f"ref: 'manual:2025-06-30', value: {LONG}, as_of: 2025-06-30, who: x, "
                                           "at: '2025-07-01T00:00:00Z'}\n"),
         argv=("review", "import", "decisions.yaml"), names=("decisions.yaml",), place=True),
]
# A hostile manifest does not stop status: the documents are still read, with what their text says.
CASES += [Case(f"status-manifest-{name}", _content("seeds/manifest.yaml", TEXTS[name][0]), names=("seeds/manifest.yaml",),
               lines=None) for name in ("alias-bomb", "deep-flow", "nul", "list-key")]


outcomes = outcomes_fixture(CASES, "yaml")


@each(CASES)
def test_a_hostile_yaml_file_is_one_line_with_its_place(case: Case, outcomes: dict) -> None:
    check(case, outcomes[case.name])
    assert outcomes[case.name].seconds < 5


def test_brackets_in_a_comment_or_a_quote_are_no_nesting() -> None:
    from tracker.config.yaml_source import parse_yaml

    root, problems = parse_yaml("version: 1\n# " + "[" * 65 + "\ntitle: '" + "{" * 65 + "'\nplans: []\n", "t.yaml")
    assert problems == [] and root["title"] == "{" * 65


def test_no_hostile_yaml_costs_memory(outcomes: dict) -> None:
    """Bounded memory: no case grows past what it was forked with by more than 200 MB (the bombs are refused unbuilt)."""
    assert max(o.peak_mb for o in outcomes.values()) < 200

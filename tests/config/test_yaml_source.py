"""YAML read as the users write it: each syntax mistake named by its own code at its line and column."""

from __future__ import annotations

import pytest

from tracker.config.yaml_source import load_for_edit, parse_yaml, round_trip

CASES = [
    ("a:\n\tb: 1\n", "yaml.tab", 2, 1),
    ("a: 1\na: 2\n", "yaml.duplicate_key", 2, 1),
    ('a: "abc\nb: 2\n', "yaml.unclosed_quote", 1, 4),
    ("a:\n  b: 1\n c: 2\n", "yaml.indent", 3, 2),
    ("a: b: c\n", "yaml.colon_in_value", 1, 5),
    ("a: !!python/object x\n", "yaml.tag", 1, 4),
    ("a: &x [*x]\n", "yaml.recursive_alias", 1, 4),
    ("? [a, b]\n: 1\n", "yaml.complex_key", 1, 3),
    ("a: 1\nb：2\n", "yaml.fullwidth_colon", 2, 2),
    ("plans:\n  - id: x\n    title：技术\n", "yaml.fullwidth_colon", 3, 10),
    # the first key's full-width colon: the parser stumbles only on the next line, the mistake is here
    ("version：1\nplans:\n  - id: x\n", "yaml.fullwidth_colon", 1, 8),
    ("a：1\nb: 2\n", "yaml.fullwidth_colon", 1, 2),
    ("a: 1 # 注释：说明\nb: 2\n  c: 3\n", "yaml.indent", 3, 4),  # a colon in a comment is no key's
]


@pytest.mark.parametrize(("text", "code", "line", "col"), CASES, ids=[c[1] + f"@{c[2]}:{c[3]}" for c in CASES])
def test_each_mistake_at_its_place(text: str, code: str, line: int, col: int) -> None:
    _, problems = parse_yaml(text, "targets.yaml")
    assert [(d.code, d.line, d.col) for d in problems] == [(code, line, col)]


def test_empty_and_comment_only_files_say_so() -> None:
    assert [d.code for d in parse_yaml("  \n", "f.yaml")[1]] == ["file.empty"]
    assert [d.code for d in parse_yaml("# 只有注释\n", "f.yaml")[1]] == ["file.no_data"]


@pytest.mark.parametrize(("text", "codes"), [
    ("version: 1\nplans: []\n", []),
    ("plans:\n  - [\n", ["yaml.syntax"]),  # a syntax error is a line:col, never the loader's exception
    ("- a\n- b\n", ["yaml.not_mapping"]),  # a list at the top: nothing to edit into
    ("a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
     "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n", ["yaml.alias_bomb"]),  # screened before it is loaded
])
def test_a_file_loaded_for_editing_is_screened_first(text: str, codes: list[str]) -> None:
    root, problems = load_for_edit(round_trip(), text, "targets.yaml")
    assert [p.code for p in problems] == codes
    assert (root is None) == bool(codes)

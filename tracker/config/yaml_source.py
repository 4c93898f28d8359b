"""YAML with positions: read with ruamel, map pydantic errors to line:col.

The text is composed once, by libyaml when ruamel.yaml.clib is there (eight
times faster than the pure-Python parser), and the node tree is turned into
round-trip maps and lists that remember each key's line and column. A file
that does not parse is parsed again by the pure-Python loader, whose messages
the syntax diagnostics read.

Dates are read as text so pydantic (not YAML) decides what a date is, and
every mistake points at the key or value it concerns; when the exact node is
missing (a required key) it points at the nearest ancestor.
"""

from __future__ import annotations

import difflib
import io
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tracker.errors import Diagnostic

Loc = tuple[str | int, ...]


class _TextDateConstructor(RoundTripConstructor):
    """Round-trip constructor that leaves ``2025-12-31`` as a string."""


_TextDateConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
)


def _int_or_text(constructor: RoundTripConstructor, node: ScalarNode) -> Any:
    """An integer, or its text when it has more digits than Python converts (the field reading it refuses it)."""
    try:
        return constructor.construct_yaml_int(node)
    except ValueError:
        return constructor.construct_yaml_str(node)


def _float_or_text(constructor: RoundTripConstructor, node: ScalarNode) -> Any:
    """A float, or its text when it is no finite number (1e400, .nan), so the field reading it quotes what was written."""
    value = constructor.construct_yaml_float(node)
    return value if math.isfinite(value) else constructor.construct_yaml_str(node)


_TextDateConstructor.add_constructor("tag:yaml.org,2002:int", _int_or_text)
_TextDateConstructor.add_constructor("tag:yaml.org,2002:float", _float_or_text)


def _reader() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _TextDateConstructor
    yaml.allow_duplicate_keys = True
    return yaml


def _composer() -> YAML:
    """A parser for the node tree only: libyaml's when installed, else ruamel's own."""
    return YAML(typ="safe", pure=False)


def read_text(path: Path, shown: str) -> tuple[str | None, list[Diagnostic]]:
    """The file's text (UTF-8, BOM allowed), or a diagnostic saying why not."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, [Diagnostic(path=shown, code="file.not_found")]
    except IsADirectoryError:
        return None, [Diagnostic(path=shown, code="file.is_directory")]
    except OSError as error:
        return None, [Diagnostic(path=shown, code="file.unreadable", params={"reason": error.strerror or str(error)})]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        before = data[: error.start].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        return None, [Diagnostic(path=shown, line=line, col=col, code="file.not_utf8")]


# ruamel's wording of common mistakes, and what to tell a person instead.
_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("found character '\\t'", "yaml.tab"),
    ("mapping values are not allowed here", "yaml.indent"),
    ("could not find expected ':'", "yaml.missing_colon"),
    ("found unexpected end of stream", "yaml.unclosed_quote"),
    ("while scanning a quoted scalar", "yaml.unclosed_quote"),
    ("expected <block end>, but found", "yaml.indent"),
)
_OPENING_QUOTE = re.compile(r"""^[ \t]*(?:-[ \t]+)?(?:[^\s#"'][^#"']*?:[ \t]+)?(["'])""")


def _syntax_code(problem: str) -> str:
    return next((code for needle, code in _PROBLEMS if needle in problem), "yaml.syntax")


def _unclosed_quote(lines: list[str], last: int) -> tuple[int, int] | None:
    """The first line up to `last` whose value opens a quote it never closes."""
    for number, line in enumerate(lines[: last + 1]):
        match = _OPENING_QUOTE.match(line)
        if not match:
            continue
        quote, rest = match[1], line[match.end():].replace('\\"', "").replace("''", "")
        if quote not in rest:
            return number, match.start(1)
    return None


def _syntax_diagnostic(error: MarkedYAMLError, text: str, shown: str) -> Diagnostic:
    problem = str(error.problem or error.context or "").strip()
    mark = error.problem_mark or error.context_mark
    lines = text.splitlines()
    code = _syntax_code(f"{problem} {error.context or ''}")
    line, col = (mark.line, mark.column) if mark else (0, 0)
    if (opened := _unclosed_quote(lines, line)) is not None and code != "yaml.tab":
        code, (line, col) = "yaml.unclosed_quote", opened
    elif code == "yaml.missing_colon" and error.context_mark:
        line, col = error.context_mark.line, error.context_mark.column
        if "：" in lines[line]:
            code, col = "yaml.fullwidth_colon", lines[line].index("：")
    elif code == "yaml.indent" and line < len(lines) and lines[line][:col].count(":") >= 1 and col and lines[line][col] == ":":
        code = "yaml.colon_in_value"
    return Diagnostic(path=shown, line=line + 1, col=col + 1, code=code, params={"problem": problem})


def _duplicate_keys(root: Node, shown: str) -> list[Diagnostic]:
    """Every key repeated in its mapping (the load itself keeps going past them)."""
    found: list[Diagnostic] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value in seen:
                    found.append(Diagnostic(path=shown, line=key.start_mark.line + 1, col=key.start_mark.column + 1,
                                            code="yaml.duplicate_key", params={"key": key.value}))
                seen.add(getattr(key, "value", ""))
                stack.append(value)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    return sorted(found, key=lambda d: (d.line, d.col))


def _syntax_problem(text: str, shown: str) -> Diagnostic:
    """Why the text does not parse, in the pure-Python parser's words, at line:col."""
    try:
        _reader().compose(text)
    except MarkedYAMLError as error:
        return _syntax_diagnostic(error, text, shown)
    except YAMLError as error:
        return Diagnostic(path=shown, code="yaml.syntax", params={"problem": str(error)})
    return Diagnostic(path=shown, code="yaml.syntax", params={"problem": "libyaml"})


def parse_yaml(text: str, shown: str) -> tuple[Any, list[Diagnostic]]:
    """The YAML document as round-trip maps and lists (or None), and its syntax problems at line:col.

    Duplicate keys are reported but do not stop the load, so the rest of the
    file is still checked.
    """
    if not text.strip():
        return None, [Diagnostic(path=shown, code="file.empty")]
    try:
        node = _composer().compose(text)
        root = _reader().constructor.construct_document(node) if node is not None else None
    except YAMLError:
        return None, [_syntax_problem(text, shown)]
    if root is None:
        return None, [Diagnostic(path=shown, code="file.no_data")]
    return root, _duplicate_keys(node, shown)


def node_position(root: Any, loc: Loc, *, key: bool = False) -> tuple[int, int]:
    """1-based (line, col) of the node at `loc`, or of its nearest ancestor.

    With `key=True` the last step points at the mapping key rather than its value.
    """
    node = root
    line, col = (root.lc.line, root.lc.col) if hasattr(root, "lc") else (0, 0)
    for i, step in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, CommentedMap) and step in node.lc.data:
            # An empty value has no place of its own: point at its key.
            line, col = node.lc.key(step) if (key and last) or node[step] is None else node.lc.value(step)
            node = node[step]
        elif isinstance(node, CommentedSeq) and isinstance(step, int) and 0 <= step < len(node):
            line, col = node.lc.item(step)
            node = node[step]
        else:
            break
    return line + 1, col + 1


_TYPE_CODES = {
    "string_type": "schema.not_text",
    "list_type": "schema.not_list",
    "tuple_type": "schema.not_list",
    "model_type": "schema.not_mapping",
    "dict_type": "schema.not_mapping",
    "model_attributes_type": "schema.not_mapping",
    "int_type": "schema.not_integer",
    "int_parsing": "schema.not_integer",
    "int_from_float": "schema.not_integer",
    "string_too_short": "schema.empty",
    "invalid_key": "schema.key_not_text",
    "enum": "schema.choice",
    "literal_error": "schema.choice",
    "date_type": "schema.bad_date",
    "date_parsing": "schema.bad_date",
    "date_from_datetime_parsing": "schema.bad_date",
    "date_from_datetime_inexact": "schema.bad_date",
    "datetime_type": "schema.bad_time",
    "datetime_parsing": "schema.bad_time",
    "datetime_from_date_parsing": "schema.bad_time",
}


def _field_name(loc: Loc) -> str:
    return next((str(step) for step in reversed(loc) if isinstance(step, str)), "")


def _choices(expected: str) -> str:
    return expected.replace("'", "").replace(" or ", ", ")


def _params(code: str, error: dict[str, Any], fields: list[str]) -> dict[str, str]:
    loc: Loc = tuple(error["loc"])
    params = {"field": _field_name(loc), "value": str(error.get("input", ""))}
    ctx = error.get("ctx") or {}
    if code == "schema.choice":
        params["choices"] = _choices(str(ctx.get("expected", "")))
    elif code == "schema.unknown_field_suggest":
        params["suggestion"] = difflib.get_close_matches(params["field"], fields, n=1)[0]
    elif code == "schema.invalid":
        params["detail"] = error.get("msg", "")
    params.update({k: str(v) for k, v in ctx.items() if isinstance(v, (str, int, float))})
    return params


def _code(item: dict[str, Any], model: type[BaseModel]) -> str:
    """The catalogue code of one pydantic error."""
    kind = item["type"]
    if kind == "missing":
        return "schema.missing"
    if item.get("input", "") is None:
        return "schema.empty"
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(_field_name(tuple(item["loc"])), list(model.model_fields), n=1)
        return "schema.unknown_field_suggest" if close else "schema.unknown_field"
    return _TYPE_CODES.get(kind, kind if "." in kind else "schema.invalid")


def validation_diagnostics(
    error: ValidationError, model: type[BaseModel], root: Any, prefix: Loc, shown: str
) -> list[Diagnostic]:
    """One Diagnostic per pydantic error, placed at its YAML line and column."""
    found = []
    for item in error.errors(include_url=False):
        code = _code(item, model)
        line, col = node_position(root, prefix + tuple(item["loc"]),
                                  key=item["type"] in ("extra_forbidden", "invalid_key"))
        found.append(Diagnostic(path=shown, line=line, col=col, code=code,
                                params=_params(code, item, list(model.model_fields))))
    return found


def field_diagnostics(error: ValidationError, model: type[BaseModel], shown: str) -> dict[str, Diagnostic]:
    """Each field's first problem, by field name, for a form that has no line and column."""
    problems: dict[str, Diagnostic] = {}
    for item in error.errors(include_url=False):
        name = str(item["loc"][0]) if item["loc"] else next(iter(model.model_fields))
        code = _code(item, model)
        problems.setdefault(name, Diagnostic(path=shown, code=code, params=_params(code, item, list(model.model_fields))))
    return problems


def round_trip() -> YAML:
    """The writers' YAML: comments, order and quotes kept, `  - key:` under a list's key, long lines never folded."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.preserve_quotes = True
    return yaml


def dump_checked(yaml: YAML, root: Any, shown: str,
                 read: Callable[[Any, str], tuple[Any, list[Diagnostic]]]) -> tuple[str, list[Diagnostic]]:
    """The edited tree as text, and what reading that text back as `tracker check` does finds in it."""
    buffer = io.StringIO()
    yaml.dump(root, buffer)
    text = buffer.getvalue()
    parsed, syntax = parse_yaml(text, shown)
    if parsed is None:
        return text, syntax
    _, diagnostics = read(parsed, shown)
    return text, syntax + diagnostics

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
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver

from tracker.config.atomic import file_kind
from tracker.errors import Diagnostic, Severity

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


class _Resolver(VersionedResolver):
    """Scalars resolved as YAML 1.2 (ruamel's default, which libyaml's composer gets anyway), without looking the
    version up per scalar: behind libyaml ruamel finds no scanner to ask and raises and catches an AttributeError
    each time, about a third of composing a 5,000-entry manifest. A plain scalar's tag depends on its text alone
    (tracker's files set no path resolvers): each distinct text is resolved once per file (a manifest repeats its
    keys, regions, kinds and periods thousands of times)."""

    processing_version = (1, 2)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plain: dict[str, Any] = {}

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not ScalarNode or not implicit[0] or self.yaml_path_resolvers:
            return super().resolve(kind, value, implicit)
        if (tag := self._plain.get(value)) is None:  # one Tag shared, as ruamel shares its default one
            tag = self._plain[value] = super().resolve(kind, value, implicit)
        return tag


def _composer() -> YAML:
    """A parser for the node tree only: libyaml's when installed, else ruamel's own."""
    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _Resolver
    return yaml


MAX_YAML_BYTES = 32 << 20
"""A targets, manifest or decisions file larger than this is refused before it is read (20,000 decisions are ~5 MB)."""
MAX_DEPTH = 64
"""Deeper nesting than any of tracker's files has (they need five levels); deeper is refused before parsing."""
MAX_EXPANSION = 10
"""How many times aliases may multiply a file's nodes (a shared `bands` block is about 1; a billion-laughs bomb is 10⁹)."""

_NOT_REGULAR = {"folder": "file.is_directory", "fifo": "file.is_fifo", "socket": "file.is_socket",
                "device": "file.is_device"}


def _file_problem(path: Path, shown: str) -> Diagnostic | None:
    """Why the path is no regular file of a sane size (found with stat alone: a FIFO is never opened)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return Diagnostic(path=shown, code="file.link_broken" if path.is_symlink() else "file.not_found")
    except OSError as error:
        if path.is_symlink():
            return Diagnostic(path=shown, code="file.link_loops")
        return Diagnostic(path=shown, code="file.unreadable", params={"reason": error.strerror or str(error)})
    if (kind := file_kind(info.st_mode)) is not None:
        return Diagnostic(path=shown, code=_NOT_REGULAR[kind])
    if info.st_size > MAX_YAML_BYTES:
        return Diagnostic(path=shown, code="yaml.too_large", params={"size": str(info.st_size >> 20),
                                                                     "limit": str(MAX_YAML_BYTES >> 20)})
    return None


def read_text(path: Path, shown: str) -> tuple[str | None, list[Diagnostic]]:
    """The file's text (UTF-8, BOM allowed), or a diagnostic saying why not."""
    if (problem := _file_problem(path, shown)) is not None:
        return None, [problem]
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_YAML_BYTES + 1)  # the file may have grown since stat
    except FileNotFoundError:
        return None, [Diagnostic(path=shown, code="file.not_found")]
    except IsADirectoryError:
        return None, [Diagnostic(path=shown, code="file.is_directory")]
    except OSError as error:
        return None, [Diagnostic(path=shown, code="file.unreadable", params={"reason": error.strerror or str(error)})]
    if len(data) > MAX_YAML_BYTES:
        return None, [Diagnostic(path=shown, code="yaml.too_large", params={"size": str(len(data) >> 20),
                                                                           "limit": str(MAX_YAML_BYTES >> 20)})]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        before = data[: error.start].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        return None, [Diagnostic(path=shown, line=line, col=col, code="file.not_utf8")]


def _place(text: str, position: int) -> tuple[int, int]:
    """1-based line and column of a character position."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.count("\n", 0, position) + 1, position - line_start + 1


_OPENERS = re.compile(r"[\[{]|(?:^|(?<=\s))-(?=\s)|(?:^|(?<=\s))\?(?=\s)")
_QUOTED_OR_COMMENT = re.compile(r"""'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|(?:^|(?<=\s))#.*""")
"""Quoted text and comments: a bracket there opens or closes nothing."""
MAX_NODES = 200_000
"""More separators (, - :) than a file of 20,000 decisions holds: refused before parsing (a 5 MB list of zeros
would take a minute and gigabytes to build)."""


def _too_deep(text: str, shown: str) -> Diagnostic | None:
    """A line nested deeper than MAX_DEPTH, from its indentation and the brackets and “- ” it opens and closes
    outside quotes and comments; or a file of more values than MAX_NODES could be.

    Checked before parsing, because the C parser recurses without the interpreter's guard and a deep enough
    nest crashes the process. A bracket inside a quoted string or a comment counts for nothing.
    """
    if text.count(",") + text.count("- ") + text.count(":") > MAX_NODES:
        return Diagnostic(path=shown, code="yaml.too_many", params={"limit": str(MAX_NODES)})
    depth, offset = 0, 0
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        bare = _QUOTED_OR_COMMENT.sub("", line) if ("#" in line or "'" in line or '"' in line) else line
        opened = len(_OPENERS.findall(bare)) if "[" in bare or "{" in bare or "-" in bare or "?" in bare else 0
        if indent // 2 + depth + opened > MAX_DEPTH:
            return Diagnostic(path=shown, line=text.count("\n", 0, offset) + 1, col=indent + 1, code="yaml.too_deep",
                              params={"limit": str(MAX_DEPTH)})
        depth = max(0, depth + bare.count("[") + bare.count("{") - bare.count("]") - bare.count("}"))
        offset += len(line) + 1
    return None


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


_FULLWIDTH_KEY = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"\[\]{}-][^:#：]*?(：)")
"""A key followed by a full-width colon (版本：1): YAML reads the whole line as one word, and the parser stumbles
only on a later line."""


def _fullwidth_key(lines: list[str], last: int) -> tuple[int, int] | None:
    """The first line up to `last` whose key ends in a full-width colon, and the colon's column."""
    for number, line in enumerate(lines[: last + 1]):
        if match := _FULLWIDTH_KEY.match(line):
            return number, match.start(1)
    return None


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
    elif code != "yaml.tab" and (fullwidth := _fullwidth_key(lines, line)) is not None:
        code, (line, col) = "yaml.fullwidth_colon", fullwidth
    return Diagnostic(path=shown, line=line + 1, col=col + 1, code=code, params={"problem": problem})


def _mark(node: Node, shown: str, code: str, **params: str) -> Diagnostic:
    return Diagnostic(path=shown, line=node.start_mark.line + 1, col=node.start_mark.column + 1, code=code,
                      params=params)


_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in
                        ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "merge", "binary", "omap"))


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value) if isinstance(node, SequenceNode) else []


def _screen(root: Node, shown: str) -> list[Diagnostic]:
    """What must not reach the constructor: keys that are lists or maps, repeated keys, tags other than YAML's
    own, aliases that refer to themselves or multiply the file more than MAX_EXPANSION times (an integer too long
    to convert is read as text, and the field it stands for refuses it). Each distinct node is visited once, however often aliases repeat it."""
    found: list[Diagnostic] = []
    size: dict[int, int] = {}  # a node's size with its aliases expanded
    open_: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            open_.discard(id(node))
            size[id(node)] = 1 + sum(size.get(id(child), 1) for child in _children(node))
            continue
        if id(node) in size:
            continue
        if id(node) in open_:
            return [_mark(node, shown, "yaml.recursive_alias")]
        open_.add(id(node))
        found += _node_problems(node, shown)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    if size[id(root)] > MAX_EXPANSION * len(size) + 1000:
        return [_mark(root, shown, "yaml.alias_bomb", limit=str(MAX_EXPANSION))]
    return sorted(found, key=lambda d: (d.line or 0, d.col or 0))


def _node_problems(node: Node, shown: str) -> list[Diagnostic]:
    """The problems of one node itself (not of its children)."""
    found = []
    tag = node.ctag.suffix if node.ctag.handle is None else str(node.ctag)  # str() of a Tag is slow
    if tag not in _PLAIN_TAGS and not tag.startswith("tag:yaml.org,2002:") or tag.startswith("tag:yaml.org,2002:python"):
        found.append(_mark(node, shown, "yaml.tag", tag=tag.replace("tag:yaml.org,2002:", "!!")))
    if isinstance(node, MappingNode):
        seen: set[str] = set()
        for key, _ in node.value:
            if not isinstance(key, ScalarNode):
                found.append(_mark(key, shown, "yaml.complex_key"))
            elif key.value in seen:
                found.append(_mark(key, shown, "yaml.duplicate_key", key=key.value))
            else:
                seen.add(key.value)
    return found


def _syntax_problem(text: str, shown: str) -> Diagnostic:
    """Why the text does not parse, in the pure-Python parser's words, at line:col."""
    try:
        _reader().compose(text)
    except MarkedYAMLError as error:
        return _syntax_diagnostic(error, text, shown)
    except ReaderError as error:  # a control character: its place is a character position
        line, col = _place(text, error.position)
        return Diagnostic(path=shown, line=line, col=col, code="yaml.bad_character",
                          params={"code": f"U+{error.character:04X}" if isinstance(error.character, int) else "?"})
    except YAMLError as error:
        return Diagnostic(path=shown, code="yaml.syntax", params={"problem": str(error)})
    except RecursionError:
        return Diagnostic(path=shown, code="yaml.too_deep", params={"limit": str(MAX_DEPTH)})
    return Diagnostic(path=shown, code="yaml.syntax", params={"problem": "libyaml"})


def parse_yaml(text: str, shown: str) -> tuple[Any, list[Diagnostic]]:
    """The YAML document as round-trip maps and lists (or None), and its syntax problems at line:col.

    Duplicate keys are reported but do not stop the load, so the rest of the
    file is still checked. Nesting, aliases, keys, tags and numbers that could
    crash the parser or exhaust time or memory are refused before anything is built.
    """
    if not text.strip():
        return None, [Diagnostic(path=shown, code="file.empty")]
    if (deep := _too_deep(text, shown)) is not None:
        return None, [deep]
    try:
        node = _composer().compose(text)
    except YAMLError:
        return None, [_syntax_problem(text, shown)]
    if node is None:
        return None, [Diagnostic(path=shown, code="file.no_data")]
    problems = _screen(node, shown)
    if any(d.code != "yaml.duplicate_key" for d in problems):
        return None, problems
    root = _reader().constructor.construct_document(node)
    if root is None:
        return None, [Diagnostic(path=shown, code="file.no_data")]
    return root, problems


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
    "greater_than": "schema.greater_than",
    "greater_than_equal": "schema.at_least",
    "less_than": "schema.less_than",
    "less_than_equal": "schema.at_most",
    "decimal_parsing": "schema.not_number",
    "decimal_type": "schema.not_number",
    "float_parsing": "schema.not_number",
    "float_type": "schema.not_number",
    "finite_number": "schema.not_number",
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
    params.update({k: str(v) for k, v in ctx.items() if isinstance(v, (str, int, float, Decimal))})
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


M = TypeVar("M", bound=BaseModel)


def validated(model: type[M], fields: Mapping[str, Any], shown: str) -> M | Diagnostic:
    """The record built from `fields`, or its first problem: for what has no line and column (a form, a stored row)."""
    try:
        return model.model_validate(dict(fields))
    except ValidationError as error:
        return next(iter(field_diagnostics(error, model, shown).values()))


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


def load_for_edit(yaml: YAML, text: str, shown: str) -> tuple[Any, list[Diagnostic]]:
    """A file's root mapping loaded by a writer's `yaml` (comments and quotes kept), or why it cannot be edited:
    its syntax problems at line:col (screened as `parse_yaml` screens them: no bomb reaches the loader), or a root
    that is no mapping."""
    parsed, problems = parse_yaml(text, shown)
    errors = [d for d in problems if d.severity is Severity.ERROR]
    if parsed is None or errors:
        return None, errors or problems
    root = yaml.load(text)
    if not isinstance(root, dict):
        return None, [Diagnostic(path=shown, line=1, col=1, code="yaml.not_mapping")]
    return root, []


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

"""Set one document's metadata in a folder's manifest.yaml, keeping the file's comments, order and layout.

A person confirms or corrects what tracker inferred (in the app's documents
screen); the values are validated as `tracker check` validates the manifest,
and written atomically under a lock, so two people saving at once each keep
their entry and nobody sees half a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config.atomic import write_atomic
from tracker.config.manifest import MANIFEST_NAME, read_manifest
from tracker.config.yaml_source import dump_checked, field_diagnostics, load_for_edit, parse_yaml, read_text, round_trip
from tracker.errors import Diagnostic
from tracker.model.document import DocumentMeta

FIELD_ORDER = ("file", "title", "issuer", "region", "issued", "kind", "period")
NEW_FILE = "# What the documents of this folder are (docs/documents.md); tracker writes confirmed values here.\ndocuments: []\n"


def field_problems(file: str, values: dict[str, Any]) -> dict[str, Diagnostic]:
    """Each field's first problem under the manifest schema, by field name."""
    try:
        meta = DocumentMeta.model_validate({"file": file, **{k: v for k, v in values.items() if v not in (None, "")}})
        if values.get("issued") and str(meta.issued) != str(values["issued"]).strip():
            raise ValueError  # 1720742400 reads as a timestamp: a person means a date written as 2024-07-12
    except ValueError as error:
        if not isinstance(error, ValidationError):
            return {"issued": Diagnostic(path=MANIFEST_NAME, code="schema.invalid",
                                         params={"field": "issued", "value": str(values["issued"]), "detail": ""})}
        return field_diagnostics(error, DocumentMeta, MANIFEST_NAME)
    return {}


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An advisory lock around read-modify-write (where the platform has one)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: atomic replace alone
        yield
        return
    with open(folder / f".{MANIFEST_NAME}.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _entry(documents: CommentedSeq, file: str) -> CommentedMap:
    for node in documents:
        if isinstance(node, CommentedMap) and node.get("file") == file:
            return node
    node = CommentedMap({"file": file})
    documents.append(node)
    return node


def _set(node: CommentedMap, values: dict[str, Any]) -> None:
    """Put the values in the entry in file order; an empty value removes the field."""
    for name in FIELD_ORDER[1:]:
        if name not in values:
            continue
        value = values[name]
        if name == "issued" and isinstance(value, str) and value:
            value = date.fromisoformat(value)  # written as the manifest writes dates: 2022-01-29, no quotes
        if value in (None, ""):
            node.pop(name, None)
        elif name in node:
            node[name] = value
        else:
            position = sum(1 for key in node if key in FIELD_ORDER[:FIELD_ORDER.index(name)])
            node.insert(position, name, value)


def save_document_meta(folder: Path, file: str, values: dict[str, Any]) -> tuple[dict[str, Diagnostic], list[Diagnostic]]:
    """Write one document's fields into folder/manifest.yaml (made when missing), or say why not.

    `values` maps field names (title, issuer, region, issued, kind, period) to
    text; dates and periods as written in the manifest (2024-07-12, 2024-H1).
    Returns the problems of single fields and of the file as a whole; the
    file is written only when both are empty.
    """
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items() if k in FIELD_ORDER[1:]}
    values = {k: (str(v) if v is not None and not isinstance(v, str) else v) for k, v in values.items()}
    if problems := field_problems(file, values):
        return problems, []
    path = folder / MANIFEST_NAME
    shown = str(path)
    with _locked(folder):
        if path.exists():
            text, diagnostics = read_text(path, shown)
            if text is None:
                return {}, diagnostics
        else:
            text = NEW_FILE
        yaml = round_trip()
        root, problems = load_for_edit(yaml, text, shown)  # screened first: a bomb never reaches the loader
        if root is None:
            return {}, problems
        if not isinstance(root.get("documents"), CommentedSeq):
            _, problems_of_file = read_manifest(parse_yaml(text, shown)[0], shown, folder)
            return {}, problems_of_file or [Diagnostic(path=shown, code="yaml.not_mapping")]
        _set(_entry(root["documents"], file), values)
        new_text, errors = dump_checked(yaml, root, shown, lambda parsed, shown: read_manifest(parsed, shown, folder))
        if errors:
            return {}, errors
        write_atomic(path, new_text)
    return {}, []

"""Load a documents folder's manifest.yaml, which gives or overrides document metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config.settings import MANIFEST_NAME
from tracker.config.yaml_source import (
    node_position,
    parse_yaml,
    read_text,
    validation_diagnostics,
)
from tracker.errors import Diagnostic
from tracker.model.document import DocumentMeta, Manifest


def _check_file(node: CommentedMap, loc: tuple, root: Any, shown: str, folder: Path,
                seen: dict[str, tuple]) -> list[Diagnostic]:
    """A listed file must exist and be listed once; checked even when other fields are wrong. `seen`: each name
    listed so far, with where (its place found only when a mistake is said)."""
    name = node.get("file")
    if not isinstance(name, str):
        return []
    if name in seen:
        line, col = node_position(root, loc + ("file",))
        first, _ = node_position(root, seen[name] + ("file",))
        return [Diagnostic(path=shown, line=line, col=col, code="manifest.duplicate_file",
                           params={"file": name, "line": str(first)})]
    seen[name] = loc
    if not (folder / name).is_file():
        line, col = node_position(root, loc + ("file",))
        return [Diagnostic(path=shown, line=line, col=col, code="manifest.file_missing", params={"file": name})]
    return []


def _entries(root: Any, shown: str, folder: Path) -> tuple[list[DocumentMeta], list[Diagnostic]]:
    found: list[DocumentMeta] = []
    diagnostics: list[Diagnostic] = []
    seen: dict[str, tuple] = {}
    for i, node in enumerate(root["documents"]):
        loc = ("documents", i)
        if not isinstance(node, CommentedMap):
            line, col = node_position(root, loc)
            diagnostics.append(Diagnostic(path=shown, line=line, col=col, code="yaml.not_mapping"))
            continue
        diagnostics += _check_file(node, loc, root, shown, folder, seen)
        try:
            found.append(DocumentMeta.model_validate(dict(node)))
        except ValidationError as error:
            diagnostics += validation_diagnostics(error, DocumentMeta, root, loc, shown)
    diagnostics.sort(key=lambda d: (d.line or 0, d.col or 0))
    return found, diagnostics


def read_manifest(root: Any, shown: str, folder: Path) -> tuple[Manifest, list[Diagnostic]]:
    """Validate parsed YAML nodes as a manifest; bad entries are left out and reported."""
    if not isinstance(root, CommentedMap):
        return Manifest(), [Diagnostic(path=shown, line=1, col=1, code="yaml.not_mapping")]
    try:
        Manifest.model_validate({**root, "documents": ()})
    except ValidationError as error:
        return Manifest(), validation_diagnostics(error, Manifest, root, (), shown)
    if not isinstance(root.get("documents"), CommentedSeq):
        line, col = node_position(root, ("documents",))
        return Manifest(), [Diagnostic(path=shown, line=line, col=col, code="schema.not_list",
                                       params={"field": "documents"})]
    entries, diagnostics = _entries(root, shown, folder)
    return Manifest(documents=tuple(entries)), diagnostics


def load_manifest(folder: Path, shown_folder: str | None = None) -> tuple[Manifest, list[Diagnostic]]:
    """The manifest of `folder`; an empty one when the folder has none."""
    path = folder / MANIFEST_NAME
    shown = str(Path(shown_folder) / MANIFEST_NAME) if shown_folder else str(path)
    if not path.exists() and not path.is_symlink():  # a broken or looping link is said, not taken for no manifest
        return Manifest(), []
    text, diagnostics = read_text(path, shown)
    if text is None:
        return Manifest(), diagnostics
    root, syntax = parse_yaml(text, shown)
    if root is None:
        return Manifest(), syntax
    manifest, diagnostics = read_manifest(root, shown, folder)
    return manifest, sorted(syntax + diagnostics, key=lambda d: (d.line or 0, d.col or 0))

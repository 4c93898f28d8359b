"""Load a documents folder's manifest.yaml, which gives or overrides document metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config.yaml_source import node_position, parse_yaml, read_text, validation_diagnostics
from tracker.errors import Diagnostic
from tracker.model.document import DocumentMeta, Manifest

MANIFEST_NAME = "manifest.yaml"


def _entries(root: Any, shown: str, folder: Path) -> tuple[list[DocumentMeta], list[Diagnostic]]:
    found, diagnostics, seen = [], [], {}
    for i, node in enumerate(root["documents"]):
        loc = ("documents", i)
        line, col = node_position(root, loc)
        if not isinstance(node, CommentedMap):
            diagnostics.append(Diagnostic(path=shown, line=line, col=col, code="yaml.not_mapping"))
            continue
        try:
            entry = DocumentMeta.model_validate(dict(node))
        except ValidationError as error:
            diagnostics += validation_diagnostics(error, DocumentMeta, root, loc, shown)
            continue
        fline, fcol = node_position(root, loc + ("file",))
        if entry.file in seen:
            diagnostics.append(Diagnostic(path=shown, line=fline, col=fcol, code="manifest.duplicate_file",
                                          params={"file": entry.file, "line": str(seen[entry.file])}))
        elif not (folder / entry.file).is_file():
            diagnostics.append(Diagnostic(path=shown, line=fline, col=fcol, code="manifest.file_missing",
                                          params={"file": entry.file}))
        seen.setdefault(entry.file, fline)
        found.append(entry)
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
    if not path.exists():
        return Manifest(), []
    text, diagnostics = read_text(path, shown)
    if text is None:
        return Manifest(), diagnostics
    root, diagnostics = parse_yaml(text, shown)
    if root is None:
        return Manifest(), diagnostics
    return read_manifest(root, shown, folder)

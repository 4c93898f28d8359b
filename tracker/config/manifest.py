"""Load a documents folder's manifest.yaml, which gives or overrides document metadata."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config import manifest_kept
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


def load_manifest(folder: Path, shown_folder: str | None = None,
                  kept: Path | None = None) -> tuple[Manifest, list[Diagnostic]]:
    """The manifest of `folder`; an empty one when the folder has none. With `kept` (a folder), its entries are
    kept there after a parse without problems and read back while the manifest is the same (`manifest_kept`)."""
    path = folder / MANIFEST_NAME
    shown = str(Path(shown_folder) / MANIFEST_NAME) if shown_folder else str(path)
    if not path.exists() and not path.is_symlink():  # a broken or looping link is said, not taken for no manifest
        return Manifest(), []
    text, diagnostics = read_text(path, shown)
    if text is None:
        return Manifest(), diagnostics
    if kept is not None and (found := _from_kept(kept, folder, text, shown)) is not None:
        return found
    root, syntax = parse_yaml(text, shown)
    if root is None:
        return Manifest(), syntax
    manifest, diagnostics = read_manifest(root, shown, folder)
    if kept is not None and not syntax and all(d.code == "manifest.file_missing" for d in diagnostics):
        _keep(kept, folder, text, root, manifest)
    return manifest, sorted(syntax + diagnostics, key=lambda d: (d.line or 0, d.col or 0))


def _keep(kept: Path, folder: Path, text: str, root: CommentedMap, manifest: Manifest) -> None:
    """Keep a manifest read without a problem: each entry's values, and where its `file` key is; only when its
    entries read back from the kept form are the manifest's own (a value JSON cannot carry as YAML gave it, such
    as YAML's true, which ruamel gives as an integer, is never kept)."""
    found = manifest_kept.Kept([dict(node) for node in root["documents"]],
                               [node_position(root, ("documents", i, "file")) for i in range(len(root["documents"]))])
    with suppress(TypeError, ValueError):  # a value JSON cannot hold at all: nothing kept
        if _validated(manifest_kept.carried(found.entries)) == manifest.documents:
            manifest_kept.keep(kept, folder, text, found)


def _validated(entries: list[dict[str, Any]]) -> tuple[DocumentMeta, ...] | None:
    """The entries validated as a manifest's, or None if one does not validate."""
    try:
        return tuple(DocumentMeta.model_validate(entry) for entry in entries)
    except ValidationError:
        return None


def _from_kept(kept: Path, folder: Path, text: str, shown: str) -> tuple[Manifest, list[Diagnostic]] | None:
    """The manifest from its kept entries, validated again, each listed file looked for; None when nothing is
    kept for this text (or what is kept no longer validates: the manifest is then parsed)."""
    found = manifest_kept.load(kept, folder, text)
    if found is None or (entries := _validated(found.entries)) is None:
        return None
    # each file as written, as `_check_file` looks for it (a validated name has lost its surrounding spaces)
    missing = [Diagnostic(path=shown, line=line, col=col, code="manifest.file_missing", params={"file": name})
               for name, (line, col) in zip((e["file"] for e in found.entries), found.places, strict=True)
               if not (folder / name).is_file()]
    return Manifest(documents=entries), missing

"""Accepted drafted targets merged into targets.yaml: comments and layout kept, validated as `tracker check`
validates the file, written atomically, never over a target the file already holds."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config.atomic import write_atomic
from tracker.config.targets import read_targets
from tracker.config.targets_writer import move_trailing_comment
from tracker.config.yaml_source import dump_checked, load_for_edit, parse_yaml, read_text, round_trip
from tracker.errors import Diagnostic, Severity


def merge_draft(targets_path: Path, draft_text: str, accepted: Collection[str] | None = None,
                ) -> tuple[list[str], list[Diagnostic]]:
    """Merge the accepted targets of a draft (by their drafted ids; every one when None) into targets.yaml.

    A plan the file does not hold is added with them; otherwise they are appended to the file's plan of that id.
    A drafted id the file already uses is numbered on (-2, -3 …): nothing in the file is replaced. Returns the ids
    as written, and the problems; nothing is written when there is an error.
    """
    yaml = round_trip()
    shown = str(targets_path)
    text, problems = read_text(targets_path, shown)
    if text is None:
        return [], problems
    root, problems = load_for_edit(yaml, text, shown)
    if root is None:
        return [], problems
    _, found = read_targets(parse_yaml(text, shown)[0], shown, targets_path.parent)
    if errors := [d for d in found if d.severity is Severity.ERROR]:
        return [], errors  # a file `tracker check` refuses is not merged into: its own lines say why
    draft = yaml.load(draft_text)
    written: list[str] = []
    for plan in draft["plans"]:
        chosen = [t for t in plan.get("targets") or [] if accepted is None or t["id"] in accepted]
        written += _merge_plan(root, plan, chosen)
    new_text, diagnostics = dump_checked(yaml, root, shown,
                                         lambda parsed, shown: read_targets(parsed, shown, targets_path.parent))
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    if errors:
        return [], errors
    if written:
        write_atomic(targets_path, new_text)
    return written, []


def _merge_plan(root: CommentedMap, plan: CommentedMap, chosen: list[CommentedMap]) -> list[str]:
    """Append the chosen targets to the file's plan of the same id (added when missing); the ids written."""
    if not chosen:
        return []
    taken = {t.get("id") for p in root.get("plans") or [] for t in p.get("targets") or []}
    for target in chosen:
        target["id"] = _free(target["id"], taken)
        taken.add(target["id"])
    mine = next((p for p in root.get("plans") or [] if p.get("id") == plan["id"]), None)
    if mine is None:
        added = CommentedMap((k, v) for k, v in plan.items() if k != "targets")
        added["targets"] = CommentedSeq(chosen)
        root.setdefault("plans", CommentedSeq()).append(added)
    else:
        if not isinstance(mine.get("targets"), CommentedSeq):
            mine["targets"] = CommentedSeq()
        if mine["targets"] and isinstance(mine["targets"][-1], CommentedMap):  # the next plan's heading stays there
            move_trailing_comment(mine["targets"][-1], chosen[-1])
        mine["targets"].extend(chosen)
    return [t["id"] for t in chosen]


def _free(wanted: Any, taken: set) -> str:
    candidate, n = str(wanted), 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate

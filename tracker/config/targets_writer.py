"""Add or change one target in targets.yaml, keeping the file's comments, order and layout.

The new text is validated exactly as `tracker check` validates the file (the
same schema, the same quantity parser) before anything is written, and it is
written atomically: a reader sees the old file or the new one, never half.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config.atomic import write_atomic
from tracker.config.targets import read_targets
from tracker.config.yaml_source import dump_checked, field_diagnostics, load_for_edit, read_text, round_trip
from tracker.errors import Diagnostic, Severity
from tracker.model.target import Target

FIELD_ORDER = ("id", "title", "kind", "metric", "aliases", "target", "comparator", "status", "section", "owner",
               "due", "period", "cycle", "quote")
"""The order fields are written in, as in the bundled targets.yaml."""


ONLY_FOR_THE_OTHER_KIND = {"quantity": ("status",), "milestone": ("comparator",)}
"""Fields the form does not show that a change of kind makes wrong: a quantity's status is computed, a milestone
has no number to compare."""


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """The fields a person filled in, in file order; empty ones left out."""
    found = {}
    for name in FIELD_ORDER:
        value = values.get(name)
        if isinstance(value, str):
            value = value.strip()
        if name == "aliases" and isinstance(value, str):
            value = [part.strip() for part in value.replace("，", ",").split(",") if part.strip()]
        if value not in (None, "", []):
            found[name] = value
    return found


def field_problems(values: dict[str, Any]) -> dict[str, Diagnostic]:
    """Each field's first problem under the target schema (quantity parser included), by field name."""
    try:
        Target.model_validate(values)
    except ValidationError as error:
        return field_diagnostics(error, Target, "")
    return {}


def _plan_targets(root: Any, plan_id: str) -> CommentedSeq | None:
    for plan in root.get("plans") or []:
        if isinstance(plan, CommentedMap) and plan.get("id") == plan_id:
            if not isinstance(plan.get("targets"), CommentedSeq):
                plan["targets"] = CommentedSeq()
            return plan["targets"]
    return None


def _flow(fields: dict[str, Any]) -> dict[str, Any]:
    """Lists written inline, as the file writes aliases: [成果转化贷款, 鲁科贷]."""
    shaped = dict(fields)
    for name, value in fields.items():
        if isinstance(value, list):
            shaped[name] = CommentedSeq(value)
            shaped[name].fa.set_flow_style()
    return shaped


def _put(targets: CommentedSeq, fields: dict[str, Any], replacing: str | None, offered: set[str]) -> None:
    """Append the target, or update the one with id `replacing` in place (its comments stay): a field offered and
    left empty is removed; one not offered (a milestone's status, a comparator the form does not show) is kept,
    unless the new kind rules it out (ONLY_FOR_THE_OTHER_KIND)."""
    fields = _flow(fields)
    for node in targets:
        if isinstance(node, CommentedMap) and replacing is not None and node.get("id") == replacing:
            gone = set(offered) | set(ONLY_FOR_THE_OTHER_KIND.get(fields.get("kind"), ()))
            for name in [key for key in node if key in gone and key not in fields]:
                del node[name]
            for position, name in enumerate(name for name in FIELD_ORDER if name in fields):
                if name == "owner" and isinstance(node.get(name), CommentedMap) and isinstance(fields[name], str):
                    node[name]["lead"] = fields[name]  # the form edits the lead unit: the supporting ones stay
                elif name in node:
                    node[name] = fields[name]
                else:
                    node.insert(position, name, fields[name])
            return
    new = CommentedMap(fields)
    if targets and isinstance(targets[-1], CommentedMap):
        move_trailing_comment(targets[-1], new)
    targets.append(new)


def move_trailing_comment(previous: CommentedMap, new: CommentedMap) -> None:
    """A comment after the last target belongs to what follows (the next plan's heading): keep it there."""
    last = next(reversed(previous), None)
    entry = previous.ca.items.get(last) if last is not None else None
    if entry and len(entry) > 2 and entry[2] is not None:
        new.ca.items[next(reversed(new))] = [None, None, entry[2], None]
        entry[2] = None


def save_target(path: Path, plan_id: str, values: dict[str, Any],
                replacing: str | None = None) -> tuple[dict[str, Diagnostic], list[Diagnostic]]:
    """Write one target into a plan of targets.yaml, or say why not.

    Returns the problems of single fields (by field name) and of the file as
    a whole (a duplicate id, a due date outside the plan …); the file is
    written only when both are empty.
    """
    fields = _clean(values)
    if problems := field_problems(fields):
        return problems, []
    shown = str(path)
    text, diagnostics = read_text(path, shown)
    if text is None:
        return {}, diagnostics
    yaml = round_trip()
    root, problems = load_for_edit(yaml, text, shown)
    if root is None:
        return {}, problems
    targets = _plan_targets(root, plan_id)
    if targets is None:
        return {}, [Diagnostic(path=shown, code="targets.unknown_plan", params={"id": plan_id, "known": ""})]
    _put(targets, fields, replacing, set(values))
    new_text, diagnostics = dump_checked(yaml, root, shown, lambda parsed, shown: read_targets(parsed, shown, path.parent))
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    if errors:
        return {}, errors
    write_atomic(path, new_text)
    return {}, []

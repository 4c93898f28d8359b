"""Load targets.yaml: every mistake reported at once, each at its line and column.

The file is validated piece by piece (the header, each plan, each target) so
that one bad target does not hide the problems of the others; the valid
parts are returned together with all diagnostics.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config.yaml_source import (
    Loc,
    node_position,
    parse_yaml,
    read_text,
    validation_diagnostics,
)
from tracker.errors import Diagnostic, Severity
from tracker.model.plan import Plan, TargetsFile
from tracker.model.source import SourcePos
from tracker.model.target import Target, TargetKind

M = TypeVar("M", bound=BaseModel)


class _Reader:
    """Walks one parsed targets.yaml, collecting models and diagnostics."""

    def __init__(self, root: Any, shown: str, base_dir: Path) -> None:
        self.root, self.shown, self.base_dir = root, shown, base_dir
        self.diagnostics: list[Diagnostic] = []
        self.seen_targets: dict[str, int] = {}
        self.seen_plans: dict[str, int] = {}

    def report(self, loc: Loc, code: str, *, key: bool = False,
               severity: Severity = Severity.ERROR, **params: Any) -> None:
        line, col = node_position(self.root, loc, key=key)
        self.diagnostics.append(Diagnostic(
            path=self.shown, line=line, col=col, code=code, severity=severity,
            params={k: str(v) for k, v in params.items()},
        ))

    def validate(self, model: type[M], data: dict[str, Any], loc: Loc) -> M | None:
        try:
            return model.model_validate(data)
        except ValidationError as error:
            self.diagnostics += validation_diagnostics(error, model, self.root, loc, self.shown)
            return None

    def mapping(self, node: Any, loc: Loc) -> CommentedMap | None:
        if isinstance(node, CommentedMap):
            return node
        self.report(loc, "yaml.not_mapping")
        return None

    def sequence(self, node: CommentedMap, key: str, loc: Loc) -> list[Any]:
        value = node.get(key)
        if value is None:
            return []
        if isinstance(value, CommentedSeq):
            return list(value)
        self.report(loc + (key,), "schema.not_list", field=key)
        return []

    def read_file(self) -> TargetsFile | None:
        root = self.mapping(self.root, ())
        if root is None:
            return None
        header = self.validate(TargetsFile, {**root, "plans": ()}, ())
        if "plans" not in root:
            self.report((), "schema.missing", field="plans")
        plan_nodes = self.sequence(root, "plans", ())
        if "plans" in root and not plan_nodes:
            self.report(("plans",), "targets.no_plans", key=True, severity=Severity.WARNING)
        plans = [p for i, n in enumerate(plan_nodes) if (p := self.read_plan(n, ("plans", i)))]
        if header is None:
            return None
        return header.model_copy(update={"plans": tuple(plans)})

    def read_plan(self, node: Any, loc: Loc) -> Plan | None:
        if (node := self.mapping(node, loc)) is None:
            return None
        plan = self.validate(Plan, {**node, "targets": ()}, loc)
        self.check_unique(node, loc, self.seen_plans, "targets.duplicate_plan")
        if plan:
            self.check_source(plan, loc)
        targets = []
        for j, target_node in enumerate(self.sequence(node, "targets", loc)):
            target = self.read_target(target_node, loc + ("targets", j))
            if target and plan:
                self.check_dates(target, plan, loc + ("targets", j))
            if target:
                targets.append(target)
        return plan.model_copy(update={"targets": tuple(targets)}) if plan else None

    def read_target(self, node: Any, loc: Loc) -> Target | None:
        if (node := self.mapping(node, loc)) is None:
            return None
        target = self.validate(Target, dict(node), loc)
        self.check_unique(node, loc, self.seen_targets, "targets.duplicate_id")
        self.check_kind(node, loc)
        if target is None:
            return None
        line, col = node_position(self.root, loc)
        return target.at(SourcePos(path=self.shown, line=line, col=col))

    def check_unique(self, node: CommentedMap, loc: Loc, seen: dict[str, int], code: str) -> None:
        ident = node.get("id")
        if not isinstance(ident, str):
            return
        line, _ = node_position(self.root, loc + ("id",))
        if ident in seen:
            self.report(loc + ("id",), code, id=ident, line=seen[ident])
        else:
            seen[ident] = line

    def check_kind(self, node: CommentedMap, loc: Loc) -> None:
        """Rules between fields, checked on the raw node so they show up with other errors."""
        kind, ident = node.get("kind", TargetKind.QUANTITY.value), node.get("id", "?")
        if kind == TargetKind.MILESTONE and node.get("target") is not None:
            self.report(loc + ("target",), "targets.milestone_with_target", id=ident)
        if kind == TargetKind.QUANTITY and node.get("target") is None:
            self.report(loc + ("id",), "targets.quantity_without_target", id=ident)
        if kind == TargetKind.QUANTITY and node.get("status") is not None:
            self.report(loc + ("status",), "targets.status_on_quantity")
        if kind == TargetKind.MILESTONE and node.get("comparator") is not None:
            self.report(loc + ("comparator",), "targets.comparator_on_milestone")

    def check_dates(self, target: Target, plan: Plan, loc: Loc) -> None:
        period = plan.period
        if target.period and not period.covers(target.period):
            self.report(loc + ("period",), "targets.period_outside",
                        value=target.period, period=period)
        if target.due and not period.contains(target.due):
            self.report(loc + ("due",), "targets.due_outside", due=target.due,
                        period=period, start=period.start, end=period.end)
        elif target.due and target.period and not target.period.contains(target.due):
            self.report(loc + ("due",), "targets.due_outside_target", due=target.due, period=target.period)
        self.check_profile(target, plan, loc)

    def check_profile(self, target: Target, plan: Plan, loc: Loc) -> None:
        """Checkpoints lie inside the target's period and their shares grow with time."""
        period = target.effective_period(plan.period)
        last = None
        for checkpoint, share in sorted((target.profile or {}).items(), key=lambda item: item[0].end):
            if not period.covers(checkpoint):
                self.report(loc + ("profile",), "targets.profile_outside", value=checkpoint, period=period)
            elif last is not None and share < last:
                self.report(loc + ("profile",), "targets.profile_order", value=checkpoint)
            last = share

    def check_source(self, plan: Plan, loc: Loc) -> None:
        if plan.source and not (self.base_dir / plan.source).is_file():
            self.report(loc + ("source",), "targets.source_missing",
                        severity=Severity.WARNING, source=plan.source)


def read_targets(root: Any, shown: str, base_dir: Path) -> tuple[TargetsFile | None, list[Diagnostic]]:
    """Validate parsed YAML nodes as a targets file."""
    reader = _Reader(root, shown, base_dir)
    targets_file = reader.read_file()
    if targets_file is not None:
        targets_file = targets_file.model_copy(update={"folder": str(base_dir.resolve())})
    return targets_file, reader.diagnostics


def load_targets(path: Path, shown: str | None = None) -> tuple[TargetsFile | None, list[Diagnostic]]:
    """Read, parse and validate targets.yaml.

    Returns the valid part of the file (None when even its outline is broken)
    and every diagnostic found, in file order.
    """
    shown = shown or str(path)
    text, diagnostics = read_text(path, shown)
    if text is None:
        return None, diagnostics
    root, syntax = parse_yaml(text, shown)
    if root is None:
        return None, syntax
    targets_file, diagnostics = read_targets(root, shown, path.parent)
    diagnostics += syntax
    diagnostics.sort(key=lambda d: (d.line or 0, d.col or 0))
    return targets_file, diagnostics

"""A draft as a targets file (docs/targets.md), read back as `tracker check` reads one before it is handed out."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config.targets import read_targets
from tracker.config.yaml_source import dump_checked, round_trip
from tracker.draft.commitments import Drafted
from tracker.draft.ids import unique_ids
from tracker.draft.plan import DraftPlan, own_period
from tracker.errors import Diagnostic, Severity
from tracker.model.period import Period


def draft_yaml(plan: DraftPlan, drafted: list[Drafted], shown: str, base_dir: Path,
               source: str | None = None) -> tuple[str, list[Diagnostic]]:
    """The targets file holding the plan and its drafted targets, and what checking it finds (errors are a bug)."""
    targets = CommentedSeq(_target(target_id, item, own_period(item, plan.period))
                           for target_id, item in zip(unique_ids(plan.id, [d.title for d in drafted]), drafted,
                                                      strict=True))
    fields = {"id": plan.id, "title": plan.title, "region": plan.region, "issuer": plan.issuer,
              "period": plan.period.label, "source": source, "targets": targets}
    root = CommentedMap(version=1, plans=CommentedSeq([CommentedMap((k, v) for k, v in fields.items() if v is not None)]))
    text, diagnostics = dump_checked(round_trip(), root, shown, lambda parsed, shown: read_targets(parsed, shown, base_dir))
    return text, [d for d in diagnostics if d.severity is Severity.ERROR]


def _target(target_id: str, item: Drafted, period: Period | None) -> CommentedMap:
    fields = {"id": target_id, "title": item.title, "kind": "milestone" if item.target is None else None,
              "target": item.target, "section": item.section, "owner": _owner(item),
              "due": item.due.isoformat() if item.due else None, "period": period.label if period else None,
              "quote": item.quote}
    return CommentedMap((k, v) for k, v in fields.items() if v is not None)


def _owner(item: Drafted) -> str | CommentedMap | None:
    return owner_node(item.owner, item.support)


def owner_node(lead: str | None, support: tuple[str, ...]) -> str | CommentedMap | None:
    """The lead unit alone (owner: 市科技局), or with the units supporting it, on one line (owner: {lead: …,
    support: [...]})."""
    if lead is None or not support:
        return lead
    units = CommentedSeq(support)
    units.fa.set_flow_style()
    owner = CommentedMap(lead=lead, support=units)
    owner.fa.set_flow_style()
    return owner

"""Review decisions in a YAML file, so a bureau can keep them under version control.

The file is a log like the database table: every decision with who and when.
Importing adds what the database does not have yet; nothing is overwritten.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tracker.config.atomic import write_atomic
from tracker.config.yaml_source import node_position, parse_yaml, read_text, validation_diagnostics
from tracker.errors import Diagnostic, Severity
from tracker.model.decision import Decision
from tracker.model.plan import TargetsFile

HEADER = """\
# Review decisions of tracker: accepted and rejected matches and values entered by hand.
# Written by `tracker review export`; read by `tracker review import`. The newest
# decision for a target and ref is in force; older ones are history.
"""


def dump_decisions(decisions: list[Decision]) -> str:
    """The YAML text of a list of decisions, oldest first."""
    rows = CommentedSeq()
    for decision in decisions:
        data = decision.model_dump(mode="json", exclude_none=True)
        if decision.value is not None:
            data["value"] = decision.value.text
        rows.append(CommentedMap(data))
    yaml = YAML(typ="rt")
    yaml.width = 4096
    buffer = io.StringIO()
    yaml.dump(CommentedMap({"version": 1, "decisions": rows}), buffer)
    return HEADER + buffer.getvalue()


def export_decisions(decisions: list[Decision], path: Path) -> None:
    """Write the decisions to a YAML file, atomically."""
    write_atomic(path, dump_decisions(decisions))


def load_decisions_file(path: Path, shown: str, targets: TargetsFile) -> tuple[list[Decision], list[Diagnostic]]:
    """The decisions of a YAML file, and every problem found, each at its line and column.

    A value by hand is checked against its target as `tracker review set` checks it (`Target.misfit`); a
    decision about a target not in `targets` is kept with a warning (the log keeps what was decided).
    """
    text, diagnostics = read_text(path, shown)
    if text is None:
        return [], diagnostics
    root, diagnostics = parse_yaml(text, shown)
    if root is None:
        return [], diagnostics
    rows: Any = root.get("decisions") if isinstance(root, CommentedMap) else None
    if not isinstance(rows, CommentedSeq):
        return [], [Diagnostic(path=shown, line=1, col=1, code="schema.missing", params={"field": "decisions"})]
    by_id = {target.id: target for target in targets.targets}
    found = []
    for index, row in enumerate(rows):
        try:
            decision = Decision.model_validate(dict(row) if isinstance(row, CommentedMap) else row)
        except ValidationError as error:
            diagnostics += validation_diagnostics(error, Decision, root, ("decisions", index), shown)
            continue
        target = by_id.get(decision.target)
        misfit = target.misfit(decision.value) if target is not None else None
        if target is None or misfit is not None:
            code, params = misfit or ("review.unknown_target", {"id": decision.target})
            line, col = node_position(root, ("decisions", index, "value" if misfit else "target"))
            diagnostics.append(Diagnostic(path=shown, line=line, col=col, code=code, params=params,
                                          severity=Severity.ERROR if misfit else Severity.WARNING))
        if misfit is None:
            found.append(decision)
    return found, diagnostics

"""Drafting a targets file from a plan: the machine does the typing, a person the judging (issue 16).

`commitments` reads a plan's figures (as `extract` finds them) into drafted targets with their quotes and
sections; `plan` names the plan (id, title, region, issuer, period) from the document's metadata; `ids` gives
readable, unique ids; `yaml_out` writes the draft in the schema of docs/targets.md, checked as `tracker check`
checks a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from tracker.errors import Diagnostic, TrackerInternalError


class Draft(NamedTuple):
    """A plan document drafted: the targets file's text (None when the document could not be read), and the
    problems met reading it."""

    text: str | None
    targets: int
    problems: list[Diagnostic]


def draft_file(path: Path, plan_id: str | None = None, out: Path | None = None) -> Draft:
    """The draft of one plan document (txt, html, docx, pdf), with the manifest beside it.

    Raises:
        TrackerUserError: the document names no place or period (a manifest entry beside it gives them).
    """
    from tracker.draft.commitments import commitments
    from tracker.draft.plan import draft_plan
    from tracker.draft.yaml_out import draft_yaml
    from tracker.pipeline import extract_files

    results, problems = extract_files([path])
    if not results:
        return Draft(None, 0, problems)
    document, figures = results[0]
    drafted = commitments(document, figures)
    plan = draft_plan(document, figures, drafted, plan_id)
    base = (out or Path("targets.yaml")).parent
    text, errors = draft_yaml(plan, drafted, str(out or "-"), base, source=_relative(path, base))
    if errors:  # the draft is made to pass `tracker check`: anything it finds is tracker's mistake
        raise TrackerInternalError(f"the draft of {path} does not pass check: {errors[0].render('en')}")
    return Draft(text, len(drafted), problems)


def _relative(path: Path, base: Path) -> str:
    """The plan document as the targets file's `source` names it: relative to the file's folder."""
    return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()

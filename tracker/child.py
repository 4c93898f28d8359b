"""Core work in a process of its own, asked and answered in values.

The app must not share its interpreter with reading and matching documents: a fresh snapshot and a report
are computed by `python -m tracker.child`. It reads one JSON request on its standard input (the call and its
arguments) and writes one JSON answer on its standard output: the snapshot in its JSON form
(`tracker.snapshot`), or the file written, and the problems met as the same diagnostics the command line
prints. Both ends are in this module: no shell parses another's words, and nothing is unpickled.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from tracker.errors import Diagnostic
from tracker.i18n import Lang, translate


class Written(NamedTuple):
    """What writing a report came to: the file written, or why not in the user's words; the problems met reading
    the documents and the stored rows on the way."""

    path: str | None
    problems: list[Diagnostic]
    refused: str | None = None


class Computed(NamedTuple):
    """A fresh snapshot (`tracker.snapshot.Snapshot`); or, when targets.yaml has errors, None and its diagnostics;
    or a failure in the user's words (an unusable database, a missing documents folder)."""

    snapshot: Any
    diagnostics: list[Diagnostic]
    failure: str | None = None


Started = Callable[[subprocess.Popen[str]], None]
"""Told of each child process as it starts, so the app can stop it (when it quits, or a newer one starts)."""


def write_report(targets: Path, docs: Path, url: str, quarter: str, fmt: str, lang: Lang, *,
                 plan: str | None, as_of: date, force: bool) -> Written:
    """`Workspace.write_report` from plain values, in this process."""
    from tracker.errors import TrackerUserError, has_errors
    from tracker.report.quarter import Quarter
    from tracker.workspace import Workspace

    workspace = Workspace(targets=targets, docs=docs, url=url)
    try:
        targets_file, diagnostics = workspace.load_targets()
        if targets_file is None or has_errors(diagnostics):
            raise TrackerUserError("cli.targets_invalid", path=str(targets))
        path, problems = workspace.write_report(targets_file, Quarter.parse(quarter), fmt, lang, plan=plan,
                                                as_of=as_of, force=force)
    except TrackerUserError as error:
        return Written(None, [], error.message(lang))
    return Written(str(path), problems)


def write_report_elsewhere(targets: Path, docs: Path, url: str, quarter: str, fmt: str, lang: Lang, *,
                           plan: str | None, as_of: date, force: bool) -> Written:
    """`write_report` run by `python -m tracker.child`; a child that fails says so in `refused`, never raises."""
    answer = _ask({"call": "write_report", "targets": str(targets), "docs": str(docs), "url": url,
                   "quarter": quarter, "format": fmt, "lang": lang, "plan": plan, "as_of": as_of.isoformat(),
                   "force": force})
    if answer is None or isinstance(answer, str):
        return Written(None, [], answer or "stopped")
    return Written(answer["path"], _problems(answer["problems"]), answer["refused"])


def compute_elsewhere(targets: Path, docs: Path, url: str, as_of: date | None, lang: Lang, plan: str | None,
                      started: Started = lambda _child: None) -> Computed | None:
    """`workspace.compute_snapshot` run by `python -m tracker.child`; a child that fails gives a failure in the
    user's words, never raises. None when the child was stopped on purpose (see `Started`)."""
    from tracker.snapshot import Unreadable, decode

    answer = _ask({"call": "snapshot", "targets": str(targets), "docs": str(docs), "url": url,
                   "as_of": as_of.isoformat() if as_of else None, "lang": lang, "plan": plan}, started)
    if answer is None:
        return None
    if isinstance(answer, str):
        return Computed(None, [], translate("tui.error", lang, error=answer))
    try:
        snapshot = decode(answer["snapshot"]) if answer["snapshot"] is not None else None
    except Unreadable as error:
        return Computed(None, [], translate("tui.error", lang, error=translate(error.code, lang, path="tracker.child")))
    return Computed(snapshot, _problems(answer["diagnostics"]), answer["failure"])


CHILD = (sys.executable, "-P", "-m", "tracker.child")
"""`-P`: the working folder is not put on the child's module path, so no module a shared folder holds (a planted
decimal.py or json.py) is imported in place of the library's."""


def _ask(request: dict[str, Any], started: Started | None = None) -> dict[str, Any] | str | None:
    """The child's answer to one request; its last line of errors when it gives none (killed by the system or by
    a fault included); None when the app stopped it (SIGTERM, see `Started`)."""
    with subprocess.Popen(CHILD, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          encoding="utf-8", errors="replace") as child:
        if started is not None:
            started(child)
        out, errors = child.communicate(json.dumps(request))
    if child.returncode == -signal.SIGTERM:
        return None
    if child.returncode < 0:
        return f"{signal.Signals(-child.returncode).name}: {(errors.strip().splitlines() or [''])[-1]}".strip()
    try:
        return json.loads(out)
    except json.JSONDecodeError:
        return (errors.strip().splitlines() or ["?"])[-1]


def _problems(data: list[dict[str, Any]]) -> list[Diagnostic]:
    from tracker.snapshot import PROBLEMS

    return PROBLEMS.validate_python(data)


def _answer_write_report(request: dict[str, Any]) -> dict[str, Any]:
    written = write_report(Path(request["targets"]), Path(request["docs"]), request["url"], request["quarter"],
                           request["format"], request["lang"], plan=request["plan"],
                           as_of=date.fromisoformat(request["as_of"]), force=request["force"])
    return {"path": written.path, "refused": written.refused,
            "problems": [d.model_dump(mode="json") for d in written.problems]}


def _answer_snapshot(request: dict[str, Any]) -> dict[str, Any]:
    from tracker.snapshot import encode
    from tracker.workspace import compute_snapshot

    as_of = date.fromisoformat(request["as_of"]) if request["as_of"] else None
    snapshot, diagnostics, failure = compute_snapshot(Path(request["targets"]), Path(request["docs"]),
                                                      request["url"], as_of, request["lang"], request["plan"])
    return {"snapshot": encode(snapshot.shown()).decode() if snapshot is not None else None,
            "diagnostics": [d.model_dump(mode="json") for d in diagnostics], "failure": failure}


CALLS = {"write_report": _answer_write_report, "snapshot": _answer_snapshot}


def main() -> int:
    """Answer one request from standard input on standard output; anything else written to standard output on
    the way (a library's print, a forked reader) goes to standard error, so the answer is the only thing there."""
    answer = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    call = CALLS.get(request.get("call"))
    if call is None:
        print(f"unknown call {request.get('call')!r}", file=sys.stderr)
        return 2
    with answer:
        answer.write(json.dumps(call(request)).encode("ascii"))  # ASCII: a path that is no UTF-8 is escaped too
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

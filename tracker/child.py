"""Core work in a process of its own, asked and answered in values.

The app's report dialog must not share the app's interpreter with reading and matching documents, so the
report is written by `python -m tracker.child`: one JSON request on its standard input (the call and its
arguments), one JSON answer on its standard output (the file written or why not, and the problems met as
diagnostics). Both ends are in this module, so no shell parses another's words, and nothing is unpickled.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import NamedTuple

from tracker.errors import Diagnostic
from tracker.i18n import Lang


class Written(NamedTuple):
    """What writing a report came to: the file written, or why not in the user's words; the problems met reading
    the documents and the stored rows on the way."""

    path: str | None
    problems: list[Diagnostic]
    refused: str | None = None


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
    request = {"call": "write_report", "targets": str(targets), "docs": str(docs), "url": url, "quarter": quarter,
               "format": fmt, "lang": lang, "plan": plan, "as_of": as_of.isoformat(), "force": force}
    done = subprocess.run([sys.executable, "-m", "tracker.child"], input=json.dumps(request), capture_output=True,
                          text=True, check=False)
    try:
        answer = json.loads(done.stdout)
    except json.JSONDecodeError:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return Written(None, [], last)
    return Written(answer["path"], [Diagnostic.model_validate(d) for d in answer["problems"]], answer["refused"])


def main() -> int:
    """Answer one request from standard input on standard output."""
    request = json.loads(sys.stdin.read())
    if request.get("call") != "write_report":
        print(f"unknown call {request.get('call')!r}", file=sys.stderr)
        return 2
    written = write_report(Path(request["targets"]), Path(request["docs"]), request["url"], request["quarter"],
                           request["format"], request["lang"], plan=request["plan"],
                           as_of=date.fromisoformat(request["as_of"]), force=request["force"])
    print(json.dumps({"path": written.path, "refused": written.refused,
                      "problems": [d.model_dump(mode="json") for d in written.problems]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

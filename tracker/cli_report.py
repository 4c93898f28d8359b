"""`tracker report`: the quarterly progress report of one plan or every plan the quarter falls in."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tracker.cli_progress import (
    checked_targets,
    exit_status,
    print_diagnostics,
    read_date,
    workspace_of,
)
from tracker.console import say
from tracker.i18n import translate
from tracker.model.plan import TargetsFile
from tracker.report.quarter import Quarter, default_quarter


def cmd_report(args: argparse.Namespace) -> int:
    """Write the report for the quarter's last day (or --as-of), keeping what it said for the next quarter.

    Without --quarter, the latest quarter the plans cover (`default_quarter`) as of today (or --as-of); a quarter
    still running is then reported as of that day rather than its last."""
    targets_file = checked_targets(args)
    quarter, as_of = _quarter_and_day(args, targets_file)
    path, problems = workspace_of(args).write_report(targets_file, quarter, args.format, args.lang, plan=args.plan,
                                                     as_of=as_of, out=args.out, force=args.force)
    print_diagnostics(problems, args.lang)
    say(translate("report.written", args.lang, path=str(path)))
    return exit_status(problems)


def _quarter_and_day(args: argparse.Namespace, targets_file: TargetsFile) -> tuple[Quarter, date | None]:
    if args.quarter is not None:
        return Quarter.parse(args.quarter), args.as_of
    today = args.as_of or date.today()
    quarter = default_quarter([p for p in targets_file.plans if args.plan in (None, p.id)], today)
    return quarter, args.as_of or min(quarter.end, today)


def add_report_command(commands: argparse._SubParsersAction, common) -> None:  # noqa: ANN001 - argparse internals
    """Register `report` on the top-level parser."""
    from tracker.report.output import FORMATS

    report = commands.add_parser("report", help="write the quarterly progress report (季度工作进展情况)")
    common(report)
    report.add_argument("--quarter", help="the quarter, as 2025Q2 (default: the latest quarter the plans cover)")
    report.add_argument("--plan", help="only this plan (default: every plan the quarter falls in)")
    report.add_argument("--format", choices=FORMATS, default=FORMATS[0], help=f"file format (default: {FORMATS[0]})")
    report.add_argument("--out", type=Path, help="file or folder to write to (default: reports/PLAN-QUARTER.FORMAT)")
    report.add_argument("--force", action="store_true", help="replace the file if it exists")
    report.add_argument("--as-of", type=read_date, dest="as_of", help="date to report as of (default: the quarter's last day)")
    report.add_argument("--db", type=Path, help="SQLite file (default: .tracker/tracker.sqlite3; TRACKER_DATABASE_URL wins)")
    report.set_defaults(handler=cmd_report)

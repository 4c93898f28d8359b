"""`tracker report`: the quarterly progress report of one plan or every plan the quarter falls in."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tracker.cli_progress import EXIT_OK, checked_targets, read_date, workspace_of
from tracker.errors import TrackerUserError
from tracker.i18n import translate
from tracker.model.plan import Plan
from tracker.report.quarter import Quarter


def covers(plan: Plan, quarter: Quarter) -> bool:
    """The plan's period and the quarter share a day."""
    return plan.period.start <= quarter.end and quarter.start <= plan.period.end


def cmd_report(args: argparse.Namespace) -> int:
    """Compute the status for the quarter's last day (or --as-of), write the report, keep what it said."""
    from tracker.report import content, output

    quarter = Quarter.parse(args.quarter)
    as_of: date = args.as_of or quarter.end
    targets_file = checked_targets(args)
    plans = [p for p in targets_file.plans if args.plan in (None, p.id) and (args.plan or covers(p, quarter))]
    if not plans:
        raise TrackerUserError("report.no_plan", quarter=str(quarter))
    path = output.destination(args.out, [p.id for p in plans], quarter, args.format, args.force)
    workspace = workspace_of(args)
    status, _problems = workspace.status(targets_file, as_of, args.plan)
    previous = {p.id: workspace.reported(p.id, str(quarter.previous)) for p in plans}
    report = content.build(status, plans, workspace.notes(), quarter, previous, args.lang)
    output.write(report, args.format, path)
    workspace.record_reported(content.reported(report, status.progress))
    print(translate("report.written", args.lang, path=str(path)))
    return EXIT_OK


def add_report_command(commands: argparse._SubParsersAction, common) -> None:  # noqa: ANN001 - argparse internals
    """Register `report` on the top-level parser."""
    from tracker.report.output import FORMATS

    report = commands.add_parser("report", help="write the quarterly progress report (季度工作进展情况)")
    common(report)
    report.add_argument("--quarter", required=True, help="the quarter, as 2025Q2")
    report.add_argument("--plan", help="only this plan (default: every plan the quarter falls in)")
    report.add_argument("--format", choices=FORMATS, default=FORMATS[0], help=f"file format (default: {FORMATS[0]})")
    report.add_argument("--out", type=Path, help="file or folder to write to (default: reports/PLAN-QUARTER.FORMAT)")
    report.add_argument("--force", action="store_true", help="replace the file if it exists")
    report.add_argument("--as-of", type=read_date, dest="as_of", help="date to report as of (default: the quarter's last day)")
    report.add_argument("--db", type=Path, help="SQLite file (default: .tracker/tracker.sqlite3; TRACKER_DATABASE_URL wins)")
    report.set_defaults(handler=cmd_report)

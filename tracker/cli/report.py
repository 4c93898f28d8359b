"""`tracker report`: the quarterly progress report of one plan or every plan the quarter falls in."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tracker.cli.common import (
    add_db,
    checked_targets,
    exit_status,
    print_diagnostics,
    read_date,
    workspace_of,
)
from tracker.cli.console import say
from tracker.i18n import translate
from tracker.model.plan import TargetsFile
from tracker.report.quarter import Quarter, default_quarter


def cmd_report(args: argparse.Namespace) -> int:
    """Write the report as of the quarter's last day (today for a quarter still running, or --as-of), keeping what
    it said for the next quarter. Without --quarter, the latest quarter the plans cover (`default_quarter`) at the
    date asked for, else at the date the documents reach (as `tracker status` and the app choose it)."""
    targets_file = checked_targets(args)
    today = date.today()
    if args.quarter is None:
        plans = [p for p in targets_file.plans if args.plan in (None, p.id)]
        quarter = default_quarter(plans, args.as_of or _reached(args, targets_file, today))
    else:
        quarter = Quarter.parse(args.quarter)
    path, problems = workspace_of(args).write_report(targets_file, quarter, args.format, args.lang, plan=args.plan,
                                                     as_of=args.as_of or min(quarter.end, today), out=args.out,
                                                     force=args.force)
    print_diagnostics(problems, args.lang)
    say(translate("report.written", args.lang, path=str(path)))
    return exit_status(problems)


def _reached(args: argparse.Namespace, targets_file: TargetsFile, today: date) -> date:
    """The date the documents reach for the plan (or any), today when they give no figure yet."""
    report, _ = workspace_of(args).status(targets_file, None, args.plan)
    return report.as_of if report.dated == "data" else today


def add_report_command(commands: argparse._SubParsersAction, common) -> None:  # argparse internals
    """Register `report` on the top-level parser."""
    from tracker.report.output import FORMATS

    report = commands.add_parser("report", help="cli.cmd.report")
    common(report)
    report.add_argument("--quarter", metavar="QUARTER", help="cli.opt.quarter")
    report.add_argument("--plan", metavar="ID", help="cli.opt.report_plan")
    report.add_argument("--format", choices=FORMATS, default=FORMATS[0], help="cli.opt.format")
    report.add_argument("--out", type=Path, metavar="PATH", help="cli.opt.out")
    report.add_argument("--force", action="store_true", help="cli.opt.force")
    report.add_argument("--as-of", type=read_date, dest="as_of", metavar="DATE", help="cli.opt.report_as_of")
    add_db(report)
    report.set_defaults(handler=cmd_report)

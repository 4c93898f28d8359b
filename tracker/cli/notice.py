"""`tracker notice`: a supervision notice (督办通知, Word) to each lead unit with targets behind or overdue."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.common import add_db, exit_status, print_diagnostics, read_date, valid_targets, workspace_of
from tracker.cli.console import say
from tracker.i18n import translate
from tracker.report.documents import long_date
from tracker.workspace import NOTICE_FOLDER


def cmd_notice(args: argparse.Namespace) -> int:
    """Write the notices and record them: one line per notice, or one line saying there was nothing to notify."""
    targets_file = valid_targets(args)
    issued = workspace_of(args).issue_notices(targets_file, args.as_of, args.lang, owner=args.owner,
                                              out_dir=args.out, force=args.force)
    print_diagnostics(issued.problems, args.lang)
    for notice in issued.notices:
        say(translate("notice.written", args.lang, path=notice.file, unit=notice.unit, count=len(notice.targets),
                      date=long_date(notice.reply_by, args.lang)))
    if not issued.notices:
        as_of = long_date(issued.as_of, args.lang)
        say(translate("notice.nothing_unit", args.lang, as_of=as_of, unit=args.owner) if args.owner else
            translate("notice.nothing", args.lang, as_of=as_of))
    return exit_status(issued.problems)


def add_notice_command(commands: argparse._SubParsersAction, common) -> None:  # argparse internals
    """Register `notice` on the top-level parser."""
    notice = commands.add_parser("notice", help="cli.cmd.notice")
    common(notice)
    notice.add_argument("--as-of", type=read_date, dest="as_of", metavar="DATE", help="cli.opt.notice_as_of")
    notice.add_argument("--owner", metavar="UNIT", help="cli.opt.owner")
    notice.add_argument("--out", type=Path, default=NOTICE_FOLDER, metavar="DIR", help="cli.opt.notice_out")
    notice.add_argument("--force", action="store_true", help="cli.opt.force")
    add_db(notice)
    notice.set_defaults(handler=cmd_notice)

"""`tracker digest`: the supervision digest (督办简报) as plain text to paste; built by `report.digest`, printed
here."""

from __future__ import annotations

import argparse

from tracker.cli.common import add_db, read_date
from tracker.cli.console import say
from tracker.cli.progress import load_status
from tracker.progress.supervision import supervise
from tracker.report.digest import digest


def cmd_digest(args: argparse.Namespace) -> int:
    """Each plan's counts, score, lagging and due-soon targets as of a date (the documents' newest by default)."""
    targets_file, _, report, code = load_status(args)
    text = digest(report, supervise(report, targets_file.supervision), args.lang)
    for line in text.splitlines():
        say(line)
    return code


def add_digest_command(commands: argparse._SubParsersAction, common) -> None:  # argparse internals
    """Register `digest` on the top-level parser."""
    parser = commands.add_parser("digest", help="cli.cmd.digest")
    common(parser)
    add_db(parser)
    parser.add_argument("--plan", metavar="ID", help="cli.opt.plan")
    parser.add_argument("--as-of", type=read_date, dest="as_of", metavar="DATE", help="cli.opt.as_of")
    parser.set_defaults(handler=cmd_digest)

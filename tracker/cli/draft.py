"""`tracker draft`: a plan document drafted as a targets file, printed or written for a person to check."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.cli.common import print_diagnostics
from tracker.cli.console import say
from tracker.config.atomic import write_atomic
from tracker.errors import TrackerUserError, has_errors
from tracker.i18n import translate


def cmd_draft(args: argparse.Namespace) -> int:
    """Print the draft, or write it (never over an existing file unless --force)."""
    from tracker.cli.common import EXIT_OK, EXIT_USER
    from tracker.draft import draft_file

    if args.out is not None and args.out.exists() and not args.force:
        raise TrackerUserError("draft.exists", path=str(args.out))
    draft = draft_file(args.plan_file, args.plan_id, args.out)
    print_diagnostics(draft.problems, args.lang)
    if draft.text is None:  # the document could not be read: its own line says why
        return EXIT_USER
    if args.out is None:
        print(draft.text, end="")
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(args.out, draft.text)
        say(translate("draft.written", args.lang, count=str(draft.targets), path=str(args.out)))
    return EXIT_USER if has_errors(draft.problems) else EXIT_OK


def add_draft_command(commands: argparse._SubParsersAction, common) -> None:  # argparse internals
    """Register `draft` on the top-level parser."""
    draft = commands.add_parser("draft", help="cli.cmd.draft")
    common(draft)
    draft.add_argument("plan_file", type=Path, metavar="PLAN_FILE", help="cli.opt.plan_file")
    draft.add_argument("--plan-id", dest="plan_id", metavar="ID", help="cli.opt.plan_id")
    draft.add_argument("--out", type=Path, metavar="FILE", help="cli.opt.draft_out")
    draft.add_argument("--force", action="store_true", help="cli.opt.force")
    draft.set_defaults(handler=cmd_draft)

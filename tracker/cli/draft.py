"""`tracker draft`: a plan document drafted as a targets file, printed or written for a person to check, or
reviewed in the app (`--review`), where only what the person accepts is written into targets.yaml."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.common import print_diagnostics
from tracker.cli.console import say
from tracker.config.atomic import write_atomic
from tracker.errors import TrackerUserError, has_errors
from tracker.i18n import translate

if TYPE_CHECKING:
    from tracker.draft.review import DraftReview
    from tracker.model.period import Period

DRAFT_SUFFIXES = (".yaml", ".yml")
"""A PLAN_FILE with one of these suffixes is a draft written earlier (`--out`), reviewed as it is."""


def cmd_draft(args: argparse.Namespace) -> int:
    """Print the draft, or write it (never over an existing file unless --force), or open its review."""
    from tracker.cli.common import EXIT_OK, EXIT_USER
    from tracker.draft import draft_file

    is_draft = args.plan_file.suffix.lower() in DRAFT_SUFFIXES
    if is_draft and not args.review:
        raise TrackerUserError("draft.is_draft", path=str(args.plan_file))
    if is_draft and args.out is not None:  # a draft is reviewed as it is: nothing would be written to --out
        raise TrackerUserError("draft.out_with_draft", path=str(args.plan_file))
    if args.out is not None and args.out.exists() and not args.force and not is_draft:
        raise TrackerUserError("draft.exists", path=str(args.out))
    if is_draft:
        return _review(args, None)
    # reviewed, the draft names its plan document from targets.yaml's folder, where it will be merged
    told = {name: value for name in ("region", "period") if (value := getattr(args, name)) is not None}
    if "region" in told:  # what the person gives is checked as a manifest's region is: stripped, not empty
        told["region"] = told["region"].strip()
        if not told["region"]:
            raise TrackerUserError("draft.no_region", path=str(args.plan_file))
    draft = draft_file(args.plan_file, args.plan_id, args.targets if args.review else args.out, told)
    print_diagnostics(draft.problems, args.lang)
    if draft.text is None:  # the document could not be read: its own line says why
        return EXIT_USER
    if args.out is None and not args.review:
        print(draft.text, end="")
    elif args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(args.out, draft.text)
        say(translate("draft.written", args.lang, count=str(draft.targets), path=str(args.out)))
    if args.review:
        return _review(args, draft.text)
    return EXIT_USER if has_errors(draft.problems) else EXIT_OK


def _review(args: argparse.Namespace, text: str | None) -> int:
    """Open the app on the review of a draft: the one just made (`text`), or the draft file PLAN_FILE."""
    from tracker.cli.common import EXIT_USER
    from tracker.draft.review import load_review, review_of

    if text is None:
        review, problems = load_review(args.plan_file, args.targets.parent)
    else:
        review, problems = review_of(text, str(args.plan_file))
    print_diagnostics(problems, args.lang)
    if review is None:
        return EXIT_USER
    return args.open_app(args, review)


def add_draft_command(commands: argparse._SubParsersAction, common,  # argparse internals
                      open_app: Callable[[argparse.Namespace, DraftReview], int]) -> None:
    """Register `draft` on the top-level parser; `open_app` opens the app on a draft's review (`cmd_tui`: the command
    line's one door to the app)."""
    draft = commands.add_parser("draft", help="cli.cmd.draft")
    common(draft)
    draft.add_argument("plan_file", type=Path, metavar="PLAN_FILE", help="cli.opt.plan_file")
    draft.add_argument("--plan-id", dest="plan_id", metavar="ID", help="cli.opt.plan_id")
    draft.add_argument("--region", metavar="PLACE", help="cli.opt.draft_region")
    draft.add_argument("--period", type=_period, metavar="PERIOD", help="cli.opt.draft_period")
    draft.add_argument("--out", type=Path, metavar="FILE", help="cli.opt.draft_out")
    draft.add_argument("--force", action="store_true", help="cli.opt.force")
    draft.add_argument("--review", action="store_true", help="cli.opt.draft_review")
    draft.set_defaults(handler=cmd_draft, open_app=open_app)


def _period(value: str) -> Period:
    """A plan's period from the command line (2025, 2021..2025); argparse shows the error as one line."""
    from tracker.model.period import PeriodError, parse_period

    try:
        return parse_period(value)
    except PeriodError as error:
        raise argparse.ArgumentTypeError(translate(error.code, "en", **error.params)) from None

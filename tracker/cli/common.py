"""What every command shares: exit codes, diagnostics on stderr, dates from arguments, the targets checked, the
working folder, the documents folder's one line when it is missing, the database option."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from tracker.config.settings import database_url
from tracker.errors import Diagnostic, RowProblem, TrackerUserError, has_errors
from tracker.i18n import Lang, translate
from tracker.model.plan import TargetsFile
from tracker.workspace import Workspace

EXIT_OK, EXIT_USER, EXIT_BUG = 0, 2, 70
"""Clean; a mistake of the user's (a file, a value, an argument, a document); a bug."""


def add_db(parser: argparse.ArgumentParser) -> None:
    """`--db FILE`: the SQLite file to use instead of the default (TRACKER_DATABASE_URL for any other database)."""
    parser.add_argument("--db", type=Path, metavar="FILE", help="cli.opt.db")


def print_diagnostics(diagnostics: list[Diagnostic], lang: Lang) -> None:
    for diagnostic in diagnostics:
        print(diagnostic.render(lang), file=sys.stderr)


def read_date(value: str) -> date:
    """An ISO date from the command line; argparse shows the error as one line."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli.bad_date", "en", value=value)) from None


def valid_targets(args: argparse.Namespace) -> TargetsFile:
    return _valid_targets(args)[0]


def _valid_targets(args: argparse.Namespace) -> tuple[TargetsFile, list[Diagnostic]]:
    """targets.yaml with its warnings (printed); TrackerUserError when it cannot be used."""
    from tracker.config.targets import load_targets

    targets_file, diagnostics = load_targets(args.targets, str(args.targets))
    print_diagnostics(diagnostics, args.lang)
    if targets_file is None and all(d.code.startswith("file.") for d in diagnostics):  # missing, a folder …
        raise TrackerUserError("cli.targets_unreadable", path=str(args.targets))
    if targets_file is None or has_errors(diagnostics):
        raise TrackerUserError("cli.targets_invalid", path=str(args.targets))
    return targets_file, diagnostics


def checked_targets(args: argparse.Namespace) -> TargetsFile:
    return checked_targets_and_warnings(args)[0]


def checked_targets_and_warnings(args: argparse.Namespace) -> tuple[TargetsFile, list[Diagnostic]]:
    """targets.yaml with its warnings (printed), and the plan asked for (`--plan`) in it."""
    targets_file, warnings = _valid_targets(args)
    if args.plan and targets_file.plan(args.plan) is None:
        raise TrackerUserError("targets.unknown_plan", id=args.plan, known=", ".join(p.id for p in targets_file.plans))
    return targets_file, warnings


def workspace_of(args: argparse.Namespace) -> Workspace:
    return Workspace(targets=args.targets, docs=args.docs, url=database_url(args.db))


def exit_status(problems: list[Diagnostic]) -> int:
    """2 when a document (or the manifest) could not be used, after the work is done; else 0.

    Stored rows skipped (`RowProblem`) are said but do not count: they are no input of this run.
    """
    return EXIT_USER if has_errors(p for p in problems if not isinstance(p, RowProblem)) else EXIT_OK


def docs_problem(folder: Path) -> TrackerUserError | None:
    """The documents folder missing or no folder: where it was looked for, and how to name another (`--docs`).

    `status`, `documents`, `review`, `ingest` stop on it and `check` reports it, all with this line and exit 2.
    """
    if folder.is_dir():
        return None
    code = "cli.docs_not_folder" if folder.exists() or folder.is_symlink() else "cli.docs_missing"
    return TrackerUserError(code, path=str(folder), where=str(folder.absolute()))



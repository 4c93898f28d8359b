"""The command line: parse arguments, call the core, print, return an exit code.

Diagnostics go to stderr and data to stdout. Exit codes: 0 clean, 2 a user
mistake (bad file, bad argument), 70 a bug in tracker. No traceback is shown
unless TRACKER_DEBUG is set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Callable, Sequence

from tracker.config.manifest import MANIFEST_NAME, load_manifest
from tracker.config.settings import DEFAULT_DOCS, DEFAULT_TARGETS
from tracker.config.targets import load_targets
from tracker.console import print_table
from tracker.errors import Diagnostic, Severity, TrackerUserError, has_errors
from tracker.i18n import LANGS, Lang, default_lang, translate
from tracker.jsonout import target_json
from tracker.model.plan import TargetsFile

EXIT_OK, EXIT_USER, EXIT_BUG = 0, 2, 70


def _print_diagnostics(diagnostics: Sequence[Diagnostic], lang: Lang) -> None:
    for diagnostic in diagnostics:
        print(diagnostic.render(lang), file=sys.stderr)


def _summary(targets_file: TargetsFile, shown: str, warnings: int, lang: Lang) -> str:
    targets = targets_file.targets
    milestones = sum(1 for t in targets if t.target is None)
    line = translate("targets.summary", lang, path=shown, plans=len(targets_file.plans),
                     targets=len(targets), quantities=len(targets) - milestones, milestones=milestones)
    return line + (translate("targets.summary_warnings", lang, count=warnings) if warnings else "")


def cmd_check(args: argparse.Namespace) -> int:
    """Validate targets.yaml (and the documents folder's manifest) and report every problem."""
    targets_file, diagnostics = load_targets(args.targets, str(args.targets))
    manifest_diagnostics: list[Diagnostic] = []
    if args.docs.is_dir():
        manifest, manifest_diagnostics = load_manifest(args.docs, str(args.docs))
    _print_diagnostics(diagnostics + manifest_diagnostics, args.lang)
    if has_errors(diagnostics + manifest_diagnostics) or targets_file is None:
        return EXIT_USER
    warnings = sum(d.severity is Severity.WARNING for d in diagnostics)
    line = _summary(targets_file, str(args.targets), warnings, args.lang)
    if (args.docs / MANIFEST_NAME).exists():
        line += translate("manifest.summary", args.lang, path=str(args.docs / MANIFEST_NAME),
                          count=len(manifest.documents))
    print(line + translate("check.clean", args.lang))
    return EXIT_OK


def _load_clean(args: argparse.Namespace) -> TargetsFile | None:
    targets_file, diagnostics = load_targets(args.targets, str(args.targets))
    _print_diagnostics(diagnostics, args.lang)
    return None if has_errors(diagnostics) else targets_file


def cmd_targets(args: argparse.Namespace) -> int:
    """List the targets, as a table or as JSON."""
    targets_file = _load_clean(args)
    if targets_file is None:
        return EXIT_USER
    plans = targets_file.plans
    if args.plan:
        if (plan := targets_file.plan(args.plan)) is None:
            known = ", ".join(p.id for p in plans)
            raise TrackerUserError("targets.unknown_plan", id=args.plan, known=known)
        plans = (plan,)
    if args.json:
        rows = [target_json(t, p) for p in plans for t in p.targets]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for plan in plans:
        print_table(plan, args.lang)
    return EXIT_OK


def cmd_default(args: argparse.Namespace) -> int:
    """With no command: check the files, then list the targets."""
    args.plan, args.json = None, False
    status = cmd_check(args)
    return status if status != EXIT_OK else cmd_targets(args)


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """Options accepted before and after the command; only the top level sets defaults."""

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument("--targets", type=Path, default=default(DEFAULT_TARGETS),
                        help="targets file (default: targets.yaml)")
    parser.add_argument("--docs", type=Path, default=default(DEFAULT_DOCS),
                        help="documents folder (default: seeds)")
    parser.add_argument("--lang", choices=LANGS, default=default(default_lang()),
                        help="language of messages and tables (default: zh, or TRACKER_LANG)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="tracker", description="Track a work plan's targets against reported results.")
    _common(parser, top=True)
    parser.set_defaults(handler=cmd_default)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    check = commands.add_parser("check", help="validate targets.yaml and the documents manifest")
    _common(check)
    check.set_defaults(handler=cmd_check)
    targets = commands.add_parser("targets", help="list the targets")
    _common(targets)
    targets.add_argument("--plan", help="only this plan's targets")
    targets.add_argument("--json", action="store_true", help="JSON instead of a table")
    targets.set_defaults(handler=cmd_targets)
    return parser


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except TrackerUserError as error:
        print(f"tracker: {error.message(args.lang)}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print(f"tracker: {translate('cli.interrupted', args.lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the last guard: a bug, shown in one line
        if os.environ.get("TRACKER_DEBUG"):
            traceback.print_exc()
        print(translate("cli.internal_error", args.lang, error=repr(error)), file=sys.stderr)
        return EXIT_BUG


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `tracker` console script."""
    args = build_parser().parse_args(argv)
    return _run(args.handler, args)

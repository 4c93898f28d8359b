"""The command line: parse arguments, call the core, print, return an exit code.

Diagnostics go to stderr and data to stdout. Exit codes: 0 clean, 2 a user
mistake (a bad file or argument, a documents folder that is not there), 70 a
bug in tracker; `tracker --help` says so too. No traceback is shown unless
TRACKER_DEBUG is set. The help speaks the language asked for (`--lang`, read
before the parser is built, or TRACKER_LANG; Chinese by default).

The database layer (SQLAlchemy, the pipeline on it) is imported inside the
commands that use it, so plain `tracker` opens the app without waiting for it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.common import EXIT_BUG, EXIT_OK, EXIT_USER, add_db, print_diagnostics, read_date
from tracker.cli.console import ArgumentParser, describe, print_figures, print_table, say
from tracker.cli.digest import add_digest_command
from tracker.cli.draft import add_draft_command
from tracker.cli.jsonout import figure_json, json_text, target_json, write_json_array
from tracker.cli.notice import add_notice_command
from tracker.cli.progress import add_commands, docs_problem
from tracker.cli.report import add_report_command
from tracker.config.settings import DEFAULT_DOCS, DEFAULT_TARGETS, MANIFEST_NAME, database_url
from tracker.errors import Diagnostic, Severity, TrackerUserError, has_errors
from tracker.i18n import LANGS, Lang, count, default_lang, translate
from tracker.model.document import Document
from tracker.model.figure import Figure
from tracker.model.plan import TargetsFile
from tracker.safe_text import safe_text

if TYPE_CHECKING:
    from tracker.draft.review import DraftReview


def _summary(targets_file: TargetsFile, shown: str, warnings: int, lang: Lang) -> str:
    plans = targets_file.plans
    quantities = sum(len(p.quantities) for p in plans)
    milestones = sum(len(p.milestones) for p in plans)
    line = translate("targets.summary", lang, path=shown, plans=count(len(plans), "plan", lang),
                     targets=count(quantities + milestones, "target", lang),
                     quantities=count(quantities, "quantity", lang),
                     milestones=count(milestones, "milestone", lang))
    return line + (translate("targets.summary_warnings", lang, count=count(warnings, "warning", lang))
                   if warnings else "")


def check(args: argparse.Namespace) -> TargetsFile | None:
    """Validate targets.yaml, the documents folder and its manifest; print problems and a summary.

    Returns the targets file when it has no errors. A missing documents folder is an error, said in the same line
    `tracker status` stops with.
    """
    from tracker.config.manifest import load_manifest
    from tracker.config.targets import load_targets

    targets_file, diagnostics = load_targets(args.targets, str(args.targets))
    manifest_diagnostics: list[Diagnostic] = []
    manifest_path = args.docs / MANIFEST_NAME
    if args.docs.is_dir():
        manifest, manifest_diagnostics = load_manifest(args.docs, str(args.docs))
    print_diagnostics(diagnostics + manifest_diagnostics, args.lang)
    if problem := docs_problem(args.docs):
        print(f"tracker: {problem.message(args.lang)}", file=sys.stderr)
    if has_errors(diagnostics + manifest_diagnostics) or targets_file is None or problem:
        return None
    warnings = sum(d.severity is Severity.WARNING for d in diagnostics + manifest_diagnostics)
    line = _summary(targets_file, str(args.targets), warnings, args.lang)
    if manifest_path.exists():
        line += translate("manifest.summary", args.lang, path=str(manifest_path),
                          count=count(len(manifest.documents), "document", args.lang))
    say(line + translate("check.clean", args.lang))
    return targets_file


def cmd_check(args: argparse.Namespace) -> int:
    """Report every problem of targets.yaml and the manifest; exit 2 when there is one."""
    return EXIT_OK if check(args) is not None else EXIT_USER


def _load_clean(args: argparse.Namespace) -> TargetsFile | None:
    from tracker.config.targets import load_targets

    targets_file, diagnostics = load_targets(args.targets, str(args.targets))
    print_diagnostics(diagnostics, args.lang)
    return None if has_errors(diagnostics) else targets_file


def list_targets(targets_file: TargetsFile, args: argparse.Namespace) -> int:
    """Print the targets (of one plan, with --plan) as tables or JSON."""
    plans = targets_file.plans
    if args.plan:
        if (plan := targets_file.plan(args.plan)) is None:
            known = ", ".join(p.id for p in plans)
            raise TrackerUserError("targets.unknown_plan", id=args.plan, known=known)
        plans = (plan,)
    if args.json:
        rows = [target_json(t, p) for p in plans for t in p.targets]
        print(json_text(rows))
        return EXIT_OK
    for plan in plans:
        print_table(plan, args.lang)
    return EXIT_OK


def cmd_targets(args: argparse.Namespace) -> int:
    """List the targets, as a table or as JSON."""
    targets_file = _load_clean(args)
    return EXIT_USER if targets_file is None else list_targets(targets_file, args)


def cmd_tui(args: argparse.Namespace, draft: DraftReview | None = None) -> int:
    """Open the terminal UI on the targets file and documents folder (with `draft`, on its review: `tracker draft
    --review`)."""
    from tracker.tui.app import make_app  # Textual is imported only when the app opens
    from tracker.workspace import Workspace

    workspace = Workspace(targets=args.targets, docs=args.docs, url=database_url(getattr(args, "db", None)))
    make_app(workspace, getattr(args, "as_of", None), args.lang, getattr(args, "plan", None), draft=draft).run()
    return EXIT_OK


def cmd_default(args: argparse.Namespace) -> int:
    """With no command: the terminal UI in a terminal; piped, check the files and list the targets."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        return cmd_tui(args)
    args.plan, args.json = None, False
    targets_file = check(args)
    return EXIT_USER if targets_file is None else list_targets(targets_file, args)


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the figures of each file as soon as it is read (a table of plain lines, or one JSON array written
    figure by figure); a file that cannot be read is one line on stderr, the rest go on, and the exit is 2."""
    from tracker.extract.documents import extracted

    if args.indent is not None and not args.json:
        raise TrackerUserError("extract.indent_without_json")
    failed = False

    def documents() -> Iterator[tuple[Document, list[Figure]]]:
        nonlocal failed
        for problems, document, figures in extracted(args.files):
            print_diagnostics(problems, args.lang)
            failed = failed or has_errors(problems)
            if document is None:
                continue
            if document.missing:
                say(f"{document.path}: " + translate("meta.missing", args.lang, fields=", ".join(document.missing)),
                    err=True)
            yield document, figures

    if args.json:
        write_json_array((figure_json(f, d) for d, figures in documents() for f in figures), sys.stdout, args.indent)
    else:
        for document, figures in documents():
            print_figures(document, figures, args.lang)
    return EXIT_USER if failed else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    """Store a folder's documents and figures in the database, skipping unchanged files."""
    from tracker.pipeline import ingest, kept_beside
    from tracker.store.db import make_engine

    folder = args.folder or args.docs
    if problem := docs_problem(folder):
        raise problem
    url = database_url(args.db)
    engine = make_engine(url)
    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int, path: str) -> None:
        if show_progress and total > 1:
            print("\r\033[K" + safe_text(translate("ingest.progress", args.lang, done=done, total=total, path=path)),
                  end="" if done < total else "\n", file=sys.stderr, flush=True)

    report = ingest(folder, engine, progress, kept=kept_beside(url))
    print_diagnostics(report.diagnostics, args.lang)
    say(translate("ingest.summary", args.lang, folder=str(folder), stored=len(report.stored),
                  figures=report.figures, unchanged=len(report.unchanged), removed=len(report.removed),
                  failed=sum(1 for d in report.diagnostics if d.line is None)))
    return EXIT_USER if has_errors(report.diagnostics) else EXIT_OK


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """Options accepted before and after the command; only the top level sets defaults."""

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument("--targets", type=Path, default=default(DEFAULT_TARGETS), metavar="FILE",
                        help="cli.opt.targets")
    parser.add_argument("--docs", type=Path, default=default(DEFAULT_DOCS), metavar="DIR", help="cli.opt.docs")
    parser.add_argument("--lang", choices=LANGS, default=default(default_lang()), help="cli.opt.lang")


def build_parser(lang: Lang | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand, its help in `lang` (default: TRACKER_LANG, else Chinese)."""
    parser = ArgumentParser(prog="tracker", description="cli.description", epilog="cli.epilog",
                            lang=lang or default_lang())
    _common(parser, top=True)
    parser.set_defaults(handler=cmd_default)
    commands = parser.add_subparsers(title="cli.help.commands", metavar="COMMAND")
    check = commands.add_parser("check", help="cli.cmd.check", epilog="cli.epilog.check")
    _common(check)
    check.set_defaults(handler=cmd_check)
    targets = commands.add_parser("targets", help="cli.cmd.targets")
    _common(targets)
    targets.add_argument("--plan", metavar="ID", help="cli.opt.plan")
    targets.add_argument("--json", action="store_true", help="cli.opt.json")
    targets.set_defaults(handler=cmd_targets)
    extract_cmd = commands.add_parser("extract", help="cli.cmd.extract")
    _common(extract_cmd)
    extract_cmd.add_argument("files", nargs="+", type=Path, metavar="FILE", help="cli.opt.files")
    extract_cmd.add_argument("--json", action="store_true", help="cli.opt.json")
    extract_cmd.add_argument("--indent", type=int, choices=range(9), metavar="N", help="cli.opt.indent")
    extract_cmd.set_defaults(handler=cmd_extract)
    ingest_cmd = commands.add_parser("ingest", help="cli.cmd.ingest")
    _common(ingest_cmd)
    ingest_cmd.add_argument("folder", nargs="?", type=Path, metavar="DIR", help="cli.opt.folder")
    add_db(ingest_cmd)
    ingest_cmd.set_defaults(handler=cmd_ingest)
    tui = commands.add_parser("tui", help="cli.cmd.tui")
    _common(tui)
    _app_options(tui)
    tui.set_defaults(handler=cmd_tui)
    _app_options(parser)
    add_commands(commands, _common)
    add_report_command(commands, _common)
    add_digest_command(commands, _common)
    add_notice_command(commands, _common)
    add_draft_command(commands, _common, cmd_tui)
    describe(commands, "cli.cmd")
    return parser


def _app_options(parser: argparse.ArgumentParser) -> None:
    """The options the terminal UI takes besides the common ones."""
    parser.add_argument("--as-of", type=read_date, dest="as_of", metavar="DATE", help="cli.opt.as_of")
    parser.add_argument("--plan", metavar="ID", help="cli.opt.plan")
    add_db(parser)


def asked_lang(argv: Sequence[str]) -> Lang:
    """The language the command line asks for (`--lang en`, `--lang=en`; the last wins), else TRACKER_LANG's or
    Chinese: the help must be written in it before argparse has read anything."""
    lang = default_lang()
    for word, following in zip(argv, [*argv[1:], None], strict=False):
        if word == "--":
            break
        value = following if word == "--lang" else word.removeprefix("--lang=") if word.startswith("--lang=") else None
        if value in LANGS:
            lang = value
    return lang


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
    except Exception as error:  # the last guard: a bug, shown in one line
        if os.environ.get("TRACKER_DEBUG"):
            traceback.print_exc()
        print(translate("cli.internal_error", args.lang, error=repr(error)), file=sys.stderr)
        return EXIT_BUG


def _quiet_libraries() -> None:
    """Libraries' own log records and warnings (a PDF's odd font, undecodable HTML bytes) never reach the terminal.

    What matters of them reaches the user as tracker's own one line per file; TRACKER_DEBUG shows them all.
    """
    if os.environ.get("TRACKER_DEBUG"):
        return
    logging.getLogger().addHandler(logging.NullHandler())
    warnings.simplefilter("ignore")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `tracker` console script."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(asked_lang(argv)).parse_args(argv)
    _quiet_libraries()
    return _run(args.handler, args)

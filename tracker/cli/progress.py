"""Commands on progress: `tracker status` and `tracker review …`.

Each handler loads the targets, brings the documents folder's figures up to
date in the database, and calls the core; printing is all that happens here.
The database goes through `Workspace`, which imports SQLAlchemy when first used.
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path

from tracker.cli.common import (
    EXIT_OK,
    EXIT_USER,
    add_db,
    checked_targets,
    checked_targets_and_warnings,
    docs_problem,
    exit_status,
    print_diagnostics,
    read_date,
    valid_targets,
    workspace_of,
)
from tracker.cli.console import describe, doubts, make_console, print_documents, print_status, say
from tracker.cli.jsonout import document_use_json, evidence_json, json_text, print_json, status_json
from tracker.collector import paused
from tracker.config.settings import MANIFEST_NAME
from tracker.display import as_written
from tracker.errors import TrackerUserError, has_errors
from tracker.i18n import Lang, translate
from tracker.matching.usage import DocumentUse, unsettled, unused
from tracker.model.decision import Action, Decision
from tracker.model.evidence import Evidence, Review
from tracker.model.plan import TargetsFile
from tracker.model.target import TargetKind
from tracker.progress.report import StatusReport
from tracker.progress.supervision import supervise
from tracker.quantity import Quantity
from tracker.shown import plain
from tracker.snapshot import Snapshot
from tracker.workspace import Workspace, decision_for, manual_decision, who


def load_status(args: argparse.Namespace) -> tuple[TargetsFile, Workspace, StatusReport, int]:
    """The targets, their status with the documents folder ingested first (unchanged files are skipped), and the
    exit status the documents' problems call for (printed here; the command still does its work)."""
    targets_file = checked_targets(args)
    if problem := docs_problem(args.docs):
        raise problem
    workspace = workspace_of(args)
    report, problems = workspace.status(targets_file, args.as_of, args.plan)  # no date: the documents' newest
    print_diagnostics(problems + report.skipped, args.lang)
    return targets_file, workspace, report, exit_status(problems)


def _print_unapplied(report: StatusReport, lang: Lang) -> None:
    if report.unapplied:
        refs = ", ".join(f"{d.target} {d.ref}" for d in report.unapplied[:5])
        say(translate("status.unapplied", lang, count=len(report.unapplied), refs=refs), err=True)


def _waiting(report: StatusReport) -> Counter[str]:
    """How many figures of each document wait for a person's review (every piece of evidence read once, not once
    per document)."""
    return Counter(document for document, _ in {(e.document, e.ref) for items in report.evidence.values()
                                                for e in items if e.review is Review.PENDING})


def _unsettled_line(use: DocumentUse, waiting_by_document: Counter[str], lang: Lang) -> str:
    if use.reason == "usage.plan":
        then = translate("usage.plan", lang)
    elif waiting := waiting_by_document[use.path]:
        then = translate("unsettled.waiting", lang, count=waiting)
    else:
        then = translate("unsettled.waits", lang)
    return translate("usage.line", lang, path=use.path, reason=translate("unsettled.cell", lang,
                                                                         doubts=doubts(use.document, lang), then=then))


LISTED = 10
"""How many documents `tracker status` names one by one under each note; an archive's thousands are told by
reason, a few named, and `tracker documents` lists every one."""


def print_document_notes(report: StatusReport, docs: Path, lang: Lang, *, every: bool = True) -> None:
    """Every document none of whose figures is used, and every one whose kind, place or period is unknown or a
    guess, with why and the fix (never silent). Not `every` (`tracker status`): beyond LISTED documents, the unused
    are told by reason with how many and the first few, the unsettled the first LISTED, and where to see all."""
    left, doubtful = unused(report.documents), unsettled(report.documents)
    if left:
        say(translate("usage.summary", lang, unused=len(left), total=len(report.documents)), err=True)
    if every or len(left) <= LISTED:
        for use in left:
            say(translate("usage.line", lang, path=use.path, reason=_reason(use, lang)), err=True)
    else:
        _print_by_reason(left, lang)
    if doubtful:
        say(translate("unsettled.summary", lang, count=len(doubtful)), err=True)
    waiting = _waiting(report) if doubtful else Counter()
    for use in doubtful if every else doubtful[:LISTED]:
        say(_unsettled_line(use, waiting, lang), err=True)
    if not every and len(doubtful) > LISTED:
        say(translate("usage.more", lang, count=len(doubtful) - LISTED), err=True)
    if left or doubtful:
        say(translate("usage.fix", lang, manifest=str(docs / MANIFEST_NAME)), err=True)
    if not every and max(len(left), len(doubtful)) > LISTED:
        say(translate("usage.every", lang), err=True)


def _reason(use: DocumentUse, lang: Lang) -> str:
    return translate(use.reason, lang, region=use.document.meta.region or "")


def _print_by_reason(left: list[DocumentUse], lang: Lang) -> None:
    """The unused documents by reason, the most common first: how many, and the first three of each."""
    groups: dict[str, list[str]] = {}
    for use in left:
        groups.setdefault(_reason(use, lang), []).append(use.path)
    for reason, paths in sorted(groups.items(), key=lambda group: -len(group[1])):
        say(translate("usage.group", lang, reason=reason, count=len(paths),
                      paths=translate("usage.list_sep", lang).join(paths[:3])), err=True)


def cmd_documents(args: argparse.Namespace) -> int:
    """Every document of the folder: kind, place, period and date, each given, inferred or unknown; figures used."""
    _, _, report, code = load_status(args)
    if args.json:
        print(json_text([document_use_json(u) for u in report.documents]))
    else:
        print_documents(report.documents, args.lang)
        print_document_notes(report, args.docs, args.lang)
    return code


def cmd_status(args: argparse.Namespace) -> int:
    """Each target's completion, expectation, status and gap as of a date (kept for the app's next start).

    When nothing it reads has changed since the kept snapshot was computed (targets.yaml, the documents folder, the
    database, the question, the day: `Workspace.kept_fresh`), the kept snapshot is the answer, with the lines its
    computation printed; the database layer is then never imported."""
    snapshot = _snapshot(args)
    with paused():  # a report of thousands of documents' evidence written out (computing it pauses it itself)
        _print_snapshot(snapshot, args)
    return exit_status(snapshot.diagnostics)


def _snapshot(args: argparse.Namespace) -> Snapshot:
    """The kept snapshot when nothing changed, else the status computed (and kept); its problems printed."""
    workspace = workspace_of(args)
    before = workspace.inputs(args.as_of, args.plan)  # before anything is read: what a kept snapshot must match
    kept = workspace.kept_fresh(args.as_of, inputs=before) if args.plan is None and not args.fresh else None
    if kept is not None:
        print_diagnostics(kept.diagnostics, args.lang)
        snapshot = kept
    else:
        targets_file, warnings = checked_targets_and_warnings(args)
        if problem := docs_problem(args.docs):
            raise problem
        snapshot = workspace.computed(targets_file, warnings, args.as_of, before, plan_id=args.plan, shown=True)
        print_diagnostics(snapshot.diagnostics[len(warnings):], args.lang)
        if args.plan is None:  # every plan's status: what the app shows first next time, until it has recomputed
            workspace.save_cached(snapshot)
    return snapshot


def _print_snapshot(snapshot: Snapshot, args: argparse.Namespace) -> None:
    report = snapshot.report
    _print_unapplied(report, args.lang)
    print_document_notes(report, args.docs, args.lang, every=False)
    supervised = supervise(report, snapshot.targets_file.supervision)
    if args.json:
        print_json(status_json(report, args.lang, supervised))
    else:
        print_status(report, args.lang, ids=args.ids, supervised=supervised)


# ── review ────────────────────────────────────────────────────────────────
def _candidates(report: StatusReport, target_id: str, everything: bool) -> list[Evidence]:
    items = report.evidence.get(target_id, [])
    return items if everything else [e for e in items if e.review is Review.PENDING]


def _evidence_line(item: Evidence, goal: Quantity | None, lang: Lang) -> str:
    amount = as_written(item, goal)
    return (f"  {item.ref}  {amount}  [{translate(f'role.{item.role.value}', lang)}"
            f" · {translate(f'review.{item.review.value}', lang)} · {item.confidence}]  {item.quote[:60]}")


def cmd_review_list(args: argparse.Namespace) -> int:
    """The matches waiting for review (with --all, every candidate of every target)."""
    targets_file, _, report, code = load_status(args)
    plans = [p for p in targets_file.plans if args.plan in (None, p.id)]
    rows = [(t, e) for p in plans for t in p.targets for e in _candidates(report, t.id, args.all)]
    if args.json:
        print(json_text([{"target": t.id, **evidence_json(e)} for t, e in rows]))
        return code
    if not rows:
        print(translate("review.none_pending", args.lang))
    console = make_console()
    current = None
    for target, item in rows:
        if target.id != current:
            console.print(plain(target.id, style="bold"))
            current = target.id
        console.print(plain(_evidence_line(item, target.target, args.lang)), soft_wrap=True)
    return code


def _target_check(targets_file: TargetsFile, target_id: str) -> None:
    target = next((t for t in targets_file.targets if t.id == target_id), None)
    if target is None:
        raise TrackerUserError("review.unknown_target", id=target_id)
    if target.kind is not TargetKind.QUANTITY:
        raise TrackerUserError("review.not_quantity", id=target_id)


def _save(workspace: Workspace, decision: Decision, lang: Lang) -> int:
    workspace.record(decision)
    say(translate("review.saved", lang, id=decision.target, action=decision.action.value, ref=decision.ref))
    return EXIT_OK


def cmd_review_decide(args: argparse.Namespace) -> int:
    """Accept or reject one candidate figure of a target."""
    targets_file, workspace, report, code = load_status(args)
    _target_check(targets_file, args.target)
    item = next((e for e in report.evidence.get(args.target, []) if e.ref == args.ref), None)
    if item is None:
        raise TrackerUserError("review.unknown_ref", id=args.target, ref=args.ref)
    return max(code, _save(workspace, decision_for(item, args.action, who(), args.note), args.lang))


def cmd_review_set(args: argparse.Namespace) -> int:
    """Enter a target's value by hand, with its as-of date, source and note."""
    targets_file = checked_targets(args)
    _target_check(targets_file, args.target)
    target = next(t for t in targets_file.targets if t.id == args.target)
    decision = manual_decision(target, args.value, args.as_of or date.today(), who(), args.source, args.note)
    return _save(workspace_of(args), decision, args.lang)


def cmd_review_export(args: argparse.Namespace) -> int:
    """Write every stored decision to a YAML file."""
    decisions, skipped = workspace_of(args).decisions()
    print_diagnostics(skipped, args.lang)
    from tracker.config.decisions import export_decisions

    export_decisions(decisions, args.file)
    say(translate("review.exported", args.lang, count=len(decisions), path=str(args.file)))
    return EXIT_OK


def cmd_review_import(args: argparse.Namespace) -> int:
    """Add the decisions of a YAML file that the database does not have yet, each checked against its target."""
    from tracker.config.decisions import load_decisions_file

    decisions, diagnostics = load_decisions_file(args.file, str(args.file), valid_targets(args))
    print_diagnostics(diagnostics, args.lang)
    if has_errors(diagnostics):
        return EXIT_USER
    added = workspace_of(args).record(*decisions)
    say(translate("review.imported", args.lang, count=added, skipped=len(decisions) - added, path=str(args.file)))
    return EXIT_OK


def add_commands(commands: argparse._SubParsersAction, common) -> None:  # argparse internals
    """Register `status`, `documents` and `review` on the top-level parser (their one-line help: `describe`)."""
    def with_db(parser: argparse.ArgumentParser) -> None:
        common(parser)
        add_db(parser)

    def with_status(parser: argparse.ArgumentParser) -> None:
        with_db(parser)
        parser.add_argument("--plan", metavar="ID", help="cli.opt.plan")
        parser.add_argument("--as-of", type=read_date, dest="as_of", metavar="DATE", help="cli.opt.as_of")

    status_cmd = commands.add_parser("status", help="cli.cmd.status")
    with_status(status_cmd)
    status_cmd.add_argument("--json", action="store_true", help="cli.opt.json")
    status_cmd.add_argument("--ids", action="store_true", help="cli.opt.ids")
    status_cmd.add_argument("--fresh", action="store_true", help="cli.opt.fresh")
    status_cmd.set_defaults(handler=cmd_status)

    documents = commands.add_parser("documents", help="cli.cmd.documents")
    with_status(documents)
    documents.add_argument("--json", action="store_true", help="cli.opt.json")
    documents.set_defaults(handler=cmd_documents)

    review = commands.add_parser("review", help="cli.cmd.review")
    actions = review.add_subparsers(title="cli.help.actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="cli.cmd.review.list")
    with_status(listing)
    listing.add_argument("--all", action="store_true", help="cli.opt.all")
    listing.add_argument("--json", action="store_true", help="cli.opt.json")
    listing.set_defaults(handler=cmd_review_list)
    for name, action in (("accept", Action.ACCEPT), ("reject", Action.REJECT)):
        decide = actions.add_parser(name, help=f"cli.cmd.review.{name}")
        with_status(decide)
        decide.add_argument("target", metavar="TARGET", help="cli.opt.target")
        decide.add_argument("ref", metavar="REF", help="cli.opt.ref")
        decide.add_argument("--note", metavar="TEXT", help="cli.opt.note")
        decide.set_defaults(handler=cmd_review_decide, action=action)
    manual = actions.add_parser("set", help="cli.cmd.review.set")
    with_status(manual)
    manual.add_argument("target", metavar="TARGET", help="cli.opt.target")
    manual.add_argument("value", metavar="VALUE", help="cli.opt.value")
    manual.set_defaults(handler=cmd_review_set)
    manual.add_argument("--source", metavar="TEXT", help="cli.opt.source")
    manual.add_argument("--note", metavar="TEXT", help="cli.opt.note")
    for name, handler in (("export", cmd_review_export), ("import", cmd_review_import)):
        port = actions.add_parser(name, help=f"cli.cmd.review.{name}")
        with_db(port)
        port.add_argument("file", type=Path, metavar="FILE", help=f"cli.opt.{name}_file")
        port.set_defaults(handler=handler)
    describe(actions, "cli.cmd.review")

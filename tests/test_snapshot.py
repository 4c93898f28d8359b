"""`tracker.snapshot`: the snapshot's JSON form reads back equal, and anything else is refused by its code."""

from __future__ import annotations

import ast
import contextlib
import json
import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.config.settings import database_url
from tracker.errors import Diagnostic, RowProblem, Severity
from tracker.model.fields import OWN
from tracker.snapshot import FORMAT, Snapshot, Unreadable, _Form, decode, encode
from tracker.workspace import CACHE_FILE, Workspace, lag_note, manual_decision

ROOT = Path(__file__).resolve().parent.parent
TRACKER = ROOT / "tracker"
SCHEMA = "4d2dec699949180b"
"""The digest of the snapshot's form at FORMAT 7 (test_the_form_is_pinned_to_its_version)."""

PROFILED = """\
version: 1
bands: {on_track: 5, behind: 25}
plans:
  - id: p25
    title: 2025年工作要点
    region: 营口市
    period: 2025
    bands: {on_track: 8, behind: 20}
    targets:
      - id: loans
        title: 科技成果转化贷款
        metric: 科技成果转化贷款
        target: 25亿元以上
        profile: {2025-H1: 40%, 2025-Q3: 70%}
        cycle: quarter
        owner: 成果转化科
        due: 2025-11-30
      - id: cap
        title: 能耗
        target: 3万吨
        comparator: at_most
        period: 2025-03..2025-10
      - id: rules
        title: 修订管理办法
        kind: milestone
        status: in_progress
        section: 一、制度建设
"""


def _workspace() -> Workspace:
    return Workspace(Path("targets.yaml"), Path("seeds"), database_url(None))


@pytest.fixture(scope="module")
def seeds_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The seeds' snapshot with a hand-entered value, a lag note, and one of each kind of diagnostic (computed once:
    a value, read only)."""
    folder = tmp_path_factory.mktemp("seeds-snapshot")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copy(ROOT / "targets.yaml", folder / "targets.yaml")
    with contextlib.chdir(folder):
        return _computed()


def _computed() -> Snapshot:
    workspace = _workspace()
    targets_file, _ = workspace.load_targets()
    target = next(t for p in targets_file.plans for t in p.targets if t.id == "yk22-contracts")
    workspace.record(manual_decision(target, "9亿元", date(2022, 5, 31), "张科长", source="市统计局"))
    workspace.record_note(lag_note(target, date(2022, 6, 30), "统计口径调整", "逐月调度", "张科长"))
    snapshot = workspace.snapshot(date(2022, 6, 30))
    file_problem = Diagnostic(path="seeds/x.pdf", line=3, col=7, code="read.unreadable", params={"reason": "x"},
                              severity=Severity.ERROR)
    row_problem = RowProblem.of("decisions", 4, "yk22-x", "review.bad_value", {"value": "九"})
    return snapshot._replace(diagnostics=[*snapshot.diagnostics, file_problem, row_problem])


def test_the_seeds_snapshot_reads_back_equal(seeds_snapshot: Snapshot) -> None:
    assert seeds_snapshot.notes and any(e.ref.startswith("manual:") for items in seeds_snapshot.report.evidence.values()
                                        for e in items)
    back = decode(encode(seeds_snapshot, ("a", "b")), ("a", "b"))
    assert back == seeds_snapshot
    assert [type(d) for d in back.diagnostics][-2:] == [Diagnostic, RowProblem]
    assert back.skipped_rows() == seeds_snapshot.skipped_rows()


def test_the_form_is_written_as_its_validated_model_writes_it(seeds_snapshot: Snapshot) -> None:
    """`encode` builds the form without validating it: the bytes are those of the form validated."""
    data = encode(seeds_snapshot, ("a", "b"))
    assert _Form.model_validate(json.loads(data), context=OWN).model_dump_json().encode() == data




def test_targets_with_profiles_shares_bands_and_places_read_back_equal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "targets.yaml").write_text(PROFILED, encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    snapshot = _workspace().snapshot(date(2025, 6, 30))
    back = decode(encode(snapshot))
    assert back == snapshot
    loans = back.targets_file.plans[0].targets[0]
    assert str(loans.source) == "targets.yaml:10:9" and loans.profile is not None
    assert sorted(loans.profile.values()) == sorted(snapshot.targets_file.plans[0].targets[0].profile.values())
    assert back.report.progress[0].target is back.targets_file.plans[0].targets[0]  # one target, not a copy


def test_a_pending_snapshot_reads_back_pending(project: Path) -> None:
    pending = _workspace().targets_only(date(2022, 6, 30))
    assert decode(encode(pending)) == pending and decode(encode(pending)).pending


@pytest.mark.parametrize(("data", "code"), [
    (b"", "snapshot.unreadable"),
    (b"\x80\x81 not utf-8", "snapshot.unreadable"),
    (b"[1, 2, 3]", "snapshot.unreadable"),
    (json.dumps({"format": FORMAT}).encode(), "snapshot.unreadable"),
    (b'{"format": "1"}', "snapshot.version"),
    (json.dumps({"format": FORMAT + 1}).encode(), "snapshot.version"),
    (json.dumps({"format": FORMAT, "__reduce__": "os.system", "key": None}).encode(), "snapshot.unreadable"),
])
def test_what_is_not_a_snapshot_of_this_version_is_refused_by_its_code(data: bytes, code: str) -> None:
    with pytest.raises(Unreadable) as refused:
        decode(data)
    assert refused.value.code == code


def test_a_snapshot_of_other_files_is_told_apart(seeds_snapshot: Snapshot) -> None:
    with pytest.raises(Unreadable) as refused:
        decode(encode(seeds_snapshot, ("targets.yaml", "seeds")), ("other.yaml", "seeds"))
    assert refused.value.code == "snapshot.other_key"


def test_a_field_of_the_wrong_kind_deep_inside_is_refused(seeds_snapshot: Snapshot) -> None:
    data = json.loads(encode(seeds_snapshot))
    data["report"]["progress"][0]["target_id"] = "no-such-target"
    with pytest.raises(Unreadable):
        decode(json.dumps(data))
    data = json.loads(encode(seeds_snapshot))
    data["targets_file"]["plans"][0]["targets"][0]["target"] = {"value": "x"}
    with pytest.raises(Unreadable):
        decode(json.dumps(data))


def test_the_kept_file_is_json_and_a_broken_one_is_named_once(project: Path, seeds_snapshot: Snapshot) -> None:
    workspace = _workspace()
    workspace.save_cached(seeds_snapshot)
    assert json.loads(CACHE_FILE.read_text(encoding="utf-8"))["format"] == FORMAT
    kept, ignored = workspace.load_cached()
    assert ignored is None and kept == seeds_snapshot.shown()
    CACHE_FILE.write_text('{"format": 0}', encoding="utf-8")
    assert workspace.load_cached() == (None, "snapshot.version")
    CACHE_FILE.write_bytes(b"\x00garbage")
    assert workspace.load_cached() == (None, "snapshot.unreadable")
    CACHE_FILE.unlink()
    assert workspace.load_cached() == (None, None)
    Workspace(Path("targets.yaml"), Path("seeds"), "sqlite:///other.db").save_cached(seeds_snapshot)
    assert workspace.load_cached() == (None, None)  # another database's: not ours to use, nothing to say


def test_no_module_of_tracker_unpickles() -> None:
    """Nothing read from a working folder or another process is unpickled (or marshalled, or shelved)."""
    loaders = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle", "joblib"}
    found = []
    for path in TRACKER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.name}: {name}" for name in names if name.split(".")[0] in loaders]
    assert found == []


@pytest.mark.parametrize("where", [
    ("report", "progress", 0, "completion"),
    ("report", "progress", 0, "gap"),
    ("report", "progress", 0, "expected"),
    ("report", "rollups", 0, 6),
])
@pytest.mark.parametrize("value", ["1e999999999", "1e30", "NaN", "-Infinity", "ınf", "İnf", "ſnan", " 1e999999999",
                                   "1e999999999 ", "\u00a01e999999999", "1_0e999999999", "0" * 400 + "1e999999999",
                                   "1e-999999999"])
def test_a_number_no_screen_can_show_makes_the_file_unreadable(seeds_snapshot: Snapshot, where: tuple,
                                                                 value: str) -> None:
    data = json.loads(encode(seeds_snapshot))
    node = data
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = value
    with pytest.raises(Unreadable) as refused:
        decode(json.dumps(data))
    assert refused.value.code == "snapshot.unreadable"


def test_the_database_url_and_its_password_are_never_written(project: Path) -> None:
    url = "postgresql+psycopg://tracker:S3cret-pw@db.bureau.local/tracker"
    snapshot = _workspace().targets_only(date(2022, 6, 30))._replace(pending=False)
    Workspace(Path("targets.yaml"), Path("seeds"), url).save_cached(snapshot)
    kept = CACHE_FILE.read_text(encoding="utf-8")
    assert "S3cret" not in kept and "db.bureau.local" not in kept


@pytest.mark.parametrize("make", ["fifo", "folder", "link", "huge"])
def test_a_kept_file_that_is_no_regular_file_is_named_and_never_waited_on(project: Path, make: str,
                                                                           monkeypatch) -> None:
    import os

    import tracker.workspace as workspace

    CACHE_FILE.parent.mkdir(parents=True, exist_ok=True)
    if make == "fifo":
        os.mkfifo(CACHE_FILE)  # nobody writes: a blocking read would wait for ever
    elif make == "folder":
        CACHE_FILE.mkdir()
    elif make == "link":
        os.symlink("/dev/zero", CACHE_FILE)
    else:
        monkeypatch.setattr(workspace, "KEPT_LIMIT", 10)
        CACHE_FILE.write_text('{"format": 2, "padding": "' + "x" * 100 + '"}', encoding="utf-8")
    assert _workspace().load_cached() == (None, "snapshot.unreadable")


def test_the_form_is_pinned_to_its_version() -> None:
    """A change of any model in the snapshot changes the form: FORMAT must change with it, so a kept file of the
    old form is named and recomputed rather than misread. Update SCHEMA here when you bump FORMAT."""
    import hashlib

    from pydantic import TypeAdapter

    from tracker.model.plan import TargetsFile
    from tracker.progress.status import Progress
    from tracker.snapshot import _Form

    parts = [_Form.model_json_schema(), TypeAdapter(Progress).json_schema(), TargetsFile.model_json_schema()]
    schema = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    assert (FORMAT, hashlib.sha256(schema.encode()).hexdigest()[:16]) == (7, SCHEMA)


def test_each_piece_of_evidence_is_written_once(seeds_snapshot: Snapshot) -> None:
    """A progress names its evidence by place in its target's list: the app's kept file of an archive would hold
    every listed figure twice."""
    data = json.loads(encode(seeds_snapshot))
    progress = [p for p in data["report"]["progress"] if p["evidence"]]
    assert progress and all(isinstance(at, int) for p in progress for at in (*p["evidence"], *p["conflicts"]))
    assert all(isinstance(p["actual"], int) for p in progress if p["actual"] is not None)
    back = decode(json.dumps(data))
    for item in back.report.progress:
        listed = back.report.evidence.get(item.target.id, [])
        assert all(any(e is held for held in listed) for e in item.evidence)  # the same objects, read once
    for bad in (len(seeds_snapshot.report.evidence[progress[0]["target"]]), -1, True, "0"):
        broken = json.loads(json.dumps(data))
        broken["report"]["progress"][data["report"]["progress"].index(progress[0])]["evidence"][0] = bad
        with pytest.raises(Unreadable):
            decode(json.dumps(broken))
    for field in ("actual", "conflicts", "evidence"):  # each written, if only as null: a file without it is no snapshot
        broken = json.loads(json.dumps(data))
        del broken["report"]["progress"][data["report"]["progress"].index(progress[0])][field]
        with pytest.raises(Unreadable):
            decode(json.dumps(broken))


def test_evidence_its_target_does_not_list_is_written_in_full(seeds_snapshot: Snapshot) -> None:
    report = seeds_snapshot.report
    shown = next(p for p in report.progress if p.evidence)
    alone = replace(report, evidence={**report.evidence, shown.target.id: []})  # a report built by hand
    snapshot = seeds_snapshot._replace(report=alone)
    data = json.loads(encode(snapshot))
    written = next(p for p in data["report"]["progress"] if p["target"] == shown.target.id)
    assert written["evidence"] and all(isinstance(e, list) for e in written["evidence"])  # as its fields
    assert decode(encode(snapshot)) == snapshot


def test_a_matched_piece_of_evidence_is_written_without_what_its_figure_says(seeds_snapshot: Snapshot) -> None:
    data = json.loads(encode(seeds_snapshot))
    pieces = [piece for items in data["report"]["evidence"].values() for piece in items]
    full = [piece for piece in pieces if len(piece) != 9]  # role ... note: no target, ref, value, document
    assert len(full) < len(pieces) and all(piece[13] is None for piece in full)  # only a value by hand in full
    assert decode(json.dumps(data)) == seeds_snapshot


@pytest.mark.parametrize("change", [
    pytest.param(lambda e: e._replace(value=Decimal(str(e.value)) + Decimal("0.0")), id="amount-written-otherwise"),
    pytest.param(lambda e: e._replace(ref=e.ref + "x"), id="another-ref"),
    pytest.param(lambda e: e._replace(period=None), id="another-period"),
    pytest.param(lambda e: e._replace(target="other"), id="another-target"),
])
def test_evidence_that_says_otherwise_than_its_figure_is_written_in_full(seeds_snapshot: Snapshot, change) -> None:
    report = seeds_snapshot.report
    target, items = next((t, items) for t, items in report.evidence.items() if items)
    changed = [change(items[0]), *items[1:]]
    snapshot = seeds_snapshot._replace(report=replace(report, evidence={**report.evidence, target: changed}))
    written = json.loads(encode(snapshot))["report"]["evidence"][target]
    assert len(written[0]) == 17 and all(len(piece) == 9 for piece in written[1:])
    back = decode(encode(snapshot)).report.evidence[target]
    assert back == changed and str(back[0].value) == str(changed[0].value)


@pytest.mark.parametrize("where", [(2,), (5, 1, 0), (5, 1, 7)], ids=["confidence", "figure-value", "figure-start"])
def test_a_number_no_screen_can_show_inside_a_matched_piece_makes_the_file_unreadable(seeds_snapshot: Snapshot,
                                                                                      where: tuple) -> None:
    data = json.loads(encode(seeds_snapshot))
    node = next(items for items in data["report"]["evidence"].values() if items and len(items[0]) == 9)[0]
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = "1e999999999"
    with pytest.raises(Unreadable):
        decode(json.dumps(data))


@pytest.mark.parametrize("piece", [[None] * 9, ["x"] * 9, [], {"role": "target"}], ids=["nulls", "words", "empty", "dict"])
def test_a_piece_of_evidence_that_is_neither_form_is_refused(seeds_snapshot: Snapshot, piece: object) -> None:
    data = json.loads(encode(seeds_snapshot))
    next(items for items in data["report"]["evidence"].values() if items)[0] = piece
    with pytest.raises(Unreadable):
        decode(json.dumps(data))

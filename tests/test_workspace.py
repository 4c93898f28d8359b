"""What people type becomes a record only when a report can hold it; otherwise one clear error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.config.targets import load_targets
from tracker.errors import TrackerUserError
from tracker.model.target import Target
from tracker.workspace import lag_note, manual_decision


@pytest.fixture
def contracts(root: Path) -> Target:
    targets, _ = load_targets(root / "targets.yaml")
    assert targets is not None
    return next(t for t in targets.targets if t.id == "yk22-contracts")


def test_a_value_by_hand_with_a_control_character_in_its_note_is_refused(contracts: Target) -> None:
    assert manual_decision(contracts, "5.2亿元", date(2022, 6, 30), "张科长", note="含补登").note == "含补登"
    with pytest.raises(TrackerUserError) as caught:
        manual_decision(contracts, "5.2亿元", date(2022, 6, 30), "张科长", source="统计\x07")
    assert caught.value.message("en") == "'source' holds the control character U+0007, which no report can hold"


def test_a_value_by_hand_too_long_to_quote_is_refused_in_one_short_line(contracts: Target) -> None:
    with pytest.raises(TrackerUserError) as caught:
        manual_decision(contracts, "9" * 5000, date(2022, 6, 30), "张科长")
    assert caught.value.code == "review.bad_value" and len(caught.value.message("zh")) < 250


def test_a_lag_note_is_checked_like_a_decision(contracts: Target) -> None:
    note = lag_note(contracts, date(2022, 6, 30), "合同未登记", "补登", "张科长")
    assert (note.target, note.cause) == ("yk22-contracts", "合同未登记")
    with pytest.raises(TrackerUserError) as caught:
        lag_note(contracts, date(2022, 6, 30), "合同\x00未登记", "补登", "张科长")
    assert caught.value.code == "schema.control_char" and caught.value.params["field"] == "cause"


def test_a_document_shown_is_read_alone_with_its_text_and_figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.pipeline import ingest
    from tracker.workspace import Workspace

    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("2024年，全市新增高新技术企业56家。", encoding="utf-8")
    (docs / "b.txt").write_text("2010年，全市新增高新技术企业30家。", encoding="utf-8")
    workspace = Workspace(targets=tmp_path / "targets.yaml", docs=docs, url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    ingest(docs, workspace.engine)
    document, figures = workspace.document("docs/b.txt")
    assert (document.path, document.text, [f.quantity.value for f in figures]) == (
        "docs/b.txt", "2010年，全市新增高新技术企业30家。", [30])
    assert workspace.document("docs/c.txt") is None

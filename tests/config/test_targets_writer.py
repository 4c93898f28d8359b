"""A target saved from the app's form: every bad field named with the same codes `tracker check` uses."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tracker.config.manifest_writer import save_document_meta
from tracker.config.targets_writer import save_target

ROOT = Path(__file__).resolve().parents[2]


def test_bad_fields_are_named_as_check_names_them_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    shutil.copy(ROOT / "targets.yaml", path)
    before = path.read_bytes()
    fields, problems = save_target(path, "wh25", {"id": "wh25-x", "title": "新增企业", "target": "很多",
                                                  "due": "2025-13-01"})
    assert {name: d.code for name, d in fields.items()} == {"target": "quantity.no_number", "due": "schema.bad_date"}
    assert problems == [] and path.read_bytes() == before


def test_a_manifest_field_with_a_typo_lists_the_choices(tmp_path: Path) -> None:
    fields, _ = save_document_meta(tmp_path, "a.txt", {"kind": "plann", "issued": "2024-02-30"})
    assert fields["kind"].code == "schema.choice" and "summary" in fields["kind"].params["choices"]
    assert fields["issued"].code == "schema.bad_date" and not (tmp_path / "manifest.yaml").exists()


def test_a_targets_file_kept_under_version_control_behind_a_link_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    (tmp_path / "work").mkdir()
    shutil.copy(ROOT / "targets.yaml", tmp_path / "repo" / "targets.yaml")
    (tmp_path / "work" / "targets.yaml").symlink_to("../repo/targets.yaml")
    assert save_target(tmp_path / "work" / "targets.yaml", "wh25", {"id": "wh25-x", "title": "新增企业",
                                                                    "kind": "milestone"}) == ({}, [])
    assert os.readlink(tmp_path / "work" / "targets.yaml") == "../repo/targets.yaml"
    assert "id: wh25-x" in (tmp_path / "repo" / "targets.yaml").read_text(encoding="utf-8")


def test_editing_keeps_the_fields_the_form_does_not_offer_and_drops_those_emptied(tmp_path: Path) -> None:
    """A milestone's status, a comparator, a period and a cycle are not in the form: saving it keeps them."""
    path = tmp_path / "targets.yaml"
    path.write_text("version: 1\nplans:\n  - id: p\n    title: 要点\n    region: 北京市\n    period: \"2024\"\n"
                    "    targets:\n      - id: m\n        title: 建成平台\n        kind: milestone\n        status: done\n"
                    "        owner: 规划科\n        cycle: half\n      - id: q\n        title: 新增企业\n"
                    "        target: 100家\n        comparator: at_most\n        period: 2024-H1\n"
                    "        owner: 规划科\n", encoding="utf-8")
    offered = dict.fromkeys(("id", "title", "target", "metric", "aliases", "section", "owner", "due", "quote"), "")
    assert save_target(path, "p", offered | {"id": "m", "title": "建成创新平台", "kind": "milestone"}, "m") == ({}, [])
    assert save_target(path, "p", offered | {"id": "q", "title": "新增企业", "target": "120家", "kind": "quantity"},
                       "q") == ({}, [])
    text = path.read_text(encoding="utf-8")
    assert "title: 建成创新平台" in text and "status: done" in text and "cycle: half" in text
    assert "comparator: at_most" in text and "period: 2024-H1" in text and "target: 120家" in text
    assert "owner" not in text  # offered and left empty: removed


def test_a_milestone_made_a_quantity_in_the_form_loses_its_status(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text("version: 1\nplans:\n  - id: p\n    title: 要点\n    region: 北京市\n    period: \"2024\"\n"
                    "    targets:\n      - id: m\n        title: 建成平台\n        kind: milestone\n"
                    "        status: in_progress\n", encoding="utf-8")
    assert save_target(path, "p", {"id": "m", "title": "建成平台", "kind": "quantity", "target": "3个"}, "m") == ({}, [])
    text = path.read_text(encoding="utf-8")
    assert "status" not in text and "kind: quantity" in text and "target: 3个" in text


def test_the_form_changes_the_lead_unit_and_keeps_the_supporting_ones(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text("version: 1\nplans:\n  - id: p\n    title: 要点\n    region: 北京市\n    period: \"2024\"\n"
                    "    targets:\n      - id: q\n        title: 新增企业\n        target: 100家\n"
                    "        owner: {lead: 规划科, support: [成果转化科, 各区科技局]}\n        weight: 2\n", encoding="utf-8")
    values = {"id": "q", "title": "新增企业", "target": "100家", "owner": "高新技术科", "kind": "quantity"}
    assert save_target(path, "p", values, "q") == ({}, [])
    text = path.read_text(encoding="utf-8")
    assert "lead: 高新技术科" in text and "support: [成果转化科, 各区科技局]" in text and "weight: 2" in text

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

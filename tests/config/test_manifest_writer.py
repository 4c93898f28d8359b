"""Confirmed and corrected metadata written into manifest.yaml: validated, comments kept, atomic, never lost."""

from __future__ import annotations

import threading
from pathlib import Path

from tracker.config.manifest import load_manifest
from tracker.config.manifest_writer import save_document_meta

MANIFEST = """# the bureau's own notes stay
documents:
  - file: a.txt
    title: 2023年工作总结   # typed by hand
    kind: summary
"""


def folder_with(tmp_path: Path, *names: str, manifest: str | None = MANIFEST) -> Path:
    for name in names:
        (tmp_path / name).write_text("全市新增企业9家。\n", encoding="utf-8")
    if manifest is not None:
        (tmp_path / "manifest.yaml").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_a_field_is_set_in_place_and_comments_stay(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "a.txt")
    assert save_document_meta(folder, "a.txt", {"region": "宣城市宣州区", "issued": "2024-01-20"}) == ({}, [])
    text = (folder / "manifest.yaml").read_text(encoding="utf-8")
    assert "# the bureau's own notes stay" in text and "# typed by hand" in text
    assert "    region: 宣城市宣州区\n" in text and "    issued: 2024-01-20\n" in text
    manifest, problems = load_manifest(folder)
    assert problems == [] and manifest.get("a.txt").region == "宣城市宣州区"


def test_a_new_document_and_a_new_file(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "b.txt", manifest=None)
    assert save_document_meta(folder, "b.txt", {"kind": "mixed", "period": "2024-H1"}) == ({}, [])
    manifest, problems = load_manifest(folder)
    assert problems == [] and manifest.get("b.txt").period.label == "2024-H1"


def test_a_bad_value_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "a.txt")
    fields, _ = save_document_meta(folder, "a.txt", {"period": "2024年上半"})
    assert set(fields) == {"period"}
    assert (folder / "manifest.yaml").read_text(encoding="utf-8") == MANIFEST


def test_an_empty_value_removes_the_field(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "a.txt")
    save_document_meta(folder, "a.txt", {"title": ""})
    assert load_manifest(folder)[0].get("a.txt").title is None


def test_concurrent_writers_each_keep_their_entry(tmp_path: Path) -> None:
    names = [f"d{i}.txt" for i in range(12)]
    folder = folder_with(tmp_path, "a.txt", *names)
    threads = [threading.Thread(target=save_document_meta, args=(folder, name, {"region": "威海市"})) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    manifest, problems = load_manifest(folder)
    assert problems == [] and all(manifest.get(name).region == "威海市" for name in names)
    assert manifest.get("a.txt").title == "2023年工作总结"


def test_a_broken_manifest_is_reported_not_raised(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "a.txt", manifest="documents: [\n")
    fields, problems = save_document_meta(folder, "a.txt", {"region": "威海市"})
    assert fields == {} and problems and problems[0].line == 2


def test_a_number_is_no_date(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "a.txt")
    fields, _ = save_document_meta(folder, "a.txt", {"issued": "1720742400"})
    assert set(fields) == {"issued"}

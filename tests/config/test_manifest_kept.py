"""A manifest's entries kept between runs: read back only for the same text, the same result as a parse."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tracker.config import manifest, manifest_kept
from tracker.config.manifest import load_manifest

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    return docs


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    return tmp_path / ".tracker" / "manifests"


def no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing YAML from now on fails the test."""
    def parse(*_: object) -> None:
        raise AssertionError("the manifest was parsed")

    monkeypatch.setattr(manifest, "parse_yaml", parse)


def test_a_clean_manifest_is_read_back_from_what_was_kept_the_same(folder: Path, kept: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = load_manifest(folder, "docs", kept)
    assert parsed[0].documents and parsed[1] == []
    assert len(list(kept.iterdir())) == 1
    no_parse(monkeypatch)
    assert load_manifest(folder, "docs", kept) == parsed


def test_a_listed_file_gone_is_said_at_its_place_from_what_was_kept(folder: Path, kept: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    load_manifest(folder, "docs", kept)
    (folder / "yingkou-2022-h1.txt").unlink()
    parsed = load_manifest(folder, "docs")
    assert [(d.code, d.line) for d in parsed[1]] == [("manifest.file_missing", parsed[1][0].line)]
    no_parse(monkeypatch)
    assert load_manifest(folder, "docs", kept) == parsed


def test_an_edited_manifest_is_parsed_again_and_kept_anew(folder: Path, kept: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    load_manifest(folder, "docs", kept)
    path = folder / "manifest.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("2022-H1", "2022"), encoding="utf-8")
    edited = load_manifest(folder, "docs", kept)
    assert str(edited[0].get("yingkou-2022-h1.txt").period) == "2022"
    assert edited == load_manifest(folder, "docs")
    no_parse(monkeypatch)
    assert load_manifest(folder, "docs", kept) == edited


def test_a_manifest_with_a_mistake_is_never_kept_and_the_mistake_said_each_time(folder: Path, kept: Path) -> None:
    path = folder / "manifest.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind: summary", "kind: sumary", 1), encoding="utf-8")
    first = load_manifest(folder, "docs", kept)
    assert [d.code for d in first[1]] and first[1][0].line
    assert not kept.exists()
    assert load_manifest(folder, "docs", kept) == first


@pytest.mark.parametrize("damage", ["garbage", "other-shape", "places-text", "places-map", "places-huge", "nested",
                                    "fifo", "link", "folder"])
def test_a_damaged_kept_file_is_passed_over(folder: Path, kept: Path, damage: str) -> None:
    (folder / "yingkou-2022-h1.txt").unlink()  # a listed file missing: its place is read from what was kept
    parsed = load_manifest(folder, "docs", kept)
    (file,) = kept.iterdir()
    stored = json.loads(file.read_bytes())
    file.unlink()
    places = {"places-text": ["ab"], "places-map": {"x": 1, "y": 2}, "places-huge": [1e300, -5]}
    if damage == "garbage":
        file.write_bytes(b"\xff{not json")
    elif damage == "other-shape":
        file.write_text(json.dumps({"key": stored["key"], "entries": [1], "places": [[1]]}), encoding="utf-8")
    elif damage in places:
        stored["places"] = [places[damage]] * len(stored["places"])
        file.write_text(json.dumps(stored), encoding="utf-8")
    elif damage == "nested":
        file.write_text(json.dumps({"key": stored["key"]})[:-1] + ', "entries": ' + "[" * 200_000, encoding="utf-8")
    elif damage == "fifo":
        os.mkfifo(file)
    elif damage == "link":
        (kept / "elsewhere.json").write_text("{}", encoding="utf-8")
        file.symlink_to(kept / "elsewhere.json")
    else:
        file.mkdir()
    assert load_manifest(folder, "docs", kept) == parsed


def test_entries_that_would_come_back_otherwise_are_not_kept(folder: Path, kept: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """What is kept must validate to the manifest's own entries: when it would not, nothing is kept."""
    monkeypatch.setattr(manifest_kept, "carried", lambda entries: [{**e, "title": "另一个"} for e in entries])
    load_manifest(folder, "docs", kept)
    assert not kept.exists()


def test_a_folder_that_cannot_be_written_keeps_nothing_and_the_manifest_is_read(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the folder would be", encoding="utf-8")
    assert load_manifest(folder, "docs", tmp_path / "blocked" / "manifests") == load_manifest(folder, "docs")


def test_a_listed_name_is_looked_for_as_written_from_what_was_kept_too(folder: Path, kept: Path) -> None:
    """`file: "a.txt "` names no file a.txt: said so on the first run and on the next, read from what was kept."""
    path = folder / "manifest.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("file: yingkou-2022-h1.txt", 'file: "yingkou-2022-h1.txt "'),
                    encoding="utf-8")
    first = load_manifest(folder, "docs", kept)
    assert [d.params for d in first[1] if d.code == "manifest.file_missing"] == [{"file": "yingkou-2022-h1.txt "}]
    assert load_manifest(folder, "docs", kept) == first

"""The documents manifest: the shape from the issue, the bundled one, and its mistakes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.config.manifest import load_manifest
from tracker.model.document import DocumentKind

ROOT = Path(__file__).resolve().parents[2]

ISSUE_SHAPE = """\
documents:
  - file: weihai-2021-summary.txt
    title: 2021年全市科技工作总结
    issuer: 威海市科学技术局
    region: 威海市
    issued: 2022-01-29
    kind: summary            # plan | summary | press
    period: "2021"           # same forms as a plan's period
"""


def write(folder: Path, manifest: str, *files: str) -> Path:
    (folder / "manifest.yaml").write_text(manifest, encoding="utf-8")
    for name in files:
        (folder / name).write_text("正文", encoding="utf-8")
    return folder


def test_issue_shape_is_accepted(tmp_path: Path) -> None:
    manifest, diagnostics = load_manifest(write(tmp_path, ISSUE_SHAPE, "weihai-2021-summary.txt"))
    assert diagnostics == []
    entry = manifest.get("weihai-2021-summary.txt")
    assert (entry.issued, entry.kind, entry.period.end) == (date(2022, 1, 29), DocumentKind.SUMMARY, date(2021, 12, 31))


def test_only_file_is_required(tmp_path: Path) -> None:
    manifest, diagnostics = load_manifest(write(tmp_path, "documents:\n  - file: a.txt\n", "a.txt"))
    assert diagnostics == [] and manifest.get("a.txt").title is None


def test_bundled_manifest_describes_every_seed() -> None:
    manifest, diagnostics = load_manifest(ROOT / "seeds")
    assert diagnostics == []
    assert {d.file for d in manifest.documents} == {p.name for p in (ROOT / "seeds").glob("*.txt")}
    press = manifest.get("weihai-2024-11-press.txt")
    assert (press.issued, press.period.start, press.period.end) == (date(2024, 11, 11), date(2024, 1, 1), date(2024, 10, 31))
    assert manifest.get("weihai-2022-overview.txt").period.label == "2022"


def test_no_manifest_means_no_overrides(tmp_path: Path) -> None:
    manifest, diagnostics = load_manifest(tmp_path)
    assert (manifest.documents, diagnostics) == ((), [])


def test_mistakes_are_reported_with_positions(tmp_path: Path) -> None:
    text = ("documents:\n"
            "  - file: a.txt\n    kind: report\n"
            "  - file: missing.txt\n"
            "  - file: a.txt\n"
            "  - file: b.txt\n    period: 2021-H3\n    isued: 2022-01-01\n")
    _, diagnostics = load_manifest(write(tmp_path, text, "a.txt", "b.txt"), "docs")
    assert [(d.line, d.col, d.code) for d in diagnostics] == [
        (3, 11, "schema.choice"),
        (4, 11, "manifest.file_missing"),
        (5, 11, "manifest.duplicate_file"),
        (7, 13, "period.bad"),
        (8, 5, "schema.unknown_field_suggest"),
    ]
    assert diagnostics[0].path == "docs/manifest.yaml"

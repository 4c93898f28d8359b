"""`draft` (the package's entry points): a file drafted whatever kind its text looked like."""

from __future__ import annotations

from pathlib import Path

from tracker.draft import drafted_of

NEWS = ("湖北日报讯 记者日前从襄阳市科技局获悉，该市印发科技特派员工作方案。\n"
        "按照方案，全市选派2024年度市级科技特派员250名，力争服务脱贫村全覆盖。\n")


def test_a_plan_reported_as_news_is_drafted_as_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    document, _, drafted, problems = drafted_of(path)
    assert problems == [] and document.meta.kind == "plan"
    assert [d.target for d in drafted] == ["250名"]


def test_a_kind_the_manifest_gives_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: news.txt\n    kind: press\n    region: 襄阳市\n"
                                            "    period: '2024'\n", encoding="utf-8")
    document, _, drafted, _ = drafted_of(path)
    assert document.meta.kind == "press" and drafted == []  # the person said it is news: its figures are results


def test_documents_the_manifest_lists_and_the_folder_lacks_do_not_concern_the_draft(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: news.txt\n    region: 襄阳市\n    period: '2024'\n"
                                            "  - file: gone.txt\n    kind: summary\n", encoding="utf-8")
    _, _, drafted, problems = drafted_of(path)
    assert problems == [] and [d.target for d in drafted] == ["250名"]
    path.unlink()
    codes = [(p.code, p.params.get("file")) for p in drafted_of(path)[3]]
    assert codes == [("manifest.file_missing", "news.txt"), ("file.not_found", None)]  # its own entry still said

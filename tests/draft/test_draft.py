"""`draft` (the package's entry points): a file drafted whatever kind its text looked like."""

from __future__ import annotations

from pathlib import Path

from tracker.draft import drafted_of

NEWS = ("湖北日报讯 记者日前从襄阳市科技局获悉，该市印发科技特派员工作方案。\n"
        "按照方案，全市选派2024年度市级科技特派员250名，力争服务脱贫村全覆盖。\n")


def _news(folder: Path, manifest: str | None = None) -> Path:
    """The news text in `folder`, with a manifest.yaml beside it when one is given."""
    path = folder / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    if manifest is not None:
        (folder / "manifest.yaml").write_text(manifest, encoding="utf-8")
    return path


def test_a_plan_reported_as_news_is_drafted_as_a_plan(tmp_path: Path) -> None:
    path = _news(tmp_path)
    document, _, drafted, problems = drafted_of(path)
    assert problems == [] and document.meta.kind == "plan"
    assert [d.target for d in drafted] == ["250名"]


def test_a_kind_the_manifest_gives_is_kept(tmp_path: Path) -> None:
    path = _news(tmp_path, "documents:\n  - file: news.txt\n    kind: press\n    region: 襄阳市\n    period: '2024'\n")
    document, _, drafted, _ = drafted_of(path)
    assert document.meta.kind == "press" and drafted == []  # the person said it is news: its figures are results


def test_documents_the_manifest_lists_and_the_folder_lacks_do_not_concern_the_draft(tmp_path: Path) -> None:
    path = _news(tmp_path, "documents:\n  - file: news.txt\n    region: 襄阳市\n    period: '2024'\n"
                           "  - file: gone.txt\n    kind: summary\n")
    _, _, drafted, problems = drafted_of(path)
    assert problems == [] and [d.target for d in drafted] == ["250名"]
    path.unlink()
    codes = [(p.code, p.params.get("file")) for p in drafted_of(path)[3]]
    assert codes == [("manifest.file_missing", "news.txt"), ("file.not_found", None)]  # its own entry still said


def test_a_task_restating_a_target_is_neither_a_second_target_nor_a_milestone(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("襄阳市科学技术局2024年工作要点\n二、目标任务\n全年推广农作物新品种38个。\n三、实施内容\n"
                    "1.在本区示范推广农作物新品种38个。\n2.修订科技计划项目管理办法。\n", encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: plan.txt\n    kind: plan\n    region: 襄阳市\n"
                                            "    period: '2024'\n", encoding="utf-8")
    drafted = drafted_of(path)[2]
    assert [(d.target, d.title) for d in drafted] == [("38个", "推广农作物新品种"), (None, "修订科技计划项目管理办法")]


def test_a_task_table_inside_a_word_file_gives_its_owners_and_deadlines(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("威海市科学技术局2025年工作要点")
    document.add_paragraph("全年力争技术合同成交额达到100亿元。")
    table = document.add_table(rows=0, cols=5)
    for row in (["序号", "重点任务", "目标任务", "牵头单位", "完成时限"],
                ["1", "实施高企培育行动", "新增高新技术企业60家以上", "高新技术科", "2025年12月底前"],
                ["2", "修订科技计划项目管理办法", "印发实施", "政策法规科", "6月底前"]):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(tmp_path / "plan.docx")
    drafted = drafted_of(tmp_path / "plan.docx")[2]
    assert [(d.title, d.target, d.owner, d.due and d.due.isoformat()) for d in drafted] == [
        ("技术合同成交额", "100亿元", None, None),
        ("新增高新技术企业", "60家以上", "高新技术科", "2025-12-31"),
        ("修订科技计划项目管理办法", None, "政策法规科", "2025-06-30"),
    ]


def test_a_text_guessed_a_summary_without_a_plan_part_is_drafted_as_a_plan_and_said_so(tmp_path: Path) -> None:
    path = tmp_path / "meeting.txt"
    path.write_text("襄阳市科技工作会议\n一、主要内容\n全市技术合同成交额达到80亿元，高新技术企业达到1000家，取得了明显成效。\n",
                    encoding="utf-8")
    document, _, drafted, problems = drafted_of(path)
    assert document.meta.kind == "plan" and [d.target for d in drafted] == ["80亿元", "1000家"]
    assert [(p.code, p.severity.value) for p in problems] == [("draft.read_as_plan", "warning")]


def test_a_summary_its_title_names_is_never_drafted_as_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_text("襄阳市科学技术局2024年工作总结\n一、主要成效\n全市技术合同成交额达到80亿元，取得了明显成效。\n",
                    encoding="utf-8")
    document, _, drafted, problems = drafted_of(path)
    assert document.meta.kind == "summary" and drafted == [] and problems == []


def test_a_spreadsheet_is_read_as_a_plans_task_table_its_title_row_giving_the_year(tmp_path: Path) -> None:
    from tests.draft.test_table import ROWS, workbook
    from tracker.model.document import DocumentKind

    header = ["序号", "重点任务", "目标任务", "牵头单位", "配合单位", "完成时限"]
    path = workbook(tmp_path / "t.xlsx", header, ROWS, title="2023年市政府民生实事项目实施计划表")
    document, _, drafted, _ = drafted_of(path)
    assert (document.meta.kind, document.meta.period.label) == (DocumentKind.PLAN, "2023")
    assert [d.due.isoformat() for d in drafted if d.due] == ["2023-12-31", "2023-12-31", "2023-06-30"]  # 2024年12月底前 lies outside

"""The Chinese docs (docs/zh/): their examples load as written, their links resolve, their words are the app's."""

from __future__ import annotations

import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tracker.config.manifest import load_manifest
from tracker.config.targets import load_targets
from tracker.i18n import translate
from tracker.model.target import Comparator, MilestoneStatus, TargetKind
from tracker.progress.status import Status

ZH = ROOT / "docs" / "zh"
GUIDE = ZH / "用户手册.md"
PAGES = sorted(ZH.glob("*.md"))


def yaml_blocks(page: Path) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL)


def test_the_targets_example_loads_without_a_single_remark(tmp_path: Path) -> None:
    (block,) = yaml_blocks(ZH / "targets.md")
    (tmp_path / "targets.yaml").write_text(block, encoding="utf-8")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")  # its plan's `source`
    targets_file, diagnostics = load_targets(tmp_path / "targets.yaml")
    assert diagnostics == []
    plan = targets_file.plan("wh25")
    loan, projects, milestone = plan.targets
    assert loan.target.value == Decimal(2_500_000_000) and loan.direction is Comparator.AT_LEAST
    assert loan.lead == "科技金融科" and loan.aliases == ("成果转化贷款",)
    assert projects.profile and [str(share) for share in projects.profile.values()] == ["0.4", "0.7"]
    assert milestone.kind is TargetKind.MILESTONE and milestone.status is MilestoneStatus.IN_PROGRESS
    assert milestone.effective_due(plan.period) == date(2025, 10, 31)


def test_the_guides_manifest_example_loads_without_a_single_remark(tmp_path: Path) -> None:
    (block,) = yaml_blocks(GUIDE)
    (tmp_path / "manifest.yaml").write_text(block, encoding="utf-8")
    (tmp_path / "yingkou-2022-q3.txt").write_text("截至9月底，全市完成技术合同登记额6.2亿元。", encoding="utf-8")
    manifest, diagnostics = load_manifest(tmp_path)
    assert diagnostics == []
    (entry,) = manifest.documents
    assert (entry.region, entry.issued, entry.period.label) == ("营口市", date(2022, 10, 12), "2022-Q1..2022-Q3")


@pytest.mark.parametrize("page", [*PAGES, ROOT / "README.md"], ids=lambda p: p.name)
def test_every_link_leads_to_a_file(page: Path) -> None:
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8"))
    local = [link for link in links if "://" not in link]
    assert local
    missing = [link for link in local if not (page.parent / link).exists()]
    assert not missing, f"{page.name}: {missing}"


def test_the_readme_links_every_chinese_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in PAGES:
        assert f"(docs/zh/{page.name})" in readme, page.name


def test_the_guides_status_table_names_every_status_as_the_app_does() -> None:
    """A department head reads the word on screen and looks it up: the guide must use the same words."""
    text = GUIDE.read_text(encoding="utf-8")
    table = text[text.index("| 状态 | 意思 |"):]
    table = table[:table.index("\n\n")]
    words = {word.strip() for row in table.splitlines()[2:] for word in row.split("|")[1].split("/")}
    assert words == {translate(f"status.{status.value}", "zh") for status in Status}
    for flag in ("status.stale", "status.conflict"):
        assert f"“{translate(flag, 'zh')}”" in text


def test_the_guide_quotes_the_readmes_first_two_commands_exactly() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.search(r"```sh\n(.*?)```", readme, re.DOTALL)
    assert commands and commands.group(1) in GUIDE.read_text(encoding="utf-8")

"""A work plan and the file of plans: status bands and their order, which bands a plan uses, where its document
is, the plan of an id, and its targets by kind."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from tracker.model.plan import Bands, Plan, TargetsFile
from tracker.model.target import Cycle, Target, TargetKind

LOANS = Target(id="wh25-loans", title="科技信贷投放", target="25亿元以上")
LAB = Target(id="wh25-lab", title="建设省级重点实验室", kind=TargetKind.MILESTONE)
FIRMS = Target(id="yk22-firms", title="高新技术企业", target="50家")


def plan(plan_id: str = "wh25", **fields: object) -> Plan:
    return Plan(id=plan_id, title="2025年科技工作要点", region="威海市", period="2025", **fields)


def test_bands_by_default_follow_supervision_practice() -> None:
    assert Bands() == Bands(on_track=Decimal(10), behind=Decimal(30))


@pytest.mark.parametrize(("on_track", "behind", "code"), [
    pytest.param(10, 30, None, id="default"),
    pytest.param(15, 15, None, id="equal-bands"),  # nothing between on track and severely behind
    pytest.param(0, 100, None, id="widest"),
    pytest.param(30, 10, "schema.bands_order", id="behind-below-on-track"),
    pytest.param(-1, 30, "greater_than_equal", id="negative-points"),
    pytest.param(10, 101, "less_than_equal", id="over-100-points"),
])
def test_bands_are_points_from_0_to_100_in_order(on_track: int, behind: int, code: str | None) -> None:
    if code is None:
        assert Bands(on_track=on_track, behind=behind).behind == behind
        return
    with pytest.raises(ValidationError) as caught:
        Bands(on_track=on_track, behind=behind)
    assert caught.value.errors()[0]["type"] == code


@pytest.mark.parametrize(("file_bands", "plan_bands", "used"), [
    pytest.param(None, None, Bands(), id="neither-sets-them"),
    pytest.param(Bands(on_track=5, behind=20), None, Bands(on_track=5, behind=20), id="the-files"),
    pytest.param(Bands(on_track=5, behind=20), Bands(on_track=8, behind=25), Bands(on_track=8, behind=25),
                 id="the-plans-own-win"),
])
def test_bands_for_a_plan(file_bands: Bands | None, plan_bands: Bands | None, used: Bands) -> None:
    wh25 = plan(bands=plan_bands)
    targets_file = TargetsFile(version=1, plans=(wh25,), **({"bands": file_bands} if file_bands else {}))
    assert targets_file.bands_for(wh25) == used


@pytest.mark.parametrize(("folder", "source", "expected"), [
    pytest.param("/srv/plans", "docs/wh25.txt", Path("/srv/plans/docs/wh25.txt"), id="relative-to-the-files-folder"),
    pytest.param("/srv/plans", "../shared/wh25.txt", Path("/srv/shared/wh25.txt"), id="dot-dot-resolved"),
    pytest.param("/srv/plans", "/data/wh25.txt", Path("/data/wh25.txt"), id="absolute-as-written"),
    pytest.param("/srv/plans", None, None, id="no-source"),
])
def test_source_of_a_plan(folder: str, source: str | None, expected: Path | None) -> None:
    wh25 = plan(source=source)
    assert TargetsFile(version=1, plans=(wh25,), folder=folder).source_of(wh25) == expected


def test_source_of_a_file_read_from_no_folder_is_under_the_working_folder(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    wh25 = plan(source="wh25.txt")
    assert TargetsFile(version=1, plans=(wh25,)).source_of(wh25) == tmp_path.resolve() / "wh25.txt"


def test_the_folder_is_never_written_back() -> None:
    assert "folder" not in TargetsFile(version=1, folder="/srv/plans").model_dump()


def test_a_plan_by_its_id_and_every_target_in_file_order() -> None:
    wh25, yk22 = plan(targets=(LOANS, LAB)), plan("yk22", targets=(FIRMS,))
    targets_file = TargetsFile(version=1, plans=(wh25, yk22))
    assert (targets_file.plan("yk22"), targets_file.plan("yk23")) == (yk22, None)
    assert targets_file.targets == (LOANS, LAB, FIRMS)


def test_a_plans_quantities_and_milestones() -> None:
    wh25 = plan(targets=(LAB, LOANS))
    assert (wh25.quantities, wh25.milestones) == ((LOANS,), (LAB,))


def test_a_plan_is_reported_each_quarter_unless_it_says_otherwise() -> None:
    assert (plan().cycle, plan(cycle="month").cycle) == (Cycle.QUARTER, Cycle.MONTH)


@pytest.mark.parametrize(("fields", "code"), [
    pytest.param({"version": 2}, "literal_error", id="unknown-version"),
    pytest.param({"version": 1, "owner": "x"}, "extra_forbidden", id="unknown-key"),
])
def test_a_targets_file_of_another_version_or_with_unknown_keys_is_refused(fields: dict, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TargetsFile(**fields)
    assert caught.value.errors()[0]["type"] == code

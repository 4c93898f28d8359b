"""`tracker status` and the supervision loop: the JSON's deadlines, forecasts, unit roll-ups, scores and rankings are
what `progress.supervision.supervise` computes, and the console's summary line per plan says its counts and score."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from tests.cli.conftest import Run
from tracker.cli.console import print_status
from tracker.config.settings import database_url
from tracker.progress.report import StatusReport
from tracker.progress.rollup import Level
from tracker.progress.supervision import Supervised, supervise
from tracker.workspace import Workspace

TWO_REGIONS = """\
version: 1
plans:
  - id: yk22
    title: 营口市计划
    region: 营口市
    period: "2022"
    targets:
      - {id: yk22-contracts, title: 技术合同成交额, metric: 技术合同成交额, aliases: [技术合同登记额], target: 11.3亿元,
         owner: 成果转化科}
  - id: wh22
    title: 威海市计划
    region: 威海市
    period: "2022"
    targets:
      - {id: wh22-contracts, title: 技术合同成交额, metric: 技术合同成交额, target: 10亿元, owner: 成果转化科}
"""


def _core(seeded: Path, as_of: date, targets: str = "targets.yaml") -> tuple[StatusReport, Supervised]:
    workspace = Workspace(targets=seeded / targets, docs=seeded / "seeds", url=database_url(seeded / "tracker.sqlite3"))
    targets_file, _ = workspace.load_targets()
    report, _ = workspace.status(targets_file, as_of)
    return report, supervise(report, targets_file.supervision)


def _ratio(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


@pytest.mark.parametrize("as_of", ["2022-06-30", "2025-06-15"])
def test_each_target_carries_its_deadline_and_forecast(run: Run, seeded: Path, as_of: str) -> None:
    status = json.loads(run("status", "--json", "--as-of", as_of))
    report, supervised = _core(seeded, date.fromisoformat(as_of))
    assert len(status["targets"]) == len(supervised.deadlines) == 87
    for target in status["targets"]:
        deadline, forecast = supervised.deadlines[target["id"]], supervised.forecasts[target["id"]]
        assert target["deadline"] == {"date": deadline.date.isoformat(), "days_left": deadline.days_left,
                                      "state": deadline.state.value}
        if forecast.value is None:
            assert target["forecast"] is None and target["forecast_reason"] == forecast.reason
            assert target["forecast_message"] and target["forecast_message"] != forecast.reason
        else:
            shown = target["forecast"]
            assert shown["value"] == pytest.approx(float(forecast.value), abs=0.005)
            assert shown["unit"] == target["target"]["unit"]
            assert (shown["completion"], shown["method"]) == (_ratio(forecast.completion), forecast.method.value)
    contracts = next(t for t in status["targets"] if t["id"] == "yk22-contracts")
    if as_of == "2022-06-30":  # the example: 4.0亿元 by 30 June is about 8.07亿元 (71%) by the year's end
        assert contracts["forecast"] | {"value": round(contracts["forecast"]["value"], -6)} == {
            "value": 807000000, "unit": "元", "completion": 0.714, "method": "linear_from_period_start",
            "due": "2022-12-31"}
    states = {t["deadline"]["state"] for t in status["targets"]}
    assert states == ({"ok", "met"} if as_of == "2022-06-30" else {"overdue", "met", "due_soon", "ok"})


def test_units_scores_and_rankings_are_the_cores(run: Run, seeded: Path) -> None:
    (seeded / "two-regions.yaml").write_text(TWO_REGIONS, encoding="utf-8")
    status = json.loads(run("status", "--json", "--as-of", "2022-06-30", targets="two-regions.yaml"))
    report, supervised = _core(seeded, date(2022, 6, 30), "two-regions.yaml")
    assert all("owner" in r for r in status["rollups"])
    owners = [r for r in status["rollups"] if r["level"] == "owner"]
    assert [(r["owner"], r["plan"], r["counts"]) for r in owners] == [
        (r.owner, None, {s.value: n for s, n in r.counts.items()}) for r in report.rollups if r.level is Level.OWNER]
    assert owners == [{"plan": None, "level": "owner", "section": None, "owner": "成果转化科",
                       "counts": {"behind": 1, "no_data": 1}, "quantities": 2, "milestones": 0, "with_data": 1,
                       "completion": 0.354, "expected": 0.496}]
    assert [(s["level"], s["key"], s["score"], s["grade"], s["scored"], s["unscored"]) for s in status["scores"]] == [
        (s.level.value, s.key, s.score and float(s.score.quantize(Decimal("0.1"))), s.grade and s.grade.value,
         s.scored, s.unscored) for s in supervised.scores]
    assert status["scores"][0] == {"level": "plan", "key": "yk22", "score": 35.4, "grade": "failing", "scored": 1,
                                   "unscored": 0, "weight": 1}
    assert status["rankings"] == [{"metric": "技术合同成交额", "unit": "元", "period": "2022", "entries": [
        {"rank": 1, "region": "营口市", "plan": "yk22", "target": "yk22-contracts", "completion": 0.354},
        {"rank": None, "region": "威海市", "plan": "wh22", "target": "wh22-contracts", "completion": None}]}]
    assert len(supervised.rankings) == 1


@pytest.mark.parametrize("width", [80, 120])
def test_each_plan_says_what_needs_supervising_and_its_score(seeded: Path, width: int) -> None:
    report, supervised = _core(seeded, date(2025, 6, 15))
    out = io.StringIO()
    print_status(report, "zh", Console(file=out, width=width), supervised=supervised)
    lines = out.getvalue().splitlines()
    assert "需督办 0 项，临近到期 1 项；暂无可评分的指标" in lines
    yk22 = next(s for s in supervised.scores if s.key == "yk22")
    pressed = len(supervised.pressed & {p.target.id for p in report.progress if p.plan.id == "yk22"})
    assert pressed == 0  # yk22 closed at 2022's end: its misses are history by mid-2025, no longer pressed for
    assert f"需督办 {pressed} 项，临近到期 0 项；得分 {yk22.score.quantize(Decimal('0.1'))}（不合格）" in lines
    assert all(cell_len(line) <= width for line in lines)
    due = [line for line in lines if "研究谋划科技" in line]  # room for the deadline: wh25 has no figure to show
    assert len(due) == 1 and due[0].rstrip().endswith("还有15天")
    english = io.StringIO()
    print_status(report, "en", Console(file=english, width=width), supervised=supervised)
    assert "0 to supervise, 1 due soon; nothing to score yet" in english.getvalue().splitlines()


@pytest.mark.parametrize("width", [80, 120])
def test_the_deadline_column_comes_last_and_goes_first(seeded: Path, width: int) -> None:
    report, supervised = _core(seeded, date(2022, 9, 20))
    out = io.StringIO()
    print_status(report, "zh", Console(file=out, width=width), supervised=supervised)
    lines = out.getvalue().splitlines()
    assert "需督办 5 项，临近到期 1 项；得分 52.7（不合格）" in lines
    seedlings = [line for line in lines if line.startswith(" 建立涵盖全市所有科技企业")]
    assert supervised.deadlines["yk22-seedling-bank"].days_left == 10
    assert len(seedlings) == 1 and seedlings[0].rstrip().endswith("还有10天") == (width == 120)
    assert any(line.split()[-1:] == ["截止"] for line in lines) == (width == 120)


def test_no_deadline_column_when_nothing_is_due_soon_or_overdue(seeded: Path) -> None:
    report, supervised = _core(seeded, date(2022, 6, 30))
    out = io.StringIO()
    print_status(report, "zh", Console(file=out, width=160), supervised=supervised)
    assert "截止" not in out.getvalue() and "需督办 2 项，临近到期 0 项；得分 52.7（不合格）" in out.getvalue()

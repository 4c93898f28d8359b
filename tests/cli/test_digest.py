"""`tracker digest` against `tracker status --json` on the bundled files: every number the digest prints is the one
the JSON gives for the same target (both read back)."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli.conftest import Run
from tracker.i18n import translate
from tracker.progress.status import Status
from tracker.quantity import parse_quantity

STATUS_OF = {translate(f"status.{s.value}", "zh"): s.value for s in Status}
GRADE_OF = {translate(f"score.{g}", "zh"): g for g in ("excellent", "good", "passing", "failing")}
LAGGING = {"behind", "severely_behind", "missed"}
ITEM = re.compile(r"^(\d+)、(?P<title>[^：]+)：(?P<facts>.*?)(?:（(?P<unit>[^（）]+)）)?$")


def _paragraphs(text: str) -> dict[str, list[str]]:
    """Each plan's lines, by the id its heading names."""
    found = {}
    for paragraph in text.strip().split("\n\n"):
        lines = paragraph.splitlines()
        found[re.search(r"（(\w+)，", lines[0]).group(1)] = lines
    return found


def _target(targets: list[dict], title: str) -> dict:
    """The target a (possibly cut) title names."""
    stem = title.removesuffix("…")
    [found] = [t for t in targets if t["title"] == title or (title.endswith("…") and t["title"].startswith(stem))]
    return found


def _check_lag(facts: list[str], target: dict) -> None:
    assert STATUS_OF[facts[0]] == target["status"]
    for fact in facts[1:]:
        if fact.startswith("完成"):
            assert float(fact[2:-1]) / 100 == pytest.approx(target["completion"])
        elif fact.startswith("差"):
            gap = parse_quantity(fact[1:])
            assert gap.unit == target["gap"]["unit"]
            assert float(gap.value) == pytest.approx(target["gap"]["value"], rel=0.005)
        else:
            assert fact == f"已逾期{-target['deadline']['days_left']}天"
            assert target["deadline"]["state"] == "overdue"
    assert ("完成" in "".join(facts)) == (target["completion"] is not None)


def _check_plan(lines: list[str], plan: str, status: dict) -> None:
    targets = [t for t in status["targets"] if t["plan"] == plan]
    [rollup] = [r for r in status["rollups"] if r["level"] == "plan" and r["plan"] == plan]
    total, counts = re.fullmatch(r"共(\d+)项：(.*)", lines[1]).groups()
    assert int(total) == len(targets)
    assert {STATUS_OF[w]: int(n) for w, n in (c.split(" ") for c in counts.split("，"))} == rollup["counts"]
    [score] = [s for s in status["scores"] if s["level"] == "plan" and s["key"] == plan]
    shown = re.fullmatch(r"得分 ([\d.]+)（(.+)）", lines[2])
    assert (float(shown[1]), GRADE_OF[shown[2]]) == (score["score"], score["grade"]) if shown else score["score"] is None
    lagging = [t for t in targets if t["needs_supervision"]]
    assert all(t["status"] in LAGGING or t["deadline"]["state"] == "overdue" for t in lagging)
    due = [t for t in targets if t["deadline"]["state"] == "due_soon"]
    section = None
    for line in lines[3:]:
        if (item := ITEM.match(line)) is None:
            section = "due" if "临近到期" in line else "lag" if "逾期" in line or "滞后" in line else section
            if line.startswith("…等"):
                assert int(line[2:-1]) == len(lagging if section == "lag" else due)
            continue
        target = _target(lagging if section == "lag" else due, item["title"])
        assert item["unit"] == target["owner"]
        facts = item["facts"].split("，")
        if section == "lag":
            _check_lag(facts, target)
        else:
            assert facts == [f"截止{target['deadline']['date']}", f"还有{target['deadline']['days_left']}天"]
    heading = [line for line in lines if line.startswith(("滞后、未完成或逾期", "临近到期"))]
    assert heading == [f"滞后、未完成或逾期{len(lagging)}项："] * bool(lagging) + [f"临近到期{len(due)}项："] * bool(due)


@pytest.mark.parametrize("as_of", [None, "2025-06-15", "2025-12-01"])
def test_every_number_of_the_digest_is_the_one_status_json_gives(run: Run, as_of: str | None) -> None:
    dated = ["--as-of", as_of] if as_of else []
    status = json.loads(run("status", "--json", *dated))
    text = run("digest", *dated)
    plans = _paragraphs(text)
    assert list(plans) == ["wh25", "yk22"]
    for plan, lines in plans.items():
        assert lines[0].endswith(f"截至 {status['as_of']}" + ("（材料最新日期）" if as_of is None else ""))
        _check_plan(lines, plan, status)
        assert len("\n".join(lines)) <= 500
    assert not re.search("[\u2500-\u257f|]", text)


def test_one_plan_in_english(run: Run) -> None:
    text = run("digest", "--plan", "yk22", "--lang", "en")
    lines = text.splitlines()
    assert lines[0] == "全市科技创新下半年工作打算（2022年） (yk22, 营口市, 2022) as of 2022-06-30 (the documents' newest date)"
    assert lines[1].startswith("34 targets: ") and re.fullmatch(r"score [\d.]+ \(\w+\)", lines[2])
    assert "1) 技术合同成交额: behind, 35.4% done, 7.3亿元 short (成果转化科)" in lines
    assert "\n\n" not in text.strip()

"""The matcher (tracker/matching/match.py): which figure counts for which target, in what role, and how sure.

Each row of the decision table changes one thing of a figure that is otherwise accepted without review
(全市新增高新技术企业56家 in a summary of 威海市 for 2024-01..2024-10, against 新增高新技术企业 60家 in a
plan of 威海市 for 2024), so a row fails when that one rule changes. How a figure's words are scored is
tested in test_score.py; here the score only decides the band.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.extract.engine import extract
from tracker.matching import rules
from tracker.matching.match import (
    Corpus,
    Scope,
    band,
    baseline_start,
    counted_thing,
    match,
    match_target,
    one_target_per_figure,
    role_of,
    vocabulary,
)
from tracker.model.document import Document, DocumentKind, DocumentMeta, Provenance, Source
from tracker.model.evidence import Evidence, Review, Role
from tracker.model.figure import Modality
from tracker.model.period import parse_period
from tracker.model.plan import Plan, TargetsFile
from tracker.model.target import Target
from tracker.quantity import Dimension

SUMMARY, PLAN, TABLE = DocumentKind.SUMMARY, DocumentKind.PLAN, DocumentKind.TABLE
AUTO, PENDING, DROPPED = Review.AUTO, Review.PENDING, Review.DROPPED
PROGRESS, BASELINE = Role.PROGRESS, Role.BASELINE
FIGURE = "全市新增高新技术企业56家。"


def document(text: str = FIGURE, *, region: str | None = "威海市", kind: DocumentKind = SUMMARY,
             period: str | None = "2024-01..2024-10", issued: date | None = date(2024, 11, 11),
             path: str = "summary.txt", weak: tuple[str, ...] = (), unknown: tuple[str, ...] = ()) -> Document:
    """A document whose region, kind and period were read from its text: strongly, or weakly for `weak`."""
    meta = DocumentMeta(file=path, kind=kind, region=region, period=period, issued=issued)
    provenance = {name: Provenance(source=Source.UNKNOWN if name in unknown else Source.INFERRED, evidence="正文",
                                   weak=name in weak) for name in ("region", "kind", "period")}
    return Document(path=path, text=text, format="txt", sha256="0" * 64, meta=meta, provenance=provenance)


def target(**fields: object) -> Target:
    return Target.model_validate({"id": "t", "title": "新增高新技术企业", "target": "60家", **fields})


def plan(*targets: Target, period: str = "2024") -> Plan:
    return Plan(id="p", title="威海市2024年科技工作要点", region="威海市", period=period, targets=targets or (target(),))


def corpus(*documents: Document, **changes: object) -> Corpus:
    """The documents' figures as extraction reads them, with `changes` made to every figure."""
    return Corpus([(d, [f._replace(**changes) for f in extract(d)]) for d in documents])


def outcome(evidence: list[Evidence]) -> list[tuple[int, Role, Review]]:
    """In text order (`match_target` takes a target's figures in no order; `match` sorts them)."""
    return [(int(e.value), e.role, e.review) for e in sorted(evidence, key=lambda e: e.start or 0)]


def decided(text: str = FIGURE, wanted: dict | None = None, changes: dict | None = None,
            **meta: object) -> list[tuple[int, Role, Review]]:
    aim = target(**(wanted or {}))
    return outcome(match_target(aim, plan(aim), corpus(document(text, **meta), **(changes or {}))))


# ── one figure against one target: each decision ─────────────────────────────
@pytest.mark.parametrize(("text", "wanted", "changes", "meta", "expected"), [
    pytest.param(FIGURE, {}, {}, {}, [(56, PROGRESS, AUTO)], id="a result naming the target in its period: auto"),
    # which figures are near a target: its names, its unit, its region
    pytest.param("全市新增高企56家。", {"aliases": ["新增高企"]}, {}, {}, [(56, PROGRESS, AUTO)],
                 id="an alias names the target as well as its title"),
    pytest.param("全市新增高企56家。", {}, {}, {}, [], id="a name the target does not have: not near"),
    pytest.param("全市新增企业56家。", {}, {}, {}, [], id="too few of the name's character pairs: not scored"),
    pytest.param("全市新增高新技术企业56户。", {}, {}, {}, [(56, PROGRESS, AUTO)],
                 id="a classifier of the same family (户 for 家) meets"),
    pytest.param("全市新增高新技术企业56人。", {}, {}, {}, [], id="another classifier never meets"),
    pytest.param("全市高新技术企业占比56%。", {}, {}, {}, [], id="another dimension never meets"),
    pytest.param("全市新增省级研发机构11家。", {"title": "新增省级研发平台", "target": "8个"}, {}, {},
                 [(11, PROGRESS, PENDING)], id="家 meets 个 when both count platforms"),
    pytest.param("全市新增科技项目11家。", {"title": "新增科技项目", "target": "8个"}, {}, {}, [],
                 id="but not for things the lexicon does not count in both"),
    pytest.param(FIGURE, {}, {}, {"region": "营口市"}, [], id="another region's figure never meets"),
    pytest.param(FIGURE, {}, {}, {"region": None}, [], id="a figure from nowhere counts for no one"),
    pytest.param(FIGURE, {}, {}, {"kind": PLAN}, [], id="a plan's figures are promises, never results"),
    # which figures are results
    pytest.param(FIGURE, {}, {"modality": Modality.PLANNED}, {}, [], id="a planned figure"),
    pytest.param(FIGURE, {}, {"modality": Modality.FORECAST}, {}, [], id="a forecast"),
    pytest.param(FIGURE, {}, {"modality": Modality.PROPOSED}, {}, [], id="a step toward a result (推荐申报)"),
    pytest.param("全市推荐申报高新技术企业20家。", {"title": "申报高新技术企业"}, {}, {}, [(20, PROGRESS, AUTO)],
                 id="a step counts for a target that counts those steps"),
    pytest.param(FIGURE, {}, {"in_plan": True}, {}, [], id="a figure of a plan part"),
    pytest.param(FIGURE, {}, {"cumulative": True}, {}, [], id="a total over several years"),
    pytest.param(FIGURE, {}, {"subset": True}, {}, [], id="a part of the figure before it (其中)"),
    pytest.param(FIGURE, {}, {"period": None}, {}, [], id="a figure of unknown period"),
    pytest.param(FIGURE, {}, {}, {"period": "2024", "issued": date(2023, 12, 1)}, [],
                 id="a period that had not begun when the document was written"),
    # the role by period
    pytest.param(FIGURE, {}, {}, {"period": "2024-H1", "issued": date(2024, 7, 10)}, [(56, PROGRESS, AUTO)],
                 id="a period inside the target's: progress"),
    pytest.param(FIGURE, {}, {}, {"period": "2022", "issued": date(2023, 1, 10)}, [(56, BASELINE, AUTO)],
                 id="a period in the years before: baseline"),
    pytest.param(FIGURE, {}, {}, {"period": "2019", "issued": date(2020, 1, 10)}, [(56, BASELINE, AUTO)],
                 id="the earliest baseline year"),
    pytest.param(FIGURE, {}, {}, {"period": "2018", "issued": date(2019, 1, 10)}, [], id="a year before that"),
    pytest.param(FIGURE, {}, {}, {"period": "2025-H1", "issued": date(2025, 7, 10)}, [],
                 id="a period after the target's"),
    pytest.param(FIGURE, {}, {}, {"period": "2023-07..2024-06", "issued": date(2024, 7, 10)}, [],
                 id="a period straddling the target's start"),
    # the band by confidence, and what holds an automatic match back
    pytest.param("全市高新技术企业总数达到560家。", {}, {}, {}, [(560, PROGRESS, PENDING)],
                 id="a stock for a flow target scores for review"),
    pytest.param("全市新增省级高新技术企业56家。", {}, {}, {}, [(56, PROGRESS, DROPPED)],
                 id="a figure of another level scores below review: dropped but listed"),
    pytest.param(FIGURE, {}, {}, {"weak": ("region",)}, [(56, PROGRESS, PENDING)],
                 id="a place guessed from the body waits for a person"),
    pytest.param(FIGURE, {}, {}, {"weak": ("period",)}, [(56, PROGRESS, PENDING)], id="so does a guessed period"),
    pytest.param(FIGURE, {}, {}, {"unknown": ("kind",)}, [(56, PROGRESS, PENDING)], id="and an unknown kind"),
])
def test_each_decision_for_one_figure(text: str, wanted: dict, changes: dict, meta: dict,
                                      expected: list[tuple[int, Role, Review]]) -> None:
    assert decided(text, wanted, changes, **meta) == expected


def test_evidence_carries_its_figure_quote_date_and_reasons() -> None:
    aim = target()
    found = match_target(aim, plan(aim), corpus(document("一、成效\n前三季度，全市新增高新技术企业56家。\n",
                                                        weak=("period",))))
    (item,) = found
    assert (item.target, item.unit, item.period.label, item.document) == ("t", "家", "2024-01..2024-09", "summary.txt")
    assert item.quote == "全市新增高新技术企业56家" and item.figure is not None
    assert item.as_of == date(2024, 9, 30)  # the end of the figure's period, before the date of issue
    assert item.ref == f"summary.txt:{item.start}" and item.confidence == Decimal("0.90")
    assert [r.code for r in item.reasons] == ["match.reason.lead", "match.reason.weak_meta"]
    assert item.reasons[1].params == {"fields": "period"}


def test_a_figure_dated_after_its_document_counts_as_of_the_date_of_issue() -> None:
    aim = target()
    (item,) = match_target(aim, plan(aim), corpus(document(period="2024", issued=date(2024, 7, 10))))
    assert item.as_of == date(2024, 7, 10)


# ── the plan's own document ───────────────────────────────────────────────────
@pytest.mark.parametrize(("kind", "path", "counted"), [
    pytest.param(TABLE, "plan.txt", False, id="the plan's own table is its targets"),
    pytest.param(TABLE, "other.txt", True, id="another table reports results"),
    pytest.param(SUMMARY, "plan.txt", True, id="a summary holding its plan part still reports results"),
])
def test_the_plans_own_document_gives_no_figure(tmp_path: Path, kind: DocumentKind, path: str, counted: bool) -> None:
    aim = target()
    source = document(kind=kind, path=str(tmp_path / path))
    found = match_target(aim, plan(aim), corpus(source), source=tmp_path / "plan.txt")
    assert bool(found) is counted


def test_a_target_with_no_quantity_takes_no_figure() -> None:
    milestone = Target.model_validate({"id": "m", "title": "新增高新技术企业", "kind": "milestone"})
    assert match_target(milestone, plan(milestone), corpus(document())) == []


# ── a figure counts for the target it names best ──────────────────────────────
@pytest.mark.parametrize(("best", "other", "review", "expected"), [
    pytest.param("0.95", "0.95", AUTO, AUTO, id="a tie keeps both"),
    pytest.param("0.95", "0.85", AUTO, PENDING, id="behind by less than the margin: auto waits for review"),
    pytest.param("0.75", "0.65", PENDING, PENDING, id="behind by less than the margin: pending stays"),
    pytest.param("0.95", "0.80", AUTO, DROPPED, id="behind by the margin (0.15): dropped"),
])
def test_one_target_per_figure(best: str, other: str, review: Review, expected: Review) -> None:
    aim = target()
    (item,) = match_target(aim, plan(aim), corpus(document()))
    first = item._replace(target="a", confidence=Decimal(best), review=band(Decimal(best)))
    second = item._replace(target="b", confidence=Decimal(other), review=review)
    assert [e.review for e in one_target_per_figure([first, second])] == [first.review, expected]


def test_match_gives_every_target_its_evidence_in_date_order() -> None:
    firms, contracts = target(), target(id="c", title="技术合同成交额", target="10亿元")
    milestone = Target.model_validate({"id": "m", "title": "出台科技政策", "kind": "milestone"})
    targets = TargetsFile(version=1, plans=(plan(firms, contracts, milestone),))
    found = match(targets, corpus(document("全市新增高新技术企业56家。", path="h2.txt", period="2024", issued=None),
                                  document("上半年，全市新增高新技术企业30家。", path="h1.txt", period="2024-H1",
                                           issued=None)))
    assert set(found) == {"t", "c", "m"} and found["c"] == [] and found["m"] == []
    assert [(e.document, int(e.value), e.as_of) for e in found["t"]] == [
        ("h1.txt", 30, date(2024, 6, 30)), ("h2.txt", 56, date(2024, 12, 31))]


# ── figures said in the same words are read once ──────────────────────────────
def test_figures_said_in_the_same_words_share_their_reading_and_score() -> None:
    words = "一、成效\n前三季度，全市新增高新技术企业56家。\n"
    found = corpus(document(words, path="a.txt"), document(words, path="b.txt"),
                   document("一、成效\n前三季度，全市新增科技型中小企业56家。\n", path="c.txt"))
    aim = target()
    items = sorted(match_target(aim, plan(aim), found), key=lambda e: e.ref)  # match sorts a target's evidence
    assert [(e.document, e.ref, e.review) for e in items[:2]] == [("a.txt", "a.txt:20", AUTO),
                                                                  ("b.txt", "b.txt:20", AUTO)]
    assert items[0].confidence == items[1].confidence and items[0].reasons == items[1].reasons
    assert [found.reading(n) for n in range(3)] == [0, 0, 1] and len(found.readings) == 2  # c.txt: other words


def test_the_same_sentence_after_other_words_of_its_paragraph_is_read_again() -> None:
    """A reading is shared by the whole of what it reads: the paragraph before the sentence too (国际 there makes
    the figure's resources domestic no longer)."""
    said = "全市新增高新技术企业56家。"
    found = corpus(document(f"一、成效\n引进国内资源。{said}\n", path="a.txt"),
                   document(f"一、成效\n引进国际资源。{said}\n", path="b.txt"),
                   document(f"二、成效\n引进国内资源。{said}其余略。\n", path="c.txt"))
    assert [found.reading(n) for n in range(3)] == [0, 1, 0]
    assert found.read(0).domestic and not found.read(1).domestic


def test_a_figure_that_is_no_result_is_not_read_for_a_target_of_results() -> None:
    proposed = corpus(document(), modality=Modality.PROPOSED)
    aim = target()
    assert match_target(aim, plan(aim), proposed) == [] and proposed.readings == []
    steps = target(title="新增专利申请", target="500件")
    applied = corpus(document("全市新增专利申请578件。"), modality=Modality.PROPOSED)
    assert [e.value for e in match_target(steps, plan(steps), applied)] == [578] and len(applied.readings) == 1


# ── the pieces: roles, bands, scope, counted things, vocabulary ───────────────
@pytest.mark.parametrize(("figure", "expected"), [
    pytest.param("2024-Q3", PROGRESS, id="inside"),
    pytest.param("2024", PROGRESS, id="the whole period"),
    pytest.param("2023", BASELINE, id="the year before"),
    pytest.param("2019-01..2019-06", BASELINE, id="the first half of the earliest baseline year"),
    pytest.param("2018-07..2019-06", None, id="starting before the earliest baseline day"),
    pytest.param("2023-07..2024-06", None, id="straddling the start"),
    pytest.param("2024-07..2025-06", None, id="straddling the end"),
])
def test_role_of(figure: str, expected: Role | None) -> None:
    assert role_of(parse_period(figure), parse_period("2024")) is expected
    assert baseline_start(parse_period("2024")) == date(2024 - rules.BASELINE_YEARS, 1, 1)


@pytest.mark.parametrize(("confidence", "expected"), [
    ("1", AUTO), (str(rules.AUTO_ACCEPT), AUTO), ("0.79", PENDING), (str(rules.REVIEW), PENDING), ("0.49", DROPPED),
])
def test_band(confidence: str, expected: Review) -> None:
    assert band(Decimal(confidence)) is expected


def test_scope_spans_the_regions_and_days_of_every_quantity_target() -> None:
    yingkou = Plan(id="y", title="营口", region="营口市", period="2022-H1", targets=(target(id="y"),))
    targets = TargetsFile(version=1, plans=(plan(), yingkou))
    scope = Scope.of(targets)
    assert scope is not None and (scope.start, scope.end) == (date(2017, 1, 1), date(2024, 12, 31))
    assert scope.holds(document()) and scope.holds(document(region="营口市"))
    assert not scope.holds(document(region="烟台市")) and not scope.holds(document(kind=PLAN))
    assert scope.units == {"count": frozenset({"家", "户"})}  # firms: no figure in 个 or 元 is loaded for them
    growth = target(id="g", title="研发投入增长", target="12%")
    assert Scope.of(TargetsFile(version=1, plans=(plan(growth, target(id="m", title="技术合同成交额", target="3亿元")),))
                    ).units == {"percent": None, "money": frozenset({"元"})}
    milestones = Plan(id="m", title="m", region="威海市", period="2024",
                      targets=(Target.model_validate({"id": "m", "title": "出台政策", "kind": "milestone"}),))
    assert Scope.of(TargetsFile(version=1, plans=(milestones,))) is None


@pytest.mark.parametrize(("fields", "thing"), [
    pytest.param({"title": "培育", "target": "12家", "quote": "培育等12家企业"}, "firms",
                 id="the noun after the number in the plan's words"),
    pytest.param({"title": "新增研发平台", "target": "8个"}, "platforms", id="else the thing its names end with"),
    pytest.param({"title": "研发平台", "aliases": ["孵化企业"], "target": "8家"}, None, id="names that disagree"),
    pytest.param({"title": "科技项目", "target": "8个"}, None, id="a thing the lexicon does not list"),
])
def test_counted_thing(fields: dict, thing: str | None) -> None:
    from tracker.matching.units import thing_key

    keys = {"firms": thing_key("企业", "家"), "platforms": thing_key("平台", "个"), None: None}
    assert counted_thing(target(**fields)) == keys[thing]
    assert keys[thing] is None or keys[thing][0] is Dimension.COUNT


def test_vocabulary_holds_the_pairs_of_quantity_targets_only() -> None:
    milestone = Target.model_validate({"id": "m", "title": "出台政策", "kind": "milestone"})
    pairs = vocabulary(TargetsFile(version=1, plans=(plan(target(aliases=["高企"]), milestone),)))
    assert {"高新", "企业", "高企"} <= pairs and "出台" not in pairs


def test_a_sentence_is_looked_up_by_its_own_words_whatever_other_documents_hold_at_its_offsets() -> None:
    # Two reports whose sentences stand at the same offsets: the second names the target, the first does not.
    # Subjects are left empty so that only the sentence can bring a figure near.
    other = document("全市举办各类科技活动达到56家。", path="a.txt")
    naming = document("全市新增高新技术企业达到56家。", path="b.txt")
    found = match_target(target(), plan(), corpus(other, naming, subject=""))
    assert [(e.document, e.review) for e in found] == [("b.txt", PENDING)]


def test_what_a_status_shows_is_matched_alike_without_the_dropped_matches_no_decision_can_name() -> None:
    """`match(…, dropped)`: the seeds' evidence is the same, but for the dropped matches of the targets not named."""
    from tracker.config.targets import load_targets
    from tracker.pipeline import document_files, extract_files

    root = Path(__file__).resolve().parents[2]
    targets_file, _ = load_targets(root / "targets.yaml")
    documents, _ = extract_files(document_files(root / "seeds"))
    every = match(targets_file, Corpus(documents, vocabulary(targets_file)))
    with_dropped = [t for t, items in every.items() if any(e.review is Review.DROPPED for e in items)]
    assert len(with_dropped) > 1
    decided = with_dropped[0]
    shown = match(targets_file, Corpus(documents, vocabulary(targets_file)), {decided})
    # left out: what scored under rules.REVIEW; what another target took from a listed band stays, dropped
    assert shown == {t: items if t == decided else [e for e in items if e.confidence >= rules.REVIEW]
                     for t, items in every.items()}
    assert any(e.review is Review.DROPPED for items in shown.values() for e in items)


def test_the_fields_matching_and_loading_fill_in_order_are_in_that_order() -> None:
    """`match_target`, `Corpus` and `store.convert.figure_from_values` make these named tuples from their fields in
    order (no keyword constructor: hundreds of thousands a status): a field moved would shift every value."""
    from tracker.matching.match import Candidate
    from tracker.model.figure import Figure
    from tracker.quantity import Quantity

    assert Evidence._fields == ("target", "ref", "role", "review", "confidence", "value", "unit", "as_of", "period",
                                "document", "quote", "start", "end", "figure", "reasons", "who", "note")
    assert Candidate._fields == ("figure", "document", "text", "as_of", "span", "weak", "spoken")
    assert Figure._fields == ("document", "quantity", "subject", "modality", "period", "clause", "sentence",
                              "cumulative", "subset", "in_plan")
    assert Quantity._fields == ("value", "unit", "written_unit", "dimension", "text", "upper", "qualifier", "start",
                                "end")

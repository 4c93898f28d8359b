"""The lexicon: the language knowledge of tracker as one data file (zh.yaml).

`lexicon()` loads and validates it once per process. `TRACKER_LEXICON` names
another file to use instead (a bureau's own extended copy); a mistake in it is
reported as `FILE:LINE:COL: message` like every other user file. Patterns are
built from the word lists by `words(...)` and `filtered(...)`. What is not here
yet: the older lists of the subject's trimming words, fixed political formulas
and classifier look-alikes (tracker/extract/rules.py) and the matcher's flow and
stock words (tracker/matching/rules.py).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from tracker.errors import Diagnostic, TrackerUserError
from tracker.i18n import Lang, translate

DEFAULT = Path(__file__).with_name("zh.yaml")
ENV = "TRACKER_LEXICON"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Promise(_Strict):
    """A promise word with the contexts that cancel it (a filter)."""

    word: str
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    only_before: tuple[str, ...] = ()
    modality: str = "planned"


class CuesByModality(_Strict):
    proposed: tuple[str, ...] = ()
    planned: tuple[str, ...] = ()
    achieved: tuple[str, ...] = ()


class Cues(_Strict):
    before: CuesByModality
    after: CuesByModality


class CumulativeStock(_Strict):
    verbs: tuple[str, ...] = ()
    units: tuple[str, ...] = ()


class CueAsNoun(_Strict):
    not_before: tuple[str, ...]
    result_not_before: tuple[str, ...] = ()
    statistics: tuple[str, ...] = ()


class Qualifiers(_Strict):
    at_least: tuple[str, ...] = ()
    at_most: tuple[str, ...] = ()
    approx: tuple[str, ...] = ()


class QualifierSides(_Strict):
    before: Qualifiers
    after: Qualifiers


class CountedThing(_Strict):
    words: tuple[str, ...]
    units: tuple[str, ...]


class PlanHeadings(_Strict):
    words: tuple[str, ...]
    time_words: tuple[str, ...]
    timed_words: tuple[str, ...] = ()
    forward_words: tuple[str, ...] = ()
    forward_tails: tuple[str, ...] = ()
    intro: Pattern = "(?!)"
    intro_after: tuple[str, ...] = ()


class PlanYear(_Strict):
    next: tuple[str, ...]
    same: tuple[str, ...]


def _compiled(value: str) -> str:
    """A pattern of the file must be a regular expression that compiles: its mistake is the file's, not a bug."""
    try:
        re.compile(value)
    except re.error as error:
        raise ValueError(f"not a valid pattern: {error}") from None
    return value


Pattern = Annotated[str, AfterValidator(_compiled)]
"""A regular expression of the file, checked when the file is read."""


class PeriodPhrase(_Strict):
    kind: str
    pattern: Pattern
    example: str = ""


class PlanNews(_Strict):
    lead: tuple[str, ...]
    promise: tuple[str, ...]
    review: tuple[str, ...] = ()
    lead_promise: tuple[str, ...] = ()
    lead_result: tuple[str, ...] = ()
    issued: Pattern = "(?!)"
    handed_down: Pattern = "(?!)"


class FormColumns(_Strict):
    planned: tuple[str, ...] = ()
    achieved: tuple[str, ...] = ()
    own_unit: tuple[str, ...] = ()


class TableHeaders(_Strict):
    planned: tuple[str, ...]
    achieved: tuple[str, ...]
    owner: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    due: tuple[str, ...] = ()
    schedule: tuple[str, ...] = ()
    other: tuple[str, ...] = ()
    task_words: tuple[str, ...] = ()
    planned_heads: tuple[str, ...] = ()
    other_heads: tuple[str, ...] = ()
    body_ends: tuple[str, ...] = ()
    totals: tuple[str, ...] = ()
    owner_heads: tuple[str, ...] = ()
    due_heads: tuple[str, ...] = ()
    first_leads: tuple[str, ...] = ()
    owner_notes: tuple[str, ...] = ()


class Drafting(_Strict):
    """What `tracker draft` reads beyond the extractor: titles, a plan's own parts, who and when in prose."""

    title_lead: tuple[str, ...] = ()
    title_tail: tuple[str, ...] = ()
    own_parts: tuple[str, ...] = ()
    ordinal_units: tuple[str, ...] = ()
    pieces_unit: str = "篇"
    item_opener: Pattern = "(?!)"
    item_marks: Pattern = "(?!)"
    de_not_attribute: tuple[str, ...] = ()
    de_value_nouns: tuple[str, ...] = ()
    de_target_ends: tuple[str, ...] = ()
    own_measures: tuple[str, ...] = ()
    size_class_nouns: tuple[str, ...] = ()
    after_share: str = ""
    list_openers: tuple[str, ...] = ()
    pieces_titles: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    measure_tails: tuple[str, ...] = ()
    target_sections: tuple[str, ...] = ()
    ordinal_mark: str = "第"
    word_numerals: str = "一二两三四五六七八九十零"
    quotes: str = "“”"
    attribute_marker: str = "的"
    magnitudes: str = "万萬亿億千百"
    title_period: Pattern = "(?!)"
    horizon_marks: tuple[str, ...] = ()
    level_words: tuple[str, ...] = ()
    ongoing_acts: tuple[str, ...] = ()
    capacity_marks: tuple[str, ...] = ()
    facility_nouns: tuple[str, ...] = ()
    sentence_ends: tuple[str, ...] = ()
    span_before: tuple[str, ...] = ()
    span_after: tuple[str, ...] = ()
    deadline: Pattern = "(?!)"
    owner_labels: tuple[str, ...] = ()
    due_labels: tuple[str, ...] = ()
    frame_parts: tuple[str, ...] = ()
    site_words: tuple[str, ...] = ()
    contents_heads: tuple[str, ...] = ()
    topic_ends: tuple[str, ...] = ()
    per_unit_mark: str = "每"
    per_rate: tuple[str, ...] = ()
    standing: tuple[str, ...] = ()
    untitled: str = "{region}{period}"
    period_words: dict[str, str] = {}
    stretch_words: tuple[str, ...] = ()
    example_mark: str = "等"
    from_marks: tuple[str, ...] = ()
    project_nouns: tuple[str, ...] = ()
    score_steps: tuple[str, ...] = ()
    vague_counts: tuple[str, ...] = ()
    size_totals: tuple[str, ...] = ()
    year_investments: tuple[str, ...] = ()
    own_programmes: tuple[str, ...] = ()
    whole_place: tuple[str, ...] = ()
    where_mark: str = "在"
    divisions: tuple[str, ...] = ()
    policy_grant: tuple[str, ...] = ()
    policy_cap: tuple[str, ...] = ()
    policy_award: tuple[str, ...] = ()


class Lexicon(_Strict):
    """The whole file, validated."""

    version: int
    units: dict[str, tuple[str | dict[str, str], ...]]
    qualifiers: QualifierSides
    fraction_not_before: str = ""
    fraction_not_after: str = ""
    unit_families: tuple[tuple[str, ...], ...]
    counted_things: tuple[CountedThing, ...] = ()
    flow_words: tuple[str, ...] = ()
    stock_words: tuple[str, ...] = ()
    stock_leads: tuple[str, ...] = ()
    level_words: tuple[str, ...] = ()
    cues: Cues
    cue_as_noun: CueAsNoun
    proposed_not_after: tuple[str, ...] = ()
    seeking: Pattern = '(?!)'
    cumulative_stock: CumulativeStock = CumulativeStock()
    not_figures: dict[str, tuple[str, ...]] = {}
    promises: tuple[Promise, ...]
    will_as_ba: tuple[str, ...]
    new_statement: tuple[str, ...] = ()
    result_markers: tuple[str, ...] = ()
    done_already: tuple[str, ...] = ()
    target_label: Pattern
    target_after: Pattern = ''
    target_fields: tuple[str, ...] = ()
    target_basis: Pattern = '(?!)'
    target_list: Pattern = '(?!)'
    plan_headings: PlanHeadings
    forecast_titles: tuple[str, ...] = ()
    rank_headers: tuple[str, ...] = ()
    five_year_plans: dict[str, int] = {}
    this_year_words: tuple[str, ...] = ()
    heading_marks: tuple[Pattern, ...] = ()
    target_headings: tuple[str, ...] = ()
    review_headings: tuple[str, ...] = ()
    plan_paragraph: tuple[str, ...]
    plan_question: tuple[str, ...]
    plan_year: PlanYear
    fragments: dict[str, str]
    period_phrases: tuple[PeriodPhrase, ...]
    debris_labels: tuple[str, ...]
    debris_fields: tuple[str, ...]
    debris_words: tuple[str, ...]
    footer: tuple[str, ...]
    file_suffixes: tuple[str, ...] = ()
    document_kinds: dict[str, tuple[str, ...]]
    mixed_title: Pattern
    plan_news: PlanNews
    summary_lead: Pattern
    summary_openers: tuple[str, ...] = ()
    results_headings: tuple[str, ...] = ()
    generic_heads: tuple[str, ...] = ()
    linking_verbs: tuple[str, ...] = ()
    title_words: tuple[str, ...]
    title_noise: tuple[str, ...] = ()
    ad_slots: tuple[str, ...] = ()
    verb_suffixes: tuple[str, ...] = ()
    sharing_site: tuple[str, ...] = ()
    news_marks: tuple[str, ...] = ()
    news_sections: tuple[str, ...] = ()
    news_openers: tuple[str, ...] = ()
    disclosure_marks: tuple[str, ...] = ()
    plan_structure: tuple[str, ...] = ()
    plan_structure_lead: tuple[str, ...] = ()
    date_labels: tuple[str, ...]
    own_date_labels: tuple[str, ...] = ()
    science_bureaus: tuple[str, ...] = ()
    local_outlets: tuple[str, ...] = ()
    zones: tuple[str, ...] = ()
    zone_not_names: tuple[str, ...] = ()
    head_titles: tuple[str, ...] = ()
    cited_by: tuple[str, ...] = ()
    prose_fragment: Pattern = "(?!)"
    upload_labels: tuple[str, ...]
    title_labels: tuple[str, ...] = ()
    issuer_labels: tuple[str, ...]
    issuer_ends: tuple[str, ...]
    place_words: dict[str, tuple[str, ...]]
    table_headers: TableHeaders
    form_columns: FormColumns = FormColumns()
    drafting: Drafting = Drafting()

    def pattern(self, template: str) -> str:
        """A pattern with its `{name}` fragments filled in."""
        return re.sub(r"\{(\w+)\}", lambda m: self.fragments.get(m[1], m[0]), template)


def _invalid(problem: Diagnostic) -> TrackerUserError:
    """The first mistake of a lexicon file, rendered in the language it is shown in."""

    class LexiconInvalid(TrackerUserError):
        def message(self, lang: Lang = "en") -> str:
            return translate("lexicon.invalid", lang, problem=problem.render(lang))

    return LexiconInvalid("lexicon.invalid", problem=problem.render())


def _path() -> Path:
    return Path(os.environ[ENV]) if os.environ.get(ENV) else DEFAULT


def _load(path: Path) -> Lexicon:
    """The validated lexicon, or TrackerUserError naming its first mistake at FILE:LINE:COL."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from tracker.config.yaml_source import parse_yaml, read_text, validation_diagnostics

    shown = str(path)
    text, problems = read_text(path, shown)
    if text is None:
        raise _invalid(problems[0])
    try:
        data = YAML(typ="safe", pure=False).load(text)  # the fast path; positions only for a mistake
        return Lexicon.model_validate(data)
    except (YAMLError, ValidationError) as error:
        root, problems = parse_yaml(text, shown)
        if isinstance(error, ValidationError) and root is not None:
            problems = validation_diagnostics(error, Lexicon, root, (), shown) + problems
        raise _invalid(problems[0] if problems else Diagnostic(path=shown, code="schema.invalid")) from None


@cache
def lexicon() -> Lexicon:
    """The lexicon in force (the bundled zh.yaml unless TRACKER_LEXICON names another)."""
    return _load(_path())


@cache
def digest() -> str:
    """A digest of the lexicon in force: part of the extractor's version."""
    return hashlib.sha256(_path().read_bytes()).hexdigest()[:16]


def words(items: Iterable[str], escape: bool = True) -> str:
    """Words as one alternation, longest first (so 推荐申报 is tried before 推荐)."""
    ordered = sorted(set(items), key=len, reverse=True)
    if not ordered:
        return "(?!)"  # no words: a pattern that matches nothing (an empty one would match everywhere)
    return "|".join(re.escape(w) if escape else w for w in ordered)


def filtered(entry: Promise) -> str:
    """A trigger word as a pattern with its cancelling contexts: 拟(?<!模拟)(?!申报|推荐).

    The word comes first and the look-behinds after it (each spanning the word too), so an alternation of
    these starts with literals and the engine can skip positions by their first characters.
    """
    word = re.escape(entry.word)
    behind = "".join(f"(?<!{re.escape(w)}{word})" for w in entry.not_after)
    ahead = f"(?!{words(entry.not_before)})" if entry.not_before else ""
    only = f"(?={words(entry.only_before)})" if entry.only_before else ""
    return f"{word}{behind}{ahead}{only}"

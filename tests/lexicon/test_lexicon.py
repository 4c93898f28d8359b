"""The lexicon: one data file of words; one edit in it changes what extraction reads.

The edits run in a fresh process with TRACKER_LEXICON pointing at an edited
copy, as a bureau extending its own copy would run tracker.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.lexicon import DEFAULT, Promise, filtered, lexicon, words


def _extract(tmp_path: Path, text: str, lexicon_text: str | None = None) -> tuple[int, list[dict], str]:
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    env = {**os.environ, "TRACKER_LANG": "en"}
    env.pop("TRACKER_LEXICON", None)
    if lexicon_text is not None:
        custom = tmp_path / "lexicon.yaml"
        custom.write_text(lexicon_text, encoding="utf-8")
        env["TRACKER_LEXICON"] = str(custom)
    run = subprocess.run([sys.executable, "-m", "tracker", "extract", "--json", str(doc)],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    return run.returncode, json.loads(run.stdout) if run.returncode == 0 else [], run.stderr


def _extract_here(tmp_path: Path, text: str) -> list[dict]:
    """What the bundled lexicon reads, in this process (the edited ones need a process of their own): the fields
    of `tracker extract --json` these tests compare."""
    from tracker.extract.documents import load_document
    from tracker.extract.engine import extract

    doc = tmp_path / "here.txt"
    doc.write_text(text, encoding="utf-8")
    return [{"text": f.quantity.text, "unit": f.quantity.unit, "modality": f.modality.value, "in_plan": f.in_plan}
            for f in extract(load_document(doc, doc.name))]


def _edited(old: str, new: str) -> str:
    text = DEFAULT.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    return text.replace(old, new)


SUMMARY = "2023年全市科技工作总结\n今年，全市新打机井12口，引进人才35人。\n"


def test_a_new_unit_is_one_edit(tmp_path: Path) -> None:
    before = _extract_here(tmp_path, SUMMARY)
    assert [f["text"] for f in before] == ["35人"]  # 口 (a well) is no unit yet
    code, after, _ = _extract(tmp_path, SUMMARY, _edited("  count: [项,", "  count: [口, 项,"))
    assert code == 0
    assert [(f["text"], f["unit"]) for f in after] == [("12口", "口"), ("35人", "人")]


def test_a_new_cue_word_is_one_edit(tmp_path: Path) -> None:
    text = "2023年全市科技工作总结\n全市谋划科技项目36个。\n"
    before = _extract_here(tmp_path, text)
    assert [f["modality"] for f in before] == ["achieved"]
    _, after, _ = _extract(tmp_path, text, _edited("proposed: [拟申报,", "proposed: [谋划, 拟申报,"))
    assert [f["modality"] for f in after] == ["proposed"]


def test_a_new_plan_heading_is_one_edit(tmp_path: Path) -> None:
    text = "2023年全市科技工作总结\n一、主要成效\n全市新增高新技术企业56家。\n二、明年工作展望\n新增高新技术企业60家。\n"
    before = _extract_here(tmp_path, text)
    assert [f["modality"] for f in before] == ["achieved", "achieved"]
    _, after, _ = _extract(tmp_path, text, _edited("words: [工作打算,", "words: [工作展望, 工作打算,"))
    assert [(f["modality"], f["in_plan"]) for f in after] == [("achieved", False), ("planned", True)]


def test_a_broken_lexicon_is_one_line_with_its_place(tmp_path: Path) -> None:
    code, _, stderr = _extract(tmp_path, SUMMARY, _edited("version: 1", "version: one"))
    assert code == 2
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr
    assert re.search(r"lexicon\.yaml:\d+:\d+: ", lines[0]), lines[0]


def test_an_unknown_section_is_named(tmp_path: Path) -> None:
    code, _, stderr = _extract(tmp_path, SUMMARY, DEFAULT.read_text(encoding="utf-8") + "\nunits_extra: [幢]\n")
    assert code == 2 and "units_extra" in stderr


def test_filters_build_the_trigger_with_its_cancelling_contexts() -> None:
    pattern = re.compile(filtered(Promise(word="拟", not_after=("模",), not_before=("申报",))))
    assert pattern.search("拟举办") and not pattern.search("模拟训练") and not pattern.search("拟申报")
    only = re.compile(filtered(Promise(word="计划", only_before=("引", "新"))))
    assert only.search("计划引进") and not only.search("重点研发计划")


def test_words_are_tried_longest_first() -> None:
    assert re.match(words(["推荐", "推荐申报"]), "推荐申报").group() == "推荐申报"


def test_every_period_phrase_has_an_example_it_matches() -> None:
    from tracker.extract import rules

    for phrase, entry in zip(rules.PERIOD_PHRASES, lexicon().period_phrases, strict=True):
        assert entry.example, entry.kind
        assert re.search(phrase.pattern, entry.example), (entry.kind, entry.example)


@pytest.mark.parametrize("section", ["cues", "units", "period_phrases", "plan_headings", "table_headers",
                                     "debris_labels", "document_kinds", "place_words"])
def test_the_knowledge_lives_in_the_lexicon(section: str) -> None:
    assert getattr(lexicon(), section)


def test_a_pattern_that_does_not_compile_is_the_files_mistake(tmp_path: Path) -> None:
    broken = re.sub(r"^mixed_title: .*$", 'mixed_title: "((?:总结"', DEFAULT.read_text(encoding="utf-8"), flags=re.M)
    code, _, stderr = _extract(tmp_path, SUMMARY, broken)
    assert code == 2 and re.search(r"lexicon\.yaml:\d+:\d+: .*mixed_title", stderr), stderr


def test_an_empty_word_list_matches_nothing() -> None:
    assert re.search(words([]), "任何文字") is None


def test_every_section_of_the_lexicon_is_documented() -> None:
    from pathlib import Path

    from tracker.lexicon import Lexicon

    doc = (Path(__file__).resolve().parents[2] / "docs" / "lexicon.md").read_text(encoding="utf-8")
    assert [key for key in Lexicon.model_fields if key != "version" and f"`{key}`" not in doc] == []

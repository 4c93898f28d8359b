"""`draft.ids`: readable ASCII ids from Chinese names, unique in the file."""

from __future__ import annotations

import pytest

from tracker.draft.ids import initials, unique_ids
from tracker.model.fields import read_id


@pytest.mark.parametrize(("words", "expected"), [
    ("高新技术企业", "gxjsqy"),
    ("科技创新重点项目", "kjcxzdxm"),  # 重 in 重点 read zhòng, as the phrase says
    ("R&D占GDP比重", "rdzgdpbz"),  # ASCII letters kept, lower case, signs dropped
    ("“揭榜挂帅”技术攻关项目", "jbgsjsggxm"),
    ("15项", "15x"),
    ("组织实施科技型中小企业创新能力提升工程项目", "zzsskjxzxq"),  # at most ten
    ("——", ""),
])
def test_initials(words: str, expected: str) -> None:
    assert initials(words) == expected


def test_ids_are_slugs_unique_in_the_file_and_avoid_those_taken() -> None:
    ids = unique_ids("wh25", ["合作", "合作", "合作", "——"], taken={"wh25-hz-2"})
    assert ids == ["wh25-hz", "wh25-hz-3", "wh25-hz-4", "wh25-t"]
    assert all(read_id(i) == i for i in ids)

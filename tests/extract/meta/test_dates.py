"""The document's own date (tracker/extract/meta/dates.py): which date of a page is the document's, in the
order the labels are trusted, and never an upload date."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.meta.common import debris_free
from tracker.extract.meta.dates import infer_issued

PROSE = "全市新增企业5家，技术合同成交额8亿元，研发投入增长10%，各项工作稳步推进。\n"
SIGNED = "\n威海市科学技术局\n2024年7月6日\n"


def issued(text: str) -> tuple[date, str] | None:
    found = infer_issued(text, debris_free(text))
    return (found.value, found.evidence) if found else None


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("成文日期：2024-04-14\n发布日期：2024-04-20\n" + PROSE + SIGNED,
                 (date(2024, 4, 14), "成文日期：2024-04-14"), id="the document's own date label comes first"),
    pytest.param("成文日期：2024-02-30\n发布日期：2024-04-20\n" + PROSE,
                 (date(2024, 4, 20), "发布日期：2024-04-20"), id="an own date that is no day is passed over"),
    pytest.param("发布时间：2024-07-09\n" + PROSE * 3 + SIGNED, (date(2024, 7, 6), "落款日期 2024-07-06"),
                 id="a signature in the text's last part comes before a portal's date"),
    pytest.param("威海市科学技术局\n2024年7月6日\n" + PROSE * 4, (date(2024, 7, 6), "落款日期 2024-07-06"),
                 id="a date under an issuer's name is a signature anywhere"),
    pytest.param("标题\n2024年7月6日\n" + PROSE * 4, None, id="a date line early with no issuer above is none"),
    pytest.param("标题\n" + PROSE * 3 + "\n二〇二三年七月十日\n", (date(2023, 7, 10), "落款日期 二〇二三年七月十日"),
                 id="a signature date in Chinese numerals"),
    pytest.param("标题\n" + PROSE * 3 + "\n二〇二三年十三月十日\n", None, id="one that is no day is none"),
    pytest.param("由会员分享\n发布时间：2024-05-01\n" + PROSE, None, id="no page date of a document-sharing site"),
    pytest.param("某报记者 2018-07-31 报道\n" + PROSE, (date(2018, 7, 31), "报道日期 2018-07-31"),
                 id="a news page's dateline"),
    pytest.param("发布时间：2024-05-06\n" + PROSE, (date(2024, 5, 6), "发布时间：2024-05-06"), id="a portal's date"),
    pytest.param("上传时间：2024-05-20 发布时间：2024-05-06\n" + PROSE, None,
                 id="no date on a line of upload dates"),
    pytest.param("更新时间：2024-05-20\n发布时间：2024-05-06\n" + PROSE, (date(2024, 5, 6), "发布时间：2024-05-06"),
                 id="an update date is no document's date, though its label ends in a date label"),
    pytest.param("上传日期：2024-05-20\n" + PROSE, None, id="nor an upload date"),
    pytest.param(PROSE, None, id="no date at all"),
])
def test_infer_issued(text: str, expected: tuple[date, str] | None) -> None:
    assert issued(text) == expected

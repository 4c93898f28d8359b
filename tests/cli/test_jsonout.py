"""`--json` text: pydantic's serializer writes what json.dumps would, byte for byte."""

from __future__ import annotations

import json
import random

import pytest

from tracker.cli.jsonout import json_text


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [
    {"id": "wh25-envoy-service-teams-10", "ids": ["e-1", "2025-06-30"], "empty": [], "none": {}, "nested": [{}, []]},
    {"value": 1e-05, "upper": 2.5e-07},  # json writes these with an exponent, pydantic without
    [0.0001, 0.00012, 1e16, 1.2345678901234568e+16, -0.0, 0.354, 14.63, 10 ** 30, True, None],
    {"quote": "一\u3000二\n\t\"\\/ 三", "text": "0.00001 in words", "lone": "\ud800"},  # a lone surrogate: json's
    {"quote": "技术合同成交额14.63亿元", "confidence": 0.95, "reasons": [{"code": "match.reason.clause"}]},
])
def test_indented_text_is_json_dumps(value: object) -> None:
    assert json_text(value) == _dumps(value)


def test_every_float_is_written_as_json_writes_it() -> None:
    rng = random.Random(18)
    floats = [rng.random() * 10 ** rng.randint(-12, 20) * rng.choice((1, -1)) for _ in range(2000)]
    assert json_text(floats) == _dumps(floats)
    assert json_text({"rounded": [round(f, 3) for f in floats]}) == _dumps({"rounded": [round(f, 3) for f in floats]})


def test_controls_and_bidi_are_still_escaped() -> None:
    assert json_text({"a": "x\x9b[2Jy\u202e"}) == '{\n  "a": "x\\u009b[2Jy\\u202e"\n}'


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "gbk"])
@pytest.mark.parametrize("value", [
    {"a": "x\x9b[2Jy\u202e\x7f\x80\u061c\u2069·“引号”", "b": [1.5, 0.354]},  # every kind escaped (· “ ” are not)
    {"b": [1.5, 1e-05]},  # json's small floats
    {"quote": "技术合同成交额14.63亿元", "lone": "\ud800"},  # a lone surrogate: json writes it, as text
    {"quote": "一\u3000二\n\t\"\\/ 三", "value": 0.354, "none": None},
])
def test_printed_json_is_json_text_and_a_line_break_byte_for_byte(value: object, encoding: str) -> None:
    """`print_json` writes the serializer's bytes straight where standard output writes UTF-8; elsewhere it prints."""
    import io

    from tracker.cli.jsonout import print_json

    expected = (json_text(value) + "\n").encode(encoding, "backslashreplace")
    streamed = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="backslashreplace", newline="\n")
    streamed.write("before\n")  # written first, as a status's notes may be
    print_json(value, streamed)
    streamed.flush()
    assert streamed.buffer.getvalue() == b"before\n" + expected
    if encoding != "gbk" and "b" in value and 0.354 in value["b"]:  # written as bytes: control characters escaped
        assert b"\\u009b[2Jy\\u202e\\u007f\\u0080\\u061c\\u2069\xc2\xb7" in expected
    text = io.StringIO()  # no bytes beneath
    print_json(value, text)
    assert text.getvalue() == json_text(value) + "\n"

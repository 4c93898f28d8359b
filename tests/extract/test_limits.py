"""Each limit of one document, on its own: file size, unpacked size, text length, time."""

from __future__ import annotations

import time
import zlib

import pytest

from tests.hostile import makers
from tracker.errors import TrackerUserError
from tracker.extract.limits import (
    MB,
    Limits,
    TooSlow,
    check_file_size,
    check_pdf_streams,
    check_text_length,
    check_zip,
    deadline,
)

SMALL = Limits(file_bytes=MB, unpacked_bytes=MB, text_chars=1000, seconds=0.2)


def test_limits_come_from_the_environment_and_bad_values_keep_the_default() -> None:
    limits = Limits.from_env({"TRACKER_MAX_FILE_MB": "5", "TRACKER_MAX_TEXT_CHARS": "abc",
                              "TRACKER_MAX_SECONDS": "-3", "TRACKER_MAX_UNPACKED_MB": "0.5"})
    assert limits.file_bytes == 5 * MB and limits.unpacked_bytes == MB // 2
    assert limits.text_chars == Limits().text_chars and limits.seconds == Limits().seconds
    absurd = Limits.from_env({"TRACKER_MAX_FILE_MB": "inf", "TRACKER_MAX_TEXT_CHARS": "1e400",
                              "TRACKER_MAX_SECONDS": "1e300", "TRACKER_MAX_UNPACKED_MB": "nan"})
    assert absurd == Limits()


def test_file_size_and_text_length_each_have_their_message() -> None:
    check_file_size(MB, SMALL)
    with pytest.raises(TrackerUserError) as size:
        check_file_size(MB + 1, SMALL)
    check_text_length("字" * 1000, SMALL)
    with pytest.raises(TrackerUserError) as length:
        check_text_length("字" * 1001, SMALL)
    assert (size.value.code, length.value.code) == ("read.too_large", "read.too_long")
    assert "TRACKER_MAX_TEXT_CHARS" in length.value.message("en")


def test_a_package_is_judged_by_every_part_it_unpacks_media_too() -> None:
    check_zip([("word/document.xml", MB // 2), ("word/styles.xml", MB // 2)], SMALL)
    for parts in ([("word/document.xml", MB // 2), ("word/styles.xml", MB // 2 + 1)],
                  [("word/document.xml", 1000), ("word/media/photo.png", 3 << 30)],  # a bomb the document links to
                  [("word/document.bin", 3 << 30)]):
        with pytest.raises(TrackerUserError) as error:
            check_zip(parts, SMALL)
        assert error.value.code == "read.unpacks_too_large"


def test_a_pdf_bomb_is_found_without_inflating_it_whole() -> None:
    check_pdf_streams(makers.text_pdf(), SMALL)
    check_pdf_streams(makers.flate_bomb_pdf(MB // 2), SMALL)
    with pytest.raises(TrackerUserError) as error:
        check_pdf_streams(makers.flate_bomb_pdf(4 * MB), SMALL)
    assert error.value.code == "read.unpacks_too_large"


def test_streams_that_are_not_deflated_are_left_to_the_pdf_reader() -> None:
    raw = makers.text_pdf(content=b"x" * (2 * MB))  # large but not compressed: the file size bounds it
    check_pdf_streams(raw, SMALL)
    damaged = makers.text_pdf(content=zlib.compress(b" " * 1000)[:10], extra=b"/Filter /FlateDecode ")
    check_pdf_streams(damaged, SMALL)


def test_a_deadline_stops_the_work_and_is_cancelled_after() -> None:
    with pytest.raises(TooSlow), deadline(0.05):
        while True:
            pass
    with deadline(0.05):
        pass
    time.sleep(0.1)  # no alarm left armed

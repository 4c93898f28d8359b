"""Calls made at once, each in a forked process of its own (first runs of a new database, racing)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any


def at_once(function: Callable[..., Any], calls: list[tuple], timeout: float = 120) -> list[Any]:
    """`function(*args)` for each of `calls`, each in a forked process, all started before any is waited for;
    their results in order. Plain processes, not a pool: a pool's three threads in the test process once left a
    result unread for ever (the run hung with every worker idle), and forking beside threads is what this suite
    avoids."""
    context = multiprocessing.get_context("fork")
    started = []
    for args in calls:
        reader, writer = context.Pipe(duplex=False)
        process = context.Process(target=_answer, args=(writer, function, args))
        process.start()
        writer.close()
        started.append((process, reader, args))
    results = []
    for process, reader, args in started:
        try:
            if not reader.poll(timeout):
                raise AssertionError(f"{function.__name__}{args} gave no answer within {timeout} s")
            results.append(reader.recv())
        except EOFError:
            process.join()
            raise AssertionError(f"{function.__name__}{args} ended without an answer (exit {process.exitcode})") from None
        finally:
            process.kill()
            process.join()
            reader.close()
    return results


def _answer(writer: Connection, function: Callable[..., Any], args: tuple) -> None:
    writer.send(function(*args))

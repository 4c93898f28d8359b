"""Text made safe to show in a terminal: no control or escape sequence from a document, a file name, a YAML
value or an argument ever reaches it.

A terminal acts on what it is sent: ESC ] 52 writes the clipboard, ESC ] 0 sets the window title, ESC [ 2J
clears the screen, a carriage return or backspace overwrites what was printed, a bidi override shows text in
an order other than the one it has. `safe_text` is applied where text leaves for the terminal (the command
line's printing helpers, diagnostics, the app's widgets); what it does:

- an escape sequence (ESC or its C1 form: CSI, OSC, DCS, SOS, PM, APC, an OSC or DCS string with its BEL or ST
  terminator) becomes one ␛, so neither the sequence nor its payload (a clipboard's base64, a title) shows; a
  string left unterminated loses only its ESC and introducer, so the words after it still show (inert);
- any other C0 control and DEL becomes its control picture (␇, ␈, ␍, ␡), any other C1 control U+FFFD;
- bidi embeddings, overrides, isolates and marks are removed (they only reorder what is shown);
- a line break or tab stays in multi-line text (`lines=True`, where CR LF becomes LF) and is a space otherwise,
  so one line cannot pose as two.

Chinese text and punctuation are untouched, and text with nothing to neutralise is returned as it is after
one regular-expression scan.

`readable_name` and `readable_path` make a file name text that can be shown and stored: a name whose bytes are
not UTF-8 (GBK from a Chinese Windows zip) is read as GB18030, never left holding surrogates a database or a
terminal refuses.
"""

from __future__ import annotations

import os
import re

ESCAPE_MARK = "\u241b"
"""␛, in place of a whole escape sequence."""
C1_MARK = "\ufffd"
"""In place of a C1 control that begins no sequence."""

_SEQUENCE = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, erasing, colours, modes
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x00-\x1f\x7f-\x9f]*+(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, SOS, PM, APC
    r"|\x1b[ -/]*[0-~]?"  # any other escape (ESC c resets the terminal), an unterminated string's start, a lone ESC
)
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Bidi embeddings, overrides, isolates and marks."""
_CONTROLS = {False: r"\x00-\x1f\x7f-\x9f", True: r"\x00-\x08\x0b-\x1f\x7f-\x9f"}
"""The control characters replaced: in multi-line text, not a line break or tab."""
_FIRST = {lines: re.compile(f"[{controls}{BIDI}]") for lines, controls in _CONTROLS.items()}
"""The first character of whatever is replaced: one quick scan tells whether there is anything to do."""
_UNSAFE = {lines: re.compile(rf"(?P<sequence>{_SEQUENCE})|\r\n|[{controls}{BIDI}]")
           for lines, controls in _CONTROLS.items()}
_SHOWN = {chr(code): chr(0x2400 + code) for code in range(0x20)} | {"\x7f": "\u2421"}
_SHOWN |= {chr(code): C1_MARK for code in range(0x80, 0xA0)} | dict.fromkeys(BIDI, "")
_KEPT = {False: {"\r\n": " ", "\n": " ", "\t": " "}, True: {"\r\n": "\n", "\n": "\n", "\t": "\t"}}
"""Line breaks and tabs: kept in multi-line text, spaces in one line."""


def safe_text(text: str, *, lines: bool = False) -> str:
    """`text` with every control character, escape sequence and bidi control neutralised (see the module).

    With `lines`, line breaks and tabs are kept (a document, a note); without, they become spaces (a table cell,
    a diagnostic, a file name). Idempotent.
    """
    if _FIRST[lines].search(text) is None:
        return text
    kept = _KEPT[lines]

    def replacement(match: re.Match[str]) -> str:
        found = match.group()
        return ESCAPE_MARK if match.lastgroup == "sequence" else kept.get(found) or _SHOWN[found]

    return _UNSAFE[lines].sub(replacement, text)


_ESCAPED = re.compile("[\udc80-\udcff]")
"""The characters Python makes of bytes a file name's encoding does not read (surrogateescape)."""


def readable_name(name: str) -> str:
    """A file name as text: one whose bytes are not UTF-8 (a zip unpacked from a Chinese Windows, in GBK) is read as
    GB18030, and what no encoding reads is shown as U+FFFD rather than refused."""
    if _ESCAPED.search(name) is None:
        return name
    raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def readable_path(path: str) -> str:
    """A path as text, each part read as `readable_name` reads a name (a folder in GBK, a file in UTF-8)."""
    return os.sep.join(readable_name(part) for part in path.split(os.sep))

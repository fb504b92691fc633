"""Bytes to text: byte-order marks, UTF-8, else charset-normalizer's guess; NUL bytes removed; mojibake
repaired with ftfy. Every repair is reported as a note, never silently."""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy

BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# East Asian multi-byte encodings: charset-normalizer may pick one for a short Western text in which a
# few accented letters are the only non-ASCII bytes; text that is mostly ASCII is not written in them.
MULTI_BYTE = ["big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jis_2004", "euc_jisx0213", "euc_jp", "euc_kr",
              "gb2312", "gb18030", "gbk", "hz", "iso2022_jp", "iso2022_kr", "johab", "shift_jis", "shift_jis_2004",
              "shift_jisx0213"]
MOSTLY_ASCII = 0.9
BINARY_SHARE = 0.05  # more control characters than this in the first 8 KiB: not a text file


class NotText(ValueError):
    """The bytes are not text in any encoding we can tell."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # below 32, but tab, line feed, form feed, carriage return


def _controls(text: str) -> int:
    """Control characters in the first 8 KiB (counted by the regex engine: a Python loop cost 0.2 ms a file)."""
    return len(_CONTROL.findall(text, 0, 8192))


def decode(data: bytes) -> tuple[str, list[str]]:
    """The text of `data` and notes on what was repaired; raises `NotText` for binary data."""
    notes: list[str] = []
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding:
        text = data.decode(encoding, errors="replace")
        if encoding != "utf-8-sig":
            notes.append(f"decoded as {encoding.upper()} (byte-order mark)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if _controls(data[:8192].decode("latin-1")) > BINARY_SHARE * min(len(data), 8192):
                raise NotText("binary file, not text") from None
            ascii_share = 1 - len(data.translate(None, bytes(range(128)))) / len(data)  # in C, not a loop
            best = charset_normalizer.from_bytes(
                data, cp_exclusion=MULTI_BYTE if ascii_share >= MOSTLY_ASCII else None).best()
            if best is None:
                raise NotText("binary file, not text") from None
            text = str(best)
            notes.append(f"not valid UTF-8 (byte {exc.start}); decoded as {best.encoding}")
    if _controls(text) > BINARY_SHARE * max(min(len(text), 8192), 1):
        raise NotText("binary file, not text")
    if "\x00" in text:
        notes.append(f"{text.count(chr(0))} NUL byte(s) removed")
        text = text.replace("\x00", "")
    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        notes.append("mojibake repaired (ftfy)")
        text = fixed
    return text, notes

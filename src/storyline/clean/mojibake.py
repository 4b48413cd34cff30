"""Text encoded in UTF-8 twice, repaired: "Doctorsâ\\x80\\x99 Day" -> "Doctors’ Day".

A page that stored UTF-8 bytes read as Latin-1 (or Windows-1252) and wrote them out as UTF-8
again shows each non-ASCII character as two to four others: a lead ("â", "Ã", "Â") and
continuation characters (C1 controls or "€", "œ", "™" ...). Later steps drop the controls,
leaving a stray "â" where a quotation mark was, so the quote rules see no quotation. Found on
13 of the 793 WCXB dev pages. Each such run is turned back into its bytes and decoded once
more; a run is only replaced when it decodes to a character of the scripts and punctuation
that news text uses, so that a real pair such as "ß»" (German in guillemets) stays.
"""

from __future__ import annotations

import re

# Windows-1252's characters for the bytes 0x80-0x9f (the five bytes it leaves undefined
# arrive as the C1 controls of the same number, which the range below covers).
_CP1252_HIGH = {chr(byte).encode("latin-1").decode("cp1252", errors="ignore") or None: byte
                for byte in range(0x80, 0xA0)}
_CP1252_HIGH.pop(None, None)
_CONTINUATION = "[\u0080-\u00bf" + "".join(sorted(_CP1252_HIGH)) + "]"
# A lead and one continuation: a search for this pair costs a seventh of one for _RUN's
# alternatives (0.7 against 4.9 ms on a WCXB page of 255 KB), and most pages hold none.
_PAIR = re.compile(f"[\u00c2-\u00f4]{_CONTINUATION}")
_RUN = re.compile(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}")
# What a repaired run may be: Latin letters and symbols, Greek, Cyrillic, general
# punctuation (quotation marks, dashes, ellipsis), currency and letterlike signs (€, ™).
_PLAUSIBLE = re.compile("[\u00a0-\u024f\u0370-\u04ff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]")


def repair_mojibake(text: str) -> str:
    """``text`` with each run of doubly encoded UTF-8 decoded once more."""
    if text.isascii() or _PAIR.search(text) is None:
        return text
    return _RUN.sub(_repaired, text)


def _repaired(match: re.Match[str]) -> str:
    run = match.group()
    try:
        decoded = bytes(_CP1252_HIGH.get(char, ord(char)) for char in run).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return run
    return decoded if _PLAUSIBLE.fullmatch(decoded) else run

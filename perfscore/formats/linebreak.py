"""Line breaking for the terminal tables: words and CJK text wrap, figures never do.

rich folds a run of CJK text at whatever cell the column ends, so `86.43` could end up as `86.4` + `3` and a
line could start with `，`. Here a text is cut into *atoms* that never split: a figure with its sign,
comparator, separators and unit (`≥ 5`, `120,000`, `執行率80%`, `5案以上`), an ASCII word, a CJK character
with the punctuation that may not start a line after it and the brackets that may not end one before it
(kinsoku), and a list marker with what follows it (`1. 依…`). Between atoms of a word (no space) a line may
break only next to a CJK character; at a space it may always break, except after a comparator or a list
marker, or around an arrow (`100% → 90%`). The wrapping follows rich's, so wide layouts look as before: a
word that does not fit the rest of a line starts the next one, and only a word longer than a whole line is
folded, at its atoms (CJK text folds from where the line is, as Chinese is set).
"""

from __future__ import annotations

import functools
import itertools
import re

from rich.cells import cell_len

# Never at the start of a line: closing punctuation, the Chinese comma and stops, units that follow a figure.
NO_START = set("，、。；：？！）」』】》〉〕…‥·‧﹐﹑﹒﹔﹕﹖﹗,.;:?!)]}%％‰°℃")
# Never at the end of a line: opening brackets, comparators and signs, which belong to what follows them.
NO_END = set("（「『【《〈〔([{≥≤＜＞<>=≧≦±+−-~～")
# A space after one of these does not break: `≥ 50%` and `1. 依…` stay together.
_GLUE_TOKEN = re.compile(r"(?:[≥≤≧≦<>＜＞=±~～→]|(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、)）])")
_DIGIT = re.compile(r"\d")


@functools.cache
def _wide(char: str) -> bool:
    return cell_len(char) == 2


@functools.cache
def _digitish(char: str) -> bool:
    return bool(_DIGIT.match(char))


def breakable(before: str, after: str, earlier: str = "") -> bool:
    """Whether a line may break between `before` and `after` inside a word (no space between them);
    `earlier` is the character before `before`, so `2.本` (a list marker) stays whole."""
    if after in NO_START or before in NO_END:
        return False
    if _digitish(before) or _digitish(after):
        return False
    if before in ".,，．" and _digitish(earlier):
        return False
    return _wide(before) or _wide(after)


def _words(paragraph: str) -> list[str]:
    """Space-separated words, each with its trailing spaces; a comparator or list marker and the word after
    it are one word."""
    words: list[str] = []
    for match in re.finditer(r"\S+\s*|\s+", paragraph):
        word = match.group()
        glued = bool(words) and (word.rstrip() == "→" or bool(_GLUE_TOKEN.fullmatch(words[-1].split()[-1])))
        if glued and words[-1] != words[-1].rstrip():
            words[-1] += word
        else:
            words.append(word)
    return words


def atoms(word: str) -> list[str]:
    """`word` cut at the points where it may break (see `breakable`); the pieces join back to `word`."""
    pieces: list[str] = []
    start = 0
    if word.isascii():  # no wide character: no break inside (a figure, an English word); most cells
        return [word] if word else []
    for index in range(1, len(word)):
        before, after = word[index - 1], word[index]
        glued_space = before.isspace() or after.isspace()
        if not glued_space and breakable(before, after, word[index - 2] if index > 1 else ""):
            pieces.append(word[start:index])
            start = index
    pieces.append(word[start:])
    return [piece for piece in pieces if piece]


def need(text: str) -> int:
    """The narrowest width `text` can wrap to without folding an atom: its widest atom."""
    widest = 0
    for paragraph in text.split("\n"):
        for word in _words(paragraph):
            for atom in atoms(word.rstrip()):
                widest = max(widest, cell_len(atom))
    return widest


def _chop(atom: str, width: int) -> list[str]:
    """The last resort for an atom wider than the line (a long path, a very long figure): cut by cells."""
    lines, line = [], ""
    for char in atom:
        if line and cell_len(line + char) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line]


def _fold(word: str, width: int, first: int | None = None) -> list[str]:
    """A word longer than a line, filled atom by atom, the first line `first` cells wide (the rest of a
    line already begun); the pieces join back to `word` (the first may be empty)."""
    lines, line = [], ""
    room = width if first is None else first
    # Cells add up character by character except around a joiner or a variation selector (emoji sequences),
    # so elsewhere the line's width is kept as a sum instead of measuring the growing line for every atom.
    additive = "\u200d" not in word and "\ufe0f" not in word
    used = 0
    for atom in atoms(word):
        size = cell_len(atom.rstrip())
        if (used + size if additive else cell_len(line + atom.rstrip())) <= room:
            line += atom
            used += cell_len(atom)
            continue
        if line or room < width:
            lines.append(line)
        room = width
        pieces = _chop(atom, width) if size > width else [atom]
        lines.extend(pieces[:-1])
        line = pieces[-1]
        used = cell_len(line)
    return [*lines, line]


def breaks(paragraph: str, width: int) -> list[int]:
    """The offsets at which to break one paragraph (no line feed in it) so each line fits `width` cells
    once its trailing spaces are dropped; like rich's `divide_line`, with the atoms above."""
    offsets: list[int] = []
    used = 0  # cells on the current line, trailing spaces included
    position = 0
    for word in _words(paragraph):
        length = cell_len(word.rstrip())
        if used + length <= width:
            used += cell_len(word)
        elif length <= width:
            if used:
                offsets.append(position)
            used = cell_len(word)
        else:
            # rich starts a word longer than a line on a new line; CJK text instead fills the line it is on.
            cjk = _wide(word[0]) or (word[0] in "'\"‘“(（" and len(word) > 1 and _wide(word[1]))
            lead = width - used if used and cjk else width
            if used and lead == width:
                offsets.append(position)
                used = 0
            folded = _fold(word, width, lead)
            inner = position
            for piece in folded[:-1]:
                inner += len(piece)
                offsets.append(inner)
            used = cell_len(folded[-1])
        position += len(word)
    return [offset for offset in offsets if 0 < offset < len(paragraph)]


def wrap(text: str, width: int) -> list[str]:
    """`text` as lines of at most `width` cells, without trailing spaces (line breaks in it are kept)."""
    width = max(width, 1)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if cell_len(paragraph) <= width:  # fits: `breaks` finds no cut (a big table's most cells)
            lines.append(paragraph.rstrip())
            continue
        cuts = [0, *breaks(paragraph, width), len(paragraph)]
        lines.extend(paragraph[start:end].rstrip() for start, end in itertools.pairwise(cuts))
    return lines

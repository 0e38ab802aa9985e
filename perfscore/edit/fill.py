"""What a filled-in workbook says, written into the report's YAML text.

perfscore.readers.filled reads the workbook against the report and checks it (PS801-PS806, at cells); this
module only writes the entries it found, with the same text edits as `rollover` (perfscore.edit.textedit),
so comments and key order survive. Analyses and reviews are written as `|-` blocks where the text reads
back unchanged, like the report's own prose; everything else as a scalar.
"""

from __future__ import annotations

from dataclasses import dataclass

from perfscore.edit.textedit import Draft, Edit, origin
from perfscore.readers import Source
from perfscore.readers.filled import Filling
from perfscore.readers.yaml.locate import YamlLocator

PROSE = frozenset({"analysis", "review"})  # written as `|-` blocks, like the report's own texts


@dataclass(frozen=True)
class Filled:
    """The filled text, and the edits that made it from the source text (for locating the draft's findings)."""

    text: str
    source: str
    edits: tuple[Edit, ...]

    def origin(self, line: int, column: int) -> tuple[int, int]:
        return origin(self.text, self.source, self.edits, line, column)


def fill_text(source: Source, filling: Filling) -> Filled:
    """The report's text with `filling`'s entries written into it, in the order found."""
    text, locator = source.text, source.locator
    assert text is not None and isinstance(locator, YamlLocator), "fill edits YAML text"
    draft = Draft(text, locator.tree())
    for path, entries in filling.entries:
        draft.set_entries(draft.at(path), entries, PROSE)
    return Filled(draft.apply(), text, tuple(draft.edits))

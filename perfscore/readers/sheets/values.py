"""A cell's value as the report needs it: text kept exactly, or an exact decimal.

calamine gives a number cell as a float; its shortest repr is the number a person typed (0.1 stays 0.1),
so it is read from that text, never through binary arithmetic. A spreadsheet error (#REF!), a date or a
true/false is refused where text or a number belongs, so it never turns silently into "45291" or "True".
"""

from __future__ import annotations

import math
from decimal import Decimal

from perfscore.core.catalogue import Message, say
from perfscore.core.decimals import plain, to_decimal
from perfscore.core.targets import halfwidth

SHEET_ERRORS = frozenset({"#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!",
                          "#CALC!", "#GETTING_DATA", "Err:502", "Err:504", "Err:508", "Err:522"})


class Unreadable(ValueError):
    """A cell whose value cannot be used where it stands; `message` says what it holds."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def number_text(value: float | int) -> str:
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        raise Unreadable(say("PS905.infinite", value=value))
    return plain(Decimal(repr(value)))


def as_text(value: object) -> str | None:
    """The cell as text, exactly as written (line breaks and full-width characters kept); None when blank."""
    if isinstance(value, bool):
        raise Unreadable(say("PS905.boolean", value=value))
    if isinstance(value, str):
        if value.strip() in SHEET_ERRORS:
            raise Unreadable(say("PS905.error", value=value.strip()))
        return value if value.strip() else None
    if isinstance(value, (int, float)):
        return number_text(value)
    if value is None:
        return None
    raise Unreadable(say("PS905.other", kind=type(value).__name__, value=value))


def as_number(value: object) -> Decimal | str | None:
    """The cell as an exact decimal (`3`, `3%`, `３％` and `1,200` read as numbers); the text itself when it
    is not a number (the caller reports it and keeps the text); None when blank."""
    text = as_text(value)
    if text is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(text)
    squeezed = halfwidth(text).removesuffix("%").strip()  # the grammar's own reading of full-width text
    number = to_decimal(squeezed) if squeezed[:1] not in "+" else None
    return number if number is not None else text

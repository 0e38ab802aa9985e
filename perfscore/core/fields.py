"""The field types of the report model: figures that fit in exact scoring, percentages written as `90` or
`90%`, names, finding codes, and the strict base every model class shares. Pure.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from perfscore.core.catalogue import Message, say
from perfscore.core.decimals import fits, to_decimal
from perfscore.core.limits import MAX_DIGITS

# Each model instance carries the set of the fields its data gave (pydantic's `model_fields_set`): 728 bytes for
# an indicator's seven, a quarter of what an indicator costs. Instances given the same fields share one set
# (10,000 indicators: about 10 MB less); a field set later unshares it first (`__setattr__`), so what one
# instance says was set never changes another's. Capped so that no run grows the table without bound.
_SHARED_FIELD_SETS: dict[frozenset[str], set[str]] = {}
_SHARED_MAX = 4096


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False, allow_inf_nan=False)

    @model_validator(mode="after")
    def _share_fields_set(self) -> Strict:
        given = self.__pydantic_fields_set__
        key = frozenset(given)
        shared = _SHARED_FIELD_SETS.get(key)
        if shared is None:
            if len(_SHARED_FIELD_SETS) >= _SHARED_MAX:
                return self
            shared = _SHARED_FIELD_SETS[key] = set(key)
        object.__setattr__(self, "__pydantic_fields_set__", shared)
        return self

    def __setattr__(self, name: str, value: object) -> None:
        if name in type(self).model_fields and name not in self.__pydantic_fields_set__:
            object.__setattr__(self, "__pydantic_fields_set__", set(self.__pydantic_fields_set__))  # unshare
        super().__setattr__(name, value)


def read_percent(value: object) -> object:
    """Accept `90`, `90.5` or the text `90%` for a percentage; the number is in percent."""
    if isinstance(value, str):
        text = value.strip().removesuffix("%").removesuffix("％")
        number = to_decimal(text)
        if number is None:
            raise refused("model.percent", value=value)
        return number
    return value


REFUSED = "perfscore_refused"  # the validation error of a validator below: its ctx holds the Message


def refused(key: str, /, **args: object) -> PydanticCustomError:
    """A validator's refusal as a catalogue message, so the schema rules can say it in either language
    (a ValueError's text would reach them only in English)."""
    message: Message = say(key, **args)
    return PydanticCustomError(REFUSED, str(message), {"message": message})


TOO_BIG = "number_too_big"  # the validation error of a figure that does not fit (PS112)


def _fitting(value: object) -> object:
    """Refuse a figure too large or too fine to score. The loader refuses such YAML numbers, but a quoted
    number is text, and pydantic reads text such as "1e40" or "1e999999999" as a Decimal."""
    if isinstance(value, Decimal) and not fits(value):
        text = str(value)
        raise PydanticCustomError(TOO_BIG, "{shown} does not fit in {digits} digits; a score never needs more",
                                  {"shown": text if len(text) <= 40 else text[:37] + "...", "digits": MAX_DIGITS})
    if value.__class__ is Decimal:
        # One shared copy of each figure as written (`2`, `2.0` and `-0` stay apart: the key is the text), as
        # the YAML reader shares short strings: a big report repeats a few dozen weights and percentages
        # (10,000 indicators: 39,000 figures, 4 MB).
        text = str(value)
        shared = _SHARED_FIGURES.get(text)
        if shared is not None:
            return shared
        if len(_SHARED_FIGURES) < _SHARED_MAX:
            _SHARED_FIGURES[text] = value
    return value


_SHARED_FIGURES: dict[str, Decimal] = {}


# Every figure of the model is one of these, or a union checked by FITS, so that nothing too big for exact
# scoring gets through.
FITS = AfterValidator(_fitting)
Figure = Annotated[Decimal, FITS]
Percent = Annotated[Decimal, BeforeValidator(read_percent), FITS]
NonNegative = Annotated[Decimal, Field(ge=0), FITS]
Name = Annotated[str, Field(min_length=1)]
Code = Annotated[str, Field(pattern=r"^PS\d{3}$")]

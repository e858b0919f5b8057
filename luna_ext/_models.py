"""Generated models as users read them: no ``Unset`` object in the output.

The generated models mark a field the appliance did not send with ``UNSET``, whose repr was
``<luna_client.types.Unset object at 0x...>``. Importing ``luna_ext`` gives the models a
repr that leaves unset fields out (``Hsm(label='hsm', state='initialized')``) and ``UNSET``
the repr ``UNSET`` wherever else it shows. ``to_dict(model)`` is the view for users: the
fields that are set, by their API names, nested models and lists as dicts and lists.
"""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import luna_client.models
from luna_client.types import Unset

__all__ = ["to_dict"]


def _unset_repr(self: object) -> str:
    return "UNSET"


Unset.__repr__ = _unset_repr  # type: ignore[method-assign]
Unset.__str__ = _unset_repr  # type: ignore[method-assign]


def _model_repr(self: Any) -> str:
    parts = []
    for a in attrs.fields(type(self)):
        value = getattr(self, a.name)
        if isinstance(value, Unset) or (a.name == "additional_properties" and not value):
            continue
        parts.append(f"{a.name}={value!r}")
    return f"{type(self).__name__}({', '.join(parts)})"


for _cls in vars(luna_client.models).values():
    if inspect.isclass(_cls) and attrs.has(_cls):
        _cls.__repr__ = _model_repr  # type: ignore[method-assign]


def to_dict(value: Any) -> Any:
    """A model (or a list of them, or a plain value) as plain data, without unset fields."""
    if isinstance(value, Unset):
        return None
    to = getattr(value, "to_dict", None)
    if callable(to):
        return to_dict(to())
    if isinstance(value, dict):
        return {str(k): to_dict(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, list | tuple):
        return [to_dict(v) for v in value]
    return value

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked_repr, pop_optional

T = TypeVar("T", bound="IamLinks")


@_attrs_define(repr=False)
class IamLinks:
    """Pagination links, as in the example of seed 002 §7.1, which also carries `self` (the
    link to this resource). `self` is left unmodelled: a generated Python model cannot have
    an attribute of that name; it is kept as an additional property.

        A field typed `... | None` is None when the JSON leaves it out (or sends null).

        Attributes:
            next (None | str | None): Link to the next page; null when there is none.
            previous (None | str | None): Link to the previous page; null when there is none.
    """

    next: None | str | None = None
    previous: None | str | None = None
    additional_properties: dict[str, None | str] = _attrs_field(init=False, factory=dict)
    # The optional fields that were an explicit JSON null (they read as None, as absent ones do).
    _json_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        _next__or_unset = UNSET if self.next is None else self.next
        next_: None | str | Unset
        if isinstance(_next__or_unset, Unset):
            next_ = UNSET
        else:
            next_ = _next__or_unset

        _previous_or_unset = UNSET if self.previous is None else self.previous
        previous: None | str | Unset
        if isinstance(_previous_or_unset, Unset):
            previous = UNSET
        else:
            previous = _previous_or_unset

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_
        elif "next" in self._json_nulls:
            field_dict["next"] = None
        if previous is not UNSET:
            field_dict["previous"] = previous
        elif "previous" in self._json_nulls:
            field_dict["previous"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # dict() would also take a JSON array of pairs: only an object is this model.
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        json_nulls: list[str] = []

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(pop_optional(d, "next", json_nulls))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(pop_optional(d, "previous", json_nulls))

        iam_links = cls(
            next=None if isinstance(next_, Unset) else next_,
            previous=None if isinstance(previous, Unset) else previous,
        )
        iam_links._json_nulls = frozenset(json_nulls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        iam_links.additional_properties = additional_properties
        return iam_links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return masked_repr(self)

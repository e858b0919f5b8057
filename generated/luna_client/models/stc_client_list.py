from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stc_client_ref import StcClientRef


T = TypeVar("T", bound="StcClientList")


@_attrs_define
class StcClientList:
    """The registered STC client identities (collection key `clients` assumed from the path).

    Attributes:
        clients (list[StcClientRef] | Unset):
    """

    clients: list[StcClientRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stc_client_ref import StcClientRef  # noqa: PLC0415

        clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = []
            for clients_item_data in self.clients:
                clients_item = clients_item_data.to_dict()
                clients.append(clients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stc_client_ref import StcClientRef  # noqa: PLC0415

        d = dict(src_dict)
        _clients = d.pop("clients", UNSET)
        clients: list[StcClientRef] | Unset = UNSET
        if _clients is not UNSET:
            clients = []
            for clients_item_data in _clients:
                clients_item = StcClientRef.from_dict(clients_item_data)

                clients.append(clients_item)

        stc_client_list = cls(
            clients=clients,
        )

        stc_client_list.additional_properties = d
        return stc_client_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

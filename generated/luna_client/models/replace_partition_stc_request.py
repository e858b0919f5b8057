from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplacePartitionStcRequest")


@_attrs_define
class ReplacePartitionStcRequest:
    """
    Attributes:
        activation_timeout (int | Unset): STC link activation timeout (seconds).
        rekey_threshold (int | Unset): Threshold after which the STC link is rekeyed.
        replay_window (int | Unset): Size of the STC replay-protection window.
    """

    activation_timeout: int | Unset = UNSET
    rekey_threshold: int | Unset = UNSET
    replay_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_timeout = self.activation_timeout

        rekey_threshold = self.rekey_threshold

        replay_window = self.replay_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activation_timeout is not UNSET:
            field_dict["activationTimeout"] = activation_timeout
        if rekey_threshold is not UNSET:
            field_dict["rekeyThreshold"] = rekey_threshold
        if replay_window is not UNSET:
            field_dict["replayWindow"] = replay_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activation_timeout = d.pop("activationTimeout", UNSET)

        rekey_threshold = d.pop("rekeyThreshold", UNSET)

        replay_window = d.pop("replayWindow", UNSET)

        replace_partition_stc_request = cls(
            activation_timeout=activation_timeout,
            rekey_threshold=rekey_threshold,
            replay_window=replay_window,
        )

        replace_partition_stc_request.additional_properties = d
        return replace_partition_stc_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_snmp_test_trap_request_log_facility import (
    SendSnmpTestTrapRequestLogFacility,
)
from ..models.send_snmp_test_trap_request_log_level import (
    SendSnmpTestTrapRequestLogLevel,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSnmpTestTrapRequest")


@_attrs_define
class SendSnmpTestTrapRequest:
    """The test log message (v17).

    Attributes:
        log_facility (SendSnmpTestTrapRequestLogFacility): Syslog facility of the test message.
        log_level (SendSnmpTestTrapRequestLogLevel): Severity of the test message.
        process (str): Name of a system process the message is logged as (e.g. NTLS, smartd, sysstatd).
        message (str): Text of the test message.
        pid (bool | Unset): Add a process id to the message.
    """

    log_facility: SendSnmpTestTrapRequestLogFacility
    log_level: SendSnmpTestTrapRequestLogLevel
    process: str
    message: str
    pid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_facility = self.log_facility.value

        log_level = self.log_level.value

        process = self.process

        message = self.message

        pid = self.pid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logFacility": log_facility,
                "logLevel": log_level,
                "process": process,
                "message": message,
            }
        )
        if pid is not UNSET:
            field_dict["pid"] = pid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        log_facility = SendSnmpTestTrapRequestLogFacility(d.pop("logFacility"))

        log_level = SendSnmpTestTrapRequestLogLevel(d.pop("logLevel"))

        process = d.pop("process")

        message = d.pop("message")

        pid = d.pop("pid", UNSET)

        send_snmp_test_trap_request = cls(
            log_facility=log_facility,
            log_level=log_level,
            process=process,
            message=message,
            pid=pid,
        )

        send_snmp_test_trap_request.additional_properties = d
        return send_snmp_test_trap_request

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

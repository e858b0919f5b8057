from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.luna_key_operation import LunaKeyOperation
from ..models.luna_key_operation_status import LunaKeyOperationStatus
from ..models.luna_key_status import LunaKeyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.luna_key_replication_info import LunaKeyReplicationInfo


T = TypeVar("T", bound="LunaKey")


@_attrs_define
class LunaKey:
    """
    Attributes:
        id (str): The resource's id (UUID).
        status (LunaKeyStatus): The key's status (mixed case as documented).
        uri (str | Unset): `kylo:kylo:<service>:<type>:<id>`.
        account (str | Unset):
        application (str | Unset):
        dev_account (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        partition_id (str | Unset):
        partition_label (str | Unset):
        operation (LunaKeyOperation | Unset): The key's last operation.
        operation_status (LunaKeyOperationStatus | Unset): Status of the last operation: empty while a creation is
            pending, then
            `created`; `in_progress` then `completed` for update, replicate and
            delete from the HSM.
        algorithm (str | Unset): `rsa` in the examples; empty while a creation is pending.
        object_type (str | Unset): `public key` or `private key`; empty while a creation is pending.
        mechanism (str | Unset):
        size (int | Unset):
        label (str | Unset):
        attributes (list[str] | Unset): Attributes that are true (CKA_* names).
        object_uid (str | Unset): The HSM object's UID (hex).
        sha_256_fingerprint (str | Unset):
        replication_info (LunaKeyReplicationInfo | Unset): Per HA member serial number, `available` or an error text.
        replicated (bool | Unset): Present on every HA member.
        byok_key (bool | Unset):
        origin (str | Unset): `cckm`, `external` (list filter values) or `unknown` (seen).
        modulus (str | Unset): RSA modulus (hex); empty while pending.
        exponent (int | Unset): RSA public exponent; 0 while pending.
        link_id (str | Unset): Id of the other half of an RSA pair.
        links (LunaKey | Unset):
        ha_enabled (bool | Unset):
    """

    id: str
    status: LunaKeyStatus
    uri: str | Unset = UNSET
    account: str | Unset = UNSET
    application: str | Unset = UNSET
    dev_account: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    partition_id: str | Unset = UNSET
    partition_label: str | Unset = UNSET
    operation: LunaKeyOperation | Unset = UNSET
    operation_status: LunaKeyOperationStatus | Unset = UNSET
    algorithm: str | Unset = UNSET
    object_type: str | Unset = UNSET
    mechanism: str | Unset = UNSET
    size: int | Unset = UNSET
    label: str | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    object_uid: str | Unset = UNSET
    sha_256_fingerprint: str | Unset = UNSET
    replication_info: LunaKeyReplicationInfo | Unset = UNSET
    replicated: bool | Unset = UNSET
    byok_key: bool | Unset = UNSET
    origin: str | Unset = UNSET
    modulus: str | Unset = UNSET
    exponent: int | Unset = UNSET
    link_id: str | Unset = UNSET
    links: LunaKey | Unset = UNSET
    ha_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.luna_key_replication_info import LunaKeyReplicationInfo  # noqa: PLC0415

        id = self.id

        status = self.status.value

        uri = self.uri

        account = self.account

        application = self.application

        dev_account = self.dev_account

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        partition_id = self.partition_id

        partition_label = self.partition_label

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        operation_status: str | Unset = UNSET
        if not isinstance(self.operation_status, Unset):
            operation_status = self.operation_status.value

        algorithm = self.algorithm

        object_type = self.object_type

        mechanism = self.mechanism

        size = self.size

        label = self.label

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes

        object_uid = self.object_uid

        sha_256_fingerprint = self.sha_256_fingerprint

        replication_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replication_info, Unset):
            replication_info = self.replication_info.to_dict()

        replicated = self.replicated

        byok_key = self.byok_key

        origin = self.origin

        modulus = self.modulus

        exponent = self.exponent

        link_id = self.link_id

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        ha_enabled = self.ha_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if account is not UNSET:
            field_dict["account"] = account
        if application is not UNSET:
            field_dict["application"] = application
        if dev_account is not UNSET:
            field_dict["devAccount"] = dev_account
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if partition_id is not UNSET:
            field_dict["partition_id"] = partition_id
        if partition_label is not UNSET:
            field_dict["partition_label"] = partition_label
        if operation is not UNSET:
            field_dict["operation"] = operation
        if operation_status is not UNSET:
            field_dict["operation_status"] = operation_status
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if mechanism is not UNSET:
            field_dict["mechanism"] = mechanism
        if size is not UNSET:
            field_dict["size"] = size
        if label is not UNSET:
            field_dict["label"] = label
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if object_uid is not UNSET:
            field_dict["object_uid"] = object_uid
        if sha_256_fingerprint is not UNSET:
            field_dict["sha_256_fingerprint"] = sha_256_fingerprint
        if replication_info is not UNSET:
            field_dict["replication_info"] = replication_info
        if replicated is not UNSET:
            field_dict["replicated"] = replicated
        if byok_key is not UNSET:
            field_dict["byok_key"] = byok_key
        if origin is not UNSET:
            field_dict["origin"] = origin
        if modulus is not UNSET:
            field_dict["modulus"] = modulus
        if exponent is not UNSET:
            field_dict["exponent"] = exponent
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if links is not UNSET:
            field_dict["links"] = links
        if ha_enabled is not UNSET:
            field_dict["ha_enabled"] = ha_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.luna_key_replication_info import LunaKeyReplicationInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = LunaKeyStatus(d.pop("status"))

        uri = d.pop("uri", UNSET)

        account = d.pop("account", UNSET)

        application = d.pop("application", UNSET)

        dev_account = d.pop("devAccount", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        partition_id = d.pop("partition_id", UNSET)

        partition_label = d.pop("partition_label", UNSET)

        _operation = d.pop("operation", UNSET)
        operation: LunaKeyOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = LunaKeyOperation(_operation)

        _operation_status = d.pop("operation_status", UNSET)
        operation_status: LunaKeyOperationStatus | Unset
        if isinstance(_operation_status, Unset):
            operation_status = UNSET
        else:
            operation_status = LunaKeyOperationStatus(_operation_status)

        algorithm = d.pop("algorithm", UNSET)

        object_type = d.pop("object_type", UNSET)

        mechanism = d.pop("mechanism", UNSET)

        size = d.pop("size", UNSET)

        label = d.pop("label", UNSET)

        attributes = cast(list[str], d.pop("attributes", UNSET))

        object_uid = d.pop("object_uid", UNSET)

        sha_256_fingerprint = d.pop("sha_256_fingerprint", UNSET)

        _replication_info = d.pop("replication_info", UNSET)
        replication_info: LunaKeyReplicationInfo | Unset
        if isinstance(_replication_info, Unset):
            replication_info = UNSET
        else:
            replication_info = LunaKeyReplicationInfo.from_dict(_replication_info)

        replicated = d.pop("replicated", UNSET)

        byok_key = d.pop("byok_key", UNSET)

        origin = d.pop("origin", UNSET)

        modulus = d.pop("modulus", UNSET)

        exponent = d.pop("exponent", UNSET)

        link_id = d.pop("link_id", UNSET)

        _links = d.pop("links", UNSET)
        links: LunaKey | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = LunaKey.from_dict(_links)

        ha_enabled = d.pop("ha_enabled", UNSET)

        luna_key = cls(
            id=id,
            status=status,
            uri=uri,
            account=account,
            application=application,
            dev_account=dev_account,
            created_at=created_at,
            updated_at=updated_at,
            partition_id=partition_id,
            partition_label=partition_label,
            operation=operation,
            operation_status=operation_status,
            algorithm=algorithm,
            object_type=object_type,
            mechanism=mechanism,
            size=size,
            label=label,
            attributes=attributes,
            object_uid=object_uid,
            sha_256_fingerprint=sha_256_fingerprint,
            replication_info=replication_info,
            replicated=replicated,
            byok_key=byok_key,
            origin=origin,
            modulus=modulus,
            exponent=exponent,
            link_id=link_id,
            links=links,
            ha_enabled=ha_enabled,
        )

        luna_key.additional_properties = d
        return luna_key

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

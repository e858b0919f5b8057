from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..models.synchronize_job_job_type import SynchronizeJobJobType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.luna_job_base_detailed_status import LunaJobBaseDetailedStatus


T = TypeVar("T", bound="SynchronizeJob")


@_attrs_define
class SynchronizeJob:
    """
    Attributes:
        id (str): The resource's id (UUID).
        overall_status (JobStatus):
        uri (str | Unset): `kylo:kylo:<service>:<type>:<id>`.
        account (str | Unset):
        application (str | Unset):
        dev_account (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        detailed_status (LunaJobBaseDetailedStatus | Unset): Per partition id, that partition's status.
        completed_at (datetime.datetime | Unset):
        cloud (str | Unset): `hsm-luna`.
        partitions (list[str] | Unset): Partition ids covered.
        abort (bool | Unset): Set by cancel.
        job_type (SynchronizeJobJobType | Unset):
    """

    id: str
    overall_status: JobStatus
    uri: str | Unset = UNSET
    account: str | Unset = UNSET
    application: str | Unset = UNSET
    dev_account: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    detailed_status: LunaJobBaseDetailedStatus | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    cloud: str | Unset = UNSET
    partitions: list[str] | Unset = UNSET
    abort: bool | Unset = UNSET
    job_type: SynchronizeJobJobType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.luna_job_base_detailed_status import LunaJobBaseDetailedStatus  # noqa: PLC0415

        id = self.id

        overall_status = self.overall_status.value

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

        detailed_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detailed_status, Unset):
            detailed_status = self.detailed_status.to_dict()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        cloud = self.cloud

        partitions: list[str] | Unset = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = self.partitions

        abort = self.abort

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "overall_status": overall_status,
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
        if detailed_status is not UNSET:
            field_dict["detailed_status"] = detailed_status
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if partitions is not UNSET:
            field_dict["partitions"] = partitions
        if abort is not UNSET:
            field_dict["abort"] = abort
        if job_type is not UNSET:
            field_dict["job_type"] = job_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.luna_job_base_detailed_status import LunaJobBaseDetailedStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        overall_status = JobStatus(d.pop("overall_status"))

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

        _detailed_status = d.pop("detailed_status", UNSET)
        detailed_status: LunaJobBaseDetailedStatus | Unset
        if isinstance(_detailed_status, Unset):
            detailed_status = UNSET
        else:
            detailed_status = LunaJobBaseDetailedStatus.from_dict(_detailed_status)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        cloud = d.pop("cloud", UNSET)

        partitions = cast(list[str], d.pop("partitions", UNSET))

        abort = d.pop("abort", UNSET)

        _job_type = d.pop("job_type", UNSET)
        job_type: SynchronizeJobJobType | Unset
        if isinstance(_job_type, Unset):
            job_type = UNSET
        else:
            job_type = SynchronizeJobJobType(_job_type)

        synchronize_job = cls(
            id=id,
            overall_status=overall_status,
            uri=uri,
            account=account,
            application=application,
            dev_account=dev_account,
            created_at=created_at,
            updated_at=updated_at,
            detailed_status=detailed_status,
            completed_at=completed_at,
            cloud=cloud,
            partitions=partitions,
            abort=abort,
            job_type=job_type,
        )

        synchronize_job.additional_properties = d
        return synchronize_job

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

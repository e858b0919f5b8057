from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplianceRoot")


@_attrs_define
class ApplianceRoot:
    """The appliance root resource. Besides the fields below it links
    (URL strings) to the top-level collections: actions, cluster, config,
    cpu, disk, hsms, memory, network, ntls, ntp, packageFiles, packages,
    sensors, services, snmp, ssh, syslog, time, upgrades, webServer.

        Attributes:
            force_so_login (bool | Unset): When true, some NTLS, NTP and time resources also require an HSM SO login.
            system_status (str | Unset):  Example: ISO (In Service Okay).
            system_status_codes (str | Unset): Comma-separated status codes. Example: 61,62,63.
            version (str | Unset): Appliance software version. Example: 7.8.4-254.
            actions (str | Unset):  Example: /api/lunasa/actions.
            cluster (str | Unset):
            config (str | Unset):
            cpu (str | Unset):
            disk (str | Unset):
            hsms (str | Unset):  Example: /api/lunasa/hsms.
            memory (str | Unset):
            network (str | Unset):
            ntls (str | Unset):
            ntp (str | Unset):
            package_files (str | Unset):
            packages (str | Unset):
            sensors (str | Unset):
            services (str | Unset):
            snmp (str | Unset):
            ssh (str | Unset):
            syslog (str | Unset):
            time (str | Unset):
            upgrades (str | Unset):
            web_server (str | Unset):
    """

    force_so_login: bool | Unset = UNSET
    system_status: str | Unset = UNSET
    system_status_codes: str | Unset = UNSET
    version: str | Unset = UNSET
    actions: str | Unset = UNSET
    cluster: str | Unset = UNSET
    config: str | Unset = UNSET
    cpu: str | Unset = UNSET
    disk: str | Unset = UNSET
    hsms: str | Unset = UNSET
    memory: str | Unset = UNSET
    network: str | Unset = UNSET
    ntls: str | Unset = UNSET
    ntp: str | Unset = UNSET
    package_files: str | Unset = UNSET
    packages: str | Unset = UNSET
    sensors: str | Unset = UNSET
    services: str | Unset = UNSET
    snmp: str | Unset = UNSET
    ssh: str | Unset = UNSET
    syslog: str | Unset = UNSET
    time: str | Unset = UNSET
    upgrades: str | Unset = UNSET
    web_server: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        force_so_login = self.force_so_login

        system_status = self.system_status

        system_status_codes = self.system_status_codes

        version = self.version

        actions = self.actions

        cluster = self.cluster

        config = self.config

        cpu = self.cpu

        disk = self.disk

        hsms = self.hsms

        memory = self.memory

        network = self.network

        ntls = self.ntls

        ntp = self.ntp

        package_files = self.package_files

        packages = self.packages

        sensors = self.sensors

        services = self.services

        snmp = self.snmp

        ssh = self.ssh

        syslog = self.syslog

        time = self.time

        upgrades = self.upgrades

        web_server = self.web_server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if force_so_login is not UNSET:
            field_dict["forceSoLogin"] = force_so_login
        if system_status is not UNSET:
            field_dict["systemStatus"] = system_status
        if system_status_codes is not UNSET:
            field_dict["systemStatusCodes"] = system_status_codes
        if version is not UNSET:
            field_dict["version"] = version
        if actions is not UNSET:
            field_dict["actions"] = actions
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if config is not UNSET:
            field_dict["config"] = config
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if disk is not UNSET:
            field_dict["disk"] = disk
        if hsms is not UNSET:
            field_dict["hsms"] = hsms
        if memory is not UNSET:
            field_dict["memory"] = memory
        if network is not UNSET:
            field_dict["network"] = network
        if ntls is not UNSET:
            field_dict["ntls"] = ntls
        if ntp is not UNSET:
            field_dict["ntp"] = ntp
        if package_files is not UNSET:
            field_dict["packageFiles"] = package_files
        if packages is not UNSET:
            field_dict["packages"] = packages
        if sensors is not UNSET:
            field_dict["sensors"] = sensors
        if services is not UNSET:
            field_dict["services"] = services
        if snmp is not UNSET:
            field_dict["snmp"] = snmp
        if ssh is not UNSET:
            field_dict["ssh"] = ssh
        if syslog is not UNSET:
            field_dict["syslog"] = syslog
        if time is not UNSET:
            field_dict["time"] = time
        if upgrades is not UNSET:
            field_dict["upgrades"] = upgrades
        if web_server is not UNSET:
            field_dict["webServer"] = web_server

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        force_so_login = d.pop("forceSoLogin", UNSET)

        system_status = d.pop("systemStatus", UNSET)

        system_status_codes = d.pop("systemStatusCodes", UNSET)

        version = d.pop("version", UNSET)

        actions = d.pop("actions", UNSET)

        cluster = d.pop("cluster", UNSET)

        config = d.pop("config", UNSET)

        cpu = d.pop("cpu", UNSET)

        disk = d.pop("disk", UNSET)

        hsms = d.pop("hsms", UNSET)

        memory = d.pop("memory", UNSET)

        network = d.pop("network", UNSET)

        ntls = d.pop("ntls", UNSET)

        ntp = d.pop("ntp", UNSET)

        package_files = d.pop("packageFiles", UNSET)

        packages = d.pop("packages", UNSET)

        sensors = d.pop("sensors", UNSET)

        services = d.pop("services", UNSET)

        snmp = d.pop("snmp", UNSET)

        ssh = d.pop("ssh", UNSET)

        syslog = d.pop("syslog", UNSET)

        time = d.pop("time", UNSET)

        upgrades = d.pop("upgrades", UNSET)

        web_server = d.pop("webServer", UNSET)

        appliance_root = cls(
            force_so_login=force_so_login,
            system_status=system_status,
            system_status_codes=system_status_codes,
            version=version,
            actions=actions,
            cluster=cluster,
            config=config,
            cpu=cpu,
            disk=disk,
            hsms=hsms,
            memory=memory,
            network=network,
            ntls=ntls,
            ntp=ntp,
            package_files=package_files,
            packages=packages,
            sensors=sensors,
            services=services,
            snmp=snmp,
            ssh=ssh,
            syslog=syslog,
            time=time,
            upgrades=upgrades,
            web_server=web_server,
        )

        appliance_root.additional_properties = d
        return appliance_root

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

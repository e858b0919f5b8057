"""Contains all the data models used in inputs/outputs"""

from .access_role import AccessRole
from .access_role_list import AccessRoleList
from .action_list import ActionList
from .action_ref import ActionRef
from .appliance_root import ApplianceRoot
from .appliance_time import ApplianceTime
from .appliance_user import ApplianceUser
from .appliance_user_list import ApplianceUserList
from .apply_upgrade_request import ApplyUpgradeRequest
from .certificate_signing_request import CertificateSigningRequest
from .change_partition_role_password_request import ChangePartitionRolePasswordRequest
from .config_backup import ConfigBackup
from .config_backup_list import ConfigBackupList
from .config_root import ConfigRoot
from .cpu_process_list import CpuProcessList
from .cpu_process_list_processes_item import CpuProcessListProcessesItem
from .cpu_usage import CpuUsage
from .cpu_usage_load_average import CpuUsageLoadAverage
from .create_config_backup_request import CreateConfigBackupRequest
from .create_hsm_indirect_challenge_request import CreateHsmIndirectChallengeRequest
from .create_hsm_indirect_response_request import CreateHsmIndirectResponseRequest
from .create_login_challenge_request import CreateLoginChallengeRequest
from .create_ntls_client_link_request import CreateNtlsClientLinkRequest
from .create_ntls_csr_request import CreateNtlsCsrRequest
from .create_ntls_csr_request_key_size import CreateNtlsCsrRequestKeySize
from .create_ntp_server_request import CreateNtpServerRequest
from .create_partition_indirect_challenge_request import (
    CreatePartitionIndirectChallengeRequest,
)
from .create_partition_indirect_response_request import (
    CreatePartitionIndirectResponseRequest,
)
from .create_partition_indirect_response_type import CreatePartitionIndirectResponseType
from .create_partition_request import CreatePartitionRequest
from .create_partition_request_version import CreatePartitionRequestVersion
from .create_role_request import CreateRoleRequest
from .create_snmp_trap_request import CreateSnmpTrapRequest
from .create_snmp_trap_request_authentication_protocol import (
    CreateSnmpTrapRequestAuthenticationProtocol,
)
from .create_snmp_trap_request_privacy_protocol import (
    CreateSnmpTrapRequestPrivacyProtocol,
)
from .create_snmp_trap_request_trap_type import CreateSnmpTrapRequestTrapType
from .create_snmp_user_notification_request import CreateSnmpUserNotificationRequest
from .create_snmp_user_request import CreateSnmpUserRequest
from .create_stc_client_request import CreateStcClientRequest
from .create_syslog_remote_host_ca_request import CreateSyslogRemoteHostCaRequest
from .create_syslog_remote_host_request import CreateSyslogRemoteHostRequest
from .create_user_certificate_request import CreateUserCertificateRequest
from .create_user_request import CreateUserRequest
from .create_web_server_csr_request import CreateWebServerCsrRequest
from .create_web_server_csr_request_key_type import CreateWebServerCsrRequestKeyType
from .disk_partition_list import DiskPartitionList
from .disk_partition_list_partitions_item import DiskPartitionListPartitionsItem
from .disk_usage import DiskUsage
from .empty import Empty
from .error_description import ErrorDescription
from .error_description_status import ErrorDescriptionStatus
from .error_description_type import ErrorDescriptionType
from .export_partition_policy_template_request import (
    ExportPartitionPolicyTemplateRequest,
)
from .factory_reset_config_request import FactoryResetConfigRequest
from .generate_syslog_remote_host_certificate_request import (
    GenerateSyslogRemoteHostCertificateRequest,
)
from .generate_syslog_remote_host_csr_request import GenerateSyslogRemoteHostCsrRequest
from .get_hsm_certificate_type import GetHsmCertificateType
from .get_partition_certificate_type import GetPartitionCertificateType
from .get_partition_indirect_key_type import GetPartitionIndirectKeyType
from .hsm import Hsm
from .hsm_action_result import HsmActionResult
from .hsm_capability_list import HsmCapabilityList
from .hsm_capability_list_capabilities_item import HsmCapabilityListCapabilitiesItem
from .hsm_certificate import HsmCertificate
from .hsm_counter import HsmCounter
from .hsm_firmware import HsmFirmware
from .hsm_indirect_challenge import HsmIndirectChallenge
from .hsm_indirect_response import HsmIndirectResponse
from .hsm_license_list import HsmLicenseList
from .hsm_license_list_licenses_item import HsmLicenseListLicensesItem
from .hsm_list import HsmList
from .hsm_metrics import HsmMetrics
from .hsm_metrics_metrics_item import HsmMetricsMetricsItem
from .hsm_metrics_metrics_item_bins_item import HsmMetricsMetricsItemBinsItem
from .hsm_metrics_metrics_item_bins_item_counters_item import (
    HsmMetricsMetricsItemBinsItemCountersItem,
)
from .hsm_ped import HsmPed
from .hsm_ped_list import HsmPedList
from .hsm_policy import HsmPolicy
from .hsm_policy_list import HsmPolicyList
from .hsm_role import HsmRole
from .hsm_role_indirect_login_version import HsmRoleIndirectLoginVersion
from .hsm_role_list import HsmRoleList
from .hsm_role_ref import HsmRoleRef
from .hsm_storage_space import HsmStorageSpace
from .hsm_utilization import HsmUtilization
from .hsm_utilization_bins import HsmUtilizationBins
from .initialize_hsm_request import InitializeHsmRequest
from .initialize_partition_request import InitializePartitionRequest
from .initialize_partition_role_request import InitializePartitionRoleRequest
from .install_package_file_request import InstallPackageFileRequest
from .install_package_file_upload import InstallPackageFileUpload
from .load_hsm_indirect_key_request import LoadHsmIndirectKeyRequest
from .load_hsm_indirect_key_type import LoadHsmIndirectKeyType
from .login_challenge import LoginChallenge
from .login_hsm_request import LoginHsmRequest
from .login_partition_request import LoginPartitionRequest
from .login_with_challenge_response_request import LoginWithChallengeResponseRequest
from .memory_usage import MemoryUsage
from .network_config import NetworkConfig
from .network_device import NetworkDevice
from .network_device_list import NetworkDeviceList
from .network_device_stats import NetworkDeviceStats
from .network_ping_result import NetworkPingResult
from .network_route import NetworkRoute
from .network_route_list import NetworkRouteList
from .network_route_route_type import NetworkRouteRouteType
from .network_traffic_class import NetworkTrafficClass
from .ntls_certificate import NtlsCertificate
from .ntls_client import NtlsClient
from .ntls_client_dn import NtlsClientDn
from .ntls_client_link import NtlsClientLink
from .ntls_client_link_list import NtlsClientLinkList
from .ntls_client_link_ref import NtlsClientLinkRef
from .ntls_client_list import NtlsClientList
from .ntls_client_ref import NtlsClientRef
from .ntls_client_registration import NtlsClientRegistration
from .ntls_config import NtlsConfig
from .ntp_config import NtpConfig
from .ntp_server import NtpServer
from .ntp_server_list import NtpServerList
from .ntp_status import NtpStatus
from .ntp_sync_result import NtpSyncResult
from .package_file_list import PackageFileList
from .package_list import PackageList
from .package_list_packages_item import PackageListPackagesItem
from .partition import Partition
from .partition_certificate import PartitionCertificate
from .partition_indirect_challenge import PartitionIndirectChallenge
from .partition_indirect_key import PartitionIndirectKey
from .partition_indirect_response import PartitionIndirectResponse
from .partition_list import PartitionList
from .partition_object import PartitionObject
from .partition_object_action_result import PartitionObjectActionResult
from .partition_object_list import PartitionObjectList
from .partition_object_ref import PartitionObjectRef
from .partition_policy import PartitionPolicy
from .partition_policy_list import PartitionPolicyList
from .partition_policy_template import PartitionPolicyTemplate
from .partition_policy_template_export_result import PartitionPolicyTemplateExportResult
from .partition_policy_template_list import PartitionPolicyTemplateList
from .partition_policy_template_ref import PartitionPolicyTemplateRef
from .partition_role import PartitionRole
from .partition_role_list import PartitionRoleList
from .partition_role_ref import PartitionRoleRef
from .partition_stc import PartitionStc
from .perform_appliance_action_request import PerformApplianceActionRequest
from .perform_config_backup_action_request import PerformConfigBackupActionRequest
from .perform_hsm_action_request import PerformHsmActionRequest
from .perform_hsm_firmware_action_request import PerformHsmFirmwareActionRequest
from .perform_hsm_ped_action_request import PerformHsmPedActionRequest
from .perform_hsm_role_action_request import PerformHsmRoleActionRequest
from .perform_network_action_request import PerformNetworkActionRequest
from .perform_network_device_action_request import PerformNetworkDeviceActionRequest
from .perform_network_device_action_response_200 import (
    PerformNetworkDeviceActionResponse200,
)
from .perform_ntp_action_request import PerformNtpActionRequest
from .perform_partition_object_action_request import PerformPartitionObjectActionRequest
from .perform_partition_role_action_request import PerformPartitionRoleActionRequest
from .perform_service_action_request import PerformServiceActionRequest
from .perform_snmp_trap_action_body import PerformSnmpTrapActionBody
from .perform_ssh_action_body import PerformSshActionBody
from .perform_user_action_request import PerformUserActionRequest
from .perform_user_password_config_action_request import (
    PerformUserPasswordConfigActionRequest,
)
from .perform_user_password_config_action_request_settings_to_toggle_item import (
    PerformUserPasswordConfigActionRequestSettingsToToggleItem,
)
from .regenerate_ntls_certificate_request import RegenerateNtlsCertificateRequest
from .register_ntls_client_request import RegisterNtlsClientRequest
from .replace_hsm_policy_request import ReplaceHsmPolicyRequest
from .replace_network_device_ip_4_request import ReplaceNetworkDeviceIp4Request
from .replace_network_device_ip_4_request_mode import ReplaceNetworkDeviceIp4RequestMode
from .replace_ntls_certificate_request import ReplaceNtlsCertificateRequest
from .replace_ntls_client_certificate_request import ReplaceNtlsClientCertificateRequest
from .replace_ntls_client_dn_request import ReplaceNtlsClientDnRequest
from .replace_ntls_config_request import ReplaceNtlsConfigRequest
from .replace_ntp_server_request import ReplaceNtpServerRequest
from .replace_partition_policy_request import ReplacePartitionPolicyRequest
from .replace_partition_stc_request import ReplacePartitionStcRequest
from .replace_syslog_remote_host_certificate_request import (
    ReplaceSyslogRemoteHostCertificateRequest,
)
from .replace_user_login_config_request import ReplaceUserLoginConfigRequest
from .replace_user_request import ReplaceUserRequest
from .replace_web_server_blocklist_request import ReplaceWebServerBlocklistRequest
from .resource_ref import ResourceRef
from .send_snmp_test_trap_request import SendSnmpTestTrapRequest
from .send_snmp_test_trap_request_log_facility import SendSnmpTestTrapRequestLogFacility
from .send_snmp_test_trap_request_log_level import SendSnmpTestTrapRequestLogLevel
from .sensor import Sensor
from .sensor_list import SensorList
from .sensor_readings_pending import SensorReadingsPending
from .service import Service
from .service_list import ServiceList
from .service_summary import ServiceSummary
from .smk_key import SmkKey
from .smk_key_list import SmkKeyList
from .snmp_config import SnmpConfig
from .snmp_notification import SnmpNotification
from .snmp_notification_list import SnmpNotificationList
from .snmp_trap import SnmpTrap
from .snmp_trap_created import SnmpTrapCreated
from .snmp_trap_list import SnmpTrapList
from .snmp_trap_trap_type import SnmpTrapTrapType
from .snmp_user import SnmpUser
from .snmp_user_list import SnmpUserList
from .ssh_config import SshConfig
from .stc_client import StcClient
from .stc_client_list import StcClientList
from .stc_client_ref import StcClientRef
from .syslog_config import SyslogConfig
from .syslog_csr import SyslogCsr
from .syslog_log_list import SyslogLogList
from .syslog_remote_host import SyslogRemoteHost
from .syslog_remote_host_ca import SyslogRemoteHostCa
from .syslog_remote_host_certificate import SyslogRemoteHostCertificate
from .syslog_remote_host_list import SyslogRemoteHostList
from .task import Task
from .task_list import TaskList
from .task_result import TaskResult
from .task_state import TaskState
from .update_hsm_policy_request import UpdateHsmPolicyRequest
from .update_hsm_role_request import UpdateHsmRoleRequest
from .update_network_config_request import UpdateNetworkConfigRequest
from .update_partition_policy_request import UpdatePartitionPolicyRequest
from .update_service_request import UpdateServiceRequest
from .update_ssh_config_request import UpdateSshConfigRequest
from .update_ssh_config_request_network_devices_item import (
    UpdateSshConfigRequestNetworkDevicesItem,
)
from .update_time_request import UpdateTimeRequest
from .update_user_password_config_request import UpdateUserPasswordConfigRequest
from .update_user_request import UpdateUserRequest
from .update_web_server_blocklist_request import UpdateWebServerBlocklistRequest
from .update_web_server_config_request import UpdateWebServerConfigRequest
from .upgrade_list import UpgradeList
from .upload_user_file_body import UploadUserFileBody
from .user_certificate import UserCertificate
from .user_certificate_list import UserCertificateList
from .user_file import UserFile
from .user_file_list import UserFileList
from .user_login_config import UserLoginConfig
from .user_password_config import UserPasswordConfig
from .web_server_blocklist import WebServerBlocklist
from .web_server_config import WebServerConfig
from .write_log_message_request import WriteLogMessageRequest

__all__ = (
    "AccessRole",
    "AccessRoleList",
    "ActionList",
    "ActionRef",
    "ApplianceRoot",
    "ApplianceTime",
    "ApplianceUser",
    "ApplianceUserList",
    "ApplyUpgradeRequest",
    "CertificateSigningRequest",
    "ChangePartitionRolePasswordRequest",
    "ConfigBackup",
    "ConfigBackupList",
    "ConfigRoot",
    "CpuProcessList",
    "CpuProcessListProcessesItem",
    "CpuUsage",
    "CpuUsageLoadAverage",
    "CreateConfigBackupRequest",
    "CreateHsmIndirectChallengeRequest",
    "CreateHsmIndirectResponseRequest",
    "CreateLoginChallengeRequest",
    "CreateNtlsClientLinkRequest",
    "CreateNtlsCsrRequest",
    "CreateNtlsCsrRequestKeySize",
    "CreateNtpServerRequest",
    "CreatePartitionIndirectChallengeRequest",
    "CreatePartitionIndirectResponseRequest",
    "CreatePartitionIndirectResponseType",
    "CreatePartitionRequest",
    "CreatePartitionRequestVersion",
    "CreateRoleRequest",
    "CreateSnmpTrapRequest",
    "CreateSnmpTrapRequestAuthenticationProtocol",
    "CreateSnmpTrapRequestPrivacyProtocol",
    "CreateSnmpTrapRequestTrapType",
    "CreateSnmpUserNotificationRequest",
    "CreateSnmpUserRequest",
    "CreateStcClientRequest",
    "CreateSyslogRemoteHostCaRequest",
    "CreateSyslogRemoteHostRequest",
    "CreateUserCertificateRequest",
    "CreateUserRequest",
    "CreateWebServerCsrRequest",
    "CreateWebServerCsrRequestKeyType",
    "DiskPartitionList",
    "DiskPartitionListPartitionsItem",
    "DiskUsage",
    "Empty",
    "ErrorDescription",
    "ErrorDescriptionStatus",
    "ErrorDescriptionType",
    "ExportPartitionPolicyTemplateRequest",
    "FactoryResetConfigRequest",
    "GenerateSyslogRemoteHostCertificateRequest",
    "GenerateSyslogRemoteHostCsrRequest",
    "GetHsmCertificateType",
    "GetPartitionCertificateType",
    "GetPartitionIndirectKeyType",
    "Hsm",
    "HsmActionResult",
    "HsmCapabilityList",
    "HsmCapabilityListCapabilitiesItem",
    "HsmCertificate",
    "HsmCounter",
    "HsmFirmware",
    "HsmIndirectChallenge",
    "HsmIndirectResponse",
    "HsmLicenseList",
    "HsmLicenseListLicensesItem",
    "HsmList",
    "HsmMetrics",
    "HsmMetricsMetricsItem",
    "HsmMetricsMetricsItemBinsItem",
    "HsmMetricsMetricsItemBinsItemCountersItem",
    "HsmPed",
    "HsmPedList",
    "HsmPolicy",
    "HsmPolicyList",
    "HsmRole",
    "HsmRoleIndirectLoginVersion",
    "HsmRoleList",
    "HsmRoleRef",
    "HsmStorageSpace",
    "HsmUtilization",
    "HsmUtilizationBins",
    "InitializeHsmRequest",
    "InitializePartitionRequest",
    "InitializePartitionRoleRequest",
    "InstallPackageFileRequest",
    "InstallPackageFileUpload",
    "LoadHsmIndirectKeyRequest",
    "LoadHsmIndirectKeyType",
    "LoginChallenge",
    "LoginHsmRequest",
    "LoginPartitionRequest",
    "LoginWithChallengeResponseRequest",
    "MemoryUsage",
    "NetworkConfig",
    "NetworkDevice",
    "NetworkDeviceList",
    "NetworkDeviceStats",
    "NetworkPingResult",
    "NetworkRoute",
    "NetworkRouteList",
    "NetworkRouteRouteType",
    "NetworkTrafficClass",
    "NtlsCertificate",
    "NtlsClient",
    "NtlsClientDn",
    "NtlsClientLink",
    "NtlsClientLinkList",
    "NtlsClientLinkRef",
    "NtlsClientList",
    "NtlsClientRef",
    "NtlsClientRegistration",
    "NtlsConfig",
    "NtpConfig",
    "NtpServer",
    "NtpServerList",
    "NtpStatus",
    "NtpSyncResult",
    "PackageFileList",
    "PackageList",
    "PackageListPackagesItem",
    "Partition",
    "PartitionCertificate",
    "PartitionIndirectChallenge",
    "PartitionIndirectKey",
    "PartitionIndirectResponse",
    "PartitionList",
    "PartitionObject",
    "PartitionObjectActionResult",
    "PartitionObjectList",
    "PartitionObjectRef",
    "PartitionPolicy",
    "PartitionPolicyList",
    "PartitionPolicyTemplate",
    "PartitionPolicyTemplateExportResult",
    "PartitionPolicyTemplateList",
    "PartitionPolicyTemplateRef",
    "PartitionRole",
    "PartitionRoleList",
    "PartitionRoleRef",
    "PartitionStc",
    "PerformApplianceActionRequest",
    "PerformConfigBackupActionRequest",
    "PerformHsmActionRequest",
    "PerformHsmFirmwareActionRequest",
    "PerformHsmPedActionRequest",
    "PerformHsmRoleActionRequest",
    "PerformNetworkActionRequest",
    "PerformNetworkDeviceActionRequest",
    "PerformNetworkDeviceActionResponse200",
    "PerformNtpActionRequest",
    "PerformPartitionObjectActionRequest",
    "PerformPartitionRoleActionRequest",
    "PerformServiceActionRequest",
    "PerformSnmpTrapActionBody",
    "PerformSshActionBody",
    "PerformUserActionRequest",
    "PerformUserPasswordConfigActionRequest",
    "PerformUserPasswordConfigActionRequestSettingsToToggleItem",
    "RegenerateNtlsCertificateRequest",
    "RegisterNtlsClientRequest",
    "ReplaceHsmPolicyRequest",
    "ReplaceNetworkDeviceIp4Request",
    "ReplaceNetworkDeviceIp4RequestMode",
    "ReplaceNtlsCertificateRequest",
    "ReplaceNtlsClientCertificateRequest",
    "ReplaceNtlsClientDnRequest",
    "ReplaceNtlsConfigRequest",
    "ReplaceNtpServerRequest",
    "ReplacePartitionPolicyRequest",
    "ReplacePartitionStcRequest",
    "ReplaceSyslogRemoteHostCertificateRequest",
    "ReplaceUserLoginConfigRequest",
    "ReplaceUserRequest",
    "ReplaceWebServerBlocklistRequest",
    "ResourceRef",
    "SendSnmpTestTrapRequest",
    "SendSnmpTestTrapRequestLogFacility",
    "SendSnmpTestTrapRequestLogLevel",
    "Sensor",
    "SensorList",
    "SensorReadingsPending",
    "Service",
    "ServiceList",
    "ServiceSummary",
    "SmkKey",
    "SmkKeyList",
    "SnmpConfig",
    "SnmpNotification",
    "SnmpNotificationList",
    "SnmpTrap",
    "SnmpTrapCreated",
    "SnmpTrapList",
    "SnmpTrapTrapType",
    "SnmpUser",
    "SnmpUserList",
    "SshConfig",
    "StcClient",
    "StcClientList",
    "StcClientRef",
    "SyslogConfig",
    "SyslogCsr",
    "SyslogLogList",
    "SyslogRemoteHost",
    "SyslogRemoteHostCa",
    "SyslogRemoteHostCertificate",
    "SyslogRemoteHostList",
    "Task",
    "TaskList",
    "TaskResult",
    "TaskState",
    "UpdateHsmPolicyRequest",
    "UpdateHsmRoleRequest",
    "UpdateNetworkConfigRequest",
    "UpdatePartitionPolicyRequest",
    "UpdateServiceRequest",
    "UpdateSshConfigRequest",
    "UpdateSshConfigRequestNetworkDevicesItem",
    "UpdateTimeRequest",
    "UpdateUserPasswordConfigRequest",
    "UpdateUserRequest",
    "UpdateWebServerBlocklistRequest",
    "UpdateWebServerConfigRequest",
    "UpgradeList",
    "UploadUserFileBody",
    "UserCertificate",
    "UserCertificateList",
    "UserFile",
    "UserFileList",
    "UserLoginConfig",
    "UserPasswordConfig",
    "WebServerBlocklist",
    "WebServerConfig",
    "WriteLogMessageRequest",
)

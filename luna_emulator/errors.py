"""The error catalog: one class per error id, with its HTTP status and message.

Every error the emulator answers is defined here, once: rules raise these classes (with
details, and a status only where the appliance answers the same id with several); the
HTTP layer turns them into the appliance's "Error Description" body. A class is named
after its id in CapWords, without the origin prefix (``HSMPLUGIN_INVALID_HSM`` is
``InvalidHsm``). Ids the reference documents are used as documented; the emulator's own
ids (where the reference gives only a status) are marked ``documented=False``, and
``tests/test_emulator_errors.py`` checks that every id an operation answers is declared
in its ``x-luna-errors`` or is one of those.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "ANY_OPERATION",
    "ERRORS",
    "ActionDoesNotExist",
    "AuthenticationFailed",
    "BackupDoesNotExist",
    "BadRequest",
    "BlockListed",
    "CriticalOperationInProgress",
    "ExpiredCert",
    "ExpiredCertificate",
    "FileUploadLimitExceed",
    "FileidDoesNotExist",
    "FilenameNotValid",
    "FuncNotSupported",
    "HsmDoesNotExist",
    "HsmNotInitialized",
    "HsmZeroized",
    "IncorrectPassword",
    "InterfaceDoesNotExist",
    "InvalidAction",
    "InvalidCertificate",
    "InvalidFilename",
    "InvalidHsm",
    "InvalidObject",
    "InvalidPartition",
    "InvalidPed",
    "InvalidPolicy",
    "InvalidRole",
    "InvalidSmkid",
    "InvalidStcClient",
    "InvalidTemplate",
    "InvalidUserid",
    "InvalidValueSpecified",
    "LunaError",
    "MethodNotAllowed",
    "NoAclRule",
    "NoSessionCookie",
    "NotFound",
    "NtlsClientAlreadyExists",
    "NtlsClientInvalidDistinguishedName",
    "NtlsClientNoDnFilterConfigured",
    "NtlsDupeHostname",
    "NtlsDupeIp",
    "NtlsFilenameNotValid",
    "NtlsInvalidCertificate",
    "NtlsMissingHostnameIp",
    "NtlsNoClient",
    "NtlsNoLink",
    "NtlsParametersNotAppropriate",
    "NtlsReservedHostname",
    "NtlsReservedIpAddress",
    "NtpInvalidAuthentication",
    "OperationNotAllowed",
    "OperationRestricted",
    "PartitionNotInitialized",
    "PartitionUserNotAuthenticated",
    "PartitionVersionInvalid",
    "PartitionZeroized",
    "RequestNotAppropriate",
    "RequestTimeout",
    "RequireSoLogin",
    "ResourceAlreadyExists",
    "RoleLockedOut",
    "RoleNotInitialized",
    "ServerPemCannotBeOverwritten",
    "ServiceActionFailed",
    "ServiceActionInvalid",
    "ServiceDoesNotExist",
    "SessionNotPrivate",
    "SmkNotInitialized",
    "SmkRolloverInProgress",
    "SnmpTrapDoesNotExist",
    "SshFailedToSetCiphers",
    "SshOperationFailed",
    "SysconfConfigNtpServiceRunning",
    "SysconfConfigServiceNameInvalid",
    "SyslogInvalidCertificate",
    "TaskDoesNotExist",
    "TaskNotFinished",
    "TaskNotWaiting",
    "UpgradeConfigFilesDoNotExist",
    "UpgradeLicenseAlreadyApplied",
    "UpgradeUploadedLicenseInvalid",
    "UseridNotAuthorized",
    "UseridReservedForSystemUse",
]


class LunaError(Exception):
    """An error answer of the appliance."""

    status: ClassVar[int] = 400
    error_id: ClassVar[str] = "FRAMEWORK_BAD_REQUEST"
    message: ClassVar[str] = "Bad request"
    origin: ClassVar[str] = "FRAMEWORK"
    documented: ClassVar[bool] = True

    def __init__(self, details: str = "", *, status: int | None = None) -> None:
        super().__init__(details or self.message)
        self.details = details or self.message
        self.status_code = status or self.status

    def body(self) -> dict[str, Any]:
        return {
            "details": self.details,
            "id": self.error_id,
            "message": self.message,
            "returnCode": self.status_code,
            "status": "ERROR",
            "type": self.origin,
        }


ERRORS: dict[str, type[LunaError]] = {}


def _define(
    name: str,
    status: int,
    error_id: str,
    message: str,
    origin: str = "FRAMEWORK",
    documented: bool = True,
) -> type[LunaError]:
    cls = type(
        name,
        (LunaError,),
        {
            "status": status,
            "error_id": error_id,
            "message": message,
            "origin": origin,
            "documented": documented,
            "__doc__": f"{status} {error_id}: {message}",
        },
    )
    ERRORS[error_id] = cls
    return cls


BadRequest = _define(
    "BadRequest",
    400,
    "FRAMEWORK_BAD_REQUEST",
    "The input data does not conform to the required validation schema.",
)
NoSessionCookie = _define(
    "NoSessionCookie", 401, "FRAMEWORK_NO_SESSION_COOKIE", "No session cookie was found"
)
SessionNotPrivate = _define(
    "SessionNotPrivate", 401, "FRAMEWORK_SESSION_NOT_PRIVATE", "Session was not created"
)
NoAclRule = _define(
    "NoAclRule",
    401,
    "FRAMEWORK_NO_ACL_RULE",
    "The user's role has no access rule for this resource",
)
AuthenticationFailed = _define(
    "AuthenticationFailed",
    401,
    "FRAMEWORK_AUTHENTICATION_FAILED",
    "Authentication failed",
    documented=False,
)
RequestTimeout = _define(
    "RequestTimeout",
    400,
    "FRAMEWORK_REQUEST_TIMEOUT",
    "Request timeout",
    documented=False,  # the emulator's: a body that stops arriving (http/limits.py)
)
BlockListed = _define(
    "BlockListed",
    403,
    "FRAMEWORK_CLIENT_BLOCKED",
    "The client is on the block list",
    documented=False,
)
NotFound = _define(
    "NotFound", 404, "FRAMEWORK_RESOURCE_NOT_FOUND", "The resource does not exist", documented=False
)
ActionDoesNotExist = _define(
    "ActionDoesNotExist", 404, "APPLIANCE_ACTION_DOES_NOT_EXIST", "Invalid action", "PLUGIN"
)
CriticalOperationInProgress = _define(
    "CriticalOperationInProgress",
    409,
    "FRAMEWORK_CRITICAL_OPERATION_IN_PROGRESS",
    "Critical Operation currently in Progress",
    documented=False,
)
TaskDoesNotExist = _define(
    "TaskDoesNotExist",
    410,
    "FRAMEWORK_TASK_DOES_NOT_EXIST",
    "Task does not exist",
    documented=False,
)
TaskNotFinished = _define(
    "TaskNotFinished", 409, "FRAMEWORK_TASK_NOT_FINISHED", "Task has not finished", documented=False
)
TaskNotWaiting = _define(
    "TaskNotWaiting",
    409,
    "FRAMEWORK_TASK_NOT_WAITING",
    "Task is not waiting to be started",
    documented=False,
)
InvalidHsm = _define("InvalidHsm", 404, "HSMPLUGIN_INVALID_HSM", "HSM does not exist", "PLUGIN")
InvalidPartition = _define(
    "InvalidPartition", 404, "HSMPLUGIN_INVALID_PARTITION", "Partition does not exist", "PLUGIN"
)
RequireSoLogin = _define(
    "RequireSoLogin", 400, "APPLIANCE_REQUIRE_SO_LOGIN", "HSM SO login required", "PLUGIN"
)
PartitionUserNotAuthenticated = _define(
    "PartitionUserNotAuthenticated",
    401,
    "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED",
    "Partition user is not authenticated",
    "PLUGIN",
)

# ---- the plugins' errors (HSM, appliance, server, NTLS, SSH, SNMP, syslog, upgrades) ----
ExpiredCert = _define(
    "ExpiredCert", 400, "APPLIANCE_EXPIRED_CERT", "The certificate has expired", "PLUGIN"
)
ExpiredCertificate = _define(
    "ExpiredCertificate",
    400,
    "APPLIANCE_EXPIRED_CERTIFICATE",
    "The certificate has expired",
    "PLUGIN",
)
FilenameNotValid = _define(
    "FilenameNotValid", 400, "APPLIANCE_FILENAME_NOT_VALID", "File name is not valid", "PLUGIN"
)
InterfaceDoesNotExist = _define(
    "InterfaceDoesNotExist",
    404,
    "APPLIANCE_INTERFACE_DOES_NOT_EXIST",
    "Interface does not exist",
    "PLUGIN",
)
InvalidCertificate = _define(
    "InvalidCertificate", 400, "APPLIANCE_INVALID_CERTIFICATE", "Invalid certificate", "PLUGIN"
)
InvalidValueSpecified = _define(
    "InvalidValueSpecified",
    400,
    "APPLIANCE_INVALID_VALUE_SPECIFIED",
    "Invalid value specified",
    "PLUGIN",
)
ServiceActionFailed = _define(
    "ServiceActionFailed", 400, "APPLIANCE_SERVICE_ACTION_FAILED", "Service action failed", "PLUGIN"
)
ServiceActionInvalid = _define(
    "ServiceActionInvalid",
    404,
    "APPLIANCE_SERVICE_ACTION_INVALID",
    "Invalid service action",
    "PLUGIN",
)
ServiceDoesNotExist = _define(
    "ServiceDoesNotExist",
    404,
    "APPLIANCE_SERVICE_DOES_NOT_EXIST",
    "Service does not exist",
    "PLUGIN",
)
MethodNotAllowed = _define(
    "MethodNotAllowed",
    405,
    "FRAMEWORK_METHOD_NOT_ALLOWED",
    "Method not allowed",
    "FRAMEWORK",
    documented=False,
)
ResourceAlreadyExists = _define(
    "ResourceAlreadyExists",
    409,
    "FRAMEWORK_RESOURCE_ALREADY_EXISTS",
    "Resource already exists",
    "PLUGIN",
    documented=False,
)
BackupDoesNotExist = _define(
    "BackupDoesNotExist",
    404,
    "HSMPLUGIN_BACKUP_DOES_NOT_EXIST",
    "Backup does not exist",
    "PLUGIN",
    documented=False,
)
FuncNotSupported = _define(
    "FuncNotSupported", 400, "HSMPLUGIN_FUNC_NOT_SUPPORTED", "Function not supported", "PLUGIN"
)
HsmDoesNotExist = _define(
    "HsmDoesNotExist", 404, "HSMPLUGIN_HSM_DOES_NOT_EXIST", "HSM does not exist", "PLUGIN"
)
HsmNotInitialized = _define(
    "HsmNotInitialized",
    400,
    "HSMPLUGIN_HSM_NOT_INITIALIZED",
    "HSM is not initialized",
    "PLUGIN",
    documented=False,
)
HsmZeroized = _define(
    "HsmZeroized", 400, "HSMPLUGIN_HSM_ZEROIZED", "HSM was zeroized", "PLUGIN", documented=False
)
IncorrectPassword = _define(
    "IncorrectPassword",
    400,
    "HSMPLUGIN_INCORRECT_PASSWORD",
    "Incorrect password",
    "PLUGIN",
    documented=False,
)
InvalidAction = _define(
    "InvalidAction", 404, "HSMPLUGIN_INVALID_ACTION", "Action does not exist", "PLUGIN"
)
InvalidFilename = _define(
    "InvalidFilename", 400, "HSMPLUGIN_INVALID_FILENAME", "The file name is not valid", "PLUGIN"
)
InvalidObject = _define(
    "InvalidObject", 404, "HSMPLUGIN_INVALID_OBJECT", "Object does not exist", "PLUGIN"
)
InvalidPed = _define(
    "InvalidPed", 404, "HSMPLUGIN_INVALID_PED", "PED does not exist", "PLUGIN", documented=False
)
InvalidPolicy = _define(
    "InvalidPolicy",
    404,
    "HSMPLUGIN_INVALID_POLICY",
    "Policy does not exist",
    "PLUGIN",
    documented=False,
)
InvalidRole = _define(
    "InvalidRole", 404, "HSMPLUGIN_INVALID_ROLE", "Role does not exist", "PLUGIN", documented=False
)
InvalidSmkid = _define(
    "InvalidSmkid", 404, "HSMPLUGIN_INVALID_SMKID", "SMK key does not exist", "PLUGIN"
)
InvalidStcClient = _define(
    "InvalidStcClient",
    404,
    "HSMPLUGIN_INVALID_STC_CLIENT",
    "STC client does not exist",
    "PLUGIN",
    documented=False,
)
InvalidTemplate = _define(
    "InvalidTemplate",
    404,
    "HSMPLUGIN_INVALID_TEMPLATE",
    "Template does not exist",
    "PLUGIN",
    documented=False,
)
OperationNotAllowed = _define(
    "OperationNotAllowed",
    422,
    "HSMPLUGIN_OPERATION_NOT_ALLOWED",
    "Requested action is only permitted for 'FW7-Rollover'",
    "PLUGIN",
)
PartitionNotInitialized = _define(
    "PartitionNotInitialized",
    400,
    "HSMPLUGIN_PARTITION_NOT_INITIALIZED",
    "Partition not initialized",
    "PLUGIN",
    documented=False,
)
PartitionVersionInvalid = _define(
    "PartitionVersionInvalid",
    400,
    "HSMPLUGIN_PARTITION_VERSION_INVALID",
    "Partition version is not valid",
    "PLUGIN",
)
PartitionZeroized = _define(
    "PartitionZeroized",
    400,
    "HSMPLUGIN_PARTITION_ZEROIZED",
    "Partition was zeroized",
    "PLUGIN",
    documented=False,
)
RoleLockedOut = _define(
    "RoleLockedOut",
    400,
    "HSMPLUGIN_ROLE_LOCKED_OUT",
    "Role is locked out",
    "PLUGIN",
    documented=False,
)
RoleNotInitialized = _define(
    "RoleNotInitialized",
    400,
    "HSMPLUGIN_ROLE_NOT_INITIALIZED",
    "Role is not initialized",
    "PLUGIN",
    documented=False,
)
SmkNotInitialized = _define(
    "SmkNotInitialized",
    409,
    "HSMPLUGIN_SMK_NOT_INITIALIZED",
    "FW7-Primary must be in 'initialized' state before performing this action",
    "PLUGIN",
)
SmkRolloverInProgress = _define(
    "SmkRolloverInProgress",
    403,
    "HSMPLUGIN_SMK_ROLLOVER_IN_PROGRESS",
    "SMK Rollover is in-progress. End it before starting again",
    "PLUGIN",
)
NtlsClientAlreadyExists = _define(
    "NtlsClientAlreadyExists", 400, "NTLS_CLIENT_ALREADY_EXISTS", "Client already exists", "PLUGIN"
)
NtlsClientInvalidDistinguishedName = _define(
    "NtlsClientInvalidDistinguishedName",
    422,
    "NTLS_CLIENT_INVALID_DISTINGUISHED_NAME",
    "Invalid distinguished name",
    "PLUGIN",
)
NtlsClientNoDnFilterConfigured = _define(
    "NtlsClientNoDnFilterConfigured",
    404,
    "NTLS_CLIENT_NO_DN_FILTER_CONFIGURED",
    "No DN filter is configured",
    "PLUGIN",
)
NtlsDupeHostname = _define(
    "NtlsDupeHostname", 400, "NTLS_DUPE_HOSTNAME", "Hostname already registered", "PLUGIN"
)
NtlsDupeIp = _define("NtlsDupeIp", 400, "NTLS_DUPE_IP", "IP address already registered", "PLUGIN")
NtlsFilenameNotValid = _define(
    "NtlsFilenameNotValid", 400, "NTLS_FILENAME_NOT_VALID", "File name is not valid", "PLUGIN"
)
NtlsInvalidCertificate = _define(
    "NtlsInvalidCertificate", 400, "NTLS_INVALID_CERTIFICATE", "Invalid certificate", "PLUGIN"
)
NtlsMissingHostnameIp = _define(
    "NtlsMissingHostnameIp",
    400,
    "NTLS_MISSING_HOSTNAME_IP",
    "Hostname or IP address missing",
    "PLUGIN",
)
NtlsNoClient = _define("NtlsNoClient", 404, "NTLS_NO_CLIENT", "Client does not exist", "PLUGIN")
NtlsNoLink = _define(
    "NtlsNoLink", 404, "NTLS_NO_LINK", "Link does not exist", "PLUGIN", documented=False
)
NtlsParametersNotAppropriate = _define(
    "NtlsParametersNotAppropriate",
    400,
    "NTLS_PARAMETERS_NOT_APPROPRIATE",
    "Parameters not appropriate",
    "PLUGIN",
)
NtlsReservedHostname = _define(
    "NtlsReservedHostname", 400, "NTLS_RESERVED_HOSTNAME", "Reserved hostname", "PLUGIN"
)
NtlsReservedIpAddress = _define(
    "NtlsReservedIpAddress", 400, "NTLS_RESERVED_IP_ADDRESS", "Reserved IP address", "PLUGIN"
)
NtpInvalidAuthentication = _define(
    "NtpInvalidAuthentication",
    400,
    "NTP_INVALID_AUTHENTICATION",
    "Invalid authentication",
    "PLUGIN",
)
OperationRestricted = _define(
    "OperationRestricted", 403, "OPERATION_RESTRICTED", "Operation restricted", "PLUGIN"
)
FileidDoesNotExist = _define(
    "FileidDoesNotExist", 404, "SERVERPLUGIN_FILEID_DOES_NOT_EXIST", "File does not exist", "PLUGIN"
)
InvalidUserid = _define(
    "InvalidUserid", 404, "SERVERPLUGIN_INVALID_USERID", "User does not exist", "PLUGIN"
)
ServerPemCannotBeOverwritten = _define(
    "ServerPemCannotBeOverwritten",
    403,
    "SERVERPLUGIN_SERVER.PEM_CANNOT_BE_OVERWRITTEN",
    "server.pem cannot be overwritten",
    "PLUGIN",
)
UseridNotAuthorized = _define(
    "UseridNotAuthorized",
    403,
    "SERVERPLUGIN_USERID_NOT_AUTHORIZED",
    "Not authorized for this user",
    "PLUGIN",
)
UseridReservedForSystemUse = _define(
    "UseridReservedForSystemUse",
    403,
    "SERVERPLUGIN_USERID_RESERVED_FOR_SYSTEM_USE",
    "Reserved user",
    "PLUGIN",
)
FileUploadLimitExceed = _define(
    "FileUploadLimitExceed", 400, "SERVER_FILE_UPLOAD_LIMIT_EXCEED", "File too large", "PLUGIN"
)
RequestNotAppropriate = _define(
    "RequestNotAppropriate",
    400,
    "SERVER_REQUEST_NOT_APPROPRIATE",
    "The request is not appropriate",
    "PLUGIN",
)
SnmpTrapDoesNotExist = _define(
    "SnmpTrapDoesNotExist", 404, "SNMP_TRAP_DOES_NOT_EXIST", "Trap does not exist", "PLUGIN"
)
SshFailedToSetCiphers = _define(
    "SshFailedToSetCiphers", 400, "SSH_FAILED_TO_SET_CIPHERS", "Failed to set ciphers", "PLUGIN"
)
SshOperationFailed = _define(
    "SshOperationFailed", 400, "SSH_OPERATION_FAILED", "SSH operation failed", "PLUGIN"
)
SysconfConfigNtpServiceRunning = _define(
    "SysconfConfigNtpServiceRunning",
    409,
    "SYSCONF_CONFIG_NTP_SERVICE_RUNNING",
    "The NTP service is running",
    "PLUGIN",
)
SysconfConfigServiceNameInvalid = _define(
    "SysconfConfigServiceNameInvalid",
    400,
    "SYSCONF_CONFIG_SERVICE_NAME_INVALID",
    "Invalid service name",
    "PLUGIN",
)
SyslogInvalidCertificate = _define(
    "SyslogInvalidCertificate", 400, "SYSLOG_INVALID_CERTIFICATE", "Invalid certificate", "PLUGIN"
)
UpgradeConfigFilesDoNotExist = _define(
    "UpgradeConfigFilesDoNotExist",
    400,
    "UPGRADE_CONFIG_FILES_DO_NOT_EXIST",
    "Upgrade files do not exist",
    "PLUGIN",
)
UpgradeLicenseAlreadyApplied = _define(
    "UpgradeLicenseAlreadyApplied",
    400,
    "UPGRADE_LICENSE_ALREADY_APPLIED",
    "Licence already applied",
    "PLUGIN",
)
UpgradeUploadedLicenseInvalid = _define(
    "UpgradeUploadedLicenseInvalid",
    400,
    "UPGRADE_UPLOADED_LICENSE_INVALID",
    "Invalid licence",
    "PLUGIN",
)

# ---- network devices, SSH, SNMP traps (issue 9: the documented endpoints) ----
__all__ += [
    "BondDeviceIsAlreadyDisabled",
    "BondDeviceIsAlreadyEnabled",
    "BondDeviceIsNotConfigured",
    "ClassBandwidthInvalid",
    "ClassNameReserved",
    "FailedToDisableBondDevice",
    "FailedToEnableBondDevice",
    "InvalidDeviceType",
    "NoResource",
    "NtlsCertificateCnInvalid",
    "SnmpOperationFailed",
    "SnmpTrapActionInvalid",
    "SnmpTrapNotConfigured",
    "SshFailedToResetCiphers",
]
BondDeviceIsNotConfigured = _define(
    "BondDeviceIsNotConfigured",
    400,
    "BOND_DEVICE_IS_NOT_CONFIGURED",
    "Bond device specified is not configured",
    "PLUGIN",
)
BondDeviceIsAlreadyEnabled = _define(
    "BondDeviceIsAlreadyEnabled",
    400,
    "BOND_DEVICE_IS_ALREADY_ENABLED",
    "Bond device specified is already enabled",
    "PLUGIN",
)
BondDeviceIsAlreadyDisabled = _define(
    "BondDeviceIsAlreadyDisabled",
    400,
    "BOND_DEVICE_IS_ALREADY_DISABLED",
    "Bond device specified is already disabled",
    "PLUGIN",
)
FailedToEnableBondDevice = _define(
    "FailedToEnableBondDevice",
    400,
    "APPLIANCE_FAILED_TO_ENABLE_BOND_DEVICE",
    "Failed to enable the bond device",
    "PLUGIN",
)
FailedToDisableBondDevice = _define(
    "FailedToDisableBondDevice",
    400,
    "APPLIANCE_FAILED_TO_DISABLE_BOND_DEVICE",
    "Failed to disable the bond device",
    "PLUGIN",
)
InvalidDeviceType = _define(
    "InvalidDeviceType",
    400,
    "APPLIANCE_INVALID_DEVICE_TYPE",
    "Device type specified is invalid",
    "PLUGIN",
)
ClassBandwidthInvalid = _define(
    "ClassBandwidthInvalid",
    400,
    "APPLIANCE_CLASS_BANDWIDTH_INVALID",
    "Minimum bandwidth is greater than maximum bandwidth",
    "PLUGIN",
    documented=False,  # the v17 page names the condition; its id was not readable
)
ClassNameReserved = _define(
    "ClassNameReserved",
    400,
    "APPLIANCE_CLASS_NAME_RESERVED",
    "Specified class name is reserved",
    "PLUGIN",
    documented=False,  # the v17 page names the condition; its id was not readable
)
NoResource = _define("NoResource", 404, "FRAMEWORK_NO_RESOURCE", "The resource does not exist")
NtlsCertificateCnInvalid = _define(
    "NtlsCertificateCnInvalid",
    400,
    "NTLS_CERTIFICATE_CN_INVALID",
    "Certificate Common Name contains invalid characters",
    "PLUGIN",
    documented=False,  # the v17 PUT /ntls/certificate page names the condition, not its id
)
SshFailedToResetCiphers = _define(
    "SshFailedToResetCiphers",
    400,
    "SSH_FAILED_TO_RESET_CIPHERS",
    "Unable to reset ciphers",
    "PLUGIN",
)
SnmpTrapActionInvalid = _define(
    "SnmpTrapActionInvalid",
    404,
    "SNMP_TRAP_ACTION_INVALID",
    "Specified action is invalid",
    "PLUGIN",
)
SnmpTrapNotConfigured = _define(
    "SnmpTrapNotConfigured",
    404,
    "SNMP_TRAP_NOT_CONFIGURED",
    "Failed to enable traps, no trap configured",
    "PLUGIN",
)
SnmpOperationFailed = _define(
    "SnmpOperationFailed",
    500,
    "SNMP_OPERATION_FAILED",
    "Failed to perform the specified operation",
    "PLUGIN",
)

# answered by the framework for any operation (before its rules run), so not repeated in
# every operation's x-luna-errors
ANY_OPERATION = frozenset(
    {
        BadRequest.error_id,
        NoSessionCookie.error_id,
        NoAclRule.error_id,
        SessionNotPrivate.error_id,
        FileUploadLimitExceed.error_id,  # a body larger than the emulator buffers
    }
)

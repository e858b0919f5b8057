"""Contains all the data models used in inputs/outputs"""

from .acl_entry import AclEntry
from .add_partition_request import AddPartitionRequest
from .aes_key_create import AesKeyCreate
from .aes_key_create_size import AesKeyCreateSize
from .aes_mechanism import AesMechanism
from .attribute_change import AttributeChange
from .cipher_trust_error import CipherTrustError
from .connection_partition import ConnectionPartition
from .connection_product import ConnectionProduct
from .grant_type import GrantType
from .job_request import JobRequest
from .job_status import JobStatus
from .list_envelope import ListEnvelope
from .list_luna_connections_last_connection_ok import (
    ListLunaConnectionsLastConnectionOk,
)
from .luna_attribute import LunaAttribute
from .luna_connection import LunaConnection
from .luna_connection_create import LunaConnectionCreate
from .luna_connection_create_meta import LunaConnectionCreateMeta
from .luna_connection_list import LunaConnectionList
from .luna_connection_meta_type_0 import LunaConnectionMetaType0
from .luna_connection_update import LunaConnectionUpdate
from .luna_connection_update_meta import LunaConnectionUpdateMeta
from .luna_job_base import LunaJobBase
from .luna_job_base_detailed_status import LunaJobBaseDetailedStatus
from .luna_key import LunaKey
from .luna_key_list import LunaKeyList
from .luna_key_operation import LunaKeyOperation
from .luna_key_operation_status import LunaKeyOperationStatus
from .luna_key_replication_info import LunaKeyReplicationInfo
from .luna_key_status import LunaKeyStatus
from .luna_key_update import LunaKeyUpdate
from .luna_mechanism import LunaMechanism
from .luna_partition import LunaPartition
from .luna_partition_list import LunaPartitionList
from .luna_partition_update import LunaPartitionUpdate
from .refresh_job import RefreshJob
from .refresh_job_job_type import RefreshJobJobType
from .refresh_job_list import RefreshJobList
from .refresh_token import RefreshToken
from .refresh_token_list import RefreshTokenList
from .resource import Resource
from .rsa_key_create import RsaKeyCreate
from .rsa_key_create_size import RsaKeyCreateSize
from .rsa_mechanism import RsaMechanism
from .synchronize_job import SynchronizeJob
from .synchronize_job_job_type import SynchronizeJobJobType
from .synchronize_job_list import SynchronizeJobList
from .token_request import TokenRequest
from .token_response import TokenResponse
from .update_acls_request import UpdateAclsRequest

__all__ = (
    "AclEntry",
    "AddPartitionRequest",
    "AesKeyCreate",
    "AesKeyCreateSize",
    "AesMechanism",
    "AttributeChange",
    "CipherTrustError",
    "ConnectionPartition",
    "ConnectionProduct",
    "GrantType",
    "JobRequest",
    "JobStatus",
    "ListEnvelope",
    "ListLunaConnectionsLastConnectionOk",
    "LunaAttribute",
    "LunaConnection",
    "LunaConnectionCreate",
    "LunaConnectionCreateMeta",
    "LunaConnectionList",
    "LunaConnectionMetaType0",
    "LunaConnectionUpdate",
    "LunaConnectionUpdateMeta",
    "LunaJobBase",
    "LunaJobBaseDetailedStatus",
    "LunaKey",
    "LunaKeyList",
    "LunaKeyOperation",
    "LunaKeyOperationStatus",
    "LunaKeyReplicationInfo",
    "LunaKeyStatus",
    "LunaKeyUpdate",
    "LunaMechanism",
    "LunaPartition",
    "LunaPartitionList",
    "LunaPartitionUpdate",
    "RefreshJob",
    "RefreshJobJobType",
    "RefreshJobList",
    "RefreshToken",
    "RefreshTokenList",
    "Resource",
    "RsaKeyCreate",
    "RsaKeyCreateSize",
    "RsaMechanism",
    "SynchronizeJob",
    "SynchronizeJobJobType",
    "SynchronizeJobList",
    "TokenRequest",
    "TokenResponse",
    "UpdateAclsRequest",
)

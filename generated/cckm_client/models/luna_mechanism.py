from enum import StrEnum


class LunaMechanism(StrEnum):
    CKM_AES_KEY_GEN = "CKM_AES_KEY_GEN"
    CKM_RSA_FIPS_186_3_AUX_PRIME_KEY_PAIR_GEN = (
        "CKM_RSA_FIPS_186_3_AUX_PRIME_KEY_PAIR_GEN"
    )
    CKM_RSA_FIPS_186_3_PRIME_KEY_PAIR_GEN = "CKM_RSA_FIPS_186_3_PRIME_KEY_PAIR_GEN"
    CKM_RSA_PKCS_KEY_PAIR_GEN = "CKM_RSA_PKCS_KEY_PAIR_GEN"
    CKM_RSA_X9_31_KEY_PAIR_GEN = "CKM_RSA_X9_31_KEY_PAIR_GEN"

    def __str__(self) -> str:
        return str(self.value)

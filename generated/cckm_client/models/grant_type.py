from enum import StrEnum


class GrantType(StrEnum):
    CLIENT_CREDENTIAL = "client_credential"
    PASSWORD = "password"
    REFRESH_TOKEN = "refresh_token"
    USER_CERTIFICATE = "user_certificate"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class NetworkRouteRouteType(StrEnum):
    HOST = "host"
    NETWORK = "network"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class UpdateSshConfigRequestNetworkDevicesItem(StrEnum):
    ALL = "all"
    BOND0 = "bond0"
    BOND1 = "bond1"
    ETH0 = "eth0"
    ETH1 = "eth1"
    ETH2 = "eth2"
    ETH3 = "eth3"

    def __str__(self) -> str:
        return str(self.value)

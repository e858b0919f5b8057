from enum import IntEnum


class AesKeyCreateSize(IntEnum):
    VALUE_128 = 128
    VALUE_192 = 192
    VALUE_256 = 256

    def __str__(self) -> str:
        return str(self.value)

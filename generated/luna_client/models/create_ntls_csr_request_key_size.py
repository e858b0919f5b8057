from enum import IntEnum


class CreateNtlsCsrRequestKeySize(IntEnum):
    VALUE_2048 = 2048
    VALUE_3072 = 3072
    VALUE_4096 = 4096

    def __str__(self) -> str:
        return str(self.value)

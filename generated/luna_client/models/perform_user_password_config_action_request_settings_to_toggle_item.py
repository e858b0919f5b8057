from enum import StrEnum


class PerformUserPasswordConfigActionRequestSettingsToToggleItem(StrEnum):
    EXPIRYDAYS = "expiryDays"
    HISTORY = "history"

    def __str__(self) -> str:
        return str(self.value)

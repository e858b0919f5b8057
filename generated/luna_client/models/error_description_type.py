from enum import StrEnum


class ErrorDescriptionType(StrEnum):
    API = "API"
    DOCS = "DOCS"
    FRAMEWORK = "FRAMEWORK"
    PLUGIN = "PLUGIN"
    SERVER = "SERVER"

    def __str__(self) -> str:
        return str(self.value)

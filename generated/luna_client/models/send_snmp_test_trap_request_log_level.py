from enum import StrEnum


class SendSnmpTestTrapRequestLogLevel(StrEnum):
    ALERT = "alert"
    CRIT = "crit"
    CRITICAL = "critical"
    DEBUG = "debug"
    EMERGENCY = "emergency"
    ERR = "err"
    ERROR = "error"
    INFO = "info"
    NOTICE = "notice"
    WARN = "warn"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)

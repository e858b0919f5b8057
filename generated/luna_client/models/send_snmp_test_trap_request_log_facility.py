from enum import StrEnum


class SendSnmpTestTrapRequestLogFacility(StrEnum):
    AUTH = "auth"
    AUTHPRIV = "authpriv"
    CRON = "cron"
    DAEMON = "daemon"
    KERN = "kern"
    LOCAL0 = "local0"
    LOCAL1 = "local1"
    LOCAL2 = "local2"
    LOCAL3 = "local3"
    LOCAL4 = "local4"
    LOCAL5 = "local5"
    LOCAL6 = "local6"
    LOCAL7 = "local7"
    SYSLOG = "syslog"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

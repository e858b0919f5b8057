from enum import StrEnum


class TaskState(StrEnum):
    CANCELLED = "Cancelled"
    ERROR = "Error"
    FINISHED = "Finished"
    RUNNING = "Running"
    SKIPPED = "Skipped"
    TIMED_OUT = "Timed Out"
    WAITING = "Waiting"

    def __str__(self) -> str:
        return str(self.value)

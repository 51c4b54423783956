import threading
from collections.abc import Callable
from typing import IO

DEFAULT_DICT: str | None

class Tokenizer:
    lock: threading.RLock
    dictionary: str | None
    FREQ: dict[str, int]
    total: int
    initialized: bool
    # an attribute, not a method: lytui sets it on the instance for one import, then deletes it
    get_dict_file: Callable[[], IO[bytes]]
    def check_initialized(self) -> None: ...

dt: Tokenizer

def setLogLevel(log_level: int) -> None: ...

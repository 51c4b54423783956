import threading
from collections.abc import Callable
from typing import IO

DEFAULT_DICT: str | None

def get_dict_file() -> IO[bytes]: ...

class Tokenizer:
    def __init__(self, dictionary: str | None = ...) -> None: ...
    def initialize(self, dictionary: str | None = ...) -> None: ...
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

import re

# (longest key, shortest key, key → space-separated candidates) for one dictionary file
_Dictionary = tuple[int, int, dict[str, str]]

class OpenCC:
    split_chars_re: re.Pattern[str]
    # the conversion chain: groups of dictionaries, each group tried in order
    _dict_chain_data: list[list[_Dictionary]]
    def __init__(self, conversion: str | None = ...) -> None: ...
    def convert(self, string: str) -> str: ...

from collections.abc import Iterator
from typing import Protocol

from jieba import Tokenizer

_State = tuple[str, str]  # a state of the HMM: (place in the word, tag), ("B", "nr")

class _TagTable(Protocol):
    """What POSTokenizer asks of its word → tag table: jieba's own is a dict, lytui's a compact table."""

    def get(self, word: str, default: str | None = ..., /) -> str | None: ...
    def __contains__(self, word: object, /) -> bool: ...
    def __len__(self) -> int: ...

class pair:
    word: str
    flag: str

class POSTokenizer:
    # jieba's own table is a plain dict of word → tag
    word_tag_tab: dict[str, str]
    def __init__(self, tokenizer: Tokenizer | None = ...) -> None: ...
    def initialize(self, dictionary: str | None = ...) -> None: ...

dt: POSTokenizer
char_state_tab_P: dict[str, tuple[_State, ...]]
start_P: dict[_State, float]
trans_P: dict[_State, dict[_State, float]]
emit_P: dict[_State, dict[str, float]]

class _Viterbi(Protocol):
    def __call__(
        self,
        obs: str,
        states: dict[str, tuple[_State, ...]],
        start_p: dict[_State, float],
        trans_p: dict[_State, dict[_State, float]],
        emit_p: dict[_State, dict[str, float]],
        /,
    ) -> tuple[float, list[_State]]: ...

# a variable, not a def: lytui puts a remembering wrapper in its place
viterbi: _Viterbi

def cut(sentence: str, HMM: bool = ..., use_paddle: bool = ...) -> Iterator[pair]: ...

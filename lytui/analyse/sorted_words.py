"""A large word list as one string: for tables of hundreds of thousands of words where a dict or a list
of strings would cost 50–100 bytes a word and only a few thousand words are ever looked up."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence


class SortedWords(Sequence[str]):
    """Sorted words joined by newlines, read by index (so `bisect` works on it), with their offsets."""

    def __init__(self, blob: str, starts: array[int]) -> None:
        self.blob = blob
        self.starts = starts  # len(words) + 1 offsets; the last is len(blob) + 1

    @classmethod
    def of(cls, words: list[str]) -> SortedWords:
        """`words` must be sorted and free of newlines."""
        starts = array("i", [0])
        position = 0
        for word in words:
            position += len(word) + 1
            starts.append(position)
        return cls("\n".join(words), starts)

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, index: int) -> str:  # type: ignore[override]  # words only, no slices
        return self.blob[self.starts[index] : self.starts[index + 1] - 1]

    def index_of(self, word: str) -> int:
        """The word's position, or -1."""
        index = bisect.bisect_left(self, word)
        return index if index < len(self) and self[index] == word else -1

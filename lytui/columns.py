"""Containers that keep many small records as columns (arrays and lists) and read them back one at a
time: a long scrape has hundreds of thousands of repairs and keyword occurrences, and as objects they
would outweigh the text. The model (`lytui.model`) speaks of sequences of records; these are how the
pipeline stores them.
"""

from __future__ import annotations

import heapq
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any, ClassVar, TypeVar, get_args, overload

from lytui.model import Repair, RepairKind

T = TypeVar("T")


class ColumnSequence(Sequence[T]):
    """A read-only sequence kept as columns (arrays, lists) and read back one item at a time: the
    subclass says how long it is and how to make item `index`; indexing, negatives and slices are here."""

    __slots__ = ()

    def __len__(self) -> int:
        raise NotImplementedError

    def _at(self, index: int) -> T:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._at(index)


def _taker(indices: Sequence[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """Reorders a column by `indices` in C (itemgetter), where a comprehension per column per article was
    a fortieth of cleaning; itemgetter gives a tuple only for two indices or more."""
    if len(indices) >= 2:
        return itemgetter(*indices)
    return lambda column: [column[i] for i in indices]


class RepairLog(ColumnSequence[Repair]):
    """Repairs kept column by column (about 30 bytes each instead of 140), read back as `Repair`s.

    A Traditional 5 MB scrape has over half a million conversion repairs; as objects they would
    outweigh the text itself.
    """

    _KINDS: tuple[RepairKind, ...] = get_args(RepairKind)
    _KIND_NUMBERS: ClassVar[dict[str, int]] = {kind: number for number, kind in enumerate(_KINDS)}

    def __init__(self) -> None:
        self._kind = array("b")
        self.raw_starts = array("i")
        self._raw_end = array("i")
        self._raw: list[str] = []
        self._clean: list[str] = []
        self._note: list[str] = []

    def append(self, repair: Repair) -> None:
        self.add(repair.kind, repair.raw_start, repair.raw_end, repair.raw, repair.clean, repair.note)

    def add(self, kind: RepairKind, raw_start: int, raw_end: int, raw: str, clean: str, note: str) -> None:
        """`append` without building a `Repair` first: the conversion stage logs one per Traditional
        character, and the object would only be taken apart again."""
        self._kind.append(self._KIND_NUMBERS[kind])
        self.raw_starts.append(raw_start)
        self._raw_end.append(raw_end)
        self._raw.append(raw)
        self._clean.append(clean)
        self._note.append(sys.intern(note))

    def add_many(
        self, kind: RepairKind, note: str, spans: list[tuple[int, int]], raw: list[str], clean: list[str]
    ) -> None:
        """Many repairs of one kind and note at once, in the order given: the conversion stage's
        hundreds of thousands of one-character repairs on a long Traditional scrape."""
        self._kind.extend(array("b", [self._KIND_NUMBERS[kind]]) * len(spans))
        self.raw_starts.extend(array("i", [start for start, _ in spans]))
        self._raw_end.extend(array("i", [end for _, end in spans]))
        self._raw.extend(raw)
        self._clean.extend(clean)
        self._note.extend([sys.intern(note)] * len(spans))

    def holds(self, kind: RepairKind) -> bool:
        """Whether any repair of this kind was made: a page whose bytes were never lost has no lost byte's
        mark to take out either."""
        return self._KIND_NUMBERS[kind] in self._kind

    def __len__(self) -> int:
        return len(self._kind)

    def _at(self, index: int) -> Repair:
        return Repair(
            self._KINDS[self._kind[index]],
            self.raw_starts[index],
            self._raw_end[index],
            self._raw[index],
            self._clean[index],
            self._note[index],
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (RepairLog, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def columns(self) -> tuple[bytes, bytes, bytes, list[str], list[str], list[str]]:
        """The log as plain values (arrays as bytes), for a cache that must not pickle."""
        return (
            self._kind.tobytes(),
            self.raw_starts.tobytes(),
            self._raw_end.tobytes(),
            self._raw,
            self._clean,
            self._note,
        )

    @classmethod
    def from_columns(cls, columns: tuple[bytes, bytes, bytes, list[str], list[str], list[str]]) -> RepairLog:
        """The log `columns()` gave; ValueError when the columns disagree or a kind is unknown."""
        kinds, raw_starts, raw_ends, raw, clean, note = columns
        log = cls()
        log._kind.frombytes(kinds)
        log.raw_starts.frombytes(raw_starts)
        log._raw_end.frombytes(raw_ends)
        if not all(isinstance(column, list) for column in (raw, clean, note)):
            raise ValueError("repair text columns must be lists")
        log._raw, log._clean, log._note = raw, clean, note
        size = len(log._kind)
        if any(len(column) != size for column in (log.raw_starts, log._raw_end, raw, clean, note)):
            raise ValueError("repair columns of different lengths")
        if kinds.translate(None, bytes(range(len(cls._KINDS)))):  # what is left is not a kind's number
            raise ValueError("unknown repair kind")
        if not {type(item) for column in (raw, clean, note) for item in set(column)} <= {str}:
            raise ValueError("repair texts must be strings")
        return log

    def sorted_by_position(self) -> RepairLog:
        """The log in file order. It is a few runs already in order (one per repair stage), so the runs
        are merged lazily rather than sorted with a key per repair (70 MB of keys for 600,000 repairs)."""
        starts, ends = self.raw_starts, self._raw_end
        order: Iterable[int]
        if len(self) < 50_000:  # small logs: a plain sort is quicker and its keys are few
            # by (start, end) as two stable sorts on C keys: a key function building a tuple per repair
            # was a twentieth of cleaning a short article
            order = sorted(sorted(range(len(self)), key=ends.__getitem__), key=starts.__getitem__)
            return self._reordered(order)
        runs: list[range] = []
        run_start = 0
        for i in range(1, len(self)):
            if starts[i] < starts[i - 1] or (starts[i] == starts[i - 1] and ends[i] < ends[i - 1]):
                runs.append(range(run_start, i))
                run_start = i
        runs.append(range(run_start, len(self)))
        # heapq.merge prefers the earlier run on equal keys: the same order as a stable sort
        order = runs[0] if len(runs) == 1 else heapq.merge(*runs, key=lambda i: (starts[i], ends[i]))
        return self._reordered(order)

    def _reordered(self, order: Iterable[int]) -> RepairLog:
        indices = order if isinstance(order, (list, range)) else list(order)
        result = RepairLog()
        take = _taker(indices)
        for source, target in (
            (self._kind, result._kind),
            (self.raw_starts, result.raw_starts),
            (self._raw_end, result._raw_end),
        ):
            target.extend(array(source.typecode, take(source)))
        result._raw = list(take(self._raw))
        result._clean = list(take(self._clean))
        result._note = list(take(self._note))
        return result


class Spans(ColumnSequence[tuple[int, int]]):
    """(start, end) offsets kept as two int arrays: 8 bytes a span instead of about 110 as tuples.

    The top words of a 5 MB article occur hundreds of thousands of times, under three rankings."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self._starts = starts
        self._ends = ends

    @classmethod
    def of(cls, pairs: Iterable[tuple[int, int]]) -> Spans:
        starts, ends = array("i"), array("i")
        for start, end in pairs:
            starts.append(start)
            ends.append(end)
        return cls(starts, ends)

    def __len__(self) -> int:
        return len(self._starts)

    def _at(self, index: int) -> tuple[int, int]:
        return self._starts[index], self._ends[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self._starts == other._starts and self._ends == other._ends
        if isinstance(other, (list, tuple)):
            return len(self) == len(other) and all(a == tuple(b) for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"

    def __reduce__(self) -> tuple[type[Spans], tuple[array[int], array[int]]]:
        return Spans, (self._starts, self._ends)

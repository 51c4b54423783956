"""Worker processes for a batch: each holds one item at a time, so a worker that dies is pinned on its
item and the batch goes on, and every worker dies with lytui (even when lytui is killed with -9).

concurrent.futures cannot do either: a dead worker breaks the whole pool without saying which item it
held, and its workers outlive a killed parent."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_PR_SET_PDEATHSIG = 1


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def worker_count(requested: int, items: int) -> int:
    """`requested` (0: all cores), but never more processes than items or cores: each worker costs about
    120 MB, and more workers than cores only adds memory."""
    wanted = requested if requested > 0 else usable_cores()
    return max(1, min(wanted, items, usable_cores()))


def _die_with(parent: int) -> None:
    """Linux's parent-death signal kills the worker the moment lytui dies; elsewhere a thread polls."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before prctl took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


_PARENT_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _serve(connection: Connection, parent: int, task: Callable[[Item], Result]) -> None:
    # Ctrl-C reaches the whole process group; the parent alone answers it, else every worker prints a
    # traceback. SIGTERM (the parent's terminate()) must kill at once, not run the parent's handler.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _PARENT_SIGNALS)
    _die_with(parent)
    while True:
        try:
            item = connection.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        connection.send(task(item))


def death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with status {exitcode}"


class _Worker(Generic[Item]):
    def __init__(self, process: BaseProcess, connection: Connection) -> None:
        self.process = process
        self.connection = connection
        self.holding: tuple[int, Item] | None = None


def ordered_results(
    items: Sequence[Item],
    task: Callable[[Item], Result],
    workers: int,
    on_death: Callable[[Item, str], Result],
) -> Iterator[Result]:
    """`task` over `items` on `workers` processes, yielded in input order; an item whose worker died
    yields `on_death(item, reason)` and a fresh worker takes the next item. At most a few items per
    worker run ahead of the one being yielded, so results never pile up in memory."""
    context = multiprocessing.get_context()
    parent = os.getpid()
    pending: deque[tuple[int, Item]] = deque(enumerate(items))
    done: dict[int, Result] = {}
    live: list[_Worker[Item]] = []
    window = workers * 4
    next_index = 0

    def start() -> _Worker[Item]:
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, parent, task), daemon=True)
        # blocked across the fork, so the worker cannot get Ctrl-C before it has chosen to ignore it
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _PARENT_SIGNALS)
        try:
            process.start()
            worker: _Worker[Item] = _Worker(process, ours)
            live.append(worker)  # before a Ctrl-C held back above can interrupt, so clean-up stops it
        finally:
            theirs.close()
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        return worker

    def retire(worker: _Worker[Item]) -> None:
        live.remove(worker)
        worker.connection.close()
        worker.process.join(timeout=5)

    try:
        while next_index < len(items):
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1
            if next_index >= len(items):
                break
            while pending and pending[0][0] < next_index + window:
                idle = next((w for w in live if w.holding is None), None)
                if idle is None and len(live) < workers:
                    try:
                        idle = start()
                    except OSError:
                        if live:  # out of processes or memory: carry on with the workers there are
                            workers = len(live)
                        else:
                            index, item = pending.popleft()
                            done[index] = task(item)
                        continue
                if idle is None:
                    break
                index, item = pending.popleft()
                try:
                    idle.connection.send(item)
                except OSError:
                    retire(idle)
                    done[index] = on_death(item, death_reason(idle.process.exitcode))
                    continue
                idle.holding = (index, item)
            busy = [w for w in live if w.holding is not None]
            for ready in wait([w.connection for w in busy]):
                worker = next(w for w in busy if w.connection is ready)
                assert worker.holding is not None
                index, item = worker.holding
                worker.holding = None
                try:
                    done[index] = worker.connection.recv()
                except (EOFError, OSError):
                    retire(worker)
                    done[index] = on_death(item, death_reason(worker.process.exitcode))
    finally:
        for worker in live:
            try:
                if worker.holding is None:
                    worker.connection.send(None)
                else:
                    worker.process.terminate()
            except OSError:
                worker.process.terminate()
        for worker in live:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()

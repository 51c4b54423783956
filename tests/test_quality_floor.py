"""The real-page dev split must not slide back: today's figures from bench/quality.py are the floor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "quality.py"


@pytest.fixture(scope="module")
def dev_totals():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("quality", BENCH)
    assert spec and spec.loader
    quality = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("quality", quality)  # dataclasses look their module up by name
    spec.loader.exec_module(quality)
    scores = quality.evaluate("dev")["dev"]
    assert len(scores) >= 177
    return quality.totals(scores)


def test_dev_text_is_not_worse_than_the_floor(dev_totals) -> None:  # type: ignore[no-untyped-def]
    assert dev_totals.errors == 0
    assert dev_totals.text_error <= 0.0029
    assert dev_totals.extra <= 0.0023
    assert dev_totals.artifacts == 0
    found, pages = (int(n) for n in dev_totals.titles.split("/"))
    assert found >= 102 and pages >= 108


def test_dev_facts_are_not_worse_than_the_floor(dev_totals) -> None:  # type: ignore[no-untyped-def]
    assert dev_totals.f1 >= 0.934
    assert dev_totals.precision >= 0.924
    assert dev_totals.recall >= 0.944

"""The disk cache is read as if anyone could have written it, and the memory cache stays bounded."""

from __future__ import annotations

import marshal
import os
import pickle
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lytui import cache, cache_entry, store
from lytui.cache import AnalysisCache, cache_dir, content_key, source_digest
from lytui.model import Document, Quantity
from lytui.pipeline import analyse, clean_text
from lytui.store import derived_table, tables_dir

ARTICLE = "标题\n2024年3月5日，厦门市投资5亿元建设新区，占比12%，新增岗位3000至5000个。“这是好事。”市长张三说。"
PACKAGE = Path(cache.__file__).resolve().parent


class _Planted:
    """Unpickling this creates the marker file: what a planted pickle could do, harmlessly."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.marker), "w")


def _entry(document: Document) -> Path:
    (path,) = cache_dir().glob(f"{content_key(document)}.*")
    return path


def _same_analysis(found: Document, expected: Document) -> None:
    assert found.text == expected.text and found.meta == expected.meta
    assert found.blocks == expected.blocks and found.sections == expected.sections
    assert found.sentences == expected.sentences and found.repairs == expected.repairs
    assert list(found.origin) == list(expected.origin) and found.encoding == expected.encoding
    assert found.facts == expected.facts and found.analysed == expected.analysed
    assert found.keywords.by_count == expected.keywords.by_count
    assert found.keywords.ranking("textrank") == expected.keywords.ranking("textrank")


@pytest.fixture(scope="module")
def analysed() -> Document:
    return analyse(clean_text(ARTICLE, source_path="a.txt"))


def test_the_disk_cache_gives_back_the_same_analysis(analysed: Document, seed_document: Document) -> None:
    assert any(isinstance(f.value, Quantity) and f.value.upper == 5000 for f in analysed.facts)  # a range too
    for document in (analysed, seed_document):
        AnalysisCache().put(document)
        found = AnalysisCache().get(clean_text(document.raw, source_path="other.txt"))
        assert found is not None and found.source_path == "other.txt"
        _same_analysis(found, document)
    assert [p.suffix for p in cache_dir().iterdir()] == [".entry", ".entry"]


def test_a_planted_pickle_never_runs(tmp_path: Path, analysed: Document) -> None:
    marker = tmp_path / "ran"
    planted = pickle.dumps(_Planted(marker))
    cache_dir().mkdir(parents=True, exist_ok=True)
    for suffix in (".pickle", ".entry"):
        (cache_dir() / f"{content_key(analysed)}{suffix}").write_bytes(planted)
    clean = clean_text(ARTICLE)
    assert AnalysisCache().get(clean) is None
    found = AnalysisCache().get_or_compute(clean, analyse)
    assert not marker.exists()
    assert found.facts == analysed.facts


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777, 0o720, 0o702])
def test_a_directory_others_can_write_is_not_used(analysed: Document, mode: int) -> None:
    AnalysisCache().put(analysed)
    cache_dir().chmod(mode)
    session = AnalysisCache()
    assert session.get(analysed) is None  # its files may have been planted
    session.put(analysed)
    assert session.get(analysed) is analysed  # memory still works
    cache_dir().chmod(0o700)
    assert AnalysisCache().get(analysed) is not None


def test_a_linked_directory_is_not_used(tmp_path: Path, analysed: Document) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    cache_dir().parent.mkdir(parents=True, exist_ok=True)
    cache_dir().symlink_to(elsewhere)
    AnalysisCache().put(analysed)
    assert not list(elsewhere.iterdir()) and AnalysisCache().get(analysed) is None


def test_a_group_writable_folder_above_a_private_one_is_fine(analysed: Document) -> None:
    """Others may remove or rename the private folder there, never fill it: what an earlier lytui made
    under umask 002 keeps working."""
    cache_dir().parent.mkdir(mode=0o775, parents=True)
    cache_dir().parent.chmod(0o775)
    AnalysisCache().put(analysed)
    assert AnalysisCache().get(analysed) is not None


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a folder away")
def test_a_directory_of_another_user_is_not_used(analysed: Document) -> None:
    AnalysisCache().put(analysed)
    os.chown(cache_dir(), 54321, -1)
    assert AnalysisCache().get(analysed) is None


def test_a_new_cache_directory_is_private(analysed: Document) -> None:
    AnalysisCache().put(analysed)
    assert cache_dir().stat().st_mode & 0o777 == 0o700
    assert cache_dir().parent.stat().st_mode & 0o777 == 0o700
    assert _entry(analysed).stat().st_mode & 0o077 == 0


def test_a_flipped_byte_is_ignored_and_the_entry_rebuilt(analysed: Document) -> None:
    AnalysisCache().put(analysed)
    path = _entry(analysed)
    good = path.read_bytes()
    for position in (0, 9, 30, len(good) // 2, len(good) - 1):
        damaged = bytearray(good)
        damaged[position] ^= 0x01
        path.write_bytes(bytes(damaged))
        assert AnalysisCache().get(analysed) is None
        rebuilt = AnalysisCache().get_or_compute(clean_text(ARTICLE), analyse)
        _same_analysis(rebuilt, analysed)
        assert path.read_bytes() == good  # written again, whole


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_corruption_of_a_real_entry_is_ignored(analysed: Document, data: st.DataObject) -> None:
    AnalysisCache().put(analysed)
    path = _entry(analysed)
    good = path.read_bytes()
    damaged = bytearray(good)
    how = data.draw(st.sampled_from(["flip", "truncate", "append", "zero"]))
    if how == "flip":
        for position in data.draw(st.lists(st.integers(0, len(good) - 1), min_size=1, max_size=8, unique=True)):
            damaged[position] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        del damaged[data.draw(st.integers(0, len(good) - 1)) :]
    elif how == "append":
        damaged += data.draw(st.binary(min_size=1, max_size=64))
    else:
        start = data.draw(st.integers(0, len(good) - 1))
        damaged[start : start + data.draw(st.integers(1, 64))] = bytes(min(64, len(good) - start))
    path.write_bytes(bytes(damaged))
    assert AnalysisCache().get(analysed) is None


def _swap_one_part(value: object, draw: st.DrawFn, depth: int = 0) -> object:
    """`value` with one part somewhere inside it replaced by something of another shape."""
    if isinstance(value, (tuple, list)) and value and depth < 4 and draw(st.booleans()):
        index = draw(st.integers(0, len(value) - 1))
        items = list(value)
        items[index] = _swap_one_part(items[index], draw, depth + 1)
        return type(value)(items)
    return draw(
        st.one_of(
            st.none(),
            st.integers(-(2**40), 2**40),
            st.text(max_size=5),
            st.binary(max_size=9),
            st.lists(st.integers(-5, 5), max_size=3),
            st.tuples(st.integers(), st.text(max_size=2)),
            st.frozensets(st.integers(), max_size=2),
        )
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_well_sealed_entry_of_the_wrong_shape_is_ignored(analysed: Document, data: st.DataObject) -> None:
    """What the checksum cannot catch (an entry this code did not write, sealed correctly) is caught by
    checking every part as the Document is rebuilt: no exception, and no half-built document."""
    key = content_key(analysed)
    payload = marshal.loads(cache_entry.encode_document(analysed, key) or b"")
    changed = _swap_one_part(payload, data.draw)
    try:
        sealed = store.sealed(cache.ENTRY_MAGIC, marshal.dumps(changed))
    except ValueError:
        return
    cache_dir().mkdir(parents=True, exist_ok=True)
    (cache_dir() / f"{key}.entry").write_bytes(sealed)
    found = AnalysisCache().get(analysed)
    if found is not None:  # a change the document can carry (another title, a fact's note)
        assert isinstance(found, Document) and found.raw == analysed.raw
        found.keywords.ranking("tfidf")
        [found.text[f.start or 0 : f.end or 0] for f in found.facts]


def test_a_change_to_the_analysis_code_starts_a_fresh_cache(tmp_path: Path) -> None:
    copy = tmp_path / "lytui"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "tui"))
    before = source_digest(copy)
    assert source_digest(copy) == before
    assert f"analysis-{cache.code_digest()}" == cache_dir().name
    extractor = copy / "analyse" / "facts" / "measures.py"
    extractor.write_text(extractor.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert source_digest(copy) != before
    (copy / "cli.py").write_text("# the views do not change what an analysis holds\n", encoding="utf-8")
    extractor.write_text(extractor.read_text(encoding="utf-8").removesuffix("\n# changed\n"), encoding="utf-8")
    assert source_digest(copy) == before


def _table(tmp_path: Path, built: list[int]) -> object:
    source = tmp_path / "source.txt"
    if not source.exists():
        source.write_text("a 1\nb 2\n", encoding="utf-8")

    def build() -> tuple[str, int]:
        built.append(1)
        return ("ab", 3)

    return derived_table(str(source), "test-table", build, lambda data: isinstance(data, tuple) and len(data) == 2)


def test_a_damaged_table_is_rebuilt_never_a_traceback(tmp_path: Path) -> None:
    built: list[int] = []
    assert _table(tmp_path, built) == ("ab", 3) and built == [1]
    assert _table(tmp_path, built) == ("ab", 3) and built == [1]  # read back, not built
    (path,) = tables_dir().glob("test-table-*")
    good = path.read_bytes()
    for damaged in (good[:-1], good[:10], b"", good[:-3] + b"\xff\xff\xff", marshal.dumps(("a", 1)), b"\x00" * 40):
        path.write_bytes(damaged)
        assert _table(tmp_path, built) == ("ab", 3)
    assert len(built) == 7 and path.read_bytes() == good


def test_a_table_in_a_directory_others_can_write_is_not_read(tmp_path: Path) -> None:
    built: list[int] = []
    _table(tmp_path, built)
    tables_dir().chmod(0o777)
    assert _table(tmp_path, built) == ("ab", 3) and len(built) == 2


def _document(chars: int, mark: str) -> Document:
    return clean_text(mark + "\n" + "文" * chars)


def test_the_memory_cache_keeps_a_bounded_number_of_characters_least_recently_used_out() -> None:
    documents = [_document(400, mark) for mark in "甲乙丙丁戊"]
    weight = len(documents[0].text) + len(documents[0].raw)
    session = AnalysisCache(use_disk=False, max_chars=3 * weight)
    for document in documents[:3]:
        session.put(document)
    assert session.get(documents[0]) is documents[0]  # now the most recently used
    session.put(documents[3])
    assert session.get(documents[1]) is None  # the least recently used went first
    assert session.get(documents[0]) is documents[0] and session.get(documents[2]) is documents[2]
    session.put(documents[4])
    assert len(session) == 3 and session.get(documents[3]) is None
    huge = _document(10 * weight, "巨")
    session.put(huge)
    assert len(session) == 1 and session.get(huge) is huge  # the article on screen is kept, alone

"""The compact tables must be jieba's own: every frequency, the total and every tag."""

from __future__ import annotations

import io
import marshal

import jieba
import jieba.posseg

from lytui.analyse.jieba_tables import WordTags, build_tables, tables
from lytui.store import read_table


def test_tables_are_jiebas() -> None:
    ours = tables()
    reference = jieba.Tokenizer()
    frequencies, total = reference.gen_pfdict(reference.get_dict_file())
    tagger = jieba.posseg.POSTokenizer(reference)
    assert ours.total == total
    assert frequencies == ours.frequencies
    tags = ours.tags
    assert isinstance(tags, WordTags)
    assert len(tags) == len(tagger.word_tag_tab)
    assert all(tags.get(word) == tag for word, tag in tagger.word_tag_tab.items())
    assert tags.get("不是一个词语的串", "x") == "x"
    assert "龙岩" in tags and "不是一个词语的串" not in tags


def test_built_tables_follow_jiebas_rules_and_survive_marshal() -> None:
    lines = ["中国 100 ns\n", "中国人 5 n\n", "中 3 f\n", "中国 7 nz\n", "\n"]
    frequencies, total, tags = build_tables(io.StringIO("".join(lines)))
    assert frequencies == {"中国": 7, "中国人": 5, "中": 3}
    assert total == 115  # every line counts, as in jieba
    assert [tags.get(w) for w in ("中国", "中国人", "中", "国")] == ["nz", "n", "f", None]
    again = WordTags.from_stored(marshal.loads(marshal.dumps(tags.stored())))
    assert [again.get(w) for w in ("中国", "中国人", "中", "国")] == ["nz", "n", "f", None]
    assert len(again) == 3


def test_a_damaged_table_cache_is_rebuilt(tmp_path, monkeypatch) -> None:
    from lytui.analyse import jieba_tables

    monkeypatch.setenv("LYTUI_CACHE_DIR", str(tmp_path))
    jieba_tables._load_or_build()  # builds the tables and keeps them
    (path,) = tmp_path.glob("*/jieba-tables-*.marshal")
    path.write_bytes(marshal.dumps(("not", "the tables")))
    loaded = tables()
    again = jieba_tables._load_or_build()
    assert again.total == loaded.total and again.frequencies["龙岩"] == loaded.frequencies["龙岩"]
    assert again.tags.get("龙岩") == loaded.tags.get("龙岩") == "nr"  # jieba's own tag, odd as it is
    assert read_table(path)[1] == loaded.total  # and the file was written again


def test_a_dictionary_file_of_another_shape_means_jiebas_own_tables(monkeypatch, tmp_path) -> None:
    from lytui.analyse import jieba_tables

    odd = tmp_path / "dict.txt"
    odd.write_text("龙岩 100\n", encoding="utf-8")  # a release without tags on each line
    monkeypatch.setattr(jieba_tables, "_dictionary_path", lambda: str(odd))
    monkeypatch.setenv("LYTUI_CACHE_DIR", str(tmp_path / "cache"))
    jieba_tables.tables.cache_clear()
    try:
        found = jieba_tables.tables()
        assert found.total == jieba.Tokenizer().gen_pfdict(jieba.Tokenizer().get_dict_file())[1]
        assert found.tags.get("龙岩") == "nr"
    finally:
        jieba_tables.tables.cache_clear()

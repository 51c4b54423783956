"""The compact tables must be jieba's own: every frequency, the total and every tag."""

from __future__ import annotations

import io
import marshal

import jieba
import jieba.posseg

from lytui.analyse.jieba_tables import WordTags, build_tables, jieba_ready, posseg_ready
from lytui.cache import read_table


def test_tables_are_jiebas() -> None:
    jieba_ready()
    posseg = posseg_ready()
    reference = jieba.Tokenizer()
    frequencies, total = reference.gen_pfdict(reference.get_dict_file())
    tagger = jieba.posseg.POSTokenizer(reference)
    assert jieba.dt.total == total
    assert frequencies == jieba.dt.FREQ
    tags = posseg.dt.word_tag_tab
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
    again.update({"国": "n"})  # what jieba.add_word(..., tag=...) hands posseg
    assert again.get("国") == "n" and len(again) == 4


def test_a_damaged_table_cache_is_rebuilt(tmp_path, monkeypatch) -> None:
    from lytui.analyse import jieba_tables

    monkeypatch.setenv("LYTUI_CACHE_DIR", str(tmp_path))
    jieba_tables._load_or_build()  # builds the tables and keeps them
    (path,) = tmp_path.glob("*/jieba-tables-*.marshal")
    path.write_bytes(marshal.dumps(("not", "the tables")))
    loaded_tags = posseg_ready().dt.word_tag_tab
    frequencies, total, tags = jieba_tables._load_or_build()
    assert total == jieba.dt.total and frequencies["龙岩"] == jieba.dt.FREQ["龙岩"]
    assert tags.get("龙岩") == loaded_tags.get("龙岩") == "nr"  # jieba's own tag, odd as it is
    assert read_table(path)[1] == total  # and the file was written again

"""The shared tables must be jieba's own: every frequency, the total and every tag."""

from __future__ import annotations

import io
import marshal

import jieba
import jieba.posseg

from lytui.analyse.jieba_tables import build_tables, jieba_ready, posseg_ready


def test_tables_are_jiebas_and_share_their_strings() -> None:
    jieba_ready()
    posseg = posseg_ready()
    reference = jieba.Tokenizer()
    frequencies, total = reference.gen_pfdict(reference.get_dict_file())
    tagger = jieba.posseg.POSTokenizer(reference)
    assert jieba.dt.total == total
    assert frequencies == jieba.dt.FREQ
    assert posseg.dt.word_tag_tab == tagger.word_tag_tab
    # one string per word: the tag table's keys are the frequency table's own objects
    keys = {id(k) for k in jieba.dt.FREQ}
    sample = list(posseg.dt.word_tag_tab)[::997]
    assert all(id(word) in keys for word in sample)
    assert len({id(tag) for tag in posseg.dt.word_tag_tab.values()}) < 100


def test_built_tables_follow_jiebas_rules_and_survive_marshal() -> None:
    lines = ["中国 100 ns\n", "中国人 5 n\n", "中 3 f\n", "中国 7 nz\n", "\n"]
    frequencies, total, tags = build_tables(io.StringIO("".join(lines)))
    assert frequencies == {"中国": 7, "中国人": 5, "中": 3}
    assert total == 115  # every line counts, as in jieba
    assert tags == {"中国": "nz", "中国人": "n", "中": "f"}
    again = marshal.loads(marshal.dumps((frequencies, total, tags)))
    assert [id(k) for k in again[0]][:2] == [id(k) for k in again[2]][:2]

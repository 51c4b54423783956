from __future__ import annotations

import re

from lytui.analyse.keywords import keywords_for, stopwords
from lytui.pipeline import analyse, clean_text

ARTICLE_A = (
    "乡村振兴新篇章\n"
    "市农业农村局局长简洪坤介绍，今年全市乡村振兴成效明显。简洪坤表示，将继续推进乡村振兴。"
    "简洪坤说，“千村示范”工程带动了产业发展。“千村示范”工程覆盖一百个村。"
)
ARTICLE_B = "科技创新\n人工智能产业快速发展，人工智能企业数量增长，科技创新成为主旋律。"


def test_seed_top20_has_no_junk(seed_document) -> None:
    text = seed_document.text
    for ranking in ("count", "tfidf", "textrank"):
        top = seed_document.keywords.ranking(ranking)[:20]
        assert len(top) == 20
        for keyword in top:
            word = keyword.word
            assert not re.search(r"\d", word), word
            assert len(word) > 1, word
            assert re.fullmatch(r"[\u4e00-\u9fff]+", word), word
            assert word not in stopwords(), word
            assert word not in ("挂千企", "简洪"), word
            for start, end in keyword.spans:
                assert text[start:end] in (word, word[:-1]) or word.startswith(text[start:end])


def test_seed_people_named_three_times_stay_whole(seed_document) -> None:
    words = {k.word for k in seed_document.keywords.by_count}
    assert "吴云娟" in words


def test_a_name_added_to_the_document_dictionary_is_not_split() -> None:
    document = analyse(clean_text(ARTICLE_A))
    words = {k.word: k.count for k in document.keywords.by_count}
    assert words.get("简洪坤") == 3
    assert "简洪" not in words
    assert "千村示范" in words


def test_stop_words_never_rank() -> None:
    document = analyse(clean_text("标题\n我们认为这是一个非常重要的问题，我们表示将进行研究，并且认为可以做好。"))
    for ranking in ("count", "tfidf", "textrank"):
        assert not {k.word for k in document.keywords.ranking(ranking)} & stopwords()


def test_documents_do_not_affect_each_other() -> None:
    b_alone = keywords_for(clean_text(ARTICLE_B), [])
    analyse(clean_text(ARTICLE_A))
    b_after = keywords_for(clean_text(ARTICLE_B), [])
    assert b_alone == b_after
    a_first = analyse(clean_text(ARTICLE_A)).keywords
    assert analyse(clean_text(ARTICLE_A)).keywords == a_first
    import jieba

    assert "简洪坤" not in jieba.dt.FREQ and "千村示" not in jieba.dt.FREQ


def test_variants_merge_into_the_longer_form() -> None:
    document = analyse(clean_text("标题\n龙岩发展很快。龙岩市召开会议。龙岩人民很高兴。"))
    words = {k.word: k.count for k in document.keywords.by_count}
    assert words.get("龙岩市") == 3 and "龙岩" not in words


def test_tfidf_and_textrank_are_ranked_when_first_asked_and_survive_the_cache() -> None:
    from lytui.cache import AnalysisCache

    document = analyse(clean_text(ARTICLE_A))
    keywords = document.keywords
    assert keywords.by_count[0].word == "简洪坤"
    first = keywords.ranking("textrank")
    assert keywords.ranking("textrank") is first  # ranked once, then kept
    AnalysisCache().put(document)
    found = AnalysisCache().get(clean_text(ARTICLE_A))
    assert found is not None
    restored = found.keywords
    assert restored.ranking("textrank") == first
    assert restored.ranking("tfidf") == keywords.ranking("tfidf")
    assert {k.word for k in keywords.ranking("tfidf")} == {k.word for k in keywords.by_count}


def test_idf_values_are_jiebas() -> None:
    import jieba.analyse

    from lytui.analyse.keywords import _idf

    table, median = _idf()
    reference = jieba.analyse.default_tfidf.idf_loader
    for word in [*list(reference.idf_freq)[::997], "干部", "龙岩"]:
        assert table.get(word, -1.0) == reference.idf_freq[word], word
    assert median == reference.median_idf
    assert table.get("这个词不在表里", median) == median

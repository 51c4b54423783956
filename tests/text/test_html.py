"""Saved web pages: the main text, the page's info line and title, then the same repairs as a text file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lytui.corpus import summarise
from lytui.export import document_record
from lytui.pipeline import clean_bytes, load
from lytui.text.html import extract_page, looks_like_html

from ..conftest import SEED

PORTAL = Path(__file__).resolve().parent.parent / "data" / "html" / "seed_portal.html"
FURNITURE = (
    "广告",
    "相关阅读",
    "热点推荐",
    "版权所有",
    "首页",
    "手机版",
    "分享到",
    "字号",
    "hm.js",
    "console",
    "font-family",
)


def _article(record: dict) -> list[str]:
    return [line for s in record["sections"] for line in ([s["heading"]] if s["heading"] else []) + s["paragraphs"]]


@pytest.fixture(scope="module")
def portal_and_text() -> tuple[dict, dict]:
    return document_record(load(PORTAL)), document_record(load(SEED))


def test_a_portal_page_gives_the_article_of_the_same_scrape_as_text(portal_and_text: tuple[dict, dict]) -> None:
    portal, text = portal_and_text
    assert _article(portal) == _article(text)
    assert portal["meta"]["title"] == text["meta"]["title"]
    assert portal["meta"]["published"] == text["meta"]["published"]  # the time of day from the info line
    assert portal["meta"]["editor"] == text["meta"]["editor"]
    assert portal["meta"]["source"] == text["meta"]["source"]


def test_page_furniture_and_scripts_never_reach_the_article(portal_and_text: tuple[dict, dict]) -> None:
    portal, _ = portal_and_text
    article = "\n".join(_article(portal))
    for furniture in FURNITURE:
        assert furniture not in article


def test_facts_are_the_same_as_from_the_text_file(portal_and_text: tuple[dict, dict]) -> None:
    portal, text = portal_and_text

    def values(record: dict) -> list[str]:
        return sorted(json.dumps([f["kind"], f["text"], f["value"]], ensure_ascii=False) for f in record["facts"])

    assert values(portal) == values(text)


def test_repairs_index_the_extracted_text_kept_as_raw_text(portal_and_text: tuple[dict, dict]) -> None:
    portal, _ = portal_and_text
    raw_text = portal["raw_text"]
    assert portal["repairs"]
    removed = [r for r in portal["repairs"] if r["kind"] == "boilerplate"]
    assert removed
    for repair in removed:
        assert raw_text[repair["raw_start"] : repair["raw_end"]] == repair["raw"]
    assert "<" not in raw_text


def test_html_is_recognised_by_content_without_a_suffix() -> None:
    page = "<!DOCTYPE html><html><head><title>x</title></head><body><p>正文</p></body></html>"
    assert looks_like_html(page)
    assert looks_like_html("", "saved.HTM")
    assert not looks_like_html("来源：新华社\n记者 <张三> 报道，“<>”不是标签。")
    data = PORTAL.read_bytes()
    assert document_record(clean_bytes(data, "no-suffix"))["meta"]["title"] == "龙岩市：又见苏区干部好作风"


def test_a_gbk_page_with_its_own_meta_and_no_info_line() -> None:
    page = (
        "<html><head><meta charset='gbk'><title>县里新建三座水厂_某某日报</title>"
        "<meta property='og:site_name' content='某某日报'>"
        "<meta name='publishdate' content='2024-03-05'></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/n'>新闻</a></div>"
        "<h1>县里新建三座水厂</h1><div class='content'>"
        "<p>3月4日，县水务局宣布，今年将新建三座水厂，总投资1.2亿元，预计惠及12万名群众。</p>"
        "<p>“水厂建成后，群众喝水更放心。”县水务局局长李明说。</p></div></body></html>"
    )
    document = clean_bytes(page.encode("gbk"), "page.html")
    record = document_record(document)
    assert record["meta"]["title"] == "县里新建三座水厂"
    assert record["meta"]["source"] == "某某日报"
    assert record["meta"]["published"].startswith("2024-03-05")
    assert _article(record)[0].startswith("3月4日，县水务局宣布")
    assert "首页" not in document.text


def test_an_empty_page_gives_an_empty_article_not_an_error() -> None:
    page = extract_page("<html><head><title></title></head><body><script>x()</script></body></html>")
    assert page.text == ""
    document = clean_bytes(b"<html><body><div></div></body></html>", "empty.html")
    assert document.paragraphs == ()


def test_the_folder_listing_shows_the_page_title(tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_bytes(PORTAL.read_bytes())
    assert summarise(saved).title == "龙岩市：又见苏区干部好作风"


def test_an_info_label_with_pinyin_glued_in_is_still_an_info_line() -> None:
    page = (
        "<html><head><title>县里新建三座水厂</title></head><body><h1>县里新建三座水厂</h1>"
        "<div class='info'><span>發(fā)布時間：2024-03-05</span></div><div class='content'>"
        "<p>3月4日，县水务局宣布，今年将新建三座水厂，总投资1.2亿元，预计惠及12万名群众。</p>"
        "<p>“水厂建成后，群众喝水更放心。”县水务局局长李明说。</p></div></body></html>"
    )
    assert "發(fā)布時間：2024-03-05" in extract_page(page).text

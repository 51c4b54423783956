"""Write a folder of varied, realistically mangled articles for benchmarks (not copies of the seed).

Each article is assembled from sentence templates with random places, companies, people, amounts and
dates, then mangled the way scrapers do: Traditional characters, pinyin glued after some characters,
ASCII punctuation with stray commas, one lost GBK byte, and page chrome around it.

    python bench/corpus.py OUT_DIR [--count 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.mangle import ascii_punctuation, lose_lead_byte, traditional

CITIES = [
    "福州",
    "厦门",
    "泉州",
    "漳州",
    "莆田",
    "三明",
    "南平",
    "宁德",
    "龙岩",
    "赣州",
    "梅州",
    "潮州",
    "温州",
    "丽水",
    "衢州",
    "上饶",
    "南昌",
    "长沙",
    "成都",
    "西安",
]
COUNTIES = [
    "长汀",
    "连城",
    "永定",
    "上杭",
    "武平",
    "漳平",
    "安溪",
    "永春",
    "德化",
    "南靖",
    "平和",
    "诏安",
    "建宁",
    "泰宁",
    "将乐",
    "顺昌",
]
SURNAMES = [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "黄",
    "赵",
    "吴",
    "周",
    "林",
    "郑",
    "蔡",
    "许",
    "何",
    "罗",
    "谢",
    "曾",
    "苏",
    "卢",
]
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀英",
    "建华",
    "志强",
    "海燕",
    "文博",
    "晓东",
    "丽华",
    "国庆",
    "春生",
]
INDUSTRY = ["新材料", "电子信息", "生物医药", "现代农业", "文化旅游", "智能制造", "新能源", "食品加工", "物流", "纺织"]
TITLES = ["局长", "副局长", "主任", "副主任", "总经理", "董事长", "书记", "副市长", "县长"]
BUREAUS = ["工信局", "商务局", "发改委", "农业农村局", "科技局", "文旅局", "住建局"]
READINGS = {"区": "qū", "经": "jīng", "产": "chǎn", "业": "yè", "发": "fā", "现": "xiàn", "网": "wǎng", "数": "shù"}


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _paragraph(rng: random.Random, city: str) -> str:
    county = rng.choice(COUNTIES)
    company = f"{rng.choice(CITIES)}{rng.choice(['宏达', '恒信', '瑞丰', '华兴', '鑫源', '天成'])}{rng.choice(INDUSTRY)}有限公司"
    person = _name(rng)
    official = _name(rng)
    templates = [
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{city}市{county}县举行重点项目集中开工仪式，"
        f"{rng.randint(5, 60)}个项目总投资{rng.randint(10, 900)}亿元。",
        f"“今年企业产值增长了{rng.randint(5, 60)}%，订单排到了明年。”{company}总经理{person}告诉记者，"
        f"公司新招了{rng.randint(20, 500)}名工人。",
        f"{city}市{rng.choice(BUREAUS)}{rng.choice(TITLES)}{official}介绍，今年1至{rng.randint(2, 11)}月，"
        f"全市新增市场主体{rng.randint(1000, 90000)}户，兑现惠企资金{rng.randint(1, 99)}.{rng.randint(1, 9)}亿元。",
        f"去年以来，{county}县累计建成{rng.randint(3, 40)}座标准厂房、{rng.randint(2, 30)}条生产线，"
        f"带动{rng.randint(100, 9000)}名群众就业。",
        f"{official}坦言：“招商引资没有捷径，只有把服务做细，企业才愿意来。”",
        f"根据《{city}市{rng.choice(INDUSTRY)}产业发展三年行动方案》，到{rng.randint(2025, 2030)}年，"
        f"全市{rng.choice(INDUSTRY)}产业规模将突破{rng.randint(100, 3000)}亿元。",
    ]
    return "".join(rng.sample(templates, rng.randint(2, 4)))


def make_article(rng: random.Random) -> str:
    city = rng.choice(CITIES)
    title = f"{city}：{rng.choice(INDUSTRY)}产业跑出加速度"
    heading = rng.choice(["项目为王 服务为先", "稳企业 保就业", "抓招商 促发展", "优环境 强动能"])
    paragraphs = [_paragraph(rng, city) for _ in range(rng.randint(4, 10))]
    paragraphs.insert(len(paragraphs) // 2, heading)
    reporter = f"（记者 {_name(rng)} {_name(rng)}）"
    body = f"{city}日报{rng.randint(1, 12)}月{rng.randint(1, 28)}日讯{reporter} " + " ".join(paragraphs)
    body = traditional(body)
    for simple, reading in READINGS.items():
        body = body.replace(traditional(simple), f"{traditional(simple)}({reading})", rng.randint(0, 3))
    body = ascii_punctuation(body)
    marker = body.find("。”")
    if marker > 0 and rng.random() < 0.7:
        body = lose_lead_byte(body, marker)
    published = (
        f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
    )
    editor = _name(rng)
    return (
        f"{traditional(title).replace('：', ':')}\n{published}??來源:{city}新聞網 責任編輯:{traditional(editor)} 我來說兩句 |\n"
        f"分享到:\n|\n{body} |\n相關閱讀:\n打印 | 收藏 | 發給好友 【字號 大 中 小】 |\n"
    )


def write_corpus(directory: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = directory / f"{index:05d}.txt"
        if not path.exists():
            path.write_text(make_article(rng), encoding="utf-8")
        else:
            make_article(rng)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.count, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles, {total / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()

"""The site's furniture around an article (share and print links, breadcrumbs, tag lists, footers, a
chart's labels), known by shape, for the segmenter to remove as boilerplate; a line that holds a
sentence is never furniture."""

from __future__ import annotations

import re

from lytui.han import han_count
from lytui.text.boilerplate import shape
from lytui.text.repair.noise import IMAGE_EXTENSION

_SENTENCE_END = re.compile(r"(?:[。！？!?]|……|…)[”’」』）)]*$")


_CHROME_TOKENS = {
    "楼主",  # a forum's label over the first post
    "正文",  # the breadcrumb's last item, over the article
    "顶部",  # 返回 / 顶部: the back-to-top link, split over two lines
    "编者按",  # the label over an editor's note, which stays text; no headline
    "暂位符勿删",  # a template's placeholder ("placeholder, do not delete") left in the page
    "焦点图",  # the slideshow widget's label
    "分享到",
    "分享至",
    "分享",
    "相关阅读",
    "相关新闻",
    "相关链接",
    "打印",
    "收藏",
    "发给好友",
    "加入好友",
    "加好友",
    "我来说两句",
    "评论",
    "关闭窗口",
    "关闭",
    "返回顶部",
    "上一篇",
    "下一篇",
    "扫一扫",
    "二维码",
    "扫码",
    "微信",
    "微博",
    "朋友圈",
    "微信好友",
    "qq空间",
    "字号",
    "大",
    "中",
    "小",
    "推荐",
    "举报",
    "纠错",
    "打印本页",
    "打印正文",
    "打印此文",
    "点击",
    "复制链接",
    "更多",
    "阅读",
    "用户登录",
    "登录",
    "注册",
    "立即注册",
    "还没有账号",
    "忘记密码",
    "图片",
    "视频",
    "顶一下",
    "踩一下",
    "发表评论",
    "查看所有评论",
    "网友评论",
    "用户名",
    "验证码",
    "点击我更换图片",
    "评分",
    "回复",
    "使用道具",
    "搜索",
    "搜寻",
    "加入收藏",
    "设为首页",
    "友善列印",
    "列印",
    "中文繁体",
    "中文简体",
    "检索",
    "帐户",
    "账户",
    "帐号",
    "账号",
    "密码",
    "返回",
    "返回列表",
    "返回首页",
    "回到首页",
    "回总览页",
    "回到列表",
}


_CHROME_LINE = re.compile(
    r"^[-•·*\s]*(?:扫一扫|扫码|手机(?:版|打开|扫)|在手机(?:上)?打开|分享[到至]|上一[篇条则]|下一[篇条则]|相关阅读|相关新闻|打印本页|关闭窗口|"
    r"(?:点击)?阅读下一[篇条则]|"
    r"返回顶部|版权所有|copyright|©|第\s*[0-9０-９]{1,3}\s*版\s*[:：]|[A-Z]?\d{0,2}\s*PDF版$|[（(]完[）)]$|【纠错】|责任编辑[:：]?$|更多\s*[>»]|"
    r"(?:新闻|服务|咨询)?热线(?:电话)?[:：]|(?:新闻)?报料[:：]|技术支持\s*[:：]|欢迎(?:访问|来到|使用|光临)[^。]{0,20}$|"
    r"打开\S{1,8}(?:新闻|客户端|app|APP)\s*查看|查看(?:精彩|更多|高清)图片$|"  # 打开网易新闻 查看精彩图片: an app's prompt
    # 签到天数: 5 天 [LV.2]偶尔看看I, TA的每日心情: a forum's poster profile bar
    r"签到天数\s*[:：]|.{0,20}\[LV\.\d{1,2}\]|.{0,30}TA的每日心情|"
    # 中共某州委宣传部直管网站 主办: the footer's owner, its value lost with the markup
    r"[^。！？，]{0,40}网站\s*(?:主办|主管|承办)(?:单位)?\s*[:：]\s*$)",
    re.IGNORECASE,
)


_ORIGINAL_TITLE_ONLY = re.compile(r"^原(?:标)?题[:：]\s*")


_CHROME_INSIDE = re.compile(
    r"icp备|公网安备|copyright\s*(?:©|\(c\)|&copy;)|all rights reserved|需要登录后才可以(?:回复|回帖|发帖|评论)",
)  # the site's registration, wherever the footer puts it; searched in the lowered line


# The page telling the reader how to use it: 您的浏览器不支援JavaScript…, 请利用键盘按住Ctrl + P开启列印功能,
# IE7或Firefox浏览器则可利用键盘 Ctrl + (+)放大, 请使用浏览器分享功能进行分享. Each word alone is news language; two together are the page.
_READER_HELP = re.compile(
    r"浏览器|javascript|ctrl\s*[+＋]|\bie\d|键盘|字[级号型](?:大小|设定)?|列印|放大|缩小|您|按\s*enter|主内容区|分享功能|(?<![a-z])ie(?=浏览器)",
)  # searched in the lowered line: a lowered line and a plain pattern take half the time of IGNORECASE


def _helps_the_reader(line: str) -> bool:
    return "。" not in line.rstrip("。") and len({m.group() for m in _READER_HELP.finditer(line.lower())}) >= 2


_TAG_LINE = re.compile(r"^[-•·*\s]*(?:标签|关键词|关键字|tags?)\s*[:：]", re.IGNORECASE)  # the page's tag list


SENTENCE_HAN = 10
"""A stretch without spaces that ends in 。！？ and holds this many Han characters outside brackets is a
sentence, and its line is text whatever label leads it (作者：…表示) or note it carries (（数据来源：市统计局）):
page fields are short and space-separated (来源：新华社  责任编辑：王丽), and a `?` left by a lost byte
after a time (09:20:29?) has no Han before it."""


_BRACKETED = re.compile(r"[（(【\[][^（()）【\[\]】]*[）)】\]]")


# a clause match starts only where a stretch starts, so a 10 MB line is scanned once, not once per character
_CLAUSE = re.compile(r"(?<![^\s。！？!?])[^\s。！？!?]+[。！？!?]")


# 首页 > 新闻中心 > 部门动态, 当前位置：首页 » 要闻: the site's breadcrumb, not the title; labelled as the
# reader's position (您现在的位置：), it is one whatever follows, even with its › lost (当前位置: 首页巢湖快讯)
_POSITION = r"(?:当前|您的|现在|您现在的|您当前的|目前|您)(?:所在)?的?位置\s*[:：]"
_BREADCRUMB = re.compile(
    rf"^(?:{_POSITION}?\s*)?[^\s>»＞]{{1,20}}(?:\s*[>»＞]{{1,2}}\s*[^\s>»＞]{{1,40}}){{1,6}}\s*[>»＞]{{0,2}}$"
    rf"|^{_POSITION}[^。！？]{{0,40}}$"
    # 首页>要闻>天下 天下: from the home page, the trail may end with the section's own label once more
    r"|^(?:网站)?(?:首页|主页)(?:\s*[>»＞]\s*[^\s>»＞]{1,20}){1,6}\s+[^\s>»＞。！？，]{1,12}$"
)


# 泰国某某日报 首页 国际 台湾新闻 查看内容: a breadcrumb whose items stand apart by spaces; the home
# page's name among its first items gives it away, where a headline with spaces never has it.
_SPACED_BREADCRUMB = re.compile(r"^(?:[^\s。！？，]{1,12}\s+){0,2}(?:首页|主页)(?:\s+[^\s。！？，]{1,12}){1,6}$")


# 本网站使用相关技术提供更好的阅读体验…当您关闭此视窗，代表您同意上述规范。: the site asking consent
# for cookies or to its privacy terms by name, speaking to the reader (您) or as the site, and of agreeing.
_CONSENT = (
    re.compile(r"隐私权?(?:声明|政策|规范|条款|设置)|cookie", re.IGNORECASE),
    re.compile(r"同意|接受|关闭"),
    re.compile(r"您|本网站?|我们的隐私"),
)


def _asks_consent(line: str) -> bool:
    return len(line) <= 200 and all(pattern.search(line) for pattern in _CONSENT)


# 打开某某新闻 查看更多图片, 展开全文, 点击阅读原文: a link to more of the page, not the article's words
_MORE_LINK = re.compile(r"(?:^|\s|点击)(?:查看|阅读|展开)(?:更多|全文|原文)\S{0,4}$")


_CHROME_SPLIT = re.compile(r"[\s|｜:：【】\[\]()（）/／?？×✕]+")


def _holds_sentence(line: str) -> bool:
    outside = _BRACKETED.sub("", line)
    return any(han_count(outside, m.start(), m.end()) >= SENTENCE_HAN for m in _CLAUSE.finditer(outside))


# A chart's own lines between paragraphs: its title with the unit (综合价格变动曲线（单位：元）), the
# source under it (数据来源：…抽样调查), a series title over years (2006-2015年中国农用机械年末拥有量).
# A series title alone could be a heading (2019-2023年发展回顾): it is a chart's only beside such a line.
_CHART_LABEL = re.compile(r"^(?:数据来源|资料来源)[:：]|[（(]单位[:：][^（()）]{1,12}[）)]$")


_SERIES_TITLE = re.compile(r"^(?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)\d{2}年")


def _chart_labels(stripped: list[str], filled: list[int]) -> set[int]:
    def short(row: int) -> bool:
        return len(stripped[row]) <= 50 and not _SENTENCE_END.search(stripped[row])

    strong = {row for row in filled if short(row) and _CHART_LABEL.search(stripped[row])}
    labels = set(strong)
    for n, row in enumerate(filled):
        beside = filled[max(0, n - 1) : n + 2]
        if short(row) and _SERIES_TITLE.match(stripped[row]) and strong & set(beside):
            labels.add(row)
    return labels


# 本篇文章1093字，读完约3分钟: the page's reading-time widget
_READING_TIME = re.compile(
    r"^本?(?:篇|文)?(?:文章)?(?:共|全文)?\s*\d+\s*字\s*[，,]?\s*(?:阅读|读完)\S{0,4}?\d+\s*分钟$"
)


# A picture's place without a picture: （资料图片）, 图片5.png, ------分隔线------
_PLACEHOLDER = re.compile(
    r"^[（(【\[]?\s*(?:资料图片?|图片|配图)\s*\d*\s*(?:仅供参考)?[）)】\]]?$|^[\w\-. ]{1,60}"
    rf"{IMAGE_EXTENSION}$"
    r"|^-{3,}\s*分隔线\s*-*$",
    re.IGNORECASE,
)


# 本站违法和不良信息举报 联系邮箱：…: where to report the site
_REPORT_CONTACT = re.compile(r"举报.{0,16}(?:邮箱|电话|热线|@)")


# 某某网服务号 微信公众平台, 某某APP 某某APP下载, 微信公众号: the site's apps and accounts. One such word
# is news language (县政务服务APP上线); two in a menu-like line are the page advertising itself.
_PROMO = re.compile(r"公众号|服务号|公众平台|客户端|app|下载|微信|微博|抖音|扫码关注|关注我们")  # in the lowered line
_ALL_ON_OUR_ACCOUNT = re.compile(
    r"更多(?:资讯|精彩|新闻|内容)[^。！？]{0,4}尽在[^。！？]{2,16}(?:微信|公众号|微博|抖音)"
)
_ALL_IN_OUR_APP = re.compile(r"尽在\S{2,12}?(?:app|客户端)[！!。]?$")  # "all of it in our app": the site's last line


def _promotes_the_site(line: str) -> bool:
    """Two promotion words in a menu-like or very short line, or three in one short line whatever its end
    (下载某某新闻APP客户端，随时随地看新闻！). A long line with a sentence's end is neither: it is not
    searched for the words."""
    if len(line) > 40 and _SENTENCE_END.search(line):
        return False
    if len(line) <= 40 and _ALL_IN_OUR_APP.search(line.lower()):
        return True  # 海量资讯、精准解读，尽在某某财经APP
    if len(line) <= 60 and _ALL_ON_OUR_ACCOUNT.search(line):
        return True  # 了解某地更多资讯，尽在某某网微信，扫描下方二维码免费阅读。
    words = len({m.group() for m in _PROMO.finditer(line.lower())})
    if words >= 3 and len(line) <= 40:
        return True
    if words < 2 or _SENTENCE_END.search(line):
        return False
    return len(line.split()) >= 2 or len(line) <= 8


# 热门新闻:某某城大火酿46死! — another story's headline under the site's label, between the paragraphs
_TEASER = re.compile(r"^[-•·*\s]*(?:热门|热点|推荐|最新)(?:新闻|阅读|文章|资讯)\s*[:：]")


_SIGN_UP_PROMPT = re.compile(r"马上注册[，,]\s*结交更多|您需要\s*登录\s*才可以")
"""A forum's prompt to sign up (马上注册，结交更多好友，享用更多功能…), written as a sentence of its own."""
_COUNTER = re.compile(r"\d{1,2}(?:\s*/\s*\d{1,3})?")
"""A line of a number of two digits alone (01, 22, 3/8): a gallery's photo number or a view counter between
paragraphs (a figure of three, 120, may be a count a wrapped line split off)."""


def _is_chrome(line: str) -> bool:
    """Page furniture: share/print/QR lines, copyright, end marks (（完）), the original-title line (in
    brackets too: （原标题：…）)."""
    stripped = line.strip()
    if (_TEASER.match(stripped) and len(stripped) <= 60) or _SIGN_UP_PROMPT.match(stripped):
        return True
    unbracketed = stripped.strip("（）()【】[] ")  # (版权所有 不得转载)
    if _CHROME_LINE.match(stripped) or _CHROME_LINE.match(unbracketed):
        return not _holds_sentence(stripped)  # 相关新闻报道称，…。 is the article speaking
    if _REPORT_CONTACT.search(stripped) and not _holds_sentence(stripped):
        return True
    if _PLACEHOLDER.match(stripped) or _promotes_the_site(stripped) or _COUNTER.fullmatch(stripped):
        return True
    if _ORIGINAL_TITLE_ONLY.match(unbracketed) or _BREADCRUMB.match(stripped) or _SPACED_BREADCRUMB.match(stripped):
        return True
    if _asks_consent(stripped) or (_MORE_LINK.search(stripped) and not _holds_sentence(stripped)):
        return True
    if _helps_the_reader(stripped) or _READING_TIME.match(stripped):
        return True
    if _CHROME_INSIDE.search(stripped.lower()) or _TAG_LINE.match(stripped):
        return not _holds_sentence(stripped)
    tokens = [t for t in _CHROME_SPLIT.split(stripped.lower().lstrip("•·*-▪●◆■ ")) if t]
    return all(t in _CHROME_TOKENS for t in tokens)


# 相关报道, 【相关文章】, 新闻推荐, 延伸阅读, 相关文章Related, 网络热门关键词: the label over the site's list
# of other articles or search keywords (their headlines, teasers, at times a whole other article).
# Everything under it is theirs.
_RELATED_LABEL = re.compile(
    r"[\s【\[〖「<《·•\-—=*#]*"
    r"(?:相关(?:报道|新闻|阅读|文章|链接|推荐|资讯|内容|专题)|(?:新闻|热门|热点|精彩|为您|编辑)推荐|"
    r"推荐(?:阅读|文章|新闻)|延伸阅读|往期(?:回顾|推荐|精选)|最新(?:热文|文章|资讯)|"
    r"(?:网络|本站|站内|全站)?热门(?:文章|新闻|阅读|关键词|标签|搜索|话题)|猜你喜欢)"
    r"[\s】\]〗」>》:：·\-—=*#]*(?:[A-Za-z][A-Za-z ]*)?"
)


def related_label(line: str) -> bool:
    """A line that is only the label over the site's list of other articles."""
    return bool(_RELATED_LABEL.fullmatch(line.strip()))


_LINK_BULLET = re.compile(r"^(?:[-*]\s*)?[·•●◆◇■□▪▶►>※]\s*")


def _footer_like(line: str) -> bool:
    """After the last paragraph: links and labels (返回栏目, 请输入验证码, 首页) are short, and a list of
    related links has a bullet before each headline (·全县农业工作会议召开); a sentence or a longer line
    is text. A heading-shaped line there heads nothing."""
    if _SENTENCE_END.search(line):
        return False
    return shape(line).han < 10 or (bool(_LINK_BULLET.match(line)) and len(line) <= 50)

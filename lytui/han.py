"""What lytui counts as a Chinese character: the CJK Unified Ideographs, Extension A and the
compatibility ideographs. Every stage reads its patterns from here, so a name, a word and a line of
prose are recognised by the same characters."""

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The ranges, for use inside a regular-expression character class: `[{HAN}]`."""

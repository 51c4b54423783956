"""Contrast of what reaches the terminal, as WCAG defines it, from the compositor's final segments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.color import Color, ColorSystem
from rich.color_triplet import ColorTriplet
from textual.app import App
from textual.geometry import Region


def _luminance(rgb: ColorTriplet) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: ColorTriplet, b: ColorTriplet) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _rgb(color: Color | None, colours: int) -> ColorTriplet | None:
    if color is None or color.is_default:
        return None
    if colours == 256:
        color = color.downgrade(ColorSystem.EIGHT_BIT)
    return color.get_truecolor()


def runs(app: App[Any], colours: int = 16_777_216, region: Region | None = None) -> Iterator[tuple[str, float]]:
    """(text, contrast) of every drawn segment with visible text (within `region`, if given); dim text
    counts as halfway to its background, as terminals draw it."""
    update = app.screen._compositor.render_full_update()
    for y, strips in enumerate(update.strips):
        x = 0
        for segment in (segment for strip in strips for segment in strip):
            style = segment.style
            start, x = x, x + segment.cell_length
            if region is not None and not region.contains(start, y):
                continue
            if style is None or not segment.text.strip():
                continue
            fg, bg = _rgb(style.color, colours), _rgb(style.bgcolor, colours)
            if fg is None or bg is None:
                continue
            if style.reverse:
                fg, bg = bg, fg
            if style.dim:
                fg = ColorTriplet(*((f + b) // 2 for f, b in zip(fg, bg)))
            yield segment.text, ratio(fg, bg)

"""Charts drawn as SVG on the server: no JavaScript library, nothing from a CDN, allowed by a strict CSP.

Every chart is a small data structure of rectangles, labels and ``<title>`` tooltips that a Jinja template
turns into SVG; all text goes through autoescape there. Colours are CSS classes (``q-vcoop`` ...) so the
stylesheet, not inline style attributes, decides them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from communique.web.highlight import QUAD_CLASSES, quad_class

MONTH = re.compile(r"^\d{4}-\d{2}$")


@dataclass
class Rect:
    """One bar segment."""

    x: float
    y: float
    w: float
    h: float
    css: str
    tip: str


@dataclass
class Label:
    """One axis label."""

    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass
class Chart:
    """A stacked bar chart ready to draw."""

    width: int
    height: int
    rects: list[Rect] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    gridlines: list[tuple[float, str]] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    empty: bool = False
    #: What one bar counts: "month", or "year" when a long range is summarised by year.
    period: str = "month"
    #: Events of undated statements, which no bar can show: the page says how many (UX21: an actor page
    #: read "10 events" above a chart of none, its statement being undated, and said nothing of why).
    undated: int = 0


def _nice_max(value: int) -> int:
    """Round a maximum up to 1, 2 or 5 times a power of ten, for readable gridlines."""
    if value <= 0:
        return 1
    magnitude = 1
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    months: list[str] = []
    while (y, m) <= (ly, lm) and len(months) < 600:
        months.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return months


def event_class_key(row: dict[str, Any]) -> str:
    """Return the quad class key of a timeline row (from ``event_class``, ``quad`` or a CAMEO root)."""
    value = str(row.get("event_class") or row.get("quad") or row.get("cameo_root") or "")
    if value in QUAD_CLASSES:
        return value
    for key, label in QUAD_CLASSES.items():
        if value.lower().replace("_", " ") == label:
            return key
    return quad_class(value)


def timeline_chart(
    rows: list[dict[str, Any]], *, width: int = 720, height: int = 240, title: str = ""
) -> Chart:
    """Events per month (per year past 72 months: ``Chart.period``) stacked by event class, from rows
    ``{month: "YYYY-MM", event_class, count}``."""
    counts: dict[str, dict[str, int]] = {}
    undated = 0
    for row in rows:
        month = str(row.get("month") or "")[:7]
        if not MONTH.match(month):
            undated += int(row.get("count") or 0)
            continue
        key = event_class_key(row)
        bucket = counts.setdefault(month, {})
        bucket[key] = bucket.get(key, 0) + int(row.get("count") or 0)
    chart = Chart(width=width, height=height, title=title, undated=undated)
    chart.legend = [(f"q-{k}", label) for k, label in QUAD_CLASSES.items()]
    if not counts:
        chart.empty = True
        return chart
    months = _month_range(min(counts), max(counts))
    # Very long ranges are summarised by year so that bars stay visible.
    if len(months) > 72:
        yearly: dict[str, dict[str, int]] = {}
        for month, bucket in counts.items():
            yb = yearly.setdefault(month[:4], {})
            for k, v in bucket.items():
                yb[k] = yb.get(k, 0) + v
        counts = yearly
        months = [str(y) for y in range(int(min(counts)), int(max(counts)) + 1)]
        chart.period = "year"
    left, right, top, bottom = 44, 8, 12, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _nice_max(max(sum(b.values()) for b in counts.values()))
    for i in range(5):
        value = top_value * i / 4
        y = top + plot_h - plot_h * i / 4
        chart.gridlines.append((y, f"{value:g}"))
    slot = plot_w / len(months)
    # A bar is at most 48 px wide: one month alone filled the whole plot with a single block.
    bar_w = max(1.0, min(slot * 0.8, 48.0))
    label_every = max(1, int(len(months) / (plot_w / 56)) + 1)
    for i, month in enumerate(months):
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        bucket = counts.get(month, {})
        for key in QUAD_CLASSES:
            value = bucket.get(key, 0)
            if not value:
                continue
            h = plot_h * value / top_value
            y -= h
            chart.rects.append(
                Rect(
                    round(x, 1),
                    round(y, 1),
                    round(bar_w, 1),
                    round(h, 1),
                    f"q-{key}",
                    f"{month}: {value} {QUAD_CLASSES[key]}",
                )
            )
        if i % label_every == 0:
            chart.labels.append(Label(round(left + i * slot + slot / 2, 1), height - 10, month))
    return chart


def bar_rows(counts: list[tuple[str, int]], *, width: int = 260) -> list[tuple[str, int, float]]:
    """Facet rows with the bar length (in px of ``width``) proportional to the largest count."""
    top = max((c for _, c in counts), default=0) or 1
    return [(label, count, round(width * count / top, 1)) for label, count in counts]

"""The detail panel of one event: its facts and every source, with the evidence highlighted in escaped HTML."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from timeline.events import PRECISION_LABEL, Prepared, date_label, human_date, inferred_of, people_shown
from timeline.figures import TYPE_LABELS, event_titles

MARK_STYLE = "background:#ffe066;color:inherit;padding:0 1px;border-radius:2px"
# An empty inline-block just before the first mark: the scroll box opens scrolled to it (CSS
# scroll-initial-target, no JavaScript; Chromium applies it to inline-blocks, not to inline text).
ANCHOR = ('<span class="tl-anchor" style="display:inline-block;width:0;height:1em;'
          'scroll-initial-target:nearest;scroll-margin-top:2em"></span>')


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else None (no javascript:, data:, relative...)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ord(ch) < 33 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def link_html(url: Any, label: str | None = None) -> str:
    """An escaped <a> for a safe URL; otherwise the escaped text of the URL (or "no URL")."""
    ok = safe_url(url)
    if ok is None:
        return html.escape(str(url)) if isinstance(url, str) and url.strip() else "no URL"
    text = html.escape(label if label is not None else ok)
    return f'<a href="{html.escape(ok, quote=True)}" target="_blank" rel="noopener noreferrer">{text}</a>'


def clean_spans(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Spans clipped to [0, length], empty ones dropped, overlapping or touching ones merged, sorted."""
    out: list[list[int]] = []
    for s, e in sorted((max(0, int(a)), min(length, int(b))) for a, b in spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def highlight(text: str, spans: list[tuple[int, int]], anchor: bool = False) -> str:
    """The text HTML-escaped, with each span wrapped in <mark> (with anchor, the first one scrolls into view).

    Escaping happens piecewise on the original text, so offsets refer to the unescaped text and
    nothing from the text can open or close a tag.
    """
    parts: list[str] = []
    pos = 0
    for i, (s, e) in enumerate(clean_spans(spans, len(text))):
        parts.append(html.escape(text[pos:s]))
        if anchor and i == 0:
            parts.append(ANCHOR)
        parts.append(f'<mark class="tl-evidence" style="{MARK_STYLE}">{html.escape(text[s:e])}</mark>')
        pos = e
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def row_spans(row: pd.Series | dict[str, Any], text: str) -> list[tuple[int, int]]:
    """Where a source row's evidence is in the article text: its spans, checked, else found by search."""
    spans: list[tuple[int, int]] = []
    evidence = row.get("evidence") or ""
    try:
        s, e = int(row.get("evidence_start") or 0), int(row.get("evidence_end") or 0)
        if e > s:
            spans.append((s, e))
    except (TypeError, ValueError):
        pass
    raw = row.get("evidence_spans")
    for span in raw if isinstance(raw, (list, tuple)) else []:
        try:
            a, b = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if b > a:
            spans.append((a, b))
    spans = clean_spans(spans, len(text))
    if isinstance(evidence, str) and evidence.strip():
        if not any(evidence.strip() in text[s:e] or text[s:e] in evidence for s, e in spans):
            at = text.find(evidence.strip())
            if at >= 0:
                spans = clean_spans([*spans, (at, at + len(evidence.strip()))], len(text))
    return spans


_PARA = re.compile(r"\n\s*\n")


def passage_bounds(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The paragraphs of the text that contain the spans (the whole text if there are no spans)."""
    if not spans:
        return 0, len(text)
    breaks = [m.start() for m in _PARA.finditer(text)]
    ends = [m.end() for m in _PARA.finditer(text)]
    first, last = spans[0][0], spans[-1][1]
    start = max([e for e in ends if e <= first], default=0)
    stop = min([b for b in breaks if b >= last], default=len(text))
    return start, stop


@dataclass
class SourceView:
    """One article's account of the event, ready to show."""

    article: str
    title: str
    published: str | None
    url: str | None
    source: str | None
    date: str
    date_reason: str
    status: str
    evidence: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""
    problems: list[str] = field(default_factory=list)

    def passage_html(self) -> str:
        """The paragraph(s) holding the evidence, escaped, with the evidence marked."""
        if not self.text:
            return f'<mark class="tl-evidence" style="{MARK_STYLE}">{html.escape(self.evidence)}</mark>'
        a, b = passage_bounds(self.text, self.spans)
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return highlight(self.text[a:b], [(s - a, e - a) for s, e in self.spans])

    def article_html(self) -> str:
        """The article from its title to its last paragraph (site furniture around it left out), escaped, in a
        scrolling box that opens on the first marked sentence."""
        a, b = article_bounds(self.text, self.title, self.spans)
        return (
            '<div class="tl-article" style="max-height:320px;overflow-y:auto;white-space:pre-wrap;'
            "border:1px solid #ddd;border-radius:6px;padding:8px 12px;font-size:0.92rem;line-height:1.5\">"
            f"{highlight(self.text[a:b], [(s - a, e - a) for s, e in self.spans], anchor=True)}</div>"
        )


# a trailing line of site furniture: a bullet and a few words ("  • Trending Japan")
_TAIL_LINE = re.compile(r"\n[ \t]*[•·▪►][ \t]*[^\n]{0,40}$")


def article_bounds(text: str, title: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Where the article proper is in its text: from its title (when the text holds it; what comes before is site
    furniture such as "print PRINT") to the end less trailing lines of bullets ("• Ukraine", "• COVID-19").
    Never cuts evidence: the bounds widen to hold every span."""
    start, end = 0, len(text)
    at = text.find(title.strip()) if title and title.strip() else -1
    if 0 < at <= 300:
        start = at
    body = text.rstrip()
    while True:
        m = _TAIL_LINE.search(body)
        if not m or m.start() == 0:
            break
        body = body[: m.start()].rstrip()
    if body:
        end = len(body)
    if spans:
        start, end = min(start, min(s for s, _ in spans)), max(end, max(e for _, e in spans))
    return (start, end) if start < end else (0, len(text))


def evidence_html(src: SourceView) -> str:
    """The paragraph an event was read from, with its evidence marked, and the article's title (escaped)."""
    return (
        '<div class="tl-evidence-first" style="border-left:4px solid #ffe066;padding:4px 10px;margin-bottom:6px;'
        'line-height:1.5"><div style="color:#555;font-size:0.9rem">Read in '
        f"<i>{html.escape(src.title)}</i>{' · ' + html.escape(src.published) if src.published else ''}</div>"
        f"{src.passage_html()}</div>"
    )


def article_texts(articles: pd.DataFrame) -> dict[str, str]:
    if articles is None or articles.empty or "text" not in articles.columns:
        return {}
    return {str(a): (t if isinstance(t, str) else "") for a, t in zip(articles["article"], articles["text"],
                                                                     strict=True)}


def event_sources(prep: Prepared, code: int, articles: pd.DataFrame | None = None,
                  texts: dict[str, str] | None = None) -> list[SourceView]:
    """Every source row of the event with this code, oldest publication first."""
    rows = prep.rows[prep.rows["code"].to_numpy() == code]
    if texts is None:
        texts = article_texts(articles) if articles is not None else {}
    out = []
    for _, row in rows.iterrows():
        text = texts.get(str(row["article"]), "")
        spans = row_spans(row, text) if text else []
        out.append(SourceView(
            article=str(row["article"]),
            title=str(row["title"]) if isinstance(row["title"], str) and row["title"] else str(row["article"]),
            published=row["published"] if isinstance(row["published"], str) else None,
            url=row["url"] if isinstance(row["url"], str) else None,
            source=row["source"] if isinstance(row["source"], str) else None,
            date=date_label(*_own_date(row)),
            date_reason=str(_get(row, "article_date_reason") or row["date_reason"] or ""),
            status=str(row["status"]),
            evidence=str(row["evidence"] or ""),
            spans=spans,
            text=text,
        ))
    out.sort(key=lambda s: (s.published or "9999", s.article))
    return out


def _get(row: pd.Series, key: str) -> object:
    value = row.get(key)
    return value if isinstance(value, str) and value else None


def _own_date(row: pd.Series) -> tuple[object, object, object]:
    """This article's own reading of the date, where the loaders give it, else the event's."""
    own = _get(row, "article_date")
    if own is None:
        return row["date"], row["date_precision"], row["date_text"]
    precision = {4: "year", 7: "month", 10: "day"}.get(len(str(own)), row["date_precision"])
    return own, precision, row["date_text"]


def _field(label: str, value: str) -> str:
    """One label/value pair of a two-column grid; value must already be escaped HTML."""
    return f'<div style="color:#666">{html.escape(label)}</div><div>{value}</div>'


GRID = "display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;line-height:1.5"
GRID4 = "display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:2px 14px;line-height:1.5"


def event_header_html(prep: Prepared, code: int) -> str:
    """The facts of the merged event as escaped HTML."""
    ev: dict[str, Any] = {str(k): v for k, v in prep.merged.loc[code].items()}
    conf = ev["date_confidence"]
    try:
        conf_txt = f"{float(conf):.0%}"
    except (TypeError, ValueError):
        conf_txt = "unknown"
    span = ""
    if bool(ev["dated"]) and str(ev["date_precision"]) != "day":
        span = f" — between {human_date(str(ev['start'].date()))} and {human_date(str(ev['end'].date()))}"
    people = ", ".join(people_shown(ev["participants"], ev.get("inferred_participants"),
                                   ev.get("inferred_reasons"))) or "unknown"
    filled = [f"{name}, {why}" if why else name
              for name, why in inferred_of(ev.get("inferred_participants"), ev.get("inferred_reasons")).items()]
    nations = ", ".join(str(c) for c in ev["countries"]) or "unknown"
    place = ev["location"] if isinstance(ev["location"], str) and ev["location"] else "unknown"
    kind = TYPE_LABELS.get(str(ev["type"]), str(ev["type"]))
    headline = f"{date_label(ev['date'], ev['date_precision'], ev['date_text'])}{span} · {kind} · {ev['status']}"
    lines = [
        _field("Precision", html.escape(PRECISION_LABEL.get(str(ev["date_precision"]), str(ev["date_precision"])))),
        _field("Confidence", html.escape(conf_txt)),
        _field("Participants", html.escape(people)),
        _field("Countries", html.escape(nations)),
        _field("Place", html.escape(place)),
        _field("Sources", html.escape(str(int(ev["n_sources"])))),
    ]
    return (
        '<div class="tl-event">'
        f'<div style="font-weight:600;font-size:1.1rem;margin-bottom:4px">{html.escape(headline)}</div>'
        f'<div style="{GRID4}">' + "".join(lines) + "</div>"
        f'<div style="margin-top:4px"><span style="color:#666">Why this date:</span> '
        f'{html.escape(str(ev["date_reason"] or "not given"))}</div>'
        + "".join(f'<div style="margin-top:2px"><span style="color:#666">Inferred, not named in the article:</span> '
                  f'{html.escape(str(line))}</div>' for line in filled)
        + "</div>"
    )


def source_header_html(src: SourceView) -> str:
    """Title, publication, link and this source's own reading of the date, escaped."""
    where = " · ".join(html.escape(x) for x in (src.published or "publication date not given",
                                                    src.source or "") if x)
    parts = [
        f'<div style="font-weight:600;font-size:1.05rem">{html.escape(src.title)}</div>',
        f'<div style="color:#555;margin-bottom:4px">{where} · {link_html(src.url)} · '
        f'<span style="font-family:monospace">{html.escape(src.article)}</span></div>',
        f'<div style="{GRID}">',
        _field("Date read here", html.escape(src.date)),
        _field("Why", html.escape(src.date_reason or "not given")),
        _field("Status here", html.escape(src.status)),
        "</div>",
    ]
    return '<div class="tl-source">' + "".join(parts) + "</div>"


def event_title(prep: Prepared, code: int) -> str:
    """Plain-text one-line name of an event for selectboxes (not HTML: widgets show text)."""
    return event_titles(prep.merged.loc[[code]])[0]


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=])")


def md_escape(text: Any) -> str:
    """Text safe to pass to Streamlit's Markdown (alerts, captions): every Markdown/HTML/LaTeX sign escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))

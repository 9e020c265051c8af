"""The markup of a summary's source text: emphasis, links and footnote markers, found or removed.

Summaries mark emphasis with ``*`` and ``**``, links as ``[text](#)`` (the text stays, the
brackets and target go) and footnotes with superscript digits (``states¹``). `MARKUP` finds all
three, for callers that must keep source offsets (the parser deletes its matches character by
character); `strip_markup` returns the text without them, optionally keeping the footnote
markers; `strip_markup_fragment` does the same for a piece cut out of the source, which may hold
half a link.

Not handled: other markdown (headings, lists, code, images), HTML, or nested brackets.
"""

from __future__ import annotations

import re

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # footnote markers
# A "[" only when a "](" follows on the same line, so a literal bracket in the text stays.
_EMPHASIS_AND_LINKS = r"\*+|\]\([^)\n]*\)|\[(?=[^\]\n]*\]\()"
_EMPHASIS_AND_LINKS_RE = re.compile(_EMPHASIS_AND_LINKS)
MARKUP = re.compile(rf"{_EMPHASIS_AND_LINKS}|[{SUPERSCRIPTS}]")
# A fragment may end inside a link ("[text" without its "](#)"), so every "[" goes.
_FRAGMENT_MARKUP = re.compile(rf"\*+|\]\([^)\n]*\)|\[|[{SUPERSCRIPTS}]")


def strip_markup(text: str, keep_footnote_markers: bool = False) -> str:
    """The text without emphasis, links' brackets and targets, and (unless kept) footnote markers.

    >>> strip_markup("The **European Union** and [OMCT](#) thank the Group¹.")
    'The European Union and OMCT thank the Group.'
    >>> strip_markup("Peru on behalf of the *Andean* states¹", keep_footnote_markers=True)
    'Peru on behalf of the Andean states¹'
    """
    pattern = _EMPHASIS_AND_LINKS_RE if keep_footnote_markers else MARKUP
    return pattern.sub("", text)


def strip_markup_fragment(text: str) -> str:
    """Like `strip_markup`, for a piece of source that may cut a link in two: every "[" goes.

    >>> strip_markup_fragment("**Ms. Ann** of [the Group"), strip_markup("of [the Group")
    ('Ms. Ann of the Group', 'of [the Group')
    """
    return _FRAGMENT_MARKUP.sub("", text)

"""Parse one meeting summary (a string) into a Document and its speaker-attributed Statements.

The layout rules, all general (no table of names):

- blocks are separated by blank lines; three or more blank lines are a page break, which may
  cut a paragraph mid-sentence (even before a capital: "Association of Human" / "Rights ...");
- footnotes (lines starting with a superscript digit) sit at the foot of a page, between the
  halves of a split paragraph; their markers appear earlier in the text;
- headings are short lines without a final full stop; a short line that starts with an
  honorific ("Ms. ...") is a speaker line; the blocks before the first section heading are the
  title page (metadata), and a FACTS & FIGURES section is metadata too;
- markup (``**bold**``, ``*italic*``, ``[text](#)``, footnote markers) is removed from text.

Speaker introductions are read by `hrcqa.corpus.speakers`. The result carries a coverage check that
proves every word of the source landed in exactly one statement, heading, footnote or metadata
block. File reading lives in `hrcqa.corpus.reading`; this module does no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from hrcqa.corpus.speakers import (
    SpeakerIntro,
    common_words,
    parse_delegation_intro,
    parse_person_intro,
    parse_speaker_line,
    refers_to,
    slugify,
)
from hrcqa.errors import CorpusError
from hrcqa.models import Document, Kind, Segment, Span, Statement
from hrcqa.text.markup import MARKUP, SUPERSCRIPTS, strip_markup

PAGE_BREAK_BLANK_LINES = 3
MAX_HEADING_WORDS = 14
_TERMINAL = re.compile(r"[.!?:;][\"'’”)\]*]*\s*$")

Char = tuple[str, int | None]  # a character of clean text and its source offset (None: inserted)


@dataclass(frozen=True)
class Block:
    """A run of non-blank lines: a paragraph piece, heading, footnote or metadata line."""

    start: int
    end: int
    text: str
    blank_lines_before: int


class Coverage(BaseModel):
    """Proof that nothing was lost: words of the source vs words placed in some block."""

    model_config = ConfigDict(frozen=True)

    source_words: int
    placed_words: int
    missing: list[str]
    duplicated: list[str]

    @property
    def ratio(self) -> float:
        return 1.0 if not self.source_words else 1 - len(self.missing) / self.source_words


class ParsedDocument(BaseModel):
    """A parsed summary: the document, its statements in order, and the coverage proof."""

    model_config = ConfigDict(frozen=True)

    document: Document
    statements: list[Statement]
    coverage: Coverage


def split_blocks(source: str) -> list[Block]:
    """Split text into blocks of non-blank lines, counting the blank lines before each."""
    blocks: list[Block] = []
    offset, blanks, start, lines = 0, 0, None, []
    for line in source.split("\n"):
        if line.strip():
            if start is None:
                start = offset
            lines.append(line)
        else:
            if start is not None:
                text = "\n".join(lines)
                blocks.append(Block(start, start + len(text), text, blanks))
                start, lines, blanks = None, [], 0
            blanks += 1
        offset += len(line) + 1
    if start is not None:
        text = "\n".join(lines)
        blocks.append(Block(start, start + len(text), text, blanks))
    return blocks


def clean(source: str, start: int, end: int) -> list[Char]:
    """The clean characters of `source[start:end]`: markup dropped, newlines made spaces."""
    deleted: set[int] = set()
    for match in MARKUP.finditer(source, start, end):
        deleted.update(range(match.start(), match.end()))
    chars = [(" " if source[i] in "\r\n" else source[i], i) for i in range(start, end)
             if i not in deleted]
    while chars and chars[0][0].isspace():
        chars.pop(0)
    while chars and chars[-1][0].isspace():
        chars.pop()
    return chars


def plain(chars: list[Char]) -> str:
    return "".join(c for c, _ in chars)


def is_footnote(block: Block) -> bool:
    return block.text[0] in SUPERSCRIPTS


_TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "on", "in", "with", "for", "to", "by",
                      "at", "as", "from", "into", "against", "per", "via", "de", "&", "•", "-"}


def is_heading_like(text: str) -> bool:
    """Short, title-cased, no final full stop: a heading, title or speaker line.

    Title case tells a heading from the stub of a paragraph cut by a page break
    ("Chile thanks the Group of the Association of Human").
    """
    words = text.split()
    title_cased = all(not w[0].islower() or w.strip(",;") in _TITLE_SMALL_WORDS for w in words)
    return len(words) <= MAX_HEADING_WORDS and title_cased and not _TERMINAL.search(text)


def heading_kind(heading: str) -> Kind | None:
    """The kind of speaker a section heading announces, if it announces one."""
    h = heading.lower()
    rules: list[tuple[str, Kind]] = [
        (r"concerned country", "concerned_country"),
        (r"non-governmental|\bngos?\b|civil society", "ngo"),
        (r"regional|groups\b", "group"),
        (r"\bstates?\b|delegations?", "state"),
        (r"presentation|report|replies|concluding|remarks|experts?\b|rapporteur|panel", "panel"),
    ]
    return next((kind for pattern, kind in rules if re.search(pattern, h)), None)


def _ends_sentence(chars: list[Char]) -> bool:
    return bool(_TERMINAL.search(plain(chars[-5:])))


def _join(parts: list[list[Char]], separator: str) -> list[Char]:
    joined: list[Char] = []
    for index, part in enumerate(parts):
        if index:
            joined.extend((c, None) for c in separator)
        joined.extend(part)
    return joined


def _segments(chars: list[Char]) -> list[Segment]:
    segments: list[Segment] = []
    for text_pos, (_, src) in enumerate(chars):
        if src is None:
            continue
        last = segments[-1] if segments else None
        if last and last.text_start + last.length == text_pos and \
                last.source_start + last.length == src:
            segments[-1] = Segment(text_start=last.text_start, source_start=last.source_start,
                                   length=last.length + 1)
        else:
            segments.append(Segment(text_start=text_pos, source_start=src, length=1))
    return segments


@dataclass
class _Draft:
    intro: SpeakerIntro
    kind: Kind
    section: str
    paragraphs: list[list[Char]]
    spans: list[Span]


def _first_section_index(blocks: list[Block]) -> int:
    first_paragraph = next((i for i, b in enumerate(blocks)
                            if not is_heading_like(b.text) and not is_footnote(b)), None)
    if first_paragraph is None:
        raise CorpusError("no paragraphs found; a summary needs headings and paragraphs of text")
    for i in range(first_paragraph - 1, -1, -1):
        if parse_speaker_line(blocks[i].text) is None:
            return i
    return 0


def _intro_for(text: str, section_kind: Kind | None, current: _Draft | None,
               lower_case: frozenset[str] = frozenset()) -> SpeakerIntro | None:
    """The speaker a paragraph introduces, or None if it continues the current statement."""
    if section_kind == "panel":
        intro = parse_person_intro(text)
        if intro and current and intro.name.split()[-1].lower() == \
                current.intro.name.split()[-1].lower():
            return None
        return intro
    intro = parse_delegation_intro(text, lower_case)
    if intro and current:
        opening = text[: len(intro.name) + 40]
        group = current.intro.on_behalf_of  # "The Benelux countries reiterate ..." continues
        if refers_to(opening, current.intro.name, current.intro.acronym) or \
                (group and refers_to(opening, group, None)):
            return None
    return intro


def _statement_kind(intro: SpeakerIntro, section_kind: Kind | None) -> Kind:
    if intro.on_behalf_of:
        return "group"
    if section_kind is None:
        return "panel" if intro.is_person else "state"
    return section_kind


def _logical_paragraphs(blocks: list[Block]) -> list[tuple[str, list[Block]]]:
    """Label blocks and rejoin paragraphs that a page break cut in two."""
    items: list[tuple[str, list[Block]]] = []
    last_paragraph: list[Block] | None = None
    break_since = False
    for block in blocks:
        if block.blank_lines_before >= PAGE_BREAK_BLANK_LINES:
            break_since = True
        if is_footnote(block):
            items.append(("footnote", [block]))
            continue
        if is_heading_like(block.text):
            kind = "speaker_line" if parse_speaker_line(block.text) else "heading"
            items.append((kind, [block]))
            last_paragraph, break_since = None, False
            continue
        continues = last_paragraph is not None and break_since and not _TERMINAL.search(
            last_paragraph[-1].text)
        if continues and last_paragraph is not None:
            last_paragraph.append(block)
        else:
            last_paragraph = [block]
            items.append(("paragraph", last_paragraph))
        break_since = False
    return items


def _participation(source: str, blocks: list[Block]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for block in blocks:
        for line in block.text.split("\n"):
            match = re.match(r"\s*(\d+)\s+(.+?)\s*$", line)
            if match:
                counts[match.group(2)] = int(match.group(1))
    return counts


def _statement(draft: _Draft, document_id: str, footnotes: dict[str, str], ids: set[str]) -> Statement:
    intro = draft.intro
    chars = _join(draft.paragraphs, "\n\n")
    slug = slugify(intro.name if intro.is_person or not intro.on_behalf_of else intro.display)
    statement_id, n = f"{document_id}/{slug}", 2
    while statement_id in ids:
        statement_id, n = f"{document_id}/{slug}-{n}", n + 1
    ids.add(statement_id)
    members: list[str] = []
    if intro.footnote_marker and intro.footnote_marker in footnotes:
        note = footnotes[intro.footnote_marker].rstrip(".")
        members = [m.strip() for m in re.split(r",\s*|\s+and\s+", note) if m.strip()]
        members = [re.sub(r"^the\s+", "", m) for m in members]
    return Statement(
        id=statement_id, document_id=document_id, section=draft.section, speaker=intro.display,
        name=intro.name, kind=draft.kind, acronym=intro.acronym, role=intro.role,
        representative=intro.representative, on_behalf_of=intro.on_behalf_of, members=members,
        joint_with=intro.joint_with, text=plain(chars), paragraphs=draft.spans,
        segments=_segments(chars),
    )


def _assemble(source: str, items: list[tuple[str, list[Block]]]) -> tuple[
        list[_Draft], list[Span], dict[str, str], list[Block], list[str]]:
    drafts: list[_Draft] = []
    headings: list[Span] = []
    footnotes: dict[str, str] = {}
    facts_blocks: list[Block] = []
    heading_texts: list[str] = []
    section, section_kind, in_facts = "", None, False
    pending_line: SpeakerIntro | None = None
    lower_case = common_words(_without_markup(source))
    for label, blocks in items:
        first = blocks[0]
        text = plain(clean(source, first.start, first.end))
        if label == "footnote":
            footnotes.setdefault(first.text[0], first.text[1:].strip())  # first note per marker
            heading_texts.append(text)  # every footnote's words are placed, repeats included
        elif in_facts:
            facts_blocks.extend(blocks)
        elif label == "heading":
            headings.append(Span(start=first.start, end=first.end))
            heading_texts.append(text)
            section, in_facts = text, bool(re.search(r"facts\s*&\s*figures", text, re.I))
            section_kind = heading_kind(text) or section_kind
        elif label == "speaker_line":
            headings.append(Span(start=first.start, end=first.end))
            heading_texts.append(text)
            pending_line = parse_speaker_line(text)
        else:
            pieces = [clean(source, b.start, b.end) for b in blocks]
            chars = _join(pieces, " ")
            current = drafts[-1] if drafts and drafts[-1].section == section else None
            intro = pending_line or _intro_for(_without_markup(first.text), section_kind, current,
                                               lower_case)
            pending_line = None
            span = Span(start=blocks[0].start, end=blocks[-1].end)
            if intro is not None:
                drafts.append(_Draft(intro, _statement_kind(intro, section_kind), section,
                                     [chars], [span]))
            elif current is not None:
                current.paragraphs.append(chars)
                current.spans.append(span)
            else:
                line = source.count("\n", 0, first.start) + 1
                raise CorpusError(f"line {line}: paragraph has no recognisable speaker "
                                  f"(starts {plain(chars)[:60]!r})")
    return drafts, headings, footnotes, facts_blocks, heading_texts


def _without_markup(raw: str) -> str:
    """Raw text minus emphasis and links but with footnote markers, for reading introductions."""
    return strip_markup(raw, keep_footnote_markers=True).replace("\n", " ")


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text))


def check_coverage(source: str, placed_texts: list[str]) -> Coverage:
    """Compare the words of the whole source (markup removed) with the words placed in blocks."""
    source_words = _words(plain(clean(source, 0, len(source))))
    placed = Counter[str]()
    for text in placed_texts:
        placed.update(_words(text))
    missing = sorted((source_words - placed).elements())
    duplicated = sorted((placed - source_words).elements())
    return Coverage(source_words=sum(source_words.values()), placed_words=sum(placed.values()),
                    missing=missing, duplicated=duplicated)


def parse_document(source: str, document_id: str, path: str = "<string>", sha256: str = "",
                   meta: dict[str, str] | None = None) -> ParsedDocument:
    """Parse a summary's text into statements. Raises CorpusError if it has none.

    >>> parse_document(summary, "hrc60-belarus").statements[0].speaker
    'Ms. Karinna Moskalenko'
    """
    if not source.strip():
        raise CorpusError("the document is empty")
    blocks = split_blocks(source)
    front_end = _first_section_index(blocks)
    front = blocks[:front_end]
    items = _logical_paragraphs(blocks[front_end:])
    drafts, headings, footnotes, facts_blocks, heading_texts = _assemble(source, items)
    if not drafts:
        raise CorpusError("no recognisable statements (expected paragraphs opening with a speaker)")
    ids: set[str] = set()
    statements = [_statement(d, document_id, footnotes, ids) for d in drafts]
    meta = meta or {}
    front_texts = [plain(clean(source, b.start, b.end)) for b in front]
    document = Document(
        id=document_id, path=path, sha256=sha256, title=meta.get("title") or _title(front_texts),
        body=meta.get("body", ""), session=meta.get("session", ""), date=meta.get("date", ""),
        source=meta.get("source", ""), url=meta.get("url", ""), headings=headings,
        footnotes=footnotes,
        metadata_blocks=[Span(start=b.start, end=b.end) for b in front + facts_blocks],
        title_page=front_texts,
        participation=_participation(source, facts_blocks),
    )
    placed = ([s.text for s in statements] + heading_texts + front_texts
              + [plain(clean(source, b.start, b.end)) for b in facts_blocks])
    coverage = check_coverage(source, placed)
    return ParsedDocument(document=document, statements=statements, coverage=coverage)


def _title(front_texts: list[str]) -> str:
    candidates = [t for t in front_texts if not t.isupper() and not t.startswith("#")]
    return candidates[0] if candidates else (front_texts[0] if front_texts else "")

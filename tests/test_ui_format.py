"""Formatting and handler functions of the app, without a server: `hrcqa.web.render`, `hrcqa.web.app.respond`.

Statements come from the real summary (parsed, no model); answers are built by hand.
"""

from __future__ import annotations

import html
import re
from types import SimpleNamespace

import pytest

from hrcqa.config import Settings
from hrcqa.corpus.roster import speakers_by_kind
from hrcqa.errors import QueryError
from hrcqa.models import Answer, Citation, Hit, Statement
from hrcqa.web import document as doc
from hrcqa.web import history as chat
from hrcqa.web import render as fmt

HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"


def cite(statement: Statement, sentence: str, n: int = 1) -> Citation:
    """A citation of one sentence of a statement, with its real source spans."""
    start = statement.text.index(sentence)
    spans = statement.source_spans(start, start + len(sentence))
    return Citation(n=n, speaker=statement.speaker, kind=statement.kind, quote=sentence,
                    statement_id=statement.id, passage_id=f"{statement.id}#0-1",
                    document_id=statement.document_id, start=spans[0].start, end=spans[-1].end,
                    spans=spans)


def marked(content: str) -> str:
    return html.unescape("".join(re.findall(r"<mark>(.*?)</mark>", content, re.S)))


@pytest.fixture(scope="module")
def grounded(statements) -> Answer:
    czechia, eu = statements["czechia"], statements["european-union"]
    return Answer(
        question="And the EU?", resolved_question="What did the European Union say about prisoners?",
        answer="**Czechia** welcomes releases [1]; the EU urges more [2]. Unknown [9].",
        answerable=True, question_type="who_said",
        citations=[cite(czechia, czechia.text.split(". ")[0] + ".", 1),
                   cite(eu, "The European Union thanks the Group of Independent Experts", 2)],
        speakers=["Czechia", "European Union"], notes=["Only two speakers matched."])


@pytest.fixture(scope="module")
def refusal(statements) -> Answer:
    germany = statements["germany"]
    hit = Hit(rank=1, score=0.5, passage_id=f"{germany.id}#0-2", statement_id=germany.id,
              document_id=germany.document_id,
              speaker="Germany", kind="state", text=germany.text[:80], start=germany.paragraphs[0].start,
              end=germany.paragraphs[0].start + 80, citation="Germany (State), ¶33")
    return Answer(question="What did China say?", resolved_question="What did China say?",
                  answer="China did not take the floor in this summary.", answerable=False,
                  question_type="unanswerable", related=[hit])


# --- escaping -------------------------------------------------------------------------------

def test_escape_and_markdown_escape_neutralise_html_and_links():
    assert fmt.escape(HOSTILE) == ("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)"
                                   "&lt;/script&gt;")
    assert fmt.escape('"a" & \'b\'') == "&#34;a&#34; &amp; &#39;b&#39;"
    text = fmt.escape_markdown("> quoted <b>\n[x](javascript:alert(1)) ![i](http://e/x.png)")
    assert text.startswith("> quoted &lt;b&gt;")
    assert "](" not in text and "<" not in text.replace("> quoted", "")


def test_hostile_strings_everywhere_never_reach_html_unescaped(statements):
    czechia = statements["czechia"]
    evil = cite(czechia, czechia.text.split(". ")[0] + ".").model_copy(update={"speaker": HOSTILE})
    answer = Answer(question=HOSTILE, resolved_question=HOSTILE + " again", answer=f"{HOSTILE} [1]",
                    answerable=True, question_type="single", citations=[evil], notes=[HOSTILE])
    messages = [fmt.user_message(HOSTILE), *fmt.answer_messages(answer, {}),
                fmt.notice_message(HOSTILE), fmt.source_box(HOSTILE, "", evil.spans)]
    for message in messages:
        rendered = message["content"] + message.get("metadata", {}).get("title", "")
        assert "<img" not in rendered and "<script" not in rendered and "onerror=alert(1)>" not in rendered
    assert chat.plain_text(fmt.user_message(HOSTILE)["content"]) == HOSTILE


# --- history --------------------------------------------------------------------------------

def test_flatten_content_takes_strings_blocks_and_lists():
    assert chat.flatten_content("hi") == "hi"
    blocks = [{"type": "text", "text": "hi"}, {"type": "text", "text": "there"}]
    assert chat.flatten_content(blocks) == "hi\nthere"
    assert chat.flatten_content({"type": "file", "file": {"path": "x.png"}}) == ""
    assert chat.flatten_content(None) == "" and chat.flatten_content(SimpleNamespace(text="obj")) == "obj"


def test_history_pairs_from_browser_blocks_skip_source_boxes_and_errors(grounded, by_id):
    rendered = fmt.answer_messages(grounded, by_id)
    asked = fmt.user_message("Who & why?")["content"]
    browser = [{"role": "user", "content": [{"type": "text", "text": asked}], "metadata": None},
               *[{**m, "content": [{"type": "text", "text": m["content"]}]} for m in rendered],
               {"role": "user", "content": [{"type": "text", "text": "Broken?"}]},
               fmt.notice_message("the query is empty")]
    pairs = chat.history_pairs(browser)
    assert len(pairs) == 1
    question, answer = pairs[0]
    assert question == "Who & why?"
    assert answer.startswith("**Czechia** welcomes releases [1]; the EU urges more [2].")
    assert "Understood as" not in answer and "State" not in answer  # UI-only lines dropped
    assert "Czechia welcomes" not in answer  # the source boxes were skipped


def test_history_pairs_from_api_strings_and_plain_pairs():
    messages = [{"role": "user", "content": "Who spoke first?"},
                {"role": "assistant", "content": "The Chair [1]."},
                {"role": "assistant", "content": "quote", "metadata": {"title": "[1] Chair (Panel)"}}]
    assert chat.history_pairs(messages) == [("Who spoke first?", "The Chair [1].")]
    assert chat.history_pairs([["Q1", "A1"], ("Q2", "A2")]) == [("Q1", "A1"), ("Q2", "A2")]
    assert chat.history_pairs(None) == [] and chat.is_source_box(messages[2])


# --- answers, chips, source boxes -----------------------------------------------------------

def test_grounded_answer_has_linked_markers_chips_by_kind_and_resolved_question(grounded):
    content = fmt.answer_content(grounded)
    links = re.findall(r'<a class="hrc-cite" href="#hrc-src-([\d.-]+)"[^>]*>\[(\d)\]</a>', content)
    assert [n for _, n in links] == ["1", "2"] and "[9]" in content  # no citation 9: left as text
    first = grounded.citations[0]
    assert links[0][0] == ".".join(f"{s.start}-{s.end}" for s in first.spans)
    assert '<span class="hrc-chip hrc-kind-state" title="Czechia (State)">Czechia' in content
    assert '<span class="hrc-chip hrc-kind-group" title="European Union (Group)">European Union' in content
    assert "Understood as: <em>What did the European Union say about prisoners?</em>" in content
    assert "hrc-refusal" not in content
    assert "Only two speakers matched." not in content  # notes are for the API, not the chat


def test_citation_box_holds_verbatim_quote_marked_inside_its_paragraph(grounded, by_id, source_text):
    answer_message, box, _ = fmt.answer_messages(grounded, by_id)
    assert box["metadata"] == {"title": "[1] Czechia (State)", "status": "done"}
    citation = grounded.citations[0]
    assert marked(box["content"]) == citation.quote
    paragraph = html.unescape(re.sub(r"<[^>]+>", "", box["content"].split('<p class="hrc-goto">')[0]))
    assert paragraph.startswith(citation.quote) and len(paragraph) > len(citation.quote)
    assert "".join(source_text[s.start:s.end] for s in citation.spans) == citation.quote
    assert fmt.cite_href(citation.spans) in box["content"]


def test_quote_across_markup_marks_exactly_the_clean_quote(grounded, by_id, source_text):
    eu_citation = grounded.citations[1]
    assert len(eu_citation.spans) > 1  # "**European Union**" splits the spans
    box = fmt.citation_box(eu_citation, by_id[eu_citation.statement_id])
    assert marked(box["content"]) == "The European Union thanks the Group of Independent Experts"
    assert "**" not in box["content"]
    assert box["metadata"]["title"] == "[2] European Union (Group)"


def test_refusal_looks_different_and_related_passages_are_labelled(refusal, by_id):
    messages = fmt.answer_messages(refusal, by_id)
    content = messages[0]["content"]
    assert '<div class="hrc-refusal" role="note"><strong>Not in the summary.</strong>' in content
    assert "hrc-chip" not in content and "related, not an answer" in content
    assert messages[1]["metadata"]["title"] == "Related, not an answer: Germany (State)"
    assert "hrc-related" in messages[1]["content"] and "<mark>" in messages[1]["content"]
    assert len(messages) == 2


def test_too_long_and_notices():
    assert fmt.too_long("x" * 2000, 2000) is None
    assert fmt.too_long("x" * 2001, 2000) == ("Your question is 2,001 characters long; the limit is "
                                              "2,000. Please shorten it.")
    assert 'class="hrc-ui hrc-error" role="alert"' in fmt.notice_message("bad")["content"]


# --- the document view ----------------------------------------------------------------------

def test_document_view_text_carries_true_source_offsets(parsed, source_text):
    meta = parsed.document.model_dump(mode="json")
    page = doc.document_html(source_text, parsed.statements, meta)
    runs = re.findall(r'<span data-o="(\d+)">([^<]*)</span>', page)
    assert len(runs) > 100
    for offset, text in runs:
        text = html.unescape(text)
        assert source_text[int(offset):int(offset) + len(text)] == text
    assert page.count('<section class="hrc-doc-st') == len(parsed.statements)
    for statement in parsed.statements:
        assert f'id="hrc-src-{statement.paragraphs[0].start}"' in page
        assert f"{fmt.escape(statement.speaker)}<span" in page
    assert "**" not in page and "](#)" not in page
    assert "PRESENTATION OF THE THEMATIC REPORT" in page  # headings between statements are kept
    assert "Denmark, Estonia, Finland" in page  # footnotes


def test_speakers_by_kind_and_header(parsed):
    groups = speakers_by_kind(parsed.statements)
    assert list(groups) == ["panel", "concerned_country", "group", "state", "ngo"]
    assert groups["concerned_country"] == ["Belarus"] and "Czechia" in groups["state"]
    assert sum(map(len, groups.values())) == len(parsed.statements)
    meta = parsed.document.model_dump(mode="json")
    header = doc.header_html(meta)
    assert "HRC60" in header and "Belarus" in header and "19 September 2025" in header
    assert "Geneva Centre for Human Rights Advancement and Global Dialogue" in header
    assert doc.page_title(meta).startswith("HRC60 Interactive Dialogue")


# --- the chat handler, with a stand-in answerer ---------------------------------------------

class FakeAnswerer:
    def __init__(self, answer: Answer | Exception, statements: dict[str, Statement]) -> None:
        self.retriever = SimpleNamespace(settings=Settings(), statements=statements)
        self.result, self.calls = answer, []

    def ask(self, question, history=None, speakers=None, kinds=None):
        self.calls.append((question, history, speakers, kinds))
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def test_respond_shows_question_then_answer_and_passes_history_and_filters(grounded, by_id):
    from hrcqa.web.app import respond

    answerer = FakeAnswerer(grounded, by_id)
    history = [{"role": "user", "content": [{"type": "text", "text": "Who?"}]},
               {"role": "assistant", "content": [{"type": "text", "text": "Malta [1]"}]}]
    steps = list(respond(answerer, "And the EU?", history, ["European Union"], ["group"]))
    assert steps[0][0][-1] == fmt.pending_message()
    assert "hrc-pending" in steps[0][0][-1]["content"]
    messages, box = steps[-1]
    assert box == "" and messages[2] == fmt.user_message("And the EU?")
    assert [m.get("metadata", {}).get("title") for m in messages[4:]] == [
        "[1] Czechia (State)", "[2] European Union (Group)"]
    assert answerer.calls == [("And the EU?", [("Who?", "Malta [1]")], ["European Union"], ["group"])]


def test_respond_refuses_long_input_and_shows_errors_as_messages(grounded, by_id):
    from hrcqa.web.app import respond

    answerer = FakeAnswerer(grounded, by_id)
    messages, box = list(respond(answerer, "x" * 2001, []))[-1]
    assert "the limit is 2,000" in messages[-1]["content"] and box == "x" * 2001
    assert answerer.calls == []
    failing = FakeAnswerer(QueryError("unknown speaker 'Atlantis'; valid speakers: ..."), by_id)
    messages, _ = list(respond(failing, "What did Atlantis say?", [], None, []))[-1]
    assert "unknown speaker &#39;Atlantis&#39;" in messages[-1]["content"]
    assert "Traceback" not in messages[-1]["content"] and failing.calls[0][2:] == (None, None)
    [(messages, box)] = list(respond(answerer, "   ", []))
    assert box == "" and len(messages) == 1 and fmt.EMPTY_QUESTION.split(",")[0] in messages[0]["content"]
    assert list(respond(answerer, "", messages)) == [(messages, "")]  # said once, not again
    assert answerer.calls == []


def test_respond_turns_an_unexpected_failure_into_a_sentence(grounded, by_id, caplog):
    from hrcqa.web.app import respond

    broken = FakeAnswerer(RuntimeError("index out of range"), by_id)
    messages, _ = list(respond(broken, "Who spoke?", []))[-1]
    assert "Something went wrong while answering" in messages[-1]["content"]
    assert "index out of range" not in messages[-1]["content"]
    assert "index out of range" in caplog.text  # the traceback went to the server log


# --- templates and static files ---------------------------------------------------------------

def test_templates_and_static_files_are_package_data():
    """A non-editable install carries every template, stylesheet and script the app reads."""
    import fnmatch
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    setuptools = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = setuptools["package-data"]["hrcqa"]
    package = root / "src" / "hrcqa"
    files = [p.relative_to(package).as_posix() for folder in ("web/templates", "web/static")
             for p in (package / folder).iterdir()]
    assert {"web/templates/chat.html", "web/static/page.css", "web/static/page.js"} <= set(files)
    assert all(any(fnmatch.fnmatch(f, pattern) for pattern in patterns) for f in files), files


def test_page_css_and_scripts_are_read_from_static_files():
    from hrcqa.web.app import static_text

    assert ".hrc-chip" in static_text("page.css") and "hrcqaHighlight" in static_text("page.js")
    assert static_text("scroll-to-chat.js").startswith("() =>")
    assert fmt.macros("chat.html").note("<b>") == "<div class=\"hrc-ui hrc-note\">&lt;b&gt;</div>"


def test_understood_as_line_shows_what_was_assumed_escaped(grounded):
    answer = grounded.model_copy(update={
        "question": "what did the helsinki comittee say", "resolved_question":
        "what did the helsinki committee say", "understood": [
            'corrected "comittee" to "committee"', "named in the topic, not as speaker: <b>Belarus</b>"]})
    content = fmt.answer_content(answer)
    assert "Understood as: <em>what did the helsinki committee say</em>" in content
    assert '· corrected &#34;comittee&#34; to &#34;committee&#34;' in content
    assert "&lt;b&gt;Belarus&lt;/b&gt;" in content and "<b>Belarus" not in content
    plain = grounded.model_copy(update={"resolved_question": grounded.question, "understood": []})
    assert "Understood as" not in fmt.answer_content(plain)

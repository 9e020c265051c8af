"""The answer as Markdown (`hrcqa.web.export`), and what the chat shows around it: the actions that
copy, download and share it, filters as chips and in the answer, the refusal about a speaker who
did not take the floor, and the conversation kept in the browser (`hrcqa.web.history`).

Statements come from the real summary (parsed, no model); answers are built by hand. The last
test checks the ¶ numbers against the real retriever's citations.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs

import pytest

from hrcqa.models import Answer, Hit
from hrcqa.web import export
from hrcqa.web import history as chat
from hrcqa.web import render as fmt
from tests.test_ui_format import HOSTILE, cite

META = {"id": "hrc60-belarus", "session": "HRC60", "date": "2025-09-19",
        "title": "Interactive Dialogue with the Group of Independent Experts on Belarus",
        "source": "Geneva Centre for Human Rights Advancement and Global Dialogue"}
DOCUMENTS = {META["id"]: META}
TAG = re.compile(r"(?<!\\)<[A-Za-z/!][^>]*>")  # a tag, unless its `<` is backslash-escaped
ENTITY = re.compile(r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")


@pytest.fixture(scope="module")
def numbers(parsed):
    """The ¶ numbers of the summary: statement paragraphs counted in order (as the retriever
    numbers them; `test_paragraph_numbers_are_the_retrievers` checks that)."""
    ordered = [(s.id, i) for s in parsed.statements for i in range(len(s.paragraphs))]
    table = {key: n for n, key in enumerate(ordered, start=1)}
    return lambda statement_id, paragraph: table.get((statement_id, paragraph))


@pytest.fixture(scope="module")
def two_quotes(statements) -> Answer:
    czechia, eu = statements["czechia"], statements["european-union"]
    return Answer(question="Who welcomed the releases?", resolved_question="Who welcomed the releases?",
                  answer="**Czechia** welcomes them [1]; the EU urges more [2].", answerable=True,
                  question_type="who_said",
                  citations=[cite(czechia, "Czechia welcomes the recent release of political prisoners", 1),
                             cite(eu, "The EU strongly", 2)],
                  speakers=["Czechia", "European Union"], notes=["internal: two speakers"])


# --- the Markdown -----------------------------------------------------------------------------

def test_answer_markdown_is_the_answer_then_numbered_quotes_then_the_source(two_quotes, by_id, numbers):
    markdown = export.answer_markdown(two_quotes, DOCUMENTS, by_id, numbers)
    assert markdown == (
        "## Who welcomed the releases?\n\n"
        "**Czechia** welcomes them [1]; the EU urges more [2].\n\n"
        "**Quotes**\n\n"
        '- [1] Czechia (State), ¶31: "Czechia welcomes the recent release of political prisoners"\n'
        '- [2] European Union (Group), ¶23: "The EU strongly"\n\n'
        "Source: HRC60 Interactive Dialogue with the Group of Independent Experts on Belarus, "
        "19 September 2025 (summary by Geneva Centre for Human Rights Advancement and Global "
        "Dialogue).\n")
    assert "internal" not in markdown


def test_markdown_names_the_paragraph_each_quote_is_in(statements, by_id, numbers):
    eu = statements["european-union"]
    later = cite(eu, eu.text[-60:], 1)  # the statement's last words: in its second paragraph
    assert export.paragraph_of(by_id, eu.id, later.start, numbers) == 24
    assert export.paragraph_of(by_id, eu.id, eu.paragraphs[0].start, numbers) == 23
    assert export.paragraph_of(by_id, "nobody", 0, numbers) is None


def test_markdown_says_how_the_question_was_understood_and_the_filters(two_quotes, by_id, numbers):
    asked = two_quotes.model_copy(update={"question": "and the eu?", "understood": ['corrected "eu"']})
    markdown = export.answer_markdown(asked, DOCUMENTS, by_id, numbers, ["Czechia"], ["state", "group"])
    lines = markdown.splitlines()
    assert lines[0] == "## and the eu?"
    assert lines[2] == '*Understood as: Who welcomed the releases? · corrected "eu"*'
    assert lines[4] == "Filters: speakers Czechia; kinds State, Group"


def test_refusal_markdown_lists_related_passages_as_not_an_answer(statements, by_id, numbers):
    germany = statements["germany"]
    hit = Hit(rank=1, score=0.5, passage_id=f"{germany.id}#0-2", statement_id=germany.id,
              document_id=germany.document_id, speaker="Germany", kind="state", text=germany.text[:40],
              start=germany.paragraphs[0].start, end=germany.paragraphs[0].start + 40, citation="Germany")
    refusal = Answer(question="What did China say?", resolved_question="What did China say?",
                     answer="China did not take the floor.", answerable=False, question_type="unanswerable",
                     related=[hit])
    markdown = export.answer_markdown(refusal, DOCUMENTS, by_id, numbers)
    assert "China did not take the floor.\n\n**Related passages (not an answer)**\n\n" in markdown
    assert f'- Germany (State), ¶33: "{germany.text[:40]}"' in markdown
    assert "**Quotes**" not in markdown and markdown.endswith("Dialogue).\n")


def test_joint_statement_names_its_co_presenters(statements, by_id, numbers):
    lawyers = statements["law-society-of-england-and-wales"]
    joint = cite(lawyers, lawyers.text[:30], 1).model_copy(update={"jointly_with": lawyers.joint_with[:2]})
    answer = Answer(question="Who?", resolved_question="Who?", answer="The Law Society [1].", answerable=True,
                    question_type="who_said", citations=[joint])
    line = export.answer_markdown(answer, DOCUMENTS, by_id, numbers).splitlines()[6]
    assert line.startswith("- [1] Law Society of England and Wales (NGO, jointly with International Bar "
                           "Association's Human Rights Institute (IBAHRI), Lawyers for Lawyers), ¶")


def test_markdown_has_no_html_even_from_hostile_text(two_quotes, by_id, numbers):
    evil = two_quotes.model_copy(update={
        "question": HOSTILE, "answer": f"{HOSTILE} [1]", "understood": [HOSTILE],
        "citations": [two_quotes.citations[0].model_copy(update={"speaker": HOSTILE, "quote": HOSTILE})]})
    markdown = export.answer_markdown(evil, {"x": {**META, "title": HOSTILE}}, by_id, numbers, [HOSTILE])
    assert not TAG.search(markdown) and not ENTITY.search(markdown)
    assert "\\<script\\>alert(2)\\</script\\>" in markdown  # shown as text by any Markdown reader


def test_share_query_asks_the_question_again():
    query = export.share_query("  Who said 'free all' & why?\n")
    assert query.startswith("?q=") and parse_qs(query[1:]) == {"q": ["Who said 'free all' & why?"]}


# --- what the chat shows ----------------------------------------------------------------------

def test_answer_carries_its_markdown_hidden_on_one_line_with_actions(two_quotes, by_id, numbers):
    markdown = export.answer_markdown(two_quotes, DOCUMENTS, by_id, numbers)
    content = fmt.answer_messages(two_quotes, by_id, markdown=markdown)[0]["content"]
    hidden = re.search(r'<div class="hrc-ui hrc-md" hidden>(.*?)</div>', content)
    assert hidden and "\n" not in hidden.group(1)
    assert html.unescape(hidden.group(1)) == markdown  # the browser reads it back exactly
    actions = re.search(r'<div class="hrc-ui hrc-actions">.*?</div>', content).group()
    assert ">Copy as Markdown</button>" in actions and ">Download .md</button>" in actions
    assert 'class="hrc-act hrc-share" href="?q=Who+welcomed+the+releases%3F"' in actions
    answer = chat.history_pairs([{"role": "user", "content": "Who?"},
                                 {"role": "assistant", "content": content}])
    assert answer == [("Who?", "**Czechia** welcomes them [1]; the EU urges more [2].")]  # UI lines dropped
    assert "internal" not in content


def test_filters_show_as_removable_chips_and_in_the_answer(two_quotes, by_id):
    chips = fmt.filter_chips([HOSTILE, "Czechia"], ["ngo"], {"Czechia": "state"})
    assert "<script" not in chips and "&lt;script&gt;" in chips
    assert ('data-filter="speaker" value="Czechia" title="Czechia: remove this filter" '
            'aria-label="Remove filter: Czechia"') in chips
    assert 'class="hrc-filter-chip hrc-kind-state"' in chips and 'data-filter="kind" value="ngo"' in chips
    assert 'data-filter="all"' in chips and fmt.filter_chips([], []) == ""
    content = fmt.answer_content(two_quotes, by_id, ["Czechia"], ["state"])
    note = re.search(r'<div class="hrc-ui hrc-scope-note">.*?</div>', content).group()
    assert "Filters applied: speakers: Czechia; kinds: State." in note
    assert '<a class="hrc-unfiltered" href="?q=Who+welcomed+the+releases%3F"' in note
    assert "hrc-scope-note" not in fmt.answer_content(two_quotes, by_id)


def test_filtered_refusal_says_so_and_offers_the_unfiltered_answer(by_id):
    refused = Answer(question="Who called for releases?", resolved_question="Who called for releases?",
                     answer="No answer with these filters: the filters exclude the speakers who address "
                            "this (France, Poland); clear the filters to see their statements.",
                     answerable=False, question_type="unanswerable", notes=["filtered out: France, Poland"])
    content = fmt.answer_content(refused, by_id, [], ["ngo"])
    assert "Filters applied: kinds: NGO." in content and "Show the unfiltered answer</a>" in content
    assert "No answer with these filters" in content and "filtered out" not in content


def test_absent_speaker_refusal_lists_who_spoke_by_kind_in_a_closed_box(statements, by_id):
    long = ("The summary does not say this: China did not take the floor in this dialogue; the summary "
            "records no statement by it. Speakers who did: Panel: A; States: B, C. The closest passages "
            "are listed as related, not as an answer.")
    absent = Answer(question="What did China say?", resolved_question="What did China say?", answer=long,
                    answerable=False, question_type="unanswerable", notes=["absent speaker: China"])
    content = fmt.answer_content(absent, by_id)
    refusal = re.search(r'<div class="hrc-refusal".*?</div>', content).group()
    assert refusal.endswith("records no statement by it.</div>") and "Speakers who did" not in refusal
    box = re.search(r'<details class="hrc-ui hrc-roster">.*?</details>', content).group()
    assert "<details class=\"hrc-ui hrc-roster\"><summary>Speakers who took the floor (" in box
    assert "<strong>States (17):</strong> Albania, Australia" in box and "\n" not in box
    assert " open" not in box.split(">")[0]  # starts closed
    assert "absent speaker" not in content
    plain = chat.history_pairs([{"role": "user", "content": "What did China say?"},
                                {"role": "assistant", "content": content}])[0][1]
    assert "Albania" not in plain  # the list is UI, not conversation
    assert "Speakers who did" in fmt.answer_content(absent)  # no statements at hand: the text as it is


# --- the conversation kept in the browser ----------------------------------------------------

def test_restored_messages_keep_text_and_source_box_titles_only():
    stored = [{"role": "user", "content": [{"type": "text", "text": "Who?"}], "metadata": None,
               "options": None},
              {"role": "assistant", "content": [{"type": "text", "text": "Malta [1]"}], "metadata": None},
              {"role": "assistant", "content": "quote", "metadata": {"title": "[1] Malta (State)", "x": 1}},
              {"role": "system", "content": "ignored"}, "junk", None]
    assert chat.restored_messages(stored) == [
        {"role": "user", "content": "Who?"}, {"role": "assistant", "content": "Malta [1]"},
        {"role": "assistant", "content": "quote",
         "metadata": {"title": "[1] Malta (State)", "status": "done"}}]
    assert chat.restored_messages("tampered") == [] and chat.restored_messages(None) == []
    assert len(chat.restored_messages([{"role": "user", "content": "q"}] * 500)) == 400


def test_opening_turn_asks_a_shared_question_once():
    kept = [{"role": "user", "content": fmt.user_message("Who spoke & why?")["content"]},
            {"role": "assistant", "content": "The Chair [1]."}]
    assert chat.opening_turn(kept, "Who  spoke & why?") == (kept, "")  # a reload: not asked again
    assert chat.opening_turn(kept, "And France?") == (kept, "And France?")
    assert chat.opening_turn(None, None) == ([], "") and chat.last_question(kept) == "Who spoke & why?"


def test_page_script_runs_each_static_script_once():
    from hrcqa.web.app import PAGE_SCRIPTS, page_script, static_text

    script = page_script()
    assert script.startswith("() => {") and script.rstrip().endswith("}")
    for name in PAGE_SCRIPTS:
        assert f"({static_text(name)})();" in script
    assert "hrcqaHighlight" in script and "conversationMarkdown" in script and "Back to the answer" in script


# --- against the real retriever ----------------------------------------------------------------

def test_paragraph_numbers_are_the_retrievers(retriever, numbers):
    for passage in retriever.passages:
        statement = retriever.statements[passage.statement_id]
        start = statement.paragraphs[passage.paragraph].start
        number = export.paragraph_of(retriever.statements, statement.id, start, retriever.paragraph_number)
        assert number == numbers(statement.id, passage.paragraph)
        assert retriever.citation(passage).endswith(f"¶{number}")

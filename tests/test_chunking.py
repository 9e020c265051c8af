"""Sentence splitting and passage windows on the real statements."""

from __future__ import annotations

from hrcqa.corpus.chunking import chunk, chunk_statement, indexed_text, sentences, split_sentences


def test_split_sentences_keeps_abbreviations_together():
    text = ("Lithuania takes the floor through H. E. Mr. Kęstutis Budrys, Minister. It works with "
            "Connection e.V. on article No. 15/2 of the U.S. code. Done")
    spans = split_sentences(text)
    parts = [text[a:b] for a, b in spans]
    assert parts[0].endswith("Budrys, Minister.")
    assert len(parts) == 3 and parts[-1] == "Done"


def test_a_paragraph_split_once_is_not_changed_by_a_caller():
    """Parsing, chunking and the evidence bank split the same paragraphs: the splits are kept
    per process, and each caller gets its own list."""
    text = "Malta urges abolition. It asks for a moratorium."
    first = split_sentences(text)
    first.clear()
    assert split_sentences(text) == [(0, 22), (23, 48)]
    # a paragraph too long to keep is split all the same
    long = "Malta urges abolition. " * 500
    spans = split_sentences(long)
    assert len(spans) == 500 and spans[0] == (0, 22) and spans[-1] == (len(long) - 23, len(long) - 1)


def test_passages_never_cross_statements_and_cover_every_sentence(parsed, source_text):
    for statement in parsed.statements:
        passages = chunk_statement(statement, window=3, stride=2)
        covered = set()
        for passage in passages:
            assert passage.statement_id == statement.id and passage.speaker == statement.speaker
            assert passage.text in statement.text
            covered.update(range(passage.text_start, passage.text_start + len(passage.text)))
            joined = "".join(source_text[s.start:s.end] for s in passage.spans)
            assert joined.replace("*", "").replace("\n", " ").startswith(passage.text[:20])
            assert passage.start == passage.spans[0].start and passage.end == passage.spans[-1].end
        for sentence in sentences(statement):
            assert sentence.start in covered, (statement.id, sentence.text)


def test_passage_offsets_quote_the_source(parsed, source_text):
    passages = chunk(parsed.statements)
    czechia = next(p for p in passages if "1168 political prisoners" in p.text)
    assert "1168 political prisoners" in source_text[czechia.start:czechia.end]
    assert czechia.speaker == "Czechia" and czechia.kind == "state"
    assert len({p.id for p in passages}) == len(passages)


def test_window_and_stride_shape_the_passages(statements):
    statement = statements["czechia"]
    n = len(sentences(statement))
    one = chunk_statement(statement, window=1, stride=1)
    assert len(one) == n
    three = chunk_statement(statement, window=3, stride=2)
    assert len(three) == len(range(0, n - 3 + 1, 2)) + ((n - 3) % 2 != 0)


def test_indexed_text_adds_speaker_context_only_for_the_index(statements):
    (passage, *_) = chunk_statement(statements["malta"])
    assert indexed_text(passage).startswith("Malta (State): ")
    assert not passage.text.startswith("Malta (State)")

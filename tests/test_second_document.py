"""A second summary in the same layout (tests/fixtures/second/): it parses with no knowledge of
the first, and indexed beside the real one, search, answers and citations keep the two apart."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hrcqa.corpus.layout import heading_kind
from hrcqa.corpus.reading import parse_file
from hrcqa.corpus.speakers import parse_delegation_intro

from .conftest import SOURCE_FILE

FIXTURE = Path(__file__).parent / "fixtures" / "second" / \
    "hrc61-examplestan-interactive-dialogue-2026-03-24.txt"
DOC, REAL = "hrc61-examplestan", "hrc60-belarus"
EXPECTED = [  # (slug, kind) in document order
    ("ingrid-halvorsen", "panel"), ("tadeo-marchetti", "panel"), ("amara-okonkwo", "panel"),
    ("examplestan", "concerned_country"),
    ("european-union", "group"), ("fiji-on-behalf-of-the-pacific-islands-forum", "group"),
    ("chile-on-behalf-of-the-core-group-on-examplestan", "group"),
    ("brazil", "state"), ("canada", "state"), ("japan", "state"), ("kenya", "state"),
    ("mexico", "state"), ("norway", "state"), ("republic-of-korea", "state"),
    ("sierra-leone", "state"),
    ("examplestan-lawyers-network", "ngo"), ("minority-rights-group-international", "ngo"),
    ("reporters-without-borders", "ngo"), ("human-rights-watch", "ngo"),
]


@pytest.fixture(scope="module")
def second():
    return parse_file(FIXTURE)


@pytest.fixture(scope="module")
def by_slug(second):
    return {s.id.split("/", 1)[1]: s for s in second.statements}


# --- parsing the second summary ---------------------------------------------------------------

def test_every_word_is_placed_and_metadata_is_read(second):
    assert second.coverage.missing == [] and second.coverage.duplicated == []
    assert second.coverage.ratio == 1.0 and second.coverage.source_words > 1500
    doc = second.document
    assert (doc.id, doc.session, doc.date) == (DOC, "HRC61", "2026-03-24")
    assert doc.title == "Interactive Dialogue with the Commission of Inquiry on Examplestan"


def test_statements_speakers_and_kinds(second):
    assert [(s.id, s.kind) for s in second.statements] == [(f"{DOC}/{slug}", kind)
                                                           for slug, kind in EXPECTED]
    chair = second.statements[0]
    assert (chair.speaker, chair.role) == ("Ms. Ingrid Halvorsen",
                                          "Chair, Commission of Inquiry on Examplestan")
    assert len(chair.paragraphs) == 3  # a page break after a full stop starts a paragraph


def test_counts_agree_with_facts_and_figures(second):
    declared = {heading_kind(label): n for label, n in second.document.participation.items()}
    assert declared == {"group": 3, "state": 8, "ngo": 4}
    for kind, n in declared.items():
        assert sum(s.kind == kind for s in second.statements) == n


def test_group_statements_take_their_members_from_the_footnotes(by_slug):
    fiji = by_slug["fiji-on-behalf-of-the-pacific-islands-forum"]
    assert (fiji.name, fiji.on_behalf_of) == ("Fiji", "Pacific Islands Forum")
    assert fiji.members == ["Fiji", "Papua New Guinea", "Samoa", "Tonga", "Vanuatu"]
    chile = by_slug["chile-on-behalf-of-the-core-group-on-examplestan"]  # "Chile, on behalf of ...,"
    assert chile.speaker == "Chile on behalf of the Core Group on Examplestan"
    assert chile.members == ["Argentina", "Canada", "Chile", "Costa Rica", "Mexico", "Norway",
                             "Uruguay"]


def test_page_split_paragraph_is_joined_without_its_footnotes(by_slug, second):
    chile = by_slug["chile-on-behalf-of-the-core-group-on-examplestan"]
    assert len(chile.paragraphs) == 1
    assert "constitutional order, while the families of the disappeared continue" in chile.text
    assert "Papua" not in chile.text and "Uruguay" not in chile.text and "²" not in chile.text
    assert set(second.document.footnotes) == {"¹", "²"}
    mrg = by_slug["minority-rights-group-international"]  # cut mid-name, no footnote
    assert "the Karsh Mothers' Committee and urges states" in mrg.text


def test_joint_ngo_statement_names_its_co_presenters(by_slug):
    eln = by_slug["examplestan-lawyers-network"]
    assert (eln.name, eln.acronym) == ("Examplestan Lawyers' Network", "ELN")
    assert eln.joint_with == ["International Service for Human Rights (ISHR)",
                              "Front Line Defenders"]


def test_speaker_introduced_inside_the_opening_sentence(by_slug):
    okonkwo, marchetti = by_slug["amara-okonkwo"], by_slug["tadeo-marchetti"]
    assert (okonkwo.speaker, okonkwo.role) == ("Ms. Amara Okonkwo",
                                              "Member of the Commission of Inquiry")
    assert okonkwo.text.startswith("Turning to forced evictions, Ms. Amara Okonkwo, Member")
    assert "In closing, Ms. Amara OKONKWO further explains" in okonkwo.text  # same speaker
    assert "forced evictions" not in marchetti.text and len(marchetti.paragraphs) == 2


@pytest.mark.parametrize(("slug", "opening"), [
    ("examplestan", "Sovereignty belongs to the people"),  # common word, lower case elsewhere
    ("fiji-on-behalf-of-the-pacific-islands-forum", "The Pacific Islands Forum members"),
    ("canada", "Political prisoners in Examplestan"),
    ("japan", "Welcoming the release of 140 detainees"),  # a clause, no verb after "Welcoming"
    ("mexico", "Accountability remains the central expectation"),
])
def test_capitalised_openings_that_are_not_speakers_continue_the_statement(by_slug, slug, opening):
    paragraphs = by_slug[slug].text.split("\n\n")
    assert len(paragraphs) == 2 and paragraphs[1].startswith(opening)


@pytest.mark.parametrize(("opening", "lower_case", "speaker"), [
    ("Chile, on behalf of the Core Group¹, thanks the Group.", (), "Chile on behalf of the Core Group"),
    ("Fiji on behalf of the Pacific Islands Forum¹ welcomes the attention given.", (),
     "Fiji on behalf of the Pacific Islands Forum"),
    ("The National Committee once more addresses the Council.", (), "National Committee"),
    ("Accountability remains the central expectation.", (), "Accountability"),
    ("Accountability remains the central expectation.", ("accountability",), None),
    ("Welcoming the release, Japan stresses reform.", (), None),
    ("Hundreds of NGOs are closed.", (), None),
])
def test_the_general_rule_for_a_delegation_opening(opening, lower_case, speaker):
    intro = parse_delegation_intro(opening, frozenset(lower_case))
    assert (intro.display if intro else None) == speaker


# --- both summaries in one index --------------------------------------------------------------

@pytest.fixture(scope="module")
def two_documents(settings, tmp_path_factory):
    """The real retriever over a corpus holding the real summary and the fixture (one build)."""
    from hrcqa.index.build import build_index
    from hrcqa.search.retriever import Retriever

    root = tmp_path_factory.mktemp("two-documents")
    corpus = root / "corpus"
    corpus.mkdir()
    for path in (SOURCE_FILE, FIXTURE):
        shutil.copy(path, corpus)
        shutil.copy(path.with_suffix(".meta.json"), corpus)
    both = settings.model_copy(update={"corpus_dir": corpus, "index_dir": root / "index"})
    build_index(both, show_progress=False)  # reuses settings.cache_dir: no new ONNX export
    return Retriever.load(settings=both)


def test_a_question_only_the_fixture_answers_finds_the_fixture(two_documents):
    top = two_documents.search("Who called for the release of Idris Vantu?", k=3)[0]
    assert (top.statement_id, top.document_id) == (f"{DOC}/canada", DOC)


def test_a_question_about_the_real_summary_finds_the_real_one(two_documents):
    top = two_documents.search("the journalist Ihar Losik", k=3)[0]
    assert (top.statement_id, top.document_id) == (f"{REAL}/czechia", REAL)


def test_the_same_speaker_in_both_is_told_apart_by_what_was_said(two_documents):
    karsh = two_documents.search("What did the European Union say about disappearances in Karsh?")
    death = two_documents.search("What did the European Union say about the death penalty?")
    assert karsh[0].statement_id == f"{DOC}/european-union"
    assert death[0].statement_id == f"{REAL}/european-union"


def test_every_hit_carries_its_document_id(two_documents):
    hits = two_documents.search("release of political prisoners and journalists", k=30)
    assert {h.document_id for h in hits} == {DOC, REAL}
    for hit in hits:
        assert hit.statement_id.startswith(f"{hit.document_id}/")
        assert hit.passage_id.startswith(f"{hit.document_id}/")
        assert json.loads(hit.model_dump_json())["document_id"] == hit.document_id


def test_statement_and_passage_ids_never_collide(two_documents):
    statements, passages = two_documents.index.statements, two_documents.index.passages
    assert len({s.id for s in statements}) == len(statements) == 34 + len(EXPECTED)
    assert len({p.id for p in passages}) == len(passages)
    owner = {s.id: s.document_id for s in statements}
    assert all(owner[p.statement_id] == p.document_id for p in passages)
    assert {f"{REAL}/european-union", f"{DOC}/european-union"} <= owner.keys()


def test_answers_cite_the_fixture_by_document_id_and_its_offsets(two_documents):
    from hrcqa.answer.answerer import Answerer

    answer = Answerer(two_documents).ask("Who called for the release of Idris Vantu?")
    assert answer.question_type == "who_said" and answer.answerable
    assert {c.statement_id for c in answer.citations} == {f"{DOC}/canada",
                                                         f"{DOC}/reporters-without-borders"}
    fixture_text = FIXTURE.read_text(encoding="utf-8")
    for citation in answer.citations:
        assert citation.document_id == DOC
        assert json.loads(citation.model_dump_json())["document_id"] == DOC
        assert "".join(fixture_text[s.start:s.end] for s in citation.spans) == citation.quote

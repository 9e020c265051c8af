"""Reading corpus files: bad bytes are CorpusErrors that name the file and line."""

from __future__ import annotations

import shutil

import pytest

from hrcqa.corpus.reading import corpus_fingerprint, load_corpus, parse_file
from hrcqa.errors import CorpusError

from .conftest import CORPUS_DIR, SOURCE_FILE


@pytest.mark.parametrize(("content", "needle"), [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"GENEVA\n\nSTATES\n\nChile thanks\x00 you.", "line 5: NUL byte"),
    (b"GENEVA\n\nSTATES\n\nChile thanks \xff\xfe you.", "line 5: not valid UTF-8"),
    (b"HEADING\n\nSTATES\n\nChile \x07 thanks.", "line 5: control character"),
    (b"ONLY A HEADING\n\nAND ANOTHER", "no paragraphs"),
])
def test_bad_files_raise_corpus_error_naming_file_and_line(tmp_path, content, needle):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError) as error:
        parse_file(path)
    assert str(path) in str(error.value) and needle in str(error.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt"]  # nothing written


def test_paragraph_with_no_speaker_names_its_line(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("TITLE\n\nSTATES\n\nin lower case nobody speaks here.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="line 5: paragraph has no recognisable speaker"):
        parse_file(path)


def test_several_documents_parse_on_their_own_with_their_ids(tmp_path):
    shutil.copy(SOURCE_FILE, tmp_path / "a.txt")
    shutil.copy(SOURCE_FILE, tmp_path / "b.txt")
    docs = load_corpus(tmp_path)
    assert [d.document.id for d in docs] == ["a", "b"]
    assert docs[1].statements[0].id == "b/karinna-moskalenko"


def test_duplicate_document_ids_are_refused(tmp_path):
    for name in ("a", "b"):
        shutil.copy(SOURCE_FILE, tmp_path / f"{name}.txt")
        (tmp_path / f"{name}.meta.json").write_text('{"id": "same"}', encoding="utf-8")
    with pytest.raises(CorpusError, match="also used by"):
        load_corpus(tmp_path)


def test_metadata_file_is_applied():
    (doc,) = load_corpus(CORPUS_DIR)
    meta = doc.document
    assert (meta.id, meta.session, meta.date) == ("hrc60-belarus", "HRC60", "2025-09-19")
    assert meta.source == "Geneva Centre for Human Rights Advancement and Global Dialogue"
    assert set(corpus_fingerprint(CORPUS_DIR)) == {SOURCE_FILE.name,
                                                   SOURCE_FILE.with_suffix(".meta.json").name}


def test_missing_corpus_dir(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no .txt"):
        load_corpus(tmp_path)

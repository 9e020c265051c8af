"""Read summaries from a corpus directory: validate the bytes, load metadata, and parse.

A corpus directory holds one `<name>.txt` per summary, each with an optional
`<name>.meta.json` (id, title, body, session, date, source, url). Files are read as strict
UTF-8; anything empty, binary or undecodable raises `CorpusError` naming the file and line.
This is the I/O edge of parsing: `hrcqa.corpus.layout` does the work on strings.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from hrcqa.corpus.layout import ParsedDocument, parse_document
from hrcqa.errors import CorpusError
from hrcqa.text.files import file_sha256

MAX_CORPUS_FILE_BYTES = 20_000_000
_ALLOWED_CONTROL = {"\n", "\r", "\t", "\f"}


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The summary files of a corpus directory, sorted; CorpusError if there are none."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: corpus directory not found; set HRCQA_CORPUS_DIR "
                          "or pass --corpus-dir")
    files = sorted(corpus_dir.glob("*.txt"))
    if not files:
        raise CorpusError(f"{corpus_dir}: no .txt summaries found")
    return files


def decode(data: bytes, name: str) -> str:
    """Strict UTF-8 text, or CorpusError that names the file and line of the first bad byte."""
    if not data.strip():
        raise CorpusError(f"{name}: the file is empty; put a summary's text in it or remove it")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise CorpusError(f"{name}, line {line}: NUL byte; this looks like a binary file, "
                          "not a text summary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CorpusError(f"{name}, line {line}: not valid UTF-8 text; re-save the file as "
                          "UTF-8") from None
    for index, char in enumerate(text):
        if ord(char) < 32 and char not in _ALLOWED_CONTROL:
            line = text.count("\n", 0, index) + 1
            raise CorpusError(f"{name}, line {line}: control character {ord(char):#04x}; "
                              "this looks like a binary file")
    return text


def read_meta(path: Path) -> dict[str, str]:
    meta_path = path.with_suffix(".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise CorpusError(f"{meta_path}: invalid JSON ({error}); fix or delete it") from None
    if not isinstance(meta, dict):
        raise CorpusError(f"{meta_path}: expected a JSON object with id, title, date, source")
    return {str(k): str(v) for k, v in meta.items()}


def parse_file(path: Path) -> ParsedDocument:
    """Read, validate and parse one summary file."""
    if path.stat().st_size > MAX_CORPUS_FILE_BYTES:
        raise CorpusError(f"{path}: larger than {MAX_CORPUS_FILE_BYTES:,} bytes; "
                          "is this really a meeting summary?")
    data = path.read_bytes()
    text = decode(data, str(path))
    meta = read_meta(path)
    try:
        return parse_document(text, meta.get("id") or path.stem, path=str(path),
                              sha256=hashlib.sha256(data).hexdigest(), meta=meta)
    except CorpusError as error:
        raise CorpusError(f"{path}: {error}") from None


def load_corpus(corpus_dir: Path) -> list[ParsedDocument]:
    """Parse every summary of a corpus directory; document ids must be unique."""
    documents = [parse_file(path) for path in corpus_files(corpus_dir)]
    seen: dict[str, str] = {}
    for parsed in documents:
        doc = parsed.document
        if doc.id in seen:
            raise CorpusError(f"{doc.path}: document id {doc.id!r} is also used by "
                              f"{seen[doc.id]}; give it its own id in its .meta.json")
        seen[doc.id] = doc.path
    return documents


def corpus_fingerprint(corpus_dir: Path) -> dict[str, str]:
    """sha256 of every file that defines the corpus (texts and metadata), by file name."""
    files = corpus_files(corpus_dir)
    files += sorted(corpus_dir.glob("*.meta.json"))
    return {p.name: file_sha256(p) for p in files}

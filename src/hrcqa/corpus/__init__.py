"""Stage 1: corpus files -> `Statement`s (reading, layout parsing, speakers) -> `Passage`s
(chunking). Strings in, models out; file I/O only in `reading`."""

from hrcqa.corpus.reading import corpus_fingerprint, load_corpus, parse_file

__all__ = ["corpus_fingerprint", "load_corpus", "parse_file"]

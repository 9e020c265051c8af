"""Stage 2: the index directory (`embeddings/`): encoders, the dense (FAISS) and lexical (bm25s)
indexes over passages, the sentence evidence, and the store that builds, verifies and loads a
build with its manifest."""

"""The `hrcqa` command line: a thin shell over the library.

Each command parses options, calls the library and formats the result. Errors a user can cause
become one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from hrcqa.config import Settings
from hrcqa.errors import HrcqaError
from hrcqa.models import KINDS
from hrcqa.retrieval import MODES, QueryTruncatedWarning

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Ask who said what in UN Human Rights Council meeting summaries.")
F = TypeVar("F", bound=Callable[..., Any])

CorpusOpt = Annotated[Path | None, typer.Option("--corpus-dir", help="Overrides HRCQA_CORPUS_DIR.")]
IndexOpt = Annotated[Path | None, typer.Option("--index-dir", help="Overrides HRCQA_INDEX_DIR.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Overrides HRCQA_MODEL (name or path).")]
BackendOpt = Annotated[str | None, typer.Option("--backend", help="onnx or torch; overrides HRCQA_BACKEND.")]
SpeakerOpt = Annotated[list[str] | None, typer.Option(
    "--speaker", help="Restrict to a speaker (repeatable; aliases such as UK work).")]
KindOpt = Annotated[list[str] | None, typer.Option(
    "--kind", help=f"Restrict to a kind (repeatable): {', '.join(KINDS)}.")]
BatchOpt = Annotated[Path | None, typer.Option(
    "--batch", help='JSONL file of {"id", "query"}; writes one result line per query.')]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]


@app.callback()
def _root() -> None:
    """Ask who said what in UN Human Rights Council meeting summaries."""


def fail(message: str) -> None:
    """Print one line to stderr and exit with code 2."""
    typer.echo(f"hrcqa: error: {message}", err=True)
    raise typer.Exit(code=2)


def handles_errors(command: F) -> F:
    """Turn project errors (and bad configuration) into one line and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        logging.basicConfig(format="%(message)s", level=logging.WARNING, stream=sys.stderr)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", QueryTruncatedWarning)
                result = command(*args, **kwargs)
            for warning in caught:
                if issubclass(warning.category, QueryTruncatedWarning):
                    typer.echo(f"hrcqa: warning: {warning.message}", err=True)
            return result
        except HrcqaError as error:
            fail(str(error))
        except ValueError as error:  # pydantic validation of settings or options
            fail(" ".join(str(error).split()))
        except KeyboardInterrupt:
            typer.echo("hrcqa: interrupted", err=True)
            raise typer.Exit(code=130) from None

    return wrapper  # type: ignore[return-value]


def settings_from(**overrides: Any) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


@app.command()
@handles_errors
def statements(
    json_output: JsonOpt = False,
    kind: Annotated[str | None, typer.Option("--kind", help=f"One of: {', '.join(KINDS)}.")] = None,
    corpus_dir: CorpusOpt = None,
) -> None:
    """List the statements parsed from the corpus (id, kind, speaker, words)."""
    from hrcqa.corpus import load_corpus

    if kind is not None and kind not in KINDS:
        fail(f"unknown kind {kind!r}; valid kinds: {', '.join(KINDS)}")
    settings = settings_from(corpus_dir=corpus_dir)
    found = [s for doc in load_corpus(settings.corpus_dir) for s in doc.statements
             if kind is None or s.kind == kind]
    if json_output:
        print_json([s.model_dump(mode="json", exclude={"segments"}) for s in found])
        return
    table = Table("id", "kind", "speaker", "words")
    for statement in found:
        table.add_row(statement.id, statement.kind, statement.speaker,
                      str(len(statement.text.split())))
    Console().print(table)


@app.command()
@handles_errors
def build(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if the index is fresh.")] = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, model: ModelOpt = None,
) -> None:
    """Build the search index from the corpus (skipped if it is already fresh)."""
    from hrcqa.errors import IndexError_
    from hrcqa.indexing import build_index, check_fresh, read_manifest

    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, model=model)
    if not force:
        try:
            _, manifest = read_manifest(settings.index_dir)
            reasons = check_fresh(manifest, settings)
        except IndexError_ as error:
            reasons = [str(error)]
        if not reasons:
            typer.echo(f"index in {settings.index_dir} is fresh; use --force to rebuild", err=True)
            return
    path = build_index(settings)
    typer.echo(f"built {path}", err=True)


def _retriever(settings: Settings):  # noqa: ANN202
    from hrcqa.retrieval import Retriever

    return Retriever.load(settings=settings, rebuild=True)


def _search_payload(retriever: Any, query: str, k: int, speakers: list[str] | None,
                    kinds: list[str] | None, mode: str) -> dict[str, Any]:
    hits = retriever.search(query, k=k, speakers=speakers or None, kinds=kinds or None, mode=mode)
    return {"query": query, "hits": [h.model_dump(mode="json") for h in hits]}


def _run_batch(retriever: Any, batch: Path, k: int, speakers: list[str] | None,
               kinds: list[str] | None, mode: str) -> None:
    try:
        lines = batch.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        fail(f"{batch}: cannot read ({error}); give a UTF-8 JSONL file of {{\"id\", \"query\"}}")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            payload = {"id": item.get("id")} | _search_payload(
                retriever, item["query"], k, speakers, kinds, mode)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            payload = {"line": number, "error": f"expected {{\"id\", \"query\"}} ({error})"}
        except HrcqaError as error:
            payload = {"line": number, "id": item.get("id"), "error": str(error)}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")


@app.command()
@handles_errors
def search(
    query: Annotated[str | None, typer.Argument(help="The question or keywords.")] = None,
    k: Annotated[int, typer.Option("-k", "--k", help="Number of passages.")] = 5,
    speaker: SpeakerOpt = None,
    kind: KindOpt = None,
    mode: Annotated[str, typer.Option("--retriever", help=f"One of: {', '.join(MODES)}.")] = "hybrid",
    batch: BatchOpt = None,
    json_output: JsonOpt = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, model: ModelOpt = None,
    backend: BackendOpt = None,
) -> None:
    """Search the summary; prints passages with speaker citations."""
    if (query is None) == (batch is None):
        fail("give a query, or --batch FILE.jsonl (not both)")
    if mode not in MODES:
        fail(f"unknown retriever {mode!r}; valid: {', '.join(MODES)}")
    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, model=model, backend=backend)
    retriever = _retriever(settings)
    if batch is not None:
        _run_batch(retriever, batch, k, speaker, kind, mode)
        return
    payload = _search_payload(retriever, query or "", k, speaker, kind, mode)
    if json_output:
        print_json(payload)
        return
    console = Console(highlight=False)
    for hit in payload["hits"]:
        console.print(f"[bold]{hit['rank']}. {hit['citation']}[/bold]  [dim]{hit['score']:.4f}[/dim]")
        console.print(f"   {hit['text']}", markup=False)


@app.command()
@handles_errors
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 7860,
    share: Annotated[bool, typer.Option("--share", help="Also make a public Gradio share link.")] = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, backend: BackendOpt = None,
) -> None:
    """Start the Gradio chat app (the same app as `python app.py` and `make run`)."""
    from hrcqa.ui import launch

    logging.getLogger("hrcqa").setLevel(logging.INFO)
    launch(settings_from(corpus_dir=corpus_dir, index_dir=index_dir, backend=backend), host=host,
           port=port, share=share)


@app.command()
@handles_errors
def ask(
    question: Annotated[str, typer.Argument(help="A question about the meeting.")],
    json_output: JsonOpt = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, backend: BackendOpt = None,
) -> None:
    """Answer a question with attributed verbatim quotes (or say the summary does not say)."""
    from hrcqa.answering import Answerer

    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, backend=backend)
    answer = Answerer(_retriever(settings)).ask(question)
    if json_output:
        print_json(answer.model_dump(mode="json"))
        return
    console = Console(highlight=False)
    console.print(answer.answer, markup=False)
    if answer.citations:
        console.print("\nSources:", style="bold")
        for citation in answer.citations:
            console.print(f"[{citation.n}] {citation.speaker} ({citation.kind}): "
                          f"\u201c{citation.quote}\u201d", markup=False)


@app.command("eval")
@handles_errors
def evaluate(
    split: Annotated[str, typer.Option("--split", help="dev, test or all.")] = "test",
    retriever_mode: Annotated[str, typer.Option("--retriever", help="bm25, dense, hybrid or all.")] = "all",
    questions: Annotated[Path, typer.Option("--questions", help="The labelled eval set.")] = Path(
        "eval/questions.jsonl"),
    out: Annotated[Path | None, typer.Option("--out", help="Write the markdown report here "
                                             "(and the recall plot next to it).")] = None,
    json_output: JsonOpt = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, backend: BackendOpt = None,
) -> None:
    """Score retrieval (and answers) against the hand-labelled eval set."""
    from hrcqa.eval_run import run_eval
    from hrcqa.evaluation import load_questions

    modes = list(MODES) if retriever_mode == "all" else [retriever_mode]
    if any(m not in MODES for m in modes):
        fail(f"unknown retriever {retriever_mode!r}; valid: {', '.join(MODES)}, all")
    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, backend=backend)
    labelled = load_questions(questions, split)
    results, markdown = run_eval(_retriever(settings), labelled, modes, split, out)
    if json_output:
        print_json(results)
    else:
        typer.echo(markdown)


def main() -> None:
    """Console-script entry point."""
    app()

"""The `hrcqa` command line: a thin shell over the library.

Each command parses options, calls the library and formats the result. Errors a user can cause
become one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import enum
import functools
import json
import logging
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar, get_args

import pydantic
import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

try:  # typer >= 0.2x ships its own copy of click; its usage errors are that copy's class
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - older typer on the real click
    from click.exceptions import UsageError

from hrcqa.config import Backend, Settings
from hrcqa.errors import HrcqaError
from hrcqa.models import KINDS
from hrcqa.search.retriever import MODES, QueryTruncatedWarning


def choices(name: str, values: Sequence[str]) -> type[enum.Enum]:
    """A str Enum of `values`, so Typer checks the option and lists the valid ones."""
    return enum.Enum(name, {value: value for value in values}, type=str)  # type: ignore[return-value]


KindChoice = choices("KindChoice", KINDS)
ModeChoice = choices("ModeChoice", MODES)
EvalModeChoice = choices("EvalModeChoice", (*MODES, "all"))
SplitChoice = choices("SplitChoice", ("dev", "test", "all"))
SliceChoice = choices("SliceChoice", ("main", "natural"))
BackendChoice = choices("BackendChoice", get_args(Backend))
FormatChoice = choices("FormatChoice", ("md", "csv", "json"))


class OneLineErrors(TyperGroup):
    """Usage errors (unknown option value, missing argument) as one line and exit code 2, like
    every other error a user can cause, instead of click's usage block."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except UsageError as error:
            message = " ".join(error.format_message().split())
            if message:  # empty when no command was given: the help has been printed
                typer.echo(f"hrcqa: error: {message}", err=True)
            sys.exit(2)
        except typer.Abort:
            typer.echo("hrcqa: interrupted", err=True)
            sys.exit(130)
        if standalone_mode:
            sys.exit(result if isinstance(result, int) else 0)
        return result


app = typer.Typer(cls=OneLineErrors, add_completion=False, no_args_is_help=True,
                  help="Ask who said what in UN Human Rights Council meeting summaries.")
F = TypeVar("F", bound=Callable[..., Any])

CorpusOpt = Annotated[Path | None, typer.Option("--corpus-dir", help="Overrides HRCQA_CORPUS_DIR.")]
IndexOpt = Annotated[Path | None, typer.Option("--index-dir", help="Overrides HRCQA_INDEX_DIR.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Overrides HRCQA_MODEL (name or path).")]
BackendOpt = Annotated[BackendChoice | None, typer.Option("--backend", help="Overrides HRCQA_BACKEND.")]
SpeakerOpt = Annotated[list[str] | None, typer.Option(
    "--speaker", help="Restrict to a speaker (repeatable; aliases such as UK work).")]
KindOpt = Annotated[list[KindChoice] | None, typer.Option(
    "--kind", help="Restrict to a kind (repeatable).")]
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
        except pydantic.ValidationError as error:  # a bad HRCQA_* setting or option value
            fail(" ".join(str(error).split()))
        except KeyboardInterrupt:
            typer.echo("hrcqa: interrupted", err=True)
            raise typer.Exit(code=130) from None

    return wrapper  # type: ignore[return-value]


def settings_from(**overrides: Any) -> Settings:
    """Settings from the environment, with the options the user gave on top."""
    given = {k: v.value if isinstance(v, enum.Enum) else v for k, v in overrides.items()}
    return Settings(**{k: v for k, v in given.items() if v is not None})


def values(options: list[enum.Enum] | None) -> list[str] | None:
    """The plain strings of repeatable Enum options."""
    return [option.value for option in options] if options else None


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


@app.command()
@handles_errors
def statements(
    json_output: JsonOpt = False,
    kind: Annotated[KindChoice | None, typer.Option("--kind", help="Only this kind.")] = None,
    corpus_dir: CorpusOpt = None,
) -> None:
    """List the statements parsed from the corpus (id, kind, speaker, words)."""
    from hrcqa.corpus.reading import load_corpus

    settings = settings_from(corpus_dir=corpus_dir)
    found = [s for doc in load_corpus(settings.corpus_dir) for s in doc.statements
             if kind is None or s.kind == kind.value]
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
    from hrcqa.index.build import build_index

    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, model=model)
    existing = {p.name for p in settings.index_dir.glob("build-*")}
    path = build_index(settings, if_stale=not force)
    if path.name in existing:
        typer.echo(f"index in {settings.index_dir} is fresh; use --force to rebuild", err=True)
    else:
        typer.echo(f"built {path}", err=True)


def _retriever(settings: Settings):  # noqa: ANN202
    from hrcqa.search.retriever import Retriever

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
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
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
    mode: Annotated[ModeChoice, typer.Option("--retriever", help="Which retriever.")] = ModeChoice.hybrid,
    batch: BatchOpt = None,
    json_output: JsonOpt = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, model: ModelOpt = None,
    backend: BackendOpt = None,
) -> None:
    """Search the summary; prints passages with speaker citations."""
    if (query is None) == (batch is None):
        fail("give a query, or --batch FILE.jsonl (not both)")
    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, model=model, backend=backend)
    retriever = _retriever(settings)
    if batch is not None:
        _run_batch(retriever, batch, k, speaker, values(kind), mode.value)
        return
    payload = _search_payload(retriever, query or "", k, speaker, values(kind), mode.value)
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
    from hrcqa.web.app import launch

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
    from hrcqa.answer.answerer import Answerer

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


@app.command("compare")
@handles_errors
def compare_command(
    topic: Annotated[str, typer.Argument(help='A topic ("death penalty") or a who-said or figure question.')],
    output_format: Annotated[FormatChoice, typer.Option(
        "--format", help="md: a table per kind; csv: one line per speaker; json: the PositionsTable.")
    ] = FormatChoice.md,
    not_addressed: Annotated[bool, typer.Option(
        "--not-addressed", help="Also list the speakers who did not address it.")] = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, backend: BackendOpt = None,
) -> None:
    """Who said what on a topic: one row per speaker, grouped by kind, each quote cited."""
    from hrcqa.answer.answerer import Answerer
    from hrcqa.answer.exporting import table_csv, table_markdown
    from hrcqa.answer.positions import compare

    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, backend=backend)
    table = compare(Answerer(_retriever(settings)), topic, include_not_addressed=not_addressed)
    if output_format.value == "json":
        print_json(table.model_dump(mode="json"))
    else:
        sys.stdout.write((table_csv if output_format.value == "csv" else table_markdown)(table))


@app.command("overview")
@handles_errors
def overview_command(
    out: Annotated[Path, typer.Option("--out", help="Where to write the heatmap (.png).")
                   ] = Path("overview.png"),
    json_output: JsonOpt = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, backend: BackendOpt = None,
) -> None:
    """Draw the speakers × themes heatmap (themes found in the corpus) and list the themes."""
    from hrcqa.answer.answerer import Answerer
    from hrcqa.answer.exporting import overview_png
    from hrcqa.answer.overview import meeting_overview

    if out.suffix.lower() != ".png":
        fail(f"--out {out}: give a file name ending in .png")
    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, backend=backend)
    overview = meeting_overview(Answerer(_retriever(settings)))
    try:
        overview_png(overview, out)
    except OSError as error:
        fail(f"--out {out}: cannot write ({error.strerror or error}); give a writable path")
    if json_output:
        print_json(overview.model_dump(mode="json"))
    else:
        table = Table("theme", "speakers", "first of them")
        for column, theme in enumerate(overview.themes):
            names = [row.speaker for row in overview.rows if row.cells[column].addressed]
            table.add_row(theme.label, f"{len(names)} of {len(overview.rows)}",
                          "; ".join(names[:3]) + ("; …" if len(names) > 3 else ""))
        Console().print(table)
    typer.echo(f"wrote {out}", err=True)


@app.command("eval")
@handles_errors
def evaluate(
    split: Annotated[SplitChoice, typer.Option("--split", help="Which questions.")] = SplitChoice.test,
    slice_name: Annotated[SliceChoice, typer.Option(
        "--slice", help="main: eval/questions.jsonl (retrieval and answers); natural: "
        "eval/natural.jsonl and the dialogues (answers only).")] = SliceChoice.main,
    retriever_mode: Annotated[EvalModeChoice, typer.Option(
        "--retriever", help="Which retriever, or all (main slice).")] = EvalModeChoice.all,
    questions: Annotated[Path | None, typer.Option(
        "--questions", help="The labelled eval set (default: the slice's file).")] = None,
    dialogues: Annotated[Path, typer.Option(
        "--dialogues", help="The labelled dialogues (natural slice).")] = Path("eval/dialogues.jsonl"),
    out: Annotated[Path | None, typer.Option("--out", help="Write the markdown report here "
                                             "(and the recall plot next to it).")] = None,
    json_output: JsonOpt = False,
    corpus_dir: CorpusOpt = None, index_dir: IndexOpt = None, backend: BackendOpt = None,
) -> None:
    """Score retrieval (and answers) against the hand-labelled eval set."""
    from hrcqa.evaluation.dialogues import load_dialogues
    from hrcqa.evaluation.retrieval import load_questions
    from hrcqa.evaluation.run import run_eval, run_natural

    modes = list(MODES) if retriever_mode.value == "all" else [retriever_mode.value]
    settings = settings_from(corpus_dir=corpus_dir, index_dir=index_dir, backend=backend)
    default = {"main": "eval/questions.jsonl", "natural": "eval/natural.jsonl"}[slice_name.value]
    labelled = load_questions(questions or Path(default), split.value)
    if slice_name.value == "natural":
        results, markdown = run_natural(_retriever(settings), labelled,
                                        load_dialogues(dialogues, split.value), split.value, out)
    else:
        results, markdown = run_eval(_retriever(settings), labelled, modes, split.value, out)
    if json_output:
        print_json(results)
    else:
        typer.echo(markdown)


def main() -> None:
    """Console-script entry point."""
    app()

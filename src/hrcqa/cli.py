"""The `hrcqa` command line: a thin shell over the library.

Each command parses options, calls the library and formats the result. Errors a user can cause
become one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from hrcqa.config import Settings
from hrcqa.errors import HrcqaError
from hrcqa.models import KINDS

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Ask who said what in UN Human Rights Council meeting summaries.")
F = TypeVar("F", bound=Callable[..., Any])

CorpusOpt = Annotated[Path | None, typer.Option("--corpus-dir", help="Overrides HRCQA_CORPUS_DIR.")]
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
        try:
            return command(*args, **kwargs)
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


def main() -> None:
    """Console-script entry point."""
    app()

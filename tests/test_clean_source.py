"""No table, list or pattern in `src/` is limited to this summary's speakers: every string in the
code (docstrings, comments and general data files aside) is searched for every speaker name the
parser found. Names of States come from general data covering every State (`hrcqa.text.countries`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import ROOT

SRC = ROOT / "src" / "hrcqa"


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes of the module, classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                found.add(id(body[0].value))
    return found


def code_strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string constant in a module's code, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip]


def speaker_names(statements) -> set[str]:
    names: set[str] = set()
    for st in statements:
        names |= {st.speaker, st.name, *(st.members or []), *(st.joint_with or [])}
        names |= {n for n in (st.acronym, st.on_behalf_of) if n}
        if st.representative:
            names.add(st.representative.split(",")[0])
    return {n.strip() for n in names if len(n.strip()) > 2}


def test_code_strings_are_found_in_a_planted_example(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('"""About Malta."""\n# Malta\nALIASES = {"Malta": ("MT",)}\n'
                      'def f():\n    """Malta."""\n    return f"{1} Malta"\n', encoding="utf-8")
    assert [text for _line, text in code_strings(module)] == ["Malta", "MT", " Malta"] or \
        sorted(text for _line, text in code_strings(module)) == sorted(["Malta", "MT", " Malta"])


def test_no_speaker_name_in_src_code(parsed):
    names = speaker_names(parsed.statements)
    assert len(names) > 34
    patterns = {name: re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])") for name in names}
    hits = [f"{path.relative_to(ROOT)}:{line}: {name}"
            for path in sorted(SRC.rglob("*.py"))
            for line, text in code_strings(path)
            for name, pattern in patterns.items() if pattern.search(text)]
    assert not hits, "speaker names in src/ code:\n" + "\n".join(hits)

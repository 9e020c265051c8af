"""inflect, which `hrcqa.text.grammar` uses for plurals, is imported without typeguard's import-time
instrumentation (1.3 s of the first question that needs a plural), and typeguard is left as it was."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import typeguard
from hrcqa.text.grammar import _engine, noun_for, is_plural

decorator = typeguard.typechecked
print(noun_for("countries", 1), noun_for("country", 3), is_plural("prisoners"))
try:
    _engine().plural_noun(3)  # the wrong type: only typeguard's instrumentation would object
except typeguard.TypeCheckError:
    print("checked")
except Exception:
    print("unchecked")
else:
    print("unchecked")
print(typeguard.typechecked is decorator and typeguard.typechecked.__name__)
"""


def test_inflect_is_imported_uninstrumented_and_typeguard_restored():
    result = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:3] == ["country countries True", "unchecked", "typechecked"]

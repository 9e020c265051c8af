"""Start the hrcqa web app: `python app.py` (the Hugging Face Spaces convention; `make run`).

Binds 127.0.0.1:7860 unless GRADIO_SERVER_NAME / GRADIO_SERVER_PORT say otherwise (Spaces sets
them), never makes a share link, and builds the index first if it is missing or stale (progress
in the terminal). Settings come from `HRCQA_*` variables; see `hrcqa.config.Settings`.
"""

from __future__ import annotations

import logging
import os
import sys


def main() -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("hrcqa").setLevel(logging.INFO)

    from hrcqa.config import Settings
    from hrcqa.errors import HrcqaError
    from hrcqa.web.app import launch

    try:
        launch(Settings(), host=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
               port=int(os.environ.get("GRADIO_SERVER_PORT", "7860")), share=False)
    except HrcqaError as error:
        print(f"hrcqa: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()

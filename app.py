"""Start the hrcqa app (Hugging Face Spaces convention: `python app.py`)."""

from hrcqa.cli import main

if __name__ == "__main__":
    import sys

    sys.argv = [sys.argv[0], "statements"]
    main()

"""``python -m llmstream``: the same command line as ``llmstream``."""

from llmstream.cli import main

if __name__ == "__main__":
    main(prog_name="llmstream")

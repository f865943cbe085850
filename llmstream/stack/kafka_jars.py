"""The Kafka broker's jars, resolved from Maven Central with Maven, once per pom.

``pom.xml`` next to this module lists the broker and a log4j2 binding. The jars are
copied into ``<state_dir>/kafka/libs`` (or ``stack.kafka_libs_dir``), stamped with a hash
of the pom: a later run with the same pom reuses them without starting Maven, and a
changed pom resolves them again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from llmstream.stack.errors import StackError
from llmstream.stack.service import Progress
from llmstream.stack.system_packages import require_command

STAMP_FILE = ".pom-sha256"
MAVEN_TIMEOUT_S = 900.0


def kafka_pom() -> bytes:
    return resources.files("llmstream.stack").joinpath("pom.xml").read_bytes()


def _is_current(libs: Path, digest: str) -> bool:
    stamp = libs / STAMP_FILE
    return stamp.is_file() and stamp.read_text().strip() == digest


def ensure_kafka_jars(libs: Path, progress: Progress) -> Path:
    """``libs``, holding the broker's jars: resolved first if missing or from another pom.

    Safe when several stacks share ``libs``: each resolves into its own directory and
    the first complete one is renamed into place.
    """
    pom = kafka_pom()
    digest = hashlib.sha256(pom).hexdigest()
    if _is_current(libs, digest):
        return libs
    mvn = require_command("mvn", "maven", progress)
    progress("resolving the Kafka broker's jars from Maven Central (once)")
    libs.parent.mkdir(parents=True, exist_ok=True)
    partial = libs.with_name(f"{libs.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    pom_copy = partial / "pom.xml"
    pom_copy.write_bytes(pom)
    command = [
        mvn,
        "-q",
        "-B",
        "-f",
        str(pom_copy),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={partial}",
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=MAVEN_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        shutil.rmtree(partial, ignore_errors=True)
        raise StackError(f"mvn: no answer in {MAVEN_TIMEOUT_S:.0f} s resolving Kafka") from None
    if result.returncode != 0 or not any(partial.glob("kafka_*.jar")):
        shutil.rmtree(partial, ignore_errors=True)
        output = "\n".join((result.stdout + result.stderr).strip().splitlines()[-20:])
        raise StackError(
            f"mvn could not resolve the Kafka jars (exit {result.returncode}):\n{output}"
        )
    (partial / STAMP_FILE).write_text(digest + "\n")
    if _is_current(libs, digest):  # another stack resolved them meanwhile
        shutil.rmtree(partial, ignore_errors=True)
        return libs
    shutil.rmtree(libs, ignore_errors=True)
    try:
        partial.rename(libs)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        if not _is_current(libs, digest):
            raise
    return libs

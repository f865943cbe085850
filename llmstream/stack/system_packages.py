"""Programs the local stack runs (java, mvn, redis-server), installed with apt-get if missing.

The stack never relies on something installed by hand: on a fresh Debian machine the
first ``llmstream up`` installs what it needs (as root), and says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable

from llmstream.stack.errors import StackError

APT_TIMEOUT_S = 900.0


def _apt_get(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["DEBIAN_FRONTEND"] = "noninteractive"
    # Keep the package's init script from starting a system-wide daemon on the default
    # port: the stack runs its own instance with its own configuration.
    env["RUNLEVEL"] = "1"
    try:
        return subprocess.run(
            ["apt-get", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=APT_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise StackError(f"apt-get {' '.join(args)}: no answer in {APT_TIMEOUT_S:.0f} s") from None


def install_apt_package(package: str, progress: Callable[[str], None]) -> None:
    """Install a Debian package, refreshing the package lists first if needed."""
    manual = f"install it with: sudo apt-get install -y {package}"
    if shutil.which("apt-get") is None:
        raise StackError(f"{package} is missing and this system has no apt-get; {manual}")
    if os.geteuid() != 0:
        raise StackError(f"{package} is missing and installing it needs root; {manual}")
    progress(f"installing {package} with apt-get (once per machine)")
    install = ("install", "-y", "--no-install-recommends", package)
    result = _apt_get(*install)
    if result.returncode != 0:
        update = _apt_get("update")
        if update.returncode != 0:
            raise StackError(f"apt-get update failed:\n{_last_lines(update)}\n{manual}")
        result = _apt_get(*install)
    if result.returncode != 0:
        raise StackError(f"apt-get install {package} failed:\n{_last_lines(result)}\n{manual}")


def require_command(command: str, package: str, progress: Callable[[str], None]) -> str:
    """The path of ``command``, installing Debian ``package`` first when it is missing."""
    path = shutil.which(command)
    if path is None:
        install_apt_package(package, progress)
        path = shutil.which(command)
    if path is None:
        raise StackError(f"{command}: not found after installing {package}")
    return path


def _last_lines(result: subprocess.CompletedProcess[str], lines: int = 20) -> str:
    output = (result.stdout or "") + (result.stderr or "")
    return "\n".join(output.strip().splitlines()[-lines:])

"""scripts/system-deps.sh picks the browser the tests run in, and installs one where it may.

Each case runs the real script with a `PATH` of its own: the few programs it calls, and stubs for
apt-get, `id` and the browsers, so that what is installed on this machine does not decide.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "system-deps.sh"
TOOLS = ["cat", "chmod", "dirname", "grep", "ls", "sed", "sort", "tail"]


def _program(path: Path, body: str = "exit 0") -> Path:
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def machine(tmp_path):
    """A bin directory with the tools and PostgreSQL's initdb; the test adds the rest."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        (bin_dir / tool).symlink_to(shutil.which(tool))
    _program(bin_dir / "initdb")
    log = tmp_path / "apt.log"

    def run(*, root=True, apt_has_shell=True, env=None):
        _program(bin_dir / "id", "echo 0" if root else "echo 1000")
        # apt-get notes what it was asked, and "installs" a package by putting a stub in place.
        _program(
            bin_dir / "apt-get",
            f'echo "$*" >> {log}\n'
            '[ "$1" = install ] || exit 0\n'
            'for p in "$@"; do case "$p" in\n'
            f"  chromium-headless-shell) {'' if apt_has_shell else 'exit 100'}\n"
            f'    printf "#!/bin/sh\\n" > {bin_dir}/chromium-headless-shell\n'
            f"    chmod +x {bin_dir}/chromium-headless-shell;;\n"
            "esac; done",
        )
        result = subprocess.run(
            [shutil.which("bash"), str(SCRIPT)],
            env={"PATH": str(bin_dir), **(env or {})},
            capture_output=True,
            text=True,
            check=False,
        )
        asked = log.read_text().splitlines() if log.exists() else []
        return result, asked

    run.bin_dir = bin_dir
    return run


def _chromium_path(result) -> str:
    """The line the Makefile reads (its other output lines say what is being installed)."""
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("CHROMIUM_PATH=")]
    return line.removeprefix("CHROMIUM_PATH=")


def test_the_headless_shell_is_chosen_over_a_full_chromium(machine):
    _program(machine.bin_dir / "chromium")
    _program(machine.bin_dir / "chromium-headless-shell")

    result, asked = machine()

    assert result.returncode == 0, result.stderr
    assert _chromium_path(result) == str(machine.bin_dir / "chromium-headless-shell")
    assert asked == []


def test_as_root_the_headless_shell_is_installed_even_beside_a_full_chromium(machine):
    _program(machine.bin_dir / "chromium")

    result, asked = machine()

    assert result.returncode == 0, result.stderr
    assert "install -y -qq chromium-headless-shell" in asked
    assert _chromium_path(result) == str(machine.bin_dir / "chromium-headless-shell")


def test_where_apt_has_no_headless_shell_the_chromium_there_serves(machine):
    _program(machine.bin_dir / "chromium")

    result, asked = machine(apt_has_shell=False)

    assert result.returncode == 0, result.stderr
    assert "install -y -qq chromium-headless-shell" in asked
    assert _chromium_path(result) == str(machine.bin_dir / "chromium")
    assert "the browser tests use" in result.stderr


def test_without_any_browser_a_failed_install_stops_with_its_reason(machine):
    result, _ = machine(apt_has_shell=False)

    assert result.returncode == 1
    assert "apt could not install chromium-headless-shell." in result.stderr
    assert "CHROMIUM_PATH" not in result.stdout


def test_without_root_a_missing_browser_is_named_and_nothing_is_installed(machine):
    result, asked = machine(root=False)

    assert result.returncode == 1
    assert "The full test suite needs: chromium-headless-shell." in result.stderr
    assert "make test-fast" in result.stderr
    assert asked == []


def test_chromium_path_chooses_the_browser_and_must_be_a_program(machine, tmp_path):
    chosen = _program(tmp_path / "my-chrome")

    result, asked = machine(env={"CHROMIUM_PATH": str(chosen)})
    assert result.returncode == 0, result.stderr
    assert _chromium_path(result) == str(chosen)
    assert asked == []

    result, _ = machine(env={"CHROMIUM_PATH": str(tmp_path / "nothing")})
    assert result.returncode == 1
    assert "is not a program" in result.stderr

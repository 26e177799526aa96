"""Builds the one-folder bundle dist/kim-desktop/ for this platform, and on request the Debian package.

    python build_scripts/build.py [--clean] [--fonts DIR]
                                  [--deb [--deployment FILE] [--maintainer "Name <mail>"]]

Installs PyInstaller into the Python that runs it if missing, reads the version from pyproject.toml,
runs build_scripts/kim-desktop.spec, prints the bundle size against the budget and exits non-zero
(one line, no traceback) when the build fails or the bundle is too big. See README, "For IT".
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_scripts" / "kim-desktop.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUNDLE = DIST / "kim-desktop"
STAGING = BUILD / "staging"
PYINSTALLER_LOG = BUILD / "pyinstaller.log"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10,<7"
BUDGET_MB = 250
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


class BuildFailed(Exception):
    """An expected failure: printed as one line, exit code 1."""


def read_version(root: Path = ROOT) -> str:
    with (root / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def executable_name() -> str:
    return "kim-desktop.exe" if sys.platform == "win32" else "kim-desktop"


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print(f"Installing {PYINSTALLER_REQUIREMENT} into {sys.prefix} …", flush=True)
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER_REQUIREMENT],
                            check=False)
    if result.returncode != 0:
        raise BuildFailed(f"pip could not install {PYINSTALLER_REQUIREMENT} (exit {result.returncode})")


def prepare_staging(staging: Path, version: str, font_dir: Path = FONT_DIR) -> list[str]:
    """Writes the files the spec ships beside the sources: VERSION and the PDF fonts.
    Returns warnings (missing fonts: reports then fall back, see kim_desktop/reports/fonts.py)."""
    shutil.rmtree(staging, ignore_errors=True)
    package = staging / "kim_desktop"
    package.mkdir(parents=True)
    (package / "VERSION").write_text(version + "\n", encoding="utf-8")
    fonts = package / "resources" / "fonts"
    missing = [name for name in FONTS if not (font_dir / name).is_file()]
    if missing:
        return [f"warning: {', '.join(missing)} not found in {font_dir}: PDFs will use a system font "
                "(Debian: apt-get install fonts-dejavu-core; elsewhere: --fonts DIR)"]
    fonts.mkdir(parents=True)
    for name in FONTS:
        shutil.copyfile(font_dir / name, fonts / name)
    return []


def tree_size(path: Path) -> int:
    """Bytes of the files below path; symbolic links count as nothing (their target counts once)."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(path):
        for name in filenames:
            file = Path(dirpath) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def run_pyinstaller(clean: bool) -> None:
    BUILD.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    env = dict(os.environ, KIM_BUILD_STAGING=str(STAGING), PYTHONDONTWRITEBYTECODE="1")
    print(f"Running PyInstaller (log: {PYINSTALLER_LOG.relative_to(ROOT)}) …", flush=True)
    with PYINSTALLER_LOG.open("w", encoding="utf-8") as log:
        result = subprocess.run(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, check=False)
    if result.returncode != 0:
        tail = PYINSTALLER_LOG.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-15:]
        print("\n".join(tail), file=sys.stderr)
        raise BuildFailed(f"PyInstaller failed (exit {result.returncode}); full log: {PYINSTALLER_LOG}")
    if not (BUNDLE / executable_name()).is_file():
        raise BuildFailed(f"PyInstaller wrote no {BUNDLE / executable_name()}")


def check_deployment(path: Path) -> None:
    """Refuses a preset the program itself would refuse, with the program's message."""
    sys.path.insert(0, str(ROOT))
    from kim_desktop.config.deployment import load_deployment
    from kim_desktop.errors import KimError

    if not path.is_file():
        raise BuildFailed(f"--deployment: {path} does not exist")
    try:
        load_deployment(path)
    except KimError as exc:
        raise BuildFailed(f"--deployment: {exc.message()}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Build the KIM Desktop bundle (and the Debian package).",
                                     allow_abbrev=False)
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--fonts", type=Path, default=FONT_DIR, metavar="DIR",
                        help=f"folder with {' and '.join(FONTS)} for the PDF reports (default {FONT_DIR})")
    parser.add_argument("--deb", action="store_true", help="also build dist/kim-desktop_VERSION_ARCH.deb")
    parser.add_argument("--deployment", type=Path, metavar="FILE",
                        help="with --deb: ship this preset as /etc/xdg/kim-desktop/deployment.toml")
    parser.add_argument("--maintainer", default="KIM Desktop IT <root@localhost>",
                        help="with --deb: the package's Maintainer field")
    return parser


def build(args: argparse.Namespace) -> int:
    if args.deployment is not None and not args.deb:
        raise BuildFailed("--deployment goes with --deb (on Windows: iscc /DDeploymentFile=…)")
    if args.deb and sys.platform != "linux":
        raise BuildFailed("--deb builds a Debian package: only on Linux")
    if args.deployment is not None:
        check_deployment(args.deployment)
    version = read_version()
    if importlib.util.find_spec("PySide6") is None or importlib.util.find_spec("sqlcipher3") is None:
        raise BuildFailed(f"{sys.executable} lacks KIM Desktop's dependencies: run build.py with the "
                          "venv of scripts/setup.sh: .venv/bin/python build_scripts/build.py")
    ensure_pyinstaller()
    for warning in prepare_staging(STAGING, version, args.fonts):
        print(warning, file=sys.stderr)
    started = time.monotonic()
    run_pyinstaller(args.clean)
    seconds = time.monotonic() - started
    size_mb = tree_size(BUNDLE) / 1_000_000
    verdict = "within" if size_mb <= BUDGET_MB else "OVER"
    print(f"Bundle {BUNDLE.relative_to(ROOT)}: kim-desktop {version}, {size_mb:.1f} MB "
          f"({verdict} the budget of {BUDGET_MB} MB), built in {seconds:.0f} s")
    if size_mb > BUDGET_MB:
        raise BuildFailed(f"the bundle is {size_mb:.1f} MB, more than the budget of {BUDGET_MB} MB")
    if args.deb:
        sys.path.insert(0, str(ROOT / "build_scripts"))
        from debian import build_deb

        package = build_deb(BUNDLE, version, DIST, BUILD / "deb", maintainer=args.maintainer,
                            deployment=args.deployment)
        print(f"Debian package: {package.relative_to(ROOT)} ({package.stat().st_size / 1_000_000:.1f} MB)")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return build(args)
    except BuildFailed as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("build.py: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

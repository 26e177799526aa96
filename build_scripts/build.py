"""Builds the one-folder bundle dist/kim-desktop/ for this platform, and on request the Debian package.

    python build_scripts/build.py [--clean] [--fonts DIR]
                                  [--deb [--deployment FILE] [--maintainer "Name <mail>"]]
    python build_scripts/build.py --print-version

Installs PyInstaller into the Python that runs it if missing, reads the version from pyproject.toml,
runs build_scripts/kim-desktop.spec, prints the bundle size against the budget and exits non-zero
(one line, no traceback) when the build fails or the bundle is too big. See README, "For IT".
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

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
ICON_SVG = ROOT / "resources" / "icons" / "kim-desktop.svg"
WINDOWS_ICON = BUILD / "kim-desktop-icon.png"  # the spec gives it to the Windows executables


class BuildFailed(Exception):
    """An expected failure: printed as one line, exit code 1."""


def _project(root: Path) -> dict[str, Any]:
    with (root / "pyproject.toml").open("rb") as file:
        return dict(tomllib.load(file)["project"])


def read_version(root: Path = ROOT) -> str:
    return str(_project(root)["version"])


def missing_dependencies(root: Path = ROOT) -> list[str]:
    """pyproject's unconditional dependencies not installed in the Python that runs this script
    (those with an environment marker are skipped: evaluating it needs `packaging`)."""
    missing = []
    for requirement in _project(root).get("dependencies", []):
        if ";" in requirement:
            continue
        name = re.match(r"[A-Za-z0-9._-]+", requirement.strip())
        if name is None:
            continue
        try:
            metadata.distribution(name.group(0))
        except metadata.PackageNotFoundError:
            missing.append(name.group(0))
    return missing


def _debian() -> ModuleType:
    """build_scripts/debian.py by path: a plain `import debian` could find python3-debian instead."""
    spec = importlib.util.spec_from_file_location("kim_build_debian", ROOT / "build_scripts" / "debian.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return module


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


def render_icon(svg: Path, out: Path, size: int = 256) -> None:
    """The Windows executables' icon as a PNG: PyInstaller turns a PNG into an .ico (with Pillow,
    which reportlab brings) but cannot read SVG, so Qt draws it once at build time."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])  # noqa: F841 - drawing needs one while this function runs
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildFailed(f"{svg} is not a readable SVG icon")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise BuildFailed(f"could not write the icon {out}")


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
    if not path.is_file():
        raise BuildFailed(f"--deployment: {path} does not exist (relative paths start at {Path.cwd()})")
    sys.path.insert(0, str(ROOT))
    try:
        from kim_desktop.config.deployment import load_deployment
        from kim_desktop.errors import KimError
    except ImportError as exc:  # a dependency installed but broken: missing_dependencies cannot see it
        raise BuildFailed(f"--deployment: the program's configuration check cannot run here: {exc}") from None
    try:
        load_deployment(path)
    except KimError as exc:
        raise BuildFailed(f"--deployment: {exc.message()}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Build the KIM Desktop bundle (and the Debian package).",
                                     allow_abbrev=False)
    parser.add_argument("--print-version", action="store_true",
                        help="print the version from pyproject.toml and stop (for CI scripts)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--fonts", type=Path, default=FONT_DIR, metavar="DIR",
                        help=f"folder with {' and '.join(FONTS)} for the PDF reports (default {FONT_DIR})")
    parser.add_argument("--deb", action="store_true", help="also build dist/kim-desktop_VERSION_ARCH.deb")
    parser.add_argument("--deployment", type=Path, metavar="FILE",
                        help="with --deb: ship this preset as /etc/xdg/kim-desktop/deployment.toml")
    parser.add_argument("--maintainer", default="KIM Desktop IT <root@localhost>",
                        help="with --deb: the package's Maintainer field")
    return parser


def check_package_fields(version: str, maintainer: str) -> None:
    """--deb: what the control file gets, and the tools that write it, checked before the build."""
    debian = _debian()
    try:
        debian.debian_version(version)
        debian.check_maintainer(maintainer)
    except ValueError as exc:
        raise BuildFailed(f"--deb: {exc}") from None
    for tool in ("dpkg", "dpkg-deb"):
        if shutil.which(tool) is None:
            raise BuildFailed(f"--deb needs {tool}, which is not on PATH (Debian: apt-get install dpkg)")


def build_package(version: str, maintainer: str, deployment: Path | None) -> Path:
    try:
        return _debian().build_deb(BUNDLE, version, DIST, BUILD / "deb", maintainer=maintainer,
                                   deployment=deployment)
    except subprocess.CalledProcessError as exc:
        raise BuildFailed(f"{Path(exc.cmd[0]).name} failed (exit {exc.returncode})") from None
    except OSError as exc:
        raise BuildFailed(f"the Debian package could not be written: {exc}") from None


def build(args: argparse.Namespace) -> int:
    if args.print_version:
        print(read_version())
        return 0
    if args.deployment is not None and not args.deb:
        raise BuildFailed("--deployment goes with --deb (on Windows: iscc /DDeploymentFile=…)")
    if args.deb and sys.platform != "linux":
        raise BuildFailed("--deb builds a Debian package: only on Linux")
    missing = missing_dependencies()
    if missing:
        raise BuildFailed(f"{sys.executable} lacks KIM Desktop's dependencies ({', '.join(missing)}): "
                          "run build.py with the venv of scripts/setup.sh: "
                          ".venv/bin/python build_scripts/build.py")
    version = read_version()
    if args.deb:
        check_package_fields(version, args.maintainer)
    if args.deployment is not None:
        check_deployment(args.deployment)
    ensure_pyinstaller()
    for warning in prepare_staging(STAGING, version, args.fonts):
        print(warning, file=sys.stderr)
    if sys.platform == "win32":
        render_icon(ICON_SVG, WINDOWS_ICON)
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
        package = build_package(version, args.maintainer, args.deployment)
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

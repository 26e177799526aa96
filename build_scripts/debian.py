"""The Debian package: the bundle under /opt/kim-desktop, a command, a menu entry and an icon.

Built with `dpkg-deb --root-owner-group --build`, so no root and no debhelper are needed. No
maintainer scripts: desktop-file-utils and the icon theme update their caches through dpkg
triggers on /usr/share/applications and /usr/share/icons, and nothing may touch the users' vaults
(they live in their home folders and stay on remove and purge).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_FILE = ROOT / "build_scripts" / "linux" / "kim-desktop.desktop"
ICON = ROOT / "resources" / "icons" / "kim-desktop.svg"
PRESET_PATH = "etc/xdg/kim-desktop/deployment.toml"  # = kim_desktop.paths.UNIX_SITE_CONFIG_DIR (a test checks)

# The libraries Qt's xcb platform plugin needs from the system, as scripts/setup.sh installs them
# (without its test tools: xvfb, xauth, age, poppler-utils; the fonts are in the bundle). Most are
# bundled too, but libEGL/libGL never are, and the rest keep the package installable on a desktop
# without X libraries.
DEPENDS = ("libegl1", "libgl1", "libglib2.0-0", "libfontconfig1", "libfreetype6", "libdbus-1-3",
           "libxkbcommon0", "libxkbcommon-x11-0", "libxcb1", "libxcb-cursor0", "libxcb-icccm4",
           "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0",
           "libxcb-xinerama0", "libxcb-xkb1", "libxcb-xfixes0", "libx11-xcb1")


PRE_RELEASE_SPELLINGS = {"alpha": "a", "beta": "b", "c": "rc", "pre": "rc", "preview": "rc"}


def debian_version(version: str) -> str:
    """pyproject's (PEP 440) version as a Debian version that sorts the same way: pre-releases
    and development versions come before the release ('1.0rc1' → '1.0~rc1')."""
    match = re.fullmatch(r"(\d+(?:\.\d+)*)(?:[-_.]?(a|b|rc|alpha|beta|c|pre|preview)[-_.]?(\d*))?"
                         r"(?:[-_.]?post[-_.]?(\d+))?(?:[-_.]?dev[-_.]?(\d*))?", version.strip().lower())
    if match is None:
        raise ValueError(f"version {version!r} is not a plain PEP 440 version")
    release, pre, pre_number, post, dev = match.groups()
    result = release
    if pre:
        result += f"~{PRE_RELEASE_SPELLINGS.get(pre, pre)}{pre_number}"
    if post:
        result += f"+post{post}"
    if dev is not None:
        result += f"~dev{dev}"
    return result


MAINTAINER = re.compile(r"[^<>\x00-\x1f\x7f]*[^<>\s\x00-\x1f\x7f] <[^<>\s]+>")


def check_maintainer(maintainer: str) -> str:
    """The Maintainer field as Debian policy spells it, 'Name <address>', on one line: a line break
    would start a control field of its own (e.g. another Depends)."""
    if not MAINTAINER.fullmatch(maintainer):
        raise ValueError(f"--maintainer {maintainer!r} is not one line of the form 'Name <address>'")
    return maintainer


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def control_text(version: str, arch: str, installed_kb: int, maintainer: str) -> str:
    return (
        "Package: kim-desktop\n"
        f"Version: {debian_version(version)}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {check_maintainer(maintainer)}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: KIM Desktop - case management for the Kommunales Integrationsmanagement\n"
        " Consultations, day schedules and escalation forms on the case manager's laptop, in one\n"
        " encrypted file (SQLCipher), synced to the Kreisverwaltung by encrypted exchange files.\n"
        " Self-contained: ships its own Python and Qt under /opt/kim-desktop.\n"
    )


def _normalise_modes(tree: Path) -> None:
    """dpkg takes the modes as they are: 0755 for folders and executables, 0644 for the rest,
    whatever the builder's umask was."""
    for dirpath, dirnames, filenames in os.walk(tree):
        for name in dirnames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                path.chmod(0o755)
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)
    tree.chmod(0o755)


def _installed_size_kb(tree: Path) -> int:
    total = sum((Path(d) / n).lstat().st_size for d, _, names in os.walk(tree) for n in names)
    return (total + 1023) // 1024


def stage_tree(bundle: Path, tree: Path, version: str, arch: str, maintainer: str,
               deployment: Path | None = None) -> None:
    """Lays out the package's files below tree (DEBIAN/ included)."""
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(bundle, tree / "opt" / "kim-desktop", symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "kim-desktop").symlink_to("/opt/kim-desktop/kim-desktop")
    applications = tree / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(DESKTOP_FILE, applications / "kim-desktop.desktop")
    icons = tree / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copyfile(ICON, icons / "kim-desktop.svg")
    debian = tree / "DEBIAN"
    debian.mkdir()
    if deployment is not None:
        preset = tree / PRESET_PATH
        preset.parent.mkdir(parents=True)
        shutil.copyfile(deployment, preset)
        # A conffile: dpkg keeps IT's local edits on upgrade and asks (or keeps, with
        # --force-confold) when the shipped preset changes too; `remove` leaves it, `purge` deletes it.
        (debian / "conffiles").write_text("/" + PRESET_PATH + "\n", encoding="utf-8")
    _normalise_modes(tree)
    size_kb = _installed_size_kb(tree)
    (debian / "control").write_text(control_text(version, arch, size_kb, maintainer), encoding="utf-8")
    for path in debian.iterdir():
        path.chmod(0o644)


def build_deb(bundle: Path, version: str, out_dir: Path, work_dir: Path, maintainer: str,
              deployment: Path | None = None) -> Path:
    arch = architecture()
    tree = work_dir / "root"
    stage_tree(bundle, tree, version, arch, maintainer, deployment)
    package = out_dir / f"kim-desktop_{debian_version(version)}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(package)],
                   check=True, stdout=subprocess.DEVNULL)
    return package

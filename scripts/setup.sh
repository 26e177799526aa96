#!/bin/sh
# One entry for the two README commands:
#   sh scripts/setup.sh start   installs what is missing, then starts KIM Desktop on a demo vault
#   sh scripts/setup.sh test    installs what is missing, then runs the whole test suite
#   sh scripts/setup.sh build   installs what is missing, then IT's build: bundle + .deb (options: build.py's)
#   sh scripts/setup.sh package-test   IT's build, then the packaging tests against what it made
# Safe to run again: it installs only what is missing and skips pip when nothing changed.
set -eu
caller="$(pwd)"
cd "$(dirname "$0")/.."
repo="$(pwd)"
mode="${1:-start}"
if [ $# -gt 0 ]; then shift; fi

# Libraries the Qt xcb platform plugin loads, a font, Xvfb for screens without a display,
# the age CLI that the interoperability tests use, pdftotext (poppler-utils) for the PDF tests,
# and for the bundle: binutils (PyInstaller reads and writes binaries with objdump/objcopy) and
# desktop-file-utils (the packaging test validates the .desktop entry).
APT_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 \
libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 \
libx11-xcb1 fonts-dejavu-core xvfb xauth age poppler-utils binutils desktop-file-utils"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=""
for pkg in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
done
python3 -c "import ensurepip, venv" 2>/dev/null || missing="$missing python3-venv"
if [ -n "$missing" ]; then
    echo "Installing system packages:$missing"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=".venv/.kim-setup-$(python3 -c 'import hashlib,sys;print(hashlib.sha256(open("pyproject.toml","rb").read()).hexdigest()[:16])')"
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    rm -f .venv/.kim-setup-*
    touch "$stamp"
fi

case "$mode" in
start)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting on a virtual screen (Xvfb)."
        exec xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/kim-desktop demo "$@"
    fi
    exec .venv/bin/kim-desktop demo "$@"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    set +e
    .venv/bin/python -m pytest "$@"
    status=$?
    set -e
    if [ "$status" -eq 5 ]; then
        echo "No tests were collected: that is a failure." >&2
        exit 1
    fi
    exit "$status"
    ;;
build)
    # From the caller's folder, so that relative paths (--deployment FILE, --fonts DIR) mean what
    # they say; build.py finds the repository from its own path.
    cd "$caller"
    exec "$repo/.venv/bin/python" "$repo/build_scripts/build.py" --deb "$@"
    ;;
package-test)
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/python build_scripts/build.py --deb
    exec .venv/bin/python -m pytest --packaging tests/packaging "$@"
    ;;
*)
    echo "usage: sh scripts/setup.sh start|test|build|package-test [arguments]" >&2
    exit 2
    ;;
esac

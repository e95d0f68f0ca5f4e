#!/usr/bin/env bash
# Build the Linux one-folder bundle and a .tar.gz of it.
#
#   packaging/build_linux.sh            # -> dist/caseapp/ and dist/caseapp-<version>-linux-<arch>.tar.gz
#
# Needs the project's venv (.venv, `pip install -e .`); installs PyInstaller into it when missing.
# PYTHON=/path/to/python overrides the interpreter. Build files go to build/pyinstaller and
# dist/ (both git-ignored). No AppImage: appimagetool is not in Debian or on PyPI (see README).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    "$PY" -m pip install --quiet "pyinstaller>=6.10"
fi

VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
ARCH="$(uname -m)"
START=$(date +%s)

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$ROOT/build/pyinstaller" --distpath "$ROOT/dist" \
    "$ROOT/packaging/caseapp.spec"

# desktop integration travels inside the bundle; install-user.sh puts it in place
BUNDLE="$ROOT/dist/caseapp"
mkdir -p "$BUNDLE/share/applications" "$BUNDLE/share/metainfo" "$BUNDLE/share/icons"
cp packaging/linux/dk.caseapp.Caseapp.desktop "$BUNDLE/share/applications/"
cp packaging/linux/dk.caseapp.Caseapp.metainfo.xml "$BUNDLE/share/metainfo/"
cp -r packaging/linux/icons/hicolor "$BUNDLE/share/icons/"
install -m 755 packaging/linux/install-user.sh "$BUNDLE/install-user.sh"

TARBALL="$ROOT/dist/caseapp-$VERSION-linux-$ARCH.tar.gz"
tar -C "$ROOT/dist" -czf "$TARBALL" caseapp

echo "bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
echo "tarball: $TARBALL ($(du -h "$TARBALL" | cut -f1))"
echo "built in $(( $(date +%s) - START )) s"

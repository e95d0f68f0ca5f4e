#!/usr/bin/env bash
# Install this caseapp bundle for the current user (no root): the program goes to
# ~/.local/opt/caseapp, a `caseapp` link to ~/.local/bin, the menu entry and icons to ~/.local/share.
#   ./install-user.sh            install or update
#   ./install-user.sh --remove   uninstall (your database and settings are left alone)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/caseapp"
BIN="$HOME/.local/bin"

rm -rf "$OPT" "$BIN/caseapp" "$DATA/applications/dk.caseapp.Caseapp.desktop" \
    "$DATA/metainfo/dk.caseapp.Caseapp.metainfo.xml"
find "$DATA/icons/hicolor" -name 'dk.caseapp.Caseapp.*' -delete 2>/dev/null || true
if [ "${1:-}" = "--remove" ]; then
    echo "caseapp er fjernet."
    exit 0
fi

mkdir -p "$OPT" "$BIN" "$DATA/applications" "$DATA/metainfo" "$DATA/icons"
cp -a "$HERE/." "$OPT/"
ln -s "$OPT/caseapp" "$BIN/caseapp"
sed "s|^Exec=caseapp|Exec=$OPT/caseapp|" "$HERE/share/applications/dk.caseapp.Caseapp.desktop" \
    > "$DATA/applications/dk.caseapp.Caseapp.desktop"
cp "$HERE/share/metainfo/dk.caseapp.Caseapp.metainfo.xml" "$DATA/metainfo/"
cp -r "$HERE/share/icons/hicolor" "$DATA/icons/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "caseapp er installeret i $OPT og ligger i programmenuen under Kontor."

#!/usr/bin/env bash
# Smoke test of the Linux bundle: build it (or reuse it), then run the frozen program headless.
#
#   packaging/smoke_test.sh            # build with build_linux.sh, then test
#   packaging/smoke_test.sh --reuse    # test an existing dist/caseapp without rebuilding
#
# Checks: the bundle holds keyring's backends and entry points, the fonts, stylesheet and data
# files (check_bundle.py); `caseapp --version` matches pyproject.toml; a demo database is created;
# a 1280x800 screenshot of the caseload is rendered offscreen; a status PDF is exported with the
# DejaVu fonts embedded, "Side 1 af" on its first page, the version in its Creator and its
# PDF/A output intent.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
APP="$ROOT/dist/caseapp/caseapp"

if [ "${1:-}" != "--reuse" ] || [ ! -x "$APP" ]; then
    "$ROOT/packaging/build_linux.sh"
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/caseapp-smoke.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
unset PYTHON_KEYRING_BACKEND  # let keyring choose as it would for a user
export CASEAPP_PASSPHRASE="smoke-test-passphrase"
export QT_QPA_PLATFORM=offscreen
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share"
mkdir -p "$HOME"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

echo "== bundle contents"
"$PY" packaging/check_bundle.py dist/caseapp || fail "bundle contents"

echo "== --version"
want="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
got="$("$APP" --version)"
[ "$got" = "caseapp $want" ] || fail "--version printed '$got', expected 'caseapp $want'"
echo "$got"

echo "== demo database"
"$APP" demo --db "$TMP/demo.db" --citizens 10 || fail "demo"

echo "== screenshot"
"$APP" --screenshot "$TMP/c.png" --view caseload --db "$TMP/demo.db" || fail "screenshot"
python3 - "$TMP/c.png" <<'PYEOF' || fail "screenshot is not a 1280x800 PNG"
import struct, sys
head = open(sys.argv[1], "rb").read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
size = struct.unpack(">II", head[16:24])
assert size == (1280, 800), size
print("PNG %dx%d" % size)
PYEOF

echo "== status PDF"
first="$("$APP" citizens --db "$TMP/demo.db" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')"
"$APP" export status --db "$TMP/demo.db" --citizen "$first" --out "$TMP/s.pdf" || fail "export"
grep -q DejaVu "$TMP/s.pdf" || fail "DejaVu is not embedded in the PDF"
"$PY" - "$TMP/s.pdf" "$want" <<'PYEOF' || fail "PDF content or metadata"
import sys
from pypdf import PdfReader
reader = PdfReader(sys.argv[1])
fonts = set()
for page in reader.pages:
    for font in page["/Resources"]["/Font"].values():
        descriptor = font.get_object().get("/FontDescriptor")
        if descriptor and "/FontFile2" in descriptor.get_object():
            fonts.add(str(font.get_object()["/BaseFont"]))
assert any("DejaVu" in f for f in fonts), fonts
assert "Side 1 af" in reader.pages[0].extract_text(), "no 'Side 1 af' on page 1"
assert reader.metadata.creator == f"caseapp {sys.argv[2]}", reader.metadata.creator
# PDF/A: the bundle carries pikepdf's sRGB profile, not pikepdf (caseapp reads the file itself)
assert "/OutputIntents" in reader.trailer["/Root"], "not declared PDF/A: the sRGB profile is missing"
print(f"{len(reader.pages)} page(s); embedded fonts: {', '.join(sorted(fonts))}; "
      f"Creator: {reader.metadata.creator}")
PYEOF

echo "smoke test passed"

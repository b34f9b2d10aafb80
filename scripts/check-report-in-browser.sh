#!/usr/bin/env bash
# Renders a fordela HTML report in headless Chromium and fails if the page is blank or its SVG
# charts did not render. usage: scripts/check-report-in-browser.sh REPORT.html [OUT_DIR]
# Needs Debian's `chromium`. Screenshots: OUT_DIR/page.png (the whole report) and chart.png
# (the first chart alone, everything else hidden).
set -euo pipefail
report=$(realpath "$1")
out=${2:-$(mktemp -d)}
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "check-report-in-browser: chromium is not installed (apt-get install chromium)" >&2; exit 2; }

shoot() { # $1 html file, $2 png
  timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$out/profile" --window-size=1100,1600 --screenshot="$2" "file://$1" >/dev/null 2>&1 || true
  [ -s "$2" ] || { echo "check-report-in-browser: Chromium wrote no screenshot $2" >&2; exit 1; }
}

# The whole page must show something: text, tables, charts.
shoot "$report" "$out/page.png"
page=$(python3 "$here/png_colour_share.py" "$out/page.png")
non_white=$(echo "$page" | sed -n 's/^non_white=//p')

# The first chart alone: its blue and red marks must be drawn.
chart_html="$out/chart-only.html"
sed 's|</style>|body>*{display:none}body>div.chart:first-of-type{display:block}</style>|' "$report" > "$chart_html"
shoot "$chart_html" "$out/chart.png"
chart=$(python3 "$here/png_colour_share.py" "$out/chart.png" '#2471a3' '#c0392b')
blue=$(echo "$chart" | sed -n 's/^#2471a3=//p')
red=$(echo "$chart" | sed -n 's/^#c0392b=//p')

echo "page non-white share $non_white; chart blue share $blue, red share $red (screenshots in $out)"
python3 - "$non_white" "$blue" "$red" <<'PY'
import sys
non_white, blue, red = map(float, sys.argv[1:])
if non_white < 0.02:
    sys.exit("check-report-in-browser: the page looks blank")
if blue + red < 0.002:
    sys.exit("check-report-in-browser: the SVG chart did not render")
print("check-report-in-browser: ok")
PY

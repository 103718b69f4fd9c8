#!/usr/bin/env bash
# Brings the translation files up to date with the sources: the built-in dashboards' words
# (dashboard-strings.cpp), then lupdate over models/, widgets/ and app/ (not the simulator,
# whose messages are its HTTP API's). Run by ./wk translations; lrelease runs in the build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
cmake -DDASHBOARDS=resources/dashboards -DOUT=translations/dashboard-strings.cpp \
    -P translations/dashboard-strings.cmake
mapfile -t sources < <(find models widgets app -path app/sim -prune -o \
    \( -name '*.cpp' -o -name '*.h' \) -print | sort)
sources+=(translations/dashboard-strings.cpp)
for lang in de es; do
    "$LUPDATE" -no-obsolete -locations relative -I . -source-language en \
        -target-language "$lang" "${sources[@]}" -ts "translations/watchkeeper_$lang.ts" 2>&1 |
        grep -v -e "lacks Q_OBJECT macro" -e "Qualifying with unknown" -e "Ignoring definition" || true
done
# English needs only its plural forms ("%n alert(s)" reads "1 alert", "2 alerts").
"$LUPDATE" -no-obsolete -locations relative -I . -pluralonly -source-language en \
    -target-language en "${sources[@]}" -ts translations/watchkeeper_en.ts 2>&1 |
    grep -v -e "lacks Q_OBJECT macro" -e "Qualifying with unknown" -e "Ignoring definition" || true
# What is left to translate.
for ts in translations/watchkeeper_*.ts; do
    echo "$ts: $(grep -c 'type="unfinished"' "$ts" || true) unfinished"
done

#!/usr/bin/env bash
# Renders resources/icons/watchkeeper.svg to the PNG sizes the package installs in hicolor.
# Run after editing the SVG and commit the PNGs (needs rsvg-convert from librsvg2-bin).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ICONS="$ROOT/resources/icons"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$ICONS/hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$ICONS/watchkeeper.svg" \
        --output "$ICONS/hicolor/${size}x${size}/watchkeeper.png"
done

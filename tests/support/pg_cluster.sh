#!/bin/sh
# A throwaway PostgreSQL 15 cluster for the tests: `pg_cluster.sh start STATUS_FILE` creates it in a new
# temporary folder (initdb as the postgres user when run as root, as the current user otherwise), starts it
# on loopback only at a free port, creates the role the tests connect as, and writes the server's address
# to STATUS_FILE; `pg_cluster.sh stop STATUS_FILE` stops it and removes the folder. A test that needs the
# server fails when it cannot start: the start exits non-zero and ctest does not run the tests that need it.
set -eu

action=$1
status=$2
bin=${JOLDAMA_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ -f "$status" ]; then
        # A cluster left by an interrupted run: stop it first.
        sh "$0" stop "$status" || true
    fi
    [ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed ($bin/initdb missing): apt-get install postgresql" >&2; exit 1; }
    dir=$(mktemp -d /tmp/joldama-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2; exit 1; }
    # Password logins over TCP, as a bureau's server is reached; the socket only in our own folder.
    cat >"$dir/data/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 scram-sha-256
EOF
    port=""
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        candidate=$(( 20000 + ($$ * 7 + attempt * 977) % 30000 ))
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$candidate -c unix_socket_directories=$dir -c fsync=off -c max_connections=200 -c shared_buffers=64MB" \
            start >/dev/null 2>&1; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { echo "The test PostgreSQL server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE joldama LOGIN SUPERUSER PASSWORD 'joldama-test'" >/dev/null
    {
        echo "url=postgresql://joldama:joldama-test@127.0.0.1:$port/postgres"
        echo "dir=$dir"
        echo "port=$port"
    } >"$status"
    echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
    ;;
stop)
    [ -f "$status" ] || exit 0
    dir=$(sed -n 's/^dir=//p' "$status")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        # An immediate stop needs no client to leave; should it still hang (a loaded machine), the
        # postmaster is killed so the fixture never holds the test run up.
        if ! as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop >/dev/null 2>&1; then
            pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
            [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
        fi
        rm -rf "$dir"
    fi
    rm -f "$status"
    ;;
*)
    echo "usage: $0 start|stop STATUS_FILE" >&2
    exit 2
    ;;
esac

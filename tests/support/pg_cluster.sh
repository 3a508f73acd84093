#!/bin/sh
# A throwaway PostgreSQL 15 cluster for the tests: `pg_cluster.sh start STATUS_FILE` creates it in a new
# temporary folder (initdb as the postgres user when run as root, as the current user otherwise), starts it
# on loopback only at a free port, creates the role the tests connect as, and writes the server's address
# to STATUS_FILE; `pg_cluster.sh stop STATUS_FILE` stops it and removes the folder; `pause` and `resume` stop
# and start the same server with its data (a server restarted under its clients). A test that needs the
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

# No durability (a throwaway cluster) and a small write-ahead log: the run's hundreds of CREATE DATABASEs each
# write their template through the log, which otherwise grows to its default 1 GB before it is recycled.
start_server() { # folder, port
    as_owner "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$2 -c unix_socket_directories=$1 -c max_connections=200 -c shared_buffers=64MB -c fsync=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=128MB -c min_wal_size=32MB" \
        start >/dev/null 2>&1
}

case "$action" in
pause)
    # The server goes away under its clients (as a bureau's server restarted or unplugged); its data stays.
    dir=$(sed -n 's/^dir=//p' "$status")
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1
    ;;
resume)
    dir=$(sed -n 's/^dir=//p' "$status")
    port=$(sed -n 's/^port=//p' "$status")
    start_server "$dir" "$port" || { echo "The test PostgreSQL server did not start again:" >&2; cat "$dir/server.log" >&2; exit 1; }
    ;;
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
        if start_server "$dir" "$candidate"; then
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
        # A cluster that held every test's database is tens of thousands of files: removed in the background,
        # detached from the test run, so the run does not wait for the disk.
        setsid rm -rf "$dir" </dev/null >/dev/null 2>&1 &
    fi
    rm -f "$status"
    ;;
*)
    echo "usage: $0 start|stop|pause|resume STATUS_FILE" >&2
    exit 2
    ;;
esac

#!/bin/sh
# The administrator's backup and restore of a shared PostgreSQL database, exactly as the README writes it: the
# two shell blocks after <!-- pg-backup --> and <!-- pg-restore --> are taken from README.md and run on a
# throwaway PostgreSQL server of this test's own (loopback and a socket in a temporary folder, gone
# afterwards) on a Joldama database that joldama-cli made and filled. The backup must hold the referrals made
# before it, the restore must bring back exactly those, disconnect a workstation still connected, keep the
# replaced database, with what was registered after the backup, as joldama_before_restore, and leave a
# database Joldama works on: a new referral takes the next code and its change is recorded by the triggers.
#   usage: pg_backup_procedure.sh README.md JOLDAMA_CLI
set -eu
readme=$1
cli=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "FAIL: no PostgreSQL server installed (apt-get install postgresql)"; exit 1; }
work=$(mktemp -d)
# The server refuses to run as root: it runs as postgres, which must reach the folder.
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
cleanup() {
    as_server "$bin/pg_ctl" -D "$work/cluster" -m immediate stop >/dev/null 2>&1 || true
    [ -n "${holder:-}" ] && kill "$holder" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

# The blocks, as written.
block() { awk -v marker="<!-- $1 -->" '$0 == marker {on = 1; next} on && /^```sh/ {inside = 1; next} inside && /^```/ {exit} inside {print}' "$readme"; }
block pg-backup >"$work/backup.sh"
block pg-restore >"$work/restore.sh"
[ -s "$work/backup.sh" ] && [ -s "$work/restore.sh" ] || { echo "FAIL: the README's pg-backup and pg-restore blocks are missing"; exit 1; }

# A throwaway server: trust on its own socket for the administrator, a password over loopback for Joldama.
as_server "$bin/initdb" -D "$work/cluster" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
started=no
for attempt in 1 2 3 4 5; do
    port=$((20000 + ($$ * 7 + attempt * 1213) % 30000))
    if as_server "$bin/pg_ctl" -D "$work/cluster" -w -t 60 -l "$work/server.log" \
        -o "-k $work -p $port -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
        started=yes
        break
    fi
done
[ "$started" = yes ] || { cat "$work/server.log"; exit 1; }
export PGHOST="$work" PGPORT="$port" PGUSER=postgres PATH="$bin:$PATH"
# The bureau's two roles, as the README sets them up: joldama_owner owns the database and its schema, and the
# workstations sign in as joldama; neither is a superuser.
psql -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE joldama_owner LOGIN PASSWORD 'owner-test'" \
    -c "CREATE ROLE joldama LOGIN PASSWORD 'joldama-test'" -c "CREATE DATABASE joldama OWNER joldama_owner"
url="postgresql://joldama:joldama-test@127.0.0.1:$port/joldama"
owner_url="postgresql://joldama_owner:owner-test@127.0.0.1:$port/joldama"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
joldama() { "$cli" --db "$url" "$@"; }
app() { psql -qAt -v ON_ERROR_STOP=1 -d "${2:-joldama}" -c "$1"; }
# What the workstations' role may not do to the audit log, answered by the server: "refused" or the statement's output.
as_workstation() { PGPASSWORD=joldama-test psql -h 127.0.0.1 -U joldama -qAt -v ON_ERROR_STOP=1 -d joldama -c "$1" 2>&1 | grep -qE 'permission denied|must be owner' && echo refused || echo allowed; }

# The bureau's database, built by the owner and filled by a workstation: a patient and five referrals in one queue.
"$cli" --db "$owner_url" init >/dev/null && "$cli" --db "$owner_url" server grant joldama >/dev/null \
    && pass "joldama-cli made its database on the server as its owner and let the workstations' role use it" \
    || { fail "joldama-cli init and server grant as the owner"; exit 1; }
joldama patients add --iin 900115300013 --last-name Әлиханов --first-name Нұрлан --region 71 >/dev/null
for _ in 1 2 3 4 5; do
    joldama referrals add --iin 900115300013 --hospital 7101 --profile CAR --diagnosis I25.1 --second-referral-reason "backup procedure test" >/dev/null
done
[ "$(app "SELECT count(*) FROM referral")" = 5 ] && pass "five referrals registered" || fail "referrals: $(app "SELECT count(*) FROM referral")"
changes_before=$(app "SELECT count(*) FROM change_log")

# Backup, as the README writes it.
mkdir "$work/dumps"
[ "$(id -u)" = 0 ] && chown postgres "$work/dumps"
(cd "$work/dumps" && sh -eu "$work/backup.sh") >"$work/backup.out" 2>&1 && pass "the backup block ran" || { cat "$work/backup.out"; fail "the backup block"; }
cat "$work/backup.out"
dump=$(ls "$work/dumps"/*.dump 2>/dev/null | head -1)
[ -n "$dump" ] && pass "it made $(basename "$dump") ($(stat -c %s "$dump") bytes)" || fail "no archive made"
grep -q '^ *5$' "$work/backup.out" && pass "its check counted the 5 referrals" || fail "its check did not count 5 referrals"
[ "$(psql -qAt -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = 'joldama_check'")" = 0 ] \
    && pass "the scratch database is gone" || fail "joldama_check left behind"

# Work goes on after the backup, and a workstation is still connected when the restore begins.
joldama referrals add --iin 900115300013 --hospital 7101 --profile CAR --diagnosis I25.1 --second-referral-reason "backup procedure test" >/dev/null
joldama referrals add --iin 900115300013 --hospital 7101 --profile CAR --diagnosis I25.1 --second-referral-reason "backup procedure test" >/dev/null
PGUSER=joldama PGPASSWORD=joldama-test psql -h 127.0.0.1 -qAt -d joldama -c "SELECT pg_sleep(120)" >/dev/null 2>&1 &
holder=$!
connected=no
for _ in $(seq 200); do
    [ "$(psql -qAt -d postgres -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'joldama'")" -ge 1 ] && { connected=yes; break; }
    sleep 0.05
done
[ "$connected" = yes ] && pass "a workstation is connected" || fail "the workstation did not connect"

# Restore, as the README writes it, of the archive the backup made.
sed "s|^dump=.*|dump=$dump|" "$work/restore.sh" >"$work/restore-this.sh"
(cd "$work/dumps" && sh -eu "$work/restore-this.sh") >"$work/restore.out" 2>&1 && pass "the restore block ran" || { cat "$work/restore.out"; fail "the restore block"; }
wait "$holder" 2>/dev/null && fail "the connected workstation was not disconnected" || pass "the connected workstation was disconnected"
holder=
[ "$(app "SELECT count(*) FROM referral")" = 5 ] && pass "restored: the 5 referrals of the backup" || fail "restored referrals: $(app "SELECT count(*) FROM referral")"
[ "$(app "SELECT count(*) FROM referral" joldama_before_restore)" = 7 ] \
    && pass "the safety copy joldama_before_restore holds the 7 referrals, 2 of them made after the backup" || fail "safety copy"
[ "$(psql -qAt -d postgres -c "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'joldama'")" = joldama_owner ] \
    && pass "the restored database belongs to joldama_owner" || fail "owner of the restored database"
[ "$(app "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'joldama_owner'")" = 0 ] \
    && pass "every restored table belongs to joldama_owner" || fail "tables not owned by joldama_owner"
# The archive's grants came back with it: the workstations' role reads the log but may still not rewrite it.
[ "$(as_workstation "SELECT count(*) FROM audit_log")" = allowed ] && [ "$(as_workstation "DELETE FROM audit_log")" = refused ] \
    && [ "$(as_workstation "TRUNCATE audit_log")" = refused ] && [ "$(as_workstation "DROP TRIGGER audit_log_append_only ON audit_log")" = refused ] \
    && pass "after the restore the workstations' role still may not delete, truncate or unguard the audit log" \
    || fail "the restored grants: the workstations' role may rewrite the audit log"
# Joldama works on the restored database: the queue continues after the last code ever handed out, and the change is
# recorded by the restored triggers.
joldama lookup 71.7101.CAR.5 >/dev/null && pass "joldama-cli finds the backup's last referral" || fail "lookup 71.7101.CAR.5"
code=$(joldama referrals add --iin 900115300013 --hospital 7101 --profile CAR --diagnosis I25.1 --second-referral-reason "backup procedure test" --json 2>"$work/add.err" \
    | sed -n 's/.*"code": *"\([^"]*\)".*/\1/p' | head -n 1)
# Codes 6 and 7 were handed out (and perhaps printed) after the backup: the queue goes on at 8.
[ "$code" = 71.7101.CAR.8 ] && pass "a referral registered after the restore takes a code never given before: $code" \
    || { cat "$work/add.err"; fail "the referral registered after the restore got \"$code\", not 71.7101.CAR.8"; }
[ "$(app "SELECT count(*) FROM change_log")" -gt "$changes_before" ] \
    && pass "its change is recorded by the restored triggers" || fail "no change recorded after the restore"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "The README's PostgreSQL backup and restore work."

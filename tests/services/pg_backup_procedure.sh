#!/bin/sh
# The administrator's backup and restore of a shared PostgreSQL database, exactly as the README writes it: the
# two shell blocks after <!-- pg-backup --> and <!-- pg-restore --> are taken from README.md and run on a
# throwaway PostgreSQL server of this test's own (a socket in a temporary folder, gone afterwards). The
# backup must hold the referrals made before it, the restore must bring back exactly those, disconnect a
# workstation still connected, and keep the replaced database, with what was registered after the backup, as
# joldama_before_restore.
#   usage: pg_backup_procedure.sh README.md
set -eu
readme=$1
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

# A throwaway server: trust on its own socket only, no TCP.
as_server "$bin/initdb" -D "$work/cluster" -U postgres --auth=trust --no-sync >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
port=$((20000 + $$ % 20000))
as_server "$bin/pg_ctl" -D "$work/cluster" -w -l "$work/server.log" \
    -o "-k $work -p $port -c listen_addresses= -c fsync=off" start >/dev/null || { cat "$work/server.log"; exit 1; }
export PGHOST="$work" PGPORT="$port" PGUSER=postgres PATH="$bin:$PATH"
psql -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE joldama LOGIN" -c "CREATE DATABASE joldama OWNER joldama"

# The bureau's database, written by its own role: referrals, a sequence and a trigger, as Joldama keeps them.
app() { PGUSER=joldama psql -qAt -v ON_ERROR_STOP=1 -d "${2:-joldama}" -c "$1"; }
app "CREATE TABLE referral (id BIGSERIAL PRIMARY KEY, code TEXT NOT NULL UNIQUE, row_version INTEGER NOT NULL DEFAULT 1);
     CREATE TABLE change_log (id BIGSERIAL PRIMARY KEY, entity TEXT NOT NULL, entity_id BIGINT NOT NULL);
     CREATE FUNCTION note_referral() RETURNS trigger LANGUAGE plpgsql AS
       \$\$BEGIN INSERT INTO change_log (entity, entity_id) VALUES ('referral', NEW.id); RETURN NEW; END\$\$;
     CREATE TRIGGER referral_noted AFTER INSERT ON referral FOR EACH ROW EXECUTE FUNCTION note_referral();
     INSERT INTO referral (code) SELECT 'R-' || n FROM generate_series(1, 500) AS n;"

# Backup, as the README writes it.
mkdir "$work/dumps"
[ "$(id -u)" = 0 ] && chown postgres "$work/dumps"
(cd "$work/dumps" && sh -eu "$work/backup.sh") >"$work/backup.out" 2>&1 && pass "the backup block ran" || { cat "$work/backup.out"; fail "the backup block"; }
cat "$work/backup.out"
dump=$(ls "$work/dumps"/*.dump 2>/dev/null | head -1)
[ -n "$dump" ] && pass "it made $(basename "$dump") ($(stat -c %s "$dump") bytes)" || fail "no archive made"
grep -q '^ *500$' "$work/backup.out" && pass "its check counted the 500 referrals" || fail "its check did not count 500 referrals"
[ "$(psql -qAt -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = 'joldama_check'")" = 0 ] \
    && pass "the scratch database is gone" || fail "joldama_check left behind"

# Work goes on after the backup, and a workstation is still connected when the restore begins.
app "INSERT INTO referral (code) SELECT 'LATE-' || n FROM generate_series(1, 7) AS n"
PGUSER=joldama psql -qAt -d joldama -c "SELECT pg_sleep(120)" >/dev/null 2>&1 &
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
[ "$(app "SELECT count(*) FROM referral")" = 500 ] && pass "restored: the 500 referrals of the backup" || fail "restored referrals: $(app "SELECT count(*) FROM referral")"
[ "$(app "SELECT count(*) FROM referral WHERE code LIKE 'LATE-%'")" = 0 ] && pass "restored: nothing made after the backup" || fail "later referrals in the restored database"
[ "$(app "SELECT count(*) FROM referral WHERE code LIKE 'LATE-%'" joldama_before_restore)" = 7 ] \
    && pass "the safety copy joldama_before_restore holds the 7 referrals made after the backup" || fail "safety copy"
[ "$(psql -qAt -d postgres -c "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'joldama'")" = joldama ] \
    && pass "the restored database belongs to joldama" || fail "owner of the restored database"
# The restored database works for its role: the sequence continues and the trigger still notes changes.
app "INSERT INTO referral (code) VALUES ('AFTER-RESTORE')"
[ "$(app "SELECT id FROM referral WHERE code = 'AFTER-RESTORE'")" = 501 ] && pass "the sequence continues" || fail "sequence"
[ "$(app "SELECT count(*) FROM change_log")" = 501 ] && pass "the trigger still writes the change log" || fail "trigger"
[ "$(app "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'referral'")" = joldama ] \
    && pass "the restored tables belong to joldama" || fail "owner of the restored tables"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "The README's PostgreSQL backup and restore work."

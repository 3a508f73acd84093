#!/bin/sh
# Fixture of tst_print_cups: makes sure a CUPS queue that prints to PDF files (cups-pdf) exists, starting
# the CUPS scheduler first when it is not running. Safe to run again. Writes to STATUS_FILE one line:
#   ready                 the queue accepts jobs
#   unavailable: REASON   CUPS cannot be used on this machine (not installed, not root): the test skips
#   failed: REASON        CUPS should work here but does not: the test fails
# and, when ready, a second line: the folder cups-pdf writes this user's files to.
# Usage: cups_queue.sh QUEUE STATUS_FILE
set -u
queue=${1:-JoldamaPDF}
status=${2:-cups_queue.status}

say() {
    printf '%s\n' "$1" > "$status"
    echo "$1"
}

running() {
    lpstat -r 2>/dev/null | grep -q 'is running'
}

if ! command -v cupsd >/dev/null 2>&1 || ! command -v lpadmin >/dev/null 2>&1; then
    say "unavailable: CUPS is not installed (apt-get install cups printer-driver-cups-pdf)"
    exit 0
fi
if [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
    say "unavailable: the cups-pdf backend is not installed (apt-get install printer-driver-cups-pdf)"
    exit 0
fi
root=no
[ "$(id -u)" = 0 ] && root=yes

if ! running; then
    if [ $root = no ]; then
        say "unavailable: the CUPS scheduler is not running, and only root can start it"
        exit 0
    fi
    cupsd || { say "failed: cupsd did not start (see /var/log/cups/error_log)"; exit 1; }
    tries=0
    until running; do
        tries=$((tries + 1))
        if [ $tries -gt 30 ]; then
            say "failed: cupsd started but does not answer lpstat after 30 s"
            exit 1
        fi
        sleep 1
    done
fi

if ! lpstat -p "$queue" >/dev/null 2>&1; then
    if [ $root = no ]; then
        say "unavailable: the queue $queue does not exist, and only root can add it"
        exit 0
    fi
    # The PPD printer-driver-cups-pdf installs; the first cups-pdf one if it is named otherwise.
    ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_opt\.ppd/ { print $1; exit }')
    [ -n "$ppd" ] || ppd=$(lpinfo -m 2>/dev/null | awk 'tolower($0) ~ /cups-pdf/ { print $1; exit }')
    if [ -z "$ppd" ]; then
        say "failed: no cups-pdf PPD is known to CUPS (lpinfo -m)"
        exit 1
    fi
    lpadmin -p "$queue" -v cups-pdf:/ -m "$ppd" -E 2>/dev/null ||
        { say "failed: lpadmin could not add the queue $queue"; exit 1; }
fi
if [ $root = yes ]; then
    cupsenable "$queue" 2>/dev/null
    cupsaccept "$queue" 2>/dev/null
fi
# cups-pdf's "Out" setting, with ${HOME} the job owner's home from the password database (not $HOME,
# which a CI runner may point elsewhere).
out=$(awk '$1 == "Out" { print $2; exit }' /etc/cups/cups-pdf.conf 2>/dev/null)
[ -n "$out" ] || out='${HOME}/PDF'
home=$(getent passwd "$(id -un)" | cut -d: -f6)
[ -n "$home" ] || home=$HOME
out=$(printf '%s' "$out" | sed "s|\${HOME}|$home|")
say "ready"
printf '%s\n' "$out" >> "$status"
exit 0

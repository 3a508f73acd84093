#!/bin/sh
# The Debian package, built and read back: `cmake --build BUILD --target package` makes
# joldama_VERSION_amd64.deb; its files, control fields and Depends are read with dpkg-deb; lintian must find no
# error (and only the warnings explained in packaging/lintian-expected.txt); the package is unpacked into a
# throwaway root where its desktop entry validates, its programs run and its manual page lists every command;
# apt-get, in simulation, finds every dependency on this Debian. Nothing is installed on the machine itself.
#   usage: check_package.sh BUILD_DIR CMAKE VERSION SOURCE_DIR
set -eu
build=$1
cmake=$2
version=$3
source=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() {
    echo "PASS: $*"
}

# Not through /work/bin/jbuild: ctest may itself run under that lock.
"$cmake" --build "$build" --target package >"$work/build.log" 2>&1 || {
    cat "$work/build.log"
    echo "FAIL: the package target did not build"
    exit 1
}
deb="$build/joldama_${version}_amd64.deb"
[ -f "$deb" ] || { echo "FAIL: $deb was not made"; ls "$build"/*.deb 2>/dev/null; exit 1; }
pass "made $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Control fields.
[ "$(dpkg-deb -f "$deb" Package)" = joldama ] && pass "Package: joldama" || fail "Package is $(dpkg-deb -f "$deb" Package)"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] && pass "Version: $version" || fail "Version is $(dpkg-deb -f "$deb" Version)"
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] && pass "Architecture: amd64" || fail "Architecture"
[ "$(dpkg-deb -f "$deb" Section)" = science ] && pass "Section: science" || fail "Section is $(dpkg-deb -f "$deb" Section)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6printsupport6 libqt6charts6 \
    libqt6svg6 libqrencode4 libsqlite3-0 libqt6sql6-sqlite libqt6sql6-psql fonts-dejavu-core; do
    if printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//' | cut -d' ' -f1 | grep -qx "$p"; then
        pass "Depends on $p"
    else
        fail "Depends lacks $p"
    fi
done
# Versioned where dpkg-shlibdeps knows the version the programs need.
printf '%s\n' "$depends" | grep -q 'libqt6core6 (>= 6' && pass "libqt6core6 is versioned" || fail "libqt6core6 is not versioned"

# Contents.
dpkg-deb -c "$deb" >"$work/contents"
for f in ./usr/bin/joldama ./usr/bin/joldama-cli ./usr/share/applications/joldama.desktop \
    ./usr/share/icons/hicolor/scalable/apps/joldama.svg ./usr/share/man/man1/joldama.1.gz \
    ./usr/share/man/man1/joldama-cli.1.gz ./usr/share/doc/joldama/copyright ./usr/share/doc/joldama/changelog.gz; do
    if awk '{print $6}' "$work/contents" | grep -qx "$f"; then pass "contains $f"; else fail "does not contain $f"; fi
done
if awk '{print $2}' "$work/contents" | grep -qv '^root/root$'; then fail "files not owned by root"; else pass "owned by root"; fi
if awk '{print $6}' "$work/contents" | grep -v '^\./usr/' | grep -qv '^\./$'; then fail "files outside /usr"; else pass "everything under /usr"; fi

# Lintian: no error; every warning one that packaging/lintian-expected.txt explains.
lintian --tag-display-limit 0 --display-level '>=warning' "$deb" >"$work/lintian" 2>&1 || true
cat "$work/lintian"
if grep -q '^E:' "$work/lintian"; then fail "lintian reports errors"; else pass "lintian: no errors"; fi
grep '^W:' "$work/lintian" | sed 's/^W: joldama[^:]*: //' | cut -d' ' -f1 | sort -u >"$work/warnings" || true
grep -v '^#' "$source/packaging/lintian-expected.txt" | cut -d' ' -f1 | sed '/^$/d' | sort -u >"$work/expected"
unexplained=$(comm -23 "$work/warnings" "$work/expected")
if [ -n "$unexplained" ]; then fail "lintian warnings not explained in packaging/lintian-expected.txt: $unexplained"; else pass "lintian: every warning explained"; fi

# Unpacked into a throwaway root.
root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/joldama.desktop" && pass "desktop entry validates" || fail "desktop entry"
for key in 'Name[kk]=Жолдама' 'Name[ru]=Жолдама' 'Exec=joldama' 'Icon=joldama' 'Categories=Office;MedicalSoftware;'; do
    grep -qxF "$key" "$root/usr/share/applications/joldama.desktop" && pass "desktop: $key" || fail "desktop lacks $key"
done
for program in joldama joldama-cli; do
    file "$root/usr/bin/$program" | grep -q ', stripped' && pass "$program is stripped" || fail "$program is not stripped"
done
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
out=$("$root/usr/bin/joldama-cli" --db "$work/db.sqlite" version --json) && printf '%s' "$out" | grep -q "\"version\": \"$version\"" \
    && pass "the packaged joldama-cli runs" || fail "the packaged joldama-cli: $out"
out=$("$root/usr/bin/joldama" --version 2>&1) && printf '%s' "$out" | grep -q "$version" \
    && pass "the packaged joldama runs" || fail "the packaged joldama: $out"
# The window, as the desktop entry starts it (Exec=joldama), opens its database and stays open until closed.
# It is stopped as soon as its log says so (at most 20 s); a window that ends by itself has failed.
log="$XDG_DATA_HOME/Joldama/joldama/logs/joldama.log"
"$root/usr/bin/joldama" --db "$work/window.sqlite" >"$work/window.out" 2>&1 &
window=$!
opened=no
for _ in $(seq 200); do
    grep -qs 'Database opened: sqlite' "$log" && { opened=yes; break; }
    kill -0 "$window" 2>/dev/null || break
    sleep 0.1
done
if [ "$opened" = yes ] && kill -0 "$window" 2>/dev/null; then
    pass "the packaged window starts and opens its database"
else
    cat "$work/window.out"
    fail "the packaged window did not start and open its database"
fi
kill "$window" 2>/dev/null || true
wait "$window" 2>/dev/null || true
# The catalogues are inside the programs: no .qm files to install, and the packaged joldama-cli prints in
# Kazakh and Russian with them (the printouts' texts come from the same catalogues as the window's).
if awk '{print $6}' "$work/contents" | grep -q '\.qm$'; then fail "loose .qm files"; else pass "no loose .qm files"; fi
for lang_heading in 'kk:Бос төсектер' 'ru:Свободные койки'; do
    lang=${lang_heading%%:*}
    heading=${lang_heading#*:}
    "$root/usr/bin/joldama-cli" --db "$work/db.sqlite" --lang "$lang" print beds -o "$work/beds-$lang.pdf" >/dev/null 2>&1 \
        && pdftotext "$work/beds-$lang.pdf" - | grep -qF "$heading" \
        && pass "the packaged programs carry the $lang translation ($heading)" || fail "no $lang translation in the package"
done
for page in joldama joldama-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] && pass "man page $page renders without warnings" || fail "man page $page: $warnings"
done
# Every command joldama-cli offers is in its manual page.
zcat "$root/usr/share/man/man1/joldama-cli.1.gz" | groff -man -Tascii 2>/dev/null | col -b | tr -s ' \n' '  ' >"$work/man.txt"
"$root/usr/bin/joldama-cli" --help | sed -n '/^Commands:/,/^$/p' | sed '1d;/^$/d' | while IFS= read -r line; do
    synopsis=$(printf '%s\n' "$line" | sed 's/^  //; s/  .*//')
    words=""
    for token in $synopsis; do
        case $token in [A-Z]*) break ;; esac
        words="${words:+$words }$token"
    done
    grep -qF " $words " "$work/man.txt" || grep -qF " $words," "$work/man.txt" || echo "$words" >>"$work/missing"
done
if [ -s "$work/missing" ]; then fail "commands missing from the manual page: $(tr '\n' ';' <"$work/missing")"; else pass "the manual page lists every command"; fi

# On this Debian, apt-get would find every dependency (a simulation: nothing is installed).
if apt-get install --simulate --no-install-recommends "$deb" >"$work/apt" 2>&1; then
    pass "apt-get install would succeed: $(grep -c '^Inst ' "$work/apt") package(s) to install"
else
    cat "$work/apt"
    fail "apt-get cannot install the package"
fi
# Installed into a throwaway dpkg database and root (dpkg --root), as apt-get would install it.
mkdir -p "$work/dpkg/var/lib/dpkg/updates" "$work/dpkg/var/lib/dpkg/info"
touch "$work/dpkg/var/lib/dpkg/status"
if dpkg --root="$work/dpkg" --force-depends --force-not-root --force-script-chrootless -i "$deb" >"$work/dpkg.log" 2>&1 \
    && [ -x "$work/dpkg/usr/bin/joldama" ] && dpkg --root="$work/dpkg" -s joldama | grep -q '^Status: install ok installed'; then
    pass "dpkg installs it into a throwaway root"
else
    cat "$work/dpkg.log"
    fail "dpkg --root install"
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "All package checks passed."

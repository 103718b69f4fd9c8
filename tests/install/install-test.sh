#!/usr/bin/env bash
# Usage: tests/install/install-test.sh [--host [--hide DIR]...] DEB
#
# Installs a built watchkeeper .deb where no build tree is reachable and runs what it
# installed, as a user who has never run it:
#   - /usr/bin/watchkeeper --version and --help, watchkeeper-sim --version (no display, no
#     QT_QPA_PLATFORM: as over ssh);
#   - nothing the programs load resolves outside /usr and /lib, and they have no RPATH;
#   - the desktop entry, icon, metainfo, man pages, rules, dashboards, example workspace and
#     copyright are where the package says;
#   - QT_QPA_PLATFORM=offscreen watchkeeper --demo --screenshot X.png --dashboard executive
#     writes a real picture (a PNG of the window's size with many colours);
#   - the installed example workspace, pointed at the installed watchkeeper-sim, polls both
#     targets and renders the engineering dashboard;
#   - the package removes cleanly.
#
# By default the .deb goes into a fresh Debian 12 (bookworm) root made with debootstrap
# (minbase) and installed there with apt-get from the Debian mirror, Depends only
# (--no-install-recommends), so a missing dependency shows. Needs root, debootstrap and the
# network to the mirror. Downloaded packages are kept in $WK_INSTALL_TEST_CACHE
# (default /var/cache/watchkeeper-install-test) to make the next run faster.
#
# With --host the .deb is installed on this machine with apt-get instead, run from an empty
# folder with a clean environment; each --hide DIR (e.g. the build folder) is renamed for the
# duration of the test so that nothing can reach it, and put back afterwards.
#
# Exit status 75 means the Debian mirror could not be reached (debootstrap or apt-get update
# in the root): nothing was tested, and `./wk package --install-test` then tests on the host.
#
# Environment: WK_DEBIAN_MIRROR (default http://deb.debian.org/debian), WK_INSTALL_TEST_KEEP=1
# keeps the root for inspection. Prints the time each step took; exits non-zero on a failure.
set -euo pipefail

mode=chroot
hide=()
deb=""
while [ $# -gt 0 ]; do
    case "$1" in
    --host) mode=host ;;
    --hide)
        hide+=("$(cd "$2" && pwd)")
        shift
        ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
        exit 0
        ;;
    *) deb="$1" ;;
    esac
    shift
done
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "usage: $0 [--host [--hide DIR]...] DEB" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-test: must run as root (it installs a package)" >&2
    exit 2
fi
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
version="$(dpkg-deb -f "$deb" Version)"
upstream="${version%-*}"
mirror="${WK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cache="${WK_INSTALL_TEST_CACHE:-/var/cache/watchkeeper-install-test}"

started=$SECONDS
step_started=$SECONDS
step() {
    echo "install-test: [$((SECONDS - step_started)) s] done"
    step_started=$SECONDS
    echo "== $*"
}
fail() {
    echo "install-test: FAILED: $*" >&2
    exit 1
}
unavailable() {
    echo "install-test: the Debian mirror is out of reach: $*" >&2
    exit 75
}

work="$(mktemp -d /tmp/wk-install-test.XXXXXX)"
root=""
user=wkuser
home=/home/$user

# Runs a command as the test user, inside the root or on the host, with a clean environment;
# exec'd all the way, so that a command started with & has the program's own pid.
user_cmd=()
as_user() {
    "${user_cmd[@]}" "$@"
}
# Runs a command as root in the root or on the host.
as_root() {
    if [ "$mode" = chroot ]; then
        chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
            DEBIAN_FRONTEND=noninteractive "$@"
    else
        env DEBIAN_FRONTEND=noninteractive "$@"
    fi
}
# The path of a file of the tested system, from the host.
sys_path() {
    if [ "$mode" = chroot ]; then echo "$root$1"; else echo "$1"; fi
}

cleanup() {
    local status=$?
    set +e
    [ -n "${sim:-}" ] && kill "$sim" 2>/dev/null
    if [ -n "$root" ] && mountpoint -q "$root/proc"; then
        umount "$root/proc" || umount -l "$root/proc"
    fi
    if [ "$mode" = host ]; then
        dpkg -s watchkeeper >/dev/null 2>&1 && apt-get remove -y -qq watchkeeper >/dev/null 2>&1
        [ -n "${created_user:-}" ] && userdel -r $user 2>/dev/null
        for d in "${hide[@]}"; do
            [ -e "$d.install-test-hidden" ] && mv "$d.install-test-hidden" "$d"
        done
    fi
    if grep -qF " $work/" /proc/mounts; then
        echo "install-test: $work still has mounts; left in place" >&2
    elif [ "${WK_INSTALL_TEST_KEEP:-0}" = 1 ]; then
        echo "install-test: kept $work"
    else
        rm -rf --one-file-system "$work"
    fi
    exit $status
}
trap cleanup EXIT

echo "== preparing ($mode) for $(basename "$deb")"
if [ "$mode" = chroot ]; then
    command -v debootstrap >/dev/null || fail "debootstrap is missing (apt-get install debootstrap)"
    mkdir -p "$cache"
    root="$work/root"
    step "debootstrap bookworm (minbase) from $mirror"
    debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || {
        tail -20 "$work/debootstrap.log" >&2
        if grep -q -e "Failed getting release file" -e "Could not resolve" -e "Connection failed" \
            -e "Temporary failure" "$work/debootstrap.log"; then
            unavailable "debootstrap"
        fi
        fail "debootstrap"
    }
    cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # What an installed system has and debootstrap does not write: localhost's name.
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
    mount -t proc proc "$root/proc"
    # The root is new: no build tree, no source tree, no Qt, nothing of this machine's.
    repo="$(cd "$(dirname "$0")/../.." && pwd)"
    for f in "$repo/CMakeLists.txt" "$deb"; do
        [ ! -e "$root$f" ] || fail "$f is visible in the root"
    done
    as_root useradd --create-home --shell /bin/sh $user
    user_cmd=(chroot "--userspec=$user:$user" "$root" env -i "HOME=$home" PATH=/usr/bin:/bin LANG=C.UTF-8)

    step "apt-get install ./$(basename "$deb") (Depends only)"
    cp "$deb" "$root/tmp/"
    cp -l "$cache"/*.deb "$root/var/cache/apt/archives/" 2>/dev/null ||
        cp "$cache"/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
    as_root apt-get update -qq >"$work/apt.log" 2>&1 || {
        cat "$work/apt.log" >&2
        unavailable "apt-get update in the root"
    }
    as_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" \
        >>"$work/apt.log" 2>&1 || {
        tail -30 "$work/apt.log" >&2
        fail "apt-get install of the package"
    }
    cp -n "$root"/var/cache/apt/archives/*.deb "$cache/" 2>/dev/null || true
    # shellcheck disable=SC2016
    echo "install-test: $(as_root dpkg-query -W -f='${Status}\n' | grep -c 'install ok installed') packages in the root"
else
    mkdir -p "$work/cwd"
    chmod 755 "$work" "$work/cwd"
    if ! id $user >/dev/null 2>&1; then
        useradd --create-home --shell /bin/sh $user
        created_user=1
    fi
    user_cmd=(setpriv "--reuid=$user" "--regid=$user" --init-groups
        env -i -C "$work/cwd" "HOME=$home" PATH=/usr/bin:/bin LANG=C.UTF-8)
    step "apt-get install ./$(basename "$deb") on this machine"
    for d in "${hide[@]}"; do
        mv "$d" "$d.install-test-hidden"
    done
    apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
        tail -30 "$work/apt.log" >&2
        fail "apt-get install of the package"
    }
fi

step "installed files"
for f in /usr/bin/watchkeeper /usr/bin/watchkeeper-sim \
    /usr/share/applications/watchkeeper.desktop \
    /usr/share/icons/hicolor/scalable/apps/watchkeeper.svg \
    /usr/share/icons/hicolor/16x16/apps/watchkeeper.png \
    /usr/share/icons/hicolor/48x48/apps/watchkeeper.png \
    /usr/share/icons/hicolor/256x256/apps/watchkeeper.png \
    /usr/share/man/man1/watchkeeper.1.gz /usr/share/man/man1/watchkeeper-sim.1.gz \
    /usr/share/watchkeeper/rules/service.rules.yml \
    /usr/share/watchkeeper/dashboards/executive.json \
    /usr/share/watchkeeper/examples/workspace.yml \
    /usr/share/doc/watchkeeper/copyright /usr/share/doc/watchkeeper/changelog.Debian.gz; do
    [ -f "$(sys_path "$f")" ] || fail "$f is not installed"
done
ls "$(sys_path /usr/share/metainfo)"/*.metainfo.xml >/dev/null || fail "no AppStream metainfo installed"
zcat "$(sys_path /usr/share/man/man1/watchkeeper.1.gz)" | grep -q '^\.TH WATCHKEEPER 1' ||
    fail "watchkeeper.1.gz is not a manual page"

step "libraries and run paths"
for program in /usr/bin/watchkeeper /usr/bin/watchkeeper-sim; do
    if readelf -d "$(sys_path $program)" | grep -qE 'RPATH|RUNPATH'; then
        fail "$program has a run path: $(readelf -d "$(sys_path $program)" | grep -E 'RPATH|RUNPATH')"
    fi
    libs="$(as_root ldd $program)"
    if echo "$libs" | grep -q 'not found'; then
        echo "$libs" >&2
        fail "$program needs libraries that are not installed"
    fi
    outside="$(echo "$libs" | awk '/=>/ {print $3}' | grep -vE '^(/usr)?/lib(64|x32)?/' || true)"
    [ -z "$outside" ] || fail "$program loads libraries from outside the system: $outside"
    for d in "${hide[@]}"; do
        ! echo "$libs" | grep -qF "$d" || fail "$program resolves into $d"
    done
done
echo "install-test: $(as_root ldd /usr/bin/watchkeeper | wc -l) libraries, all from the system"

step "watchkeeper --version, --help; watchkeeper-sim --version (no display)"
out="$(as_user /usr/bin/watchkeeper --version 2>"$work/err")" ||
    fail "watchkeeper --version (exit $?): $(cat "$work/err")"
[ "$out" = "watchkeeper $upstream" ] || fail "watchkeeper --version said \"$out\", expected \"watchkeeper $upstream\""
echo "$out"
out="$(as_user /usr/bin/watchkeeper --help 2>"$work/err")" ||
    fail "watchkeeper --help (exit $?): $(cat "$work/err")"
echo "$out" | grep -q -- '--demo' || fail "watchkeeper --help does not list --demo: $out"
out="$(as_user /usr/bin/watchkeeper-sim --version 2>"$work/err")" ||
    fail "watchkeeper-sim --version (exit $?): $(cat "$work/err")"
[ "$out" = "watchkeeper-sim $upstream" ] || fail "watchkeeper-sim --version said \"$out\""
echo "$out"

# A PNG of the given size whose pixels are not all alike: decoded here, filters and all.
check_png() {
    python3 - "$1" "$2" "$3" <<'EOF'
import struct, sys, zlib
path, want_w, want_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = open(path, 'rb').read()
if data[:8] != b'\x89PNG\r\n\x1a\n':
    sys.exit(f'{path}: not a PNG')
pos, idat, ihdr = 8, b'', None
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if zlib.crc32(kind + body) != struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])[0]:
        sys.exit(f'{path}: chunk {kind} has a bad CRC')
    if kind == b'IHDR':
        ihdr = struct.unpack('>IIBBBBB', body)
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
w, h, depth, colour = ihdr[:4]
if (w, h) != (want_w, want_h):
    sys.exit(f'{path}: {w}x{h}, expected {want_w}x{want_h}')
if depth != 8 or colour not in (2, 6):
    sys.exit(f'{path}: unexpected PNG format (depth {depth}, colour type {colour})')
bpp = 3 if colour == 2 else 4
raw, stride = zlib.decompress(idat), w * bpp
prev, colours = bytearray(stride), set()
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 4 == 0:
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp * 2))
    prev = line
if len(colours) < 64:
    sys.exit(f'{path}: only {len(colours)} colours; not a rendered window')
print(f'{path}: {w}x{h} PNG, {len(colours)} colours, {len(data)} bytes')
EOF
}

step "QT_QPA_PLATFORM=offscreen watchkeeper --demo --screenshot --dashboard executive"
shot=$home/executive.png
if ! out="$(as_user timeout 300 env QT_QPA_PLATFORM=offscreen /usr/bin/watchkeeper --demo \
    --screenshot $shot --dashboard executive 2>&1)"; then
    echo "$out" >&2
    fail "watchkeeper --demo --screenshot"
fi
[ -f "$(sys_path $home/.local/share/watchkeeper/watchkeeper/demo.db)" ] ||
    fail "--demo kept no history in ~/.local/share/watchkeeper/watchkeeper/demo.db"
check_png "$(sys_path $shot)" 1600 1000 || fail "the screenshot is not a real picture"
mkdir -p "${WK_INSTALL_TEST_OUT:-/tmp}"
cp "$(sys_path $shot)" "${WK_INSTALL_TEST_OUT:-/tmp}/install-test-executive.png"

step "in German: LANG=de_DE.UTF-8 watchkeeper --help and --demo --screenshot"
out="$(as_user env LANG=de_DE.UTF-8 /usr/bin/watchkeeper --help 2>"$work/err")" ||
    fail "LANG=de_DE.UTF-8 watchkeeper --help (exit $?): $(cat "$work/err")"
echo "$out" | grep -q "Sprache des Programms" || fail "--help is not in German: $out"
if ! out="$(as_user timeout 300 env LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen \
    /usr/bin/watchkeeper --demo --screenshot $home/operations-de.png --dashboard operations 2>&1)"; then
    echo "$out" >&2
    fail "LANG=de_DE.UTF-8 watchkeeper --demo --screenshot"
fi
echo "$out" | grep -q "geschrieben" || fail "the screenshot run did not speak German: $out"
check_png "$(sys_path $home/operations-de.png)" 1600 1000 || fail "the German screenshot"
cp "$(sys_path $home/operations-de.png)" "${WK_INSTALL_TEST_OUT:-/tmp}/install-test-operations-de.png"

step "the example workspace against watchkeeper-sim"
"${user_cmd[@]}" /usr/bin/watchkeeper-sim --port 0 >"$work/sim.out" 2>&1 &
sim=$!
for _ in $(seq 50); do
    grep -q listening "$work/sim.out" && break
    sleep 0.1
done
port="$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/sim.out")"
[ -n "$port" ] || fail "watchkeeper-sim did not start: $(cat "$work/sim.out")"
sed "s/localhost:8080/localhost:$port/" "$(sys_path /usr/share/watchkeeper/examples/workspace.yml)" \
    >"$(sys_path $home/workspace.yml)"
chmod 644 "$(sys_path $home/workspace.yml)"
status=0
out="$(as_user timeout 120 env QT_QPA_PLATFORM=offscreen /usr/bin/watchkeeper \
    --workspace $home/workspace.yml --screenshot $home/engineering.png --dashboard engineering \
    2>&1)" || status=$?
kill $sim 2>/dev/null || true
wait $sim 2>/dev/null || true
# 3: written, but some panels wait for a second scrape (rates); the health grid and gauges
# come from the first.
if [ $status -ne 0 ] && [ $status -ne 3 ]; then
    echo "$out" >&2
    fail "watchkeeper --workspace example --screenshot (exit $status)"
fi
for target in api/health/detailed metrics; do
    echo "$out" | grep -q "localhost:$port/$target\" \"ok\"" ||
        fail "the example workspace did not poll /$target: $out"
done
check_png "$(sys_path $home/engineering.png)" 1600 1000 || fail "the workspace screenshot"

step "remove the package"
as_root apt-get remove -y -qq watchkeeper >"$work/remove.log" 2>&1 || {
    cat "$work/remove.log" >&2
    fail "apt-get remove"
}
[ ! -e "$(sys_path /usr/bin/watchkeeper)" ] || fail "/usr/bin/watchkeeper is still there"
[ ! -e "$(sys_path /usr/share/watchkeeper)" ] || fail "/usr/share/watchkeeper is still there"

step "finished"
echo "install-test: passed in $((SECONDS - started)) s ($mode); the screenshot is ${WK_INSTALL_TEST_OUT:-/tmp}/install-test-executive.png"

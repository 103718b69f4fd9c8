#!/usr/bin/env bash
# Usage: packaging/check-package.sh DEB
# Checks a built watchkeeper .deb as a distribution would: lintian (fails on errors and
# warnings that are not overridden in the package; information tags are listed), then the
# .desktop entry with desktop-file-validate and the AppStream metainfo with appstreamcli
# validate, both taken from the package itself. Exits non-zero when any check fails.
# Needs: lintian desktop-file-utils appstream (packaging/apt-packages-package.txt).
set -uo pipefail

deb="${1:-}"
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "usage: $0 DEB" >&2
    exit 2
fi
for tool in lintian desktop-file-validate appstreamcli dpkg-deb; do
    if ! command -v "$tool" >/dev/null; then
        echo "check-package: $tool is missing (apt-get install lintian desktop-file-utils appstream)" >&2
        exit 2
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

echo "== lintian $(basename "$deb")"
root_flag=()
[ "$(id -u)" -eq 0 ] && root_flag=(--allow-root)
lintian "${root_flag[@]}" --pedantic --display-info --fail-on error,warning "$deb"
status=$?
if [ $status -ne 0 ]; then
    echo "check-package: lintian FAILED (exit $status)"
    failed=1
else
    echo "check-package: lintian passed"
fi

dpkg-deb -x "$deb" "$work/root"

echo "== desktop-file-validate"
desktops=("$work"/root/usr/share/applications/*.desktop)
if [ ! -f "${desktops[0]}" ]; then
    echo "check-package: the package has no .desktop entry"
    failed=1
else
    for d in "${desktops[@]}"; do
        # desktop-file-validate prints problems and exits non-zero on errors; warnings count
        # as failures too, so that a warning does not go unnoticed.
        out="$(desktop-file-validate "$d" 2>&1)"
        status=$?
        [ -n "$out" ] && echo "$out"
        if [ $status -ne 0 ] || [ -n "$out" ]; then
            echo "check-package: desktop-file-validate FAILED on $(basename "$d")"
            failed=1
        else
            echo "check-package: $(basename "$d") is valid"
        fi
    done
fi

echo "== appstreamcli validate"
metainfos=("$work"/root/usr/share/metainfo/*.metainfo.xml)
if [ ! -f "${metainfos[0]}" ]; then
    echo "check-package: the package has no AppStream metainfo"
    failed=1
else
    for m in "${metainfos[@]}"; do
        # Fails on errors and warnings; infos and pedantic notes are printed only.
        if appstreamcli validate --no-net --pedantic --explain "$m"; then
            echo "check-package: $(basename "$m") is valid"
        else
            echo "check-package: appstreamcli validate FAILED on $(basename "$m")"
            failed=1
        fi
        # The metainfo must name the desktop entry the package installs.
        launchable="$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$m")"
        if [ ! -f "$work/root/usr/share/applications/$launchable" ]; then
            echo "check-package: $(basename "$m") launches \"$launchable\", which the package does not install"
            failed=1
        fi
    done
fi

if [ $failed -ne 0 ]; then
    echo "check-package: FAILED"
    exit 1
fi
echo "check-package: all checks passed"

#!/usr/bin/env bash
# Install what the harness needs from Debian's packages, when missing.
# arm64 busybox and libtraceevent (for perf in the VM) are only downloaded and
# unpacked under build/, never installed on the host.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

# python3-ply and python3-git: checkpatch.pl's SPDX check, and python3-sphinx the
# documents, for `make check`; pkgconf: perf's build (scripts/perf.sh).
PKGS=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-system-arm linux-source-6.12
      ccache flex bison bc libssl-dev libelf-dev cpio xz-utils make git rsync python3
      python3-ply python3-git python3-sphinx pkgconf)

missing=()
for p in "${PKGS[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done

need_arm64=0
dpkg --print-foreign-architectures | grep -qx arm64 || need_arm64=1
bb=$BUILD/busybox/bin/busybox

if [ ${#missing[@]} -gt 0 ] || [ $need_arm64 = 1 ]; then
	[ $need_arm64 = 1 ] && as_root dpkg --add-architecture arm64
	say "installing: ${missing[*]:-(none)}"
	as_root apt-get update -q >"$LOGS/deps.log" 2>&1 ||
		{ tail "$LOGS/deps.log" >&2; die "step 'deps' failed: apt-get update; log: build/logs/deps.log"; }
	if [ ${#missing[@]} -gt 0 ]; then
		DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends \
			"${missing[@]}" >>"$LOGS/deps.log" 2>&1 ||
			{ tail "$LOGS/deps.log" >&2; die "step 'deps' failed: apt-get install; log: build/logs/deps.log"; }
	fi
fi

if [ ! -x "$bb" ]; then
	say "fetching busybox-static:arm64"
	tmp=$(mktemp -d "$BUILD/bb.XXXX")
	(cd "$tmp" && apt-get download busybox-static:arm64) >>"$LOGS/deps.log" 2>&1 ||
		{ rm -rf "$tmp"; die "step 'deps' failed: apt-get download busybox-static:arm64; log: build/logs/deps.log"; }
	rm -rf "$BUILD/busybox"
	dpkg-deb -x "$tmp"/busybox-static_*_arm64.deb "$tmp/x"
	mkdir -p "$BUILD/busybox/bin"
	cp "$tmp/x/bin/busybox" "$bb"
	rm -rf "$tmp"
fi

# perf's tracepoint support (perf stat -e kvm:..., perf kvm stat) needs libtraceevent:
# Debian's arm64 static library and headers, unpacked into build/sysroot-arm64.
te=$BUILD/sysroot-arm64/usr/lib/aarch64-linux-gnu/libtraceevent.a
if [ ! -f "$te" ]; then
	say "fetching libtraceevent-dev:arm64"
	tmp=$(mktemp -d "$BUILD/te.XXXX")
	(cd "$tmp" && apt-get download libtraceevent-dev:arm64) >>"$LOGS/deps.log" 2>&1 ||
		{ rm -rf "$tmp"; die "step 'deps' failed: apt-get download libtraceevent-dev:arm64; log: build/logs/deps.log"; }
	rm -rf "$BUILD/sysroot-arm64"
	dpkg-deb -x "$tmp"/libtraceevent-dev_*_arm64.deb "$BUILD/sysroot-arm64"
	rm -rf "$tmp"
fi

ls /usr/src/linux-source-6.12.tar.* >/dev/null 2>&1 || die "linux-source-6.12 installed but no tarball in /usr/src"

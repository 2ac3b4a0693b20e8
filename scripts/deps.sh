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

# unpack_arm64 PKG DIR: Debian's arm64 package PKG, downloaded and unpacked into
# DIR (under build/), never installed.
unpack_arm64() {
	local tmp
	say "fetching $1:arm64"
	tmp=$(mktemp -d "$BUILD/deb.XXXX")
	if ! (cd "$tmp" && apt-get download "$1:arm64") >>"$LOGS/deps.log" 2>&1; then
		rm -rf "$tmp"
		die "step 'deps' failed: apt-get download $1:arm64; log: build/logs/deps.log"
	fi
	rm -rf "$2"
	dpkg-deb -x "$tmp/$1"_*_arm64.deb "$2"
	rm -rf "$tmp"
}

# The VM's shell and tools: build/busybox/bin/busybox.
[ -x "$bb" ] || unpack_arm64 busybox-static "$BUILD/busybox"
# perf's tracepoint support (perf stat -e kvm:..., perf kvm stat) needs libtraceevent:
# Debian's arm64 static library and headers, in build/sysroot-arm64.
[ -f "$BUILD/sysroot-arm64/usr/lib/aarch64-linux-gnu/libtraceevent.a" ] ||
	unpack_arm64 libtraceevent-dev "$BUILD/sysroot-arm64"

ls /usr/src/linux-source-6.12.tar.* >/dev/null 2>&1 || die "linux-source-6.12 installed but no tarball in /usr/src"

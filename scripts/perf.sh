#!/usr/bin/env bash
# Cross-build perf from the same tree (tools/perf), static, for `perf stat -e
# kvm:kvm_guest_fault`, `perf kvm stat` and `perf record` in the VM. Only
# libtraceevent (Debian's arm64 one, see deps.sh) and glibc: every other
# optional library is off, which keeps it small (~3.5 MB) and the build short.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

out=$BUILD/perf
sysroot=$BUILD/sysroot-arm64
libdir=$sysroot/usr/lib/aarch64-linux-gnu
mkdir -p "$out"
off=(NO_LIBPYTHON=1 NO_LIBPERL=1 NO_SLANG=1 NO_GTK2=1 NO_LIBUNWIND=1 NO_LIBDW=1
     NO_LIBELF=1 NO_JEVENTS=1 NO_LIBBPF=1 NO_BPF_SKEL=1 NO_LIBNUMA=1 NO_LIBCAP=1
     NO_LIBZSTD=1 NO_LZMA=1 NO_ZLIB=1 NO_LIBBABELTRACE=1 NO_LIBCRYPTO=1 NO_SDT=1
     NO_LIBLLVM=1 NO_DEMANGLE=1 NO_CAPSTONE=1 NO_LIBPFM4=1 NO_AUXTRACE=1)
say "building perf (log: build/logs/perf.log)"
PKG_CONFIG_LIBDIR=$libdir/pkgconfig PKG_CONFIG_SYSROOT_DIR=$sysroot \
	run_logged perf make -C "$KSRC/tools/perf" -j"$(nproc)" O="$out" \
	ARCH=arm64 CROSS_COMPILE="$CROSS_COMPILE" CC="ccache ${CROSS_COMPILE}gcc" \
	EXTRA_CFLAGS="-I$sysroot/usr/include" LDFLAGS="-static -L$libdir" \
	"${off[@]}" perf

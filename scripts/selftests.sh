#!/usr/bin/env bash
# Cross-build the KVM selftests of the patched tree, statically, out of tree,
# against the uapi headers of the kernel just built.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

out=$BUILD/selftests
mkdir -p "$out/kvm" "$out/tools"
say "building KVM selftests (log: build/logs/selftests.log)"
run_logged selftests make -C "$KSRC/tools/testing/selftests/kvm" -j"$(nproc)" \
	ARCH=arm64 CROSS_COMPILE="$CROSS_COMPILE" CC="ccache ${CROSS_COMPILE}gcc" \
	OUTPUT="$out/kvm" abs_objdir="$out" \
	KHDR_INCLUDES="-isystem $KOBJ/usr/include" EXTRA_CFLAGS=-static

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
	KHDR_INCLUDES="-isystem $KOBJ/usr/include" EXTRA_CFLAGS="-static -Werror"
# guest/vmholder.c: the VM guest/init holds during the tests (see there), and
# guest/notifier_churn.c, which reproduces what it keeps out of them.
for tool in vmholder notifier_churn; do
	run_logged "$tool" "${CROSS_COMPILE}gcc" -static -O2 -Wall -Werror \
		-isystem "$KOBJ/usr/include" -o "$out/$tool" "$TOP/guest/$tool.c" -lpthread
done

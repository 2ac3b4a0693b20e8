#!/usr/bin/env bash
# Pack the VM's initramfs: busybox, perf, guest/init, the test list and demo, and every
# KVM selftest binary (under /kvm). Uncompressed cpio: packing is instant and the
# kernel needs no decompressor.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

root=$BUILD/initramfs
rm -rf "$root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,etc/harness,kvm}
cp "$BUILD/busybox/bin/busybox" "$BUILD/selftests/vmholder" "$BUILD/selftests/notifier_churn" "$root/bin/"
"${CROSS_COMPILE}strip" -o "$root/bin/perf" "$BUILD/perf/perf"
install -m 0755 "$TOP/guest/init" "$root/init"
cp "$TOP/guest/demo.sh" "$TOP/guest/bench.sh" "$TOP/guest/devices.sh" "$TOP/guest/perf-check.sh" \
	"$root/etc/harness/"
# TESTS="a b" (or a,b) packs only those entries of guest/tests.list.
if [ -n "${TESTS:-}" ]; then
	for t in ${TESTS//,/ }; do
		grep -q "^$t[[:space:]]" "$TOP/guest/tests.list" || die "TESTS: no test '$t' in guest/tests.list"
	done
	awk -v want=" ${TESTS//,/ } " '/^[[:space:]]*(#|$)/ || index(want, " " $1 " ")' \
		"$TOP/guest/tests.list" >"$root/etc/harness/tests.list"
else
	cp "$TOP/guest/tests.list" "$root/etc/harness/"
fi
(cd "$BUILD/selftests/kvm" &&
	find . -type f -perm -u+x ! -name '*.[od]' -print0 | cpio -0 -pdm --quiet "$root/kvm")
mknod -m 600 "$root/dev/console" c 5 1 2>/dev/null || true
(cd "$root" && find . -print0 | LC_ALL=C sort -z |
	cpio -0 -o -H newc --quiet --reproducible >"$BUILD/initramfs.cpio.tmp")
mv "$BUILD/initramfs.cpio.tmp" "$BUILD/initramfs.cpio"

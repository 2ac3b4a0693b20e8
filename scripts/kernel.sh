#!/usr/bin/env bash
# Cross-build the arm64 kernel Image (out of tree, through ccache) and install the
# uapi headers the selftests compile against.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

npatch=$(git -C "$KSRC" rev-list --count base..HEAD)
log=kernel$(variant "${CONFIG_EXTRA:-}")${PEER:+-bench}
pkgver=$(cat "$(git -C "$KSRC" rev-parse --path-format=absolute --git-common-dir)/base-pkgver")
say "kernel: Linux $(kernel_version) from linux-source-6.12 $pkgver + $npatch patch(es) (log: build/logs/$log.log)"
run_logged "$log" make -C "$KSRC" O="$KOBJ" -j"$(nproc)" \
	CC="ccache ${CROSS_COMPILE}gcc" Image headers_install

#!/usr/bin/env bash
# Cross-build the arm64 kernel Image (out of tree, through ccache) and install the
# uapi headers the selftests compile against.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

npatch=$(git -C "$KSRC" rev-list --count base..HEAD)
say "kernel: Linux $(kernel_version) from linux-source-6.12 $(cat "$KSRC/.git/base-pkgver") + $npatch patch(es) (log: build/logs/kernel$(variant "${CONFIG_EXTRA:-}").log)"
run_logged kernel$(variant "${CONFIG_EXTRA:-}") make -C "$KSRC" O="$KOBJ" -j"$(nproc)" \
	CC="ccache ${CROSS_COMPILE}gcc" Image headers_install

#!/usr/bin/env bash
# Build the benchmark's kernel: the series (build/linux's HEAD) plus the
# comparison peer in patches/peer/ (KVM_PRE_FAULT_MEMORY for arm64, which is
# not part of the series), applied with `git am` in a worktree of build/linux,
# build/linux-bench, and built in build/kobj-bench with the same config.
set -euo pipefail
export PEER=1
. "$(dirname "$0")/lib.sh"

head=$(git -C "$KSRC_SERIES" rev-parse HEAD)
want="$head $(cat "$TOP"/patches/peer/*.patch | sha256sum | cut -c1-16)"
stamp=$BUILD/linux-bench.applied
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
	say "applying the benchmark peer (patches/peer/) on the series (log: build/logs/apply-bench.log)"
	rm -f "$stamp"
	apply() {
		git -C "$KSRC_SERIES" worktree prune
		[ -e "$KSRC/.git" ] || git -C "$KSRC_SERIES" worktree add --detach "$KSRC" "$head"
		git -C "$KSRC" am --abort 2>/dev/null || true
		git -C "$KSRC" checkout -q -f --detach "$head"
		git -C "$KSRC" am -q --keep-cr "$TOP"/patches/peer/*.patch
	}
	run_logged apply-bench apply
	echo "$want" >"$stamp"
fi
"$TOP/scripts/config.sh"
"$TOP/scripts/kernel.sh"

#!/usr/bin/env bash
# Run the test list in the VM once per KVM mode, then summarise.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

modes=(${MODES:-vhe nvhe})
for mode in "${modes[@]}"; do
	say "testing in $mode (console: build/logs/vm-$mode.log)"
	t0=$(date +%s)
	"$TOP/scripts/boot.sh" "$mode" test
	say "$mode done in $(($(date +%s) - t0))s"
done
exec "$TOP/scripts/summarise.sh" "${modes[@]}"

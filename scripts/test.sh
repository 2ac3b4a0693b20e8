#!/usr/bin/env bash
# Run the test list in the VM once per KVM mode, then summarise.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

modes=(${MODES:-$MODES_ALL}) timings=()
for mode in "${modes[@]}"; do
	say "testing in $mode (console: build/logs/vm-$mode.log)"
	t0=$(date +%s)
	"$TOP/scripts/mode-kernel.sh" "$mode"
	"$TOP/scripts/boot.sh" "$mode" test
	dt=$(($(date +%s) - t0))
	say "$mode done in ${dt}s"
	timings+=("$mode ${dt}s")
done
echo "time per mode: $(IFS=,; echo "${timings[*]}" | sed 's/,/, /g')"
exec "$TOP/scripts/summarise.sh" "${modes[@]}"

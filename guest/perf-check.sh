# perf in the VM, cross-checked against the benchmark: `perf stat` counts
# kvm:kvm_guest_fault in the benchmark's test slot, and the count must equal
# the faults the benchmark counted itself in the run (in a tracefs instance of
# its own, sweep by sweep, summed). A test of tests.list; sh, not bash (busybox).
set -eu
bench="/kvm/aarch64/lock_memslot_perf_test -s anonymous -b 8M"

# memstress puts the test slot at the same guest-physical range every run.
range=$($bench | sed -n 's/^guest physical test memory: \[\(0x[0-9a-f]*\), \(0x[0-9a-f]*\))$/\1 \2/p')
set -- $range
[ $# = 2 ] || { echo "perf-check: no 'guest physical test memory' line from the benchmark"; exit 1; }
echo "perf-check: the test slot is [$1, $2)"

perf stat -x, -o /tmp/perf-check.csv -e kvm:kvm_guest_fault \
	--filter "ipa >= $1 && ipa < $2" -- $bench >/tmp/perf-check.out
cat /tmp/perf-check.out /tmp/perf-check.csv

by_perf=$(awk -F, '$3 == "kvm:kvm_guest_fault" { print $1 }' /tmp/perf-check.csv)
by_bench=$(sed -n "s/^  stage-2 faults in the slot in this run.*: \([0-9]*\)$/\1/p" /tmp/perf-check.out)
echo "perf-check: stage-2 faults in the test slot: perf stat $by_perf, the benchmark $by_bench"
# The demand-faulting sweeps alone take one per page: never zero.
[ "${by_bench:-0}" -gt 0 ] || { echo "perf-check: the benchmark counted no fault"; exit 1; }
[ "$by_perf" = "$by_bench" ] || { echo "perf-check: the counts differ"; exit 1; }

#!/usr/bin/env bash
# Read build/results-MODE.tap for each mode and print the verdict, ending with
# "N passed, N failed, N skipped". Results that never arrived count as failed,
# with the cause (kernel panic, hang, wrong KVM mode, early exit). Exit 1 on any failure.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

P=0 F=0 S=0
for mode in "$@"; do
	mode_setup "$mode"
	# Count against the list packed into the VM image, not a working copy edited since.
	expected=$(($(mode_list "$only" "$BUILD/initramfs/etc/harness/tests.list" | wc -l) + 1))
	res=$BUILD/results-$mode.tap log=$LOGS/vm-$mode.log
	[ -f "$res" ] || { echo "== $mode: no results at all (boot step failed?)"; F=$((F + expected)); continue; }
	s=$(grep -c '^ok [0-9].*# SKIP' "$res" || true)
	p=$(($(grep -c '^ok [0-9]' "$res" || true) - s))
	f=$(grep -c '^not ok [0-9]' "$res" || true)
	missing=$((expected - p - s - f))
	cause=
	got=$(sed -n 's/^# kvm-mode: //p' "$res")
	if [ -n "$got" ] && [ "$got" != "$kvm_mode" ]; then
		cause="KVM came up in mode '$got', not '$kvm_mode'"
		f=$((f + 1))
	fi
	if ! grep -qx '# done' "$res" || [ $missing -gt 0 ]; then
		if [ -f "$res.hung" ]; then why="VM hung: $(cat "$res.hung")"
		elif grep -qa 'Kernel panic' "$log" 2>/dev/null; then
			running=$(grep -a '^=== RUN' "$log" | tail -n 1 | cut -c9- | cut -d: -f1)
			why="kernel panic while running '${running:-boot}': $(grep -a -m1 'Kernel panic' "$log" | tr -d '\r')"
		elif [ ! -s "$log" ]; then why="VM did not start (see build/logs/qemu-$mode.log)"
		else why="VM stopped before reporting every result"; fi
		cause="${cause:+$cause; }$why; $missing result(s) missing"
		[ $missing -gt 0 ] || missing=1
		f=$((f + missing))
	fi
	echo "== $mode: $p passed, $f failed, $s skipped"
	grep '^not ok' "$res" | sed "s/^/   /" || true
	[ -z "$cause" ] || echo "   $cause"
	[ $f -eq 0 ] || echo "   console log: build/logs/vm-$mode.log (each test between '=== RUN name' and '=== END name')"
	P=$((P + p)) F=$((F + f)) S=$((S + s))
done
echo "$P passed, $F failed, $S skipped"
[ $F -eq 0 ]

#!/usr/bin/env bash
# Boot the built kernel under QEMU (TCG, emulated arm64 with EL2, so KVM runs
# inside) in one KVM mode and do one action:
#   boot.sh vhe|nvhe test    TAP results to build/results-MODE.tap, console to build/logs/vm-MODE.log
#   boot.sh vhe|nvhe run     the demo, on the terminal (and build/logs/run-MODE.log)
#   boot.sh vhe|nvhe bench   the benchmark, likewise (build/logs/bench-MODE.log);
#                            with PEER=1, on the benchmark's kernel (bench-kernel.sh)
#   boot.sh vhe|nvhe shell   an interactive shell
set -euo pipefail
. "$(dirname "$0")/lib.sh"

mode=${1:?mode: one of $MODES_ALL} action=${2:?action: test, run, bench or shell}
mode_setup "$mode"
KOBJ=$BUILD/kobj$(variant "$config_extra")${PEER:+-bench}
# TCG runs the VM's kernel some 100x slower than hardware: an upstream path that
# holds a CPU for a fraction of a second there (dirty_log_test deleting its 1 GiB
# memslot of 4K pages unmaps it in one stage2_apply_range() step) can pass RCU's
# 21 s stall threshold here. Use the maximum, 300 s; hangs are caught by the
# per-test timeouts and the watchdog below.
kvm_arg="$kvm_arg rcupdate.rcu_cpu_stall_timeout=300"
# Likewise the lockup detectors (config/kvm-test.config): a soft lockup after
# 2 x 60 s on a CPU, a hung task after 300 s; both well under the tests' timeouts.
kvm_arg="$kvm_arg watchdog_thresh=60 sysctl.kernel.hung_task_timeout_secs=300"
# KERNEL_ARGS: more for the command line, e.g. irqchip.gicv3_pseudo_nmi=1, so
# that a hard lockup prints the stuck CPU's backtrace (config/kvm-test.config).
kvm_arg="$kvm_arg ${KERNEL_ARGS:-}"
# The terminal gets only what matters; the test log keeps every kernel message.
[ "$action" = test ] || kvm_arg="$kvm_arg quiet"
[ -f "$KOBJ/arch/arm64/boot/Image" ] || die "no kernel image in ${KOBJ#"$TOP"/}; run 'make' first"

# "-cpu max" (see mode_setup in lib.sh) with pointer authentication's QEMU-defined
# hash, which is much cheaper to emulate than the architected QARMA one.
# Two NUMA nodes, one CPU and half the memory each: NUMA balancing and
# move_pages() are among the host events the lock tests provoke.
# Two PCI devices whose BAR2 is 4 MiB of RAM (ivshmem-plain), at fixed addresses
# for guest/devices.sh: 00:02.0 for vfio-pci, 00:03.0 for sysfs resource2; and
# 00:04.0 for vfio-pci with a 1 GiB BAR2, which PCI aligns to 1 GiB: LOCK maps
# it with a PUD block (its memory is allocated only where the tests touch it).
# A 4 MiB kernel log, so that kernel-log-clean sees the whole run: KVM logs a
# line for each guest fault on a slot whose memory the stress test unmapped.
# The benchmark's scaling line locks slots of up to 4 GiB: twice the memory.
node_mem=3G bar_mem=4M
[ "$action" != bench ] || node_mem=6G
qemu=(qemu-system-aarch64 -M "$machine" -cpu "$cpu" -smp 2 -m $((2 * ${node_mem%G}))G -no-reboot -nic none
      -object memory-backend-ram,id=mem0,size=$node_mem -numa node,nodeid=0,cpus=0,memdev=mem0
      -object memory-backend-ram,id=mem1,size=$node_mem -numa node,nodeid=1,cpus=1,memdev=mem1
      -object memory-backend-ram,id=bar0,size=$bar_mem,share=on -device ivshmem-plain,memdev=bar0,addr=2
      -object memory-backend-ram,id=bar1,size=$bar_mem,share=on -device ivshmem-plain,memdev=bar1,addr=3
      -object memory-backend-ram,id=bar2,size=1G,share=on -device ivshmem-plain,memdev=bar2,addr=4
      -kernel "$KOBJ/arch/arm64/boot/Image" -initrd "$BUILD/initramfs.cpio"
      -append "console=ttyAMA0 log_buf_len=4M panic=-1 hugepagesz=1G hugepages=1 $kvm_arg harness.action=$action harness.vmhold=${VM_HOLD:-1}${only:+ harness.tests=$only}${lock_args:+ harness.lockargs=$lock_args}"
      -device virtio-serial-device)

case $action in
shell)
	exec "${qemu[@]}" -nographic -chardev null,id=results \
		-device virtserialport,chardev=results,name=results ;;
run|bench)
	"${qemu[@]}" -display none -monitor none -serial stdio </dev/null \
		-chardev null,id=results -device virtserialport,chardev=results,name=results |
		tee "$LOGS/$action-$mode.log"
	exit "${PIPESTATUS[0]}" ;;
test) ;;
*) die "unknown action '$action'" ;;
esac

res=$BUILD/results-$mode.tap log=$LOGS/vm-$mode.log cpus=$LOGS/cpus-$mode.log
rm -f "$res" "$log" "$res.hung" "$cpus"
: >"$res"
# The QEMU monitor, on a free local port: where every CPU is, when a test hangs.
mon_port=$((20000 + RANDOM % 20000))
while (exec 5<>"/dev/tcp/127.0.0.1/$mon_port") 2>/dev/null; do mon_port=$((mon_port + 1)); done
"${qemu[@]}" -display none -monitor "tcp:127.0.0.1:$mon_port,server=on,wait=off" -serial "file:$log" \
	-chardev "file,id=results,path=$res" -device virtserialport,chardev=results,name=results \
	</dev/null >>"$LOGS/qemu-$mode.log" 2>&1 &
qpid=$!
trap 'kill $qpid 2>/dev/null || true' EXIT INT TERM

# monitor CMD...: the QEMU monitor's answer to CMDs, one per line.
monitor() {
	{ exec 5<>"/dev/tcp/127.0.0.1/$mon_port" && printf '%s\n' "$@" >&5 &&
	  timeout 3 cat <&5; } 2>/dev/null | tr -d '\r' | sed 's/\x1b\[[0-9;]*[A-Za-z]//g' || true
}
# symbol ADDR: the kernel symbol ADDR (hex, no 0x) falls in.
symbol() {
	{ cat "$KOBJ/System.map"; echo "$1 ~ <here>"; } | sort | grep -B1 ' <here>$' | head -n 1 | cut -d' ' -f3
}
# dump_cpus WHY: each CPU's registers, by the QEMU monitor, into $cpus, with the
# kernel symbol of each PC and X30 (LR). A CPU stuck with its interrupts masked
# cannot show its stack from inside the VM. Also each CPU's kvm_hyp_ctxt ELR_EL2,
# where KVM keeps the address of an unexpected exception at EL2 (read through
# CPU 0's kernel mapping), since such an exception with a guest loaded never
# reaches the console.
dump_cpus() {
	local regs a off elr_off pcpu ctxt n=0
	regs=$(monitor "info registers -a")
	pcpu=$(grep -m1 ' __per_cpu_offset$' "$KOBJ/System.map" | cut -d' ' -f1)
	ctxt=$(grep -m1 ' kvm_hyp_ctxt$' "$KOBJ/System.map" | cut -d' ' -f1)
	elr_off=$(sed -n 's/^#define CPU_ELR_EL2 \([0-9]*\).*/\1/p' "$KOBJ/include/generated/asm-offsets.h")
	{ echo "=== $(date -u +%T) $1"
	  echo "$regs" | grep -E '^CPU#|PC=|X30=|PSTATE='
	  for a in $(echo "$regs" | grep -oE '(PC|X30)=[0-9a-f]{16}' | cut -d= -f2 | sort -u); do
		echo "$a $(symbol "$a")"
	  done
	  if [ -n "$pcpu" ] && [ -n "$ctxt" ] && [ -n "$elr_off" ]; then
		for off in $(monitor "cpu 0" "x /$(echo "$regs" | grep -c '^CPU#')gx 0x$pcpu" |
			     grep -oE '0x[0-9a-f]{16}' | sed 1d); do
			a=$(monitor "cpu 0" "x /1gx $(printf '0x%x' $((0x$ctxt + off + elr_off)))" |
			    grep -oE '0x[0-9a-f]{16}' | sed -n 2p)
			case $a in ''|0x0000000000000000) echo "CPU#$n kvm_hyp_ctxt ELR_EL2=${a:-?}" ;;
			*) echo "CPU#$n kvm_hyp_ctxt ELR_EL2=$a $(symbol "${a#0x}")" ;; esac
			n=$((n + 1))
		done
	  fi
	  echo "--- every register"
	  echo "$regs"; } >>"$cpus"
	echo "[$mode] $1: CPU registers in ${cpus#"$TOP"/}"
}

# Every test has its own timeout inside the VM; if no result arrives for longer than
# the longest of them, the VM itself is stuck: kill it.
quiet_max=$(($(awk '!/^[[:space:]]*(#|$)/ && $2 != "skip" { if ($2 > m) m = $2 } END { print m + 0 }' \
	"$BUILD/initramfs/etc/harness/tests.list") + ${BOOT_GRACE:-180}))
seen=0 last=$(date +%s) timeouts=0
while kill -0 $qpid 2>/dev/null; do
	sleep 2
	# A test timed out inside the VM, or the kernel saw a lockup or stall:
	# see where the CPUs are, before the test is killed.
	t=$(grep -acE '^=== TIMEOUT|LOCKUP|soft lockup|rcu: INFO|blocked for more than' "$log" 2>/dev/null || true)
	if [ "${t:-0}" -gt "$timeouts" ]; then
		timeouts=$t
		dump_cpus "$(grep -aE '^=== TIMEOUT|LOCKUP|soft lockup|rcu: INFO|blocked for more than' "$log" | tail -n 1)"
	fi
	n=$(wc -l <"$res")
	if [ "$n" -gt "$seen" ]; then
		sed -n "$((seen + 1)),${n}p" "$res" | sed "s/^/[$mode] /"
		seen=$n last=$(date +%s)
	elif [ $(($(date +%s) - last)) -gt $quiet_max ]; then
		running=$(grep -a '^=== RUN' "$log" | tail -n 1 | cut -c9- | cut -d: -f1)
		echo "no result for ${quiet_max}s while running '${running:-boot}'" >"$res.hung"
		dump_cpus "no result for ${quiet_max}s"
		kill $qpid
		break
	fi
done
wait $qpid 2>/dev/null || true
trap - EXIT INT TERM
n=$(wc -l <"$res")
[ "$n" -le "$seen" ] || sed -n "$((seen + 1)),${n}p" "$res" | sed "s/^/[$mode] /"

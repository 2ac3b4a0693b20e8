# Shared helpers for the harness steps. Sourced, not run.
# Every step logs to build/logs/<step>.log and, on failure, names itself and that log.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$TOP/build
LOGS=$BUILD/logs
mkdir -p "$LOGS"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# run_logged STEP CMD...: run CMD with its output in build/logs/STEP.log;
# on failure print the log's tail and where it is, and fail.
run_logged() {
	local step=$1 log=$LOGS/$1.log
	shift
	if ! "$@" >"$log" 2>&1; then
		tail -n 25 "$log" >&2
		die "step '$step' failed; full log: ${log#"$TOP"/}"
	fi
}

# as_root CMD...: run CMD as root, through sudo when not root already.
as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

export ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu-
export KSRC=$BUILD/linux      # git tree: pristine base + the series
# Out-of-tree kernel builds, one directory per variant: config/kvm-test.config
# plus the fragments CONFIG_EXTRA names (build/kobj, build/kobj-debug, ...).
variant() { echo "${1:+-${1// /-}}"; }
export KOBJ=$BUILD/kobj$(variant "${CONFIG_EXTRA:-}")
# PEER=1: the benchmark's kernel instead, the series plus patches/peer/ (the
# comparison peer, not part of the series), in a git worktree of build/linux.
if [ -n "${PEER:-}" ]; then
	export KSRC_SERIES=$BUILD/linux KSRC=$BUILD/linux-bench KOBJ=$BUILD/kobj-bench
fi
export CCACHE_DIR=${CCACHE_DIR:-$BUILD/ccache}

# The neutral identity the series' commits are made with (no person is invented).
export GIT_NAME="KVM lock-memslot project"
export GIT_EMAIL="lock-memslot@example.org"

kernel_version() { make -s -C "$KSRC" kernelversion 2>/dev/null; }

# The test modes. vhe and nvhe run every test on QEMU's "max" CPU; the others
# run the capability's own tests where other CPU features change its paths.
# mode_setup MODE sets: kvm_arg (kernel command line), cpu and machine (QEMU),
# only (the tests.list entries to run, comma-separated; empty for all),
# lock_args (what the lock tests must know of the machine), kvm_mode (what KVM must say)
# and config_extra (the kernel variant it boots, see above).
MODES_ALL="vhe nvhe nofwb mte pkvm debug"
lock_tests=lock_memslot_test,lock_memslot_map_test,lock_memslot_never_faults_test,lock_memslot_mmio_test
lock_tests=$lock_tests,lock_memslot_config_test,lock_memslot_race_test,lock_memslot_stress,lock_memslot_fuzz
mode_setup() {
	kvm_arg= cpu=max,pauth-impdef=on machine=virt,virtualization=on,gic-version=3
	only= lock_args= kvm_mode=vhe config_extra=${CONFIG_EXTRA:-}
	case $1 in
	vhe)	;;
	nvhe)	kvm_arg=kvm-arm.mode=nvhe kvm_mode=nvhe ;;
	# A CPU without FEAT_S2FWB: KVM does the cache maintenance itself, and a
	# vCPU re-init unmaps stage 2.
	nofwb)	cpu=neoverse-n1 only=$lock_tests lock_args=-n ;;
	# MTE (emulated by TCG): KVM_CAP_ARM_MTE and the tags of locked pages.
	mte)	machine=$machine,mte=on only=$lock_tests lock_args=-t ;;
	# Protected KVM: the host's own VMs are ordinary VMs, whose stage 2 the
	# host still manages on this base; the capability works for them.
	pkvm)	kvm_arg=kvm-arm.mode=protected only=$lock_tests kvm_mode=protected ;;
	# The debug kernel (config/debug.config: KASAN, kmemleak, lockdep, fault
	# injection): the capability's tests, and the fault-injection sweep.
	debug)	config_extra=debug only=$lock_tests,lock_memslot_inject_test lock_args=-i ;;
	*)	die "unknown mode '$1' (modes: $MODES_ALL)" ;;
	esac
}

# The entries of a tests.list that a mode runs, one line each.
mode_list() {
	grep -v '^[[:space:]]*\(#\|$\)' "$2" | awk -v only=",$1," 'only == ",," || index(only, "," $1 ",")'
}

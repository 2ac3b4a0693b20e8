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
# out-of-tree kernel build, one directory per config variant (CONFIG_EXTRA)
extra=${CONFIG_EXTRA:-}
export KOBJ=$BUILD/kobj${extra:+-${extra// /-}}
export CCACHE_DIR=${CCACHE_DIR:-$BUILD/ccache}

# The neutral identity the series' commits are made with (no person is invented).
export GIT_NAME="KVM lock-memslot project"
export GIT_EMAIL="lock-memslot@example.org"

kernel_version() { make -s -C "$KSRC" kernelversion 2>/dev/null; }

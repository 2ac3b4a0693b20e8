#!/usr/bin/env bash
# Build the kernel variant a mode boots, if it is not the one `make build` made
# (the debug mode's, from config/debug.config, in build/kobj-debug).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

mode_setup "${1:?mode: one of $MODES_ALL}"
[ "$config_extra" != "${CONFIG_EXTRA:-}" ] || exit 0
export CONFIG_EXTRA=$config_extra
"$TOP/scripts/config.sh"
"$TOP/scripts/kernel.sh"

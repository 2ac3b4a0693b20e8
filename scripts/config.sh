#!/usr/bin/env bash
# Configure the kernel: tinyconfig plus config/*.config fragments (and any extra
# fragments named in $CONFIG_EXTRA), checked symbol by symbol. .config is only
# replaced when its content changes, so an unchanged config rebuilds nothing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

frags=("$TOP"/config/kvm-test.config)
for f in ${CONFIG_EXTRA:-}; do frags+=("$TOP/config/$f.config"); done

mkdir -p "$KOBJ"
tmp=$KOBJ/config.new
mkconfig() {
	rm -rf "$KOBJ/kconfig.tmp"
	mkdir -p "$KOBJ/kconfig.tmp"
	make -C "$KSRC" O="$KOBJ/kconfig.tmp" tinyconfig
	"$KSRC"/scripts/kconfig/merge_config.sh -m -O "$KOBJ/kconfig.tmp" \
		"$KOBJ/kconfig.tmp/.config" "${frags[@]}"
	make -C "$KSRC" O="$KOBJ/kconfig.tmp" olddefconfig
	cp "$KOBJ/kconfig.tmp/.config" "$tmp"
	rm -rf "$KOBJ/kconfig.tmp"
}
run_logged config$(variant "${CONFIG_EXTRA:-}") mkconfig

# merge_config.sh only warns when a dependency keeps a symbol out: fail instead.
bad=$(grep -h '^CONFIG_' "${frags[@]}" | while IFS= read -r line; do
	grep -qxF "$line" "$tmp" || echo "  asked $line, got: $(grep -E "^(# )?${line%%=*}[= ]" "$tmp" || echo 'not present')"
done)
[ -z "$bad" ] || die "step 'config': symbols the fragments ask for did not stick (missing dependency?):
$bad"

if ! cmp -s "$tmp" "$KOBJ/.config"; then
	mv "$tmp" "$KOBJ/.config"
	say "kernel config updated"
else
	rm -f "$tmp"
fi

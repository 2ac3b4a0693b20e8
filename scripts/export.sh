#!/usr/bin/env bash
# Write build/linux's commits since 'base' to patches/ (git format-patch) and
# patches/series. Stable output: numbered names from the subjects, zeroed commit
# ids, no version signature, fixed abbreviation; a round trip changes nothing.
#   export.sh          export
#   export.sh --check  exit 1 if an export would change patches/
#   export.sh --hash   print the hash of patches/ that apply.sh records
set -euo pipefail
. "$(dirname "$0")/lib.sh"

hash_patches() {
	(cd "$TOP/patches" && cat series $(cat series 2>/dev/null) 2>/dev/null) | sha256sum | cut -d' ' -f1
}
if [ "${1:-}" = --hash ]; then hash_patches; exit 0; fi

[ -d "$KSRC/.git" ] || die "no build/linux tree; run 'make tree' first"
out=$(mktemp -d "$BUILD/export.XXXX")
trap 'rm -rf "$out"' EXIT
git -C "$KSRC" format-patch -q --zero-commit --no-signature --abbrev=12 \
	-o "$out" base..HEAD >/dev/null
(cd "$out" && ls -1 *.patch 2>/dev/null || true) >"$out/series"

if [ "${1:-}" = --check ]; then
	diff -r -q -x peer "$out" "$TOP/patches" >/dev/null
	exit
fi

mkdir -p "$TOP/patches"
rm -f "$TOP"/patches/*.patch
cp "$out"/* "$TOP/patches/"
echo "$(hash_patches) $(git -C "$KSRC" rev-parse HEAD)" >"$KSRC/.git/harness-applied"
say "exported $(grep -c . "$TOP/patches/series" || true) patch(es) to patches/"

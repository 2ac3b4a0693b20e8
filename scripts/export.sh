#!/usr/bin/env bash
# Write build/linux's commits since 'base' to patches/ (git format-patch) and
# patches/series, with the cover letter 0000-cover-letter.patch: its subject is
# the first line of patches/cover-letter.txt, its text the rest. Stable output:
# numbered names from the subjects, zeroed commit ids, no version signature,
# fixed abbreviation, the cover letter dated as the last patch; a round trip
# changes nothing.
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
	--cover-letter --base=base -o "$out" base..HEAD >/dev/null
cl=$out/0000-cover-letter.patch text=$TOP/patches/cover-letter.txt
[ -f "$cl" ] || die "no commits since 'base' in build/linux"
[ -s "$text" ] || die "patches/cover-letter.txt is missing"
awk -v date="$(git -C "$KSRC" log -1 --format=%aD HEAD)" -v text="$text" '
	/^Date: / && !done { print "Date: " date; next }
	/\*\*\* SUBJECT HERE \*\*\*/ { getline subject <text; sub(/\*\*\* SUBJECT HERE \*\*\*/, subject) }
	/^\*\*\* BLURB HERE \*\*\*$/ { getline line <text; while ((getline line <text) > 0) print line; done = 1; next }
	# The diffstat keeps every file; its "create mode" lines, over 75 columns
	# for the selftests, would be the cover letter'"'"'s only checkpatch warning.
	/^ create mode [0-7]+ / { next }
	{ print }' "$cl" >"$cl.new"
mv "$cl.new" "$cl"
(cd "$out" && ls -1 *.patch 2>/dev/null | grep -vx '0000-cover-letter.patch' || true) >"$out/series"

if [ "${1:-}" = --check ]; then
	diff -r -q -x peer -x cover-letter.txt "$out" "$TOP/patches" >/dev/null
	exit
fi

mkdir -p "$TOP/patches"
rm -f "$TOP"/patches/*.patch
cp "$out"/* "$TOP/patches/"
echo "$(hash_patches) $(git -C "$KSRC" rev-parse HEAD)" >"$KSRC/.git/harness-applied"
say "exported $(grep -c . "$TOP/patches/series" || true) patch(es) to patches/"

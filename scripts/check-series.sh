#!/usr/bin/env bash
# Check the series as a maintainer would: `checkpatch.pl --strict` on every patch
# in patches/ (no error, warning or check allowed; --no-signoff, as the commits
# carry none until a submitter adds theirs), then every commit of
# build/linux since 'base' built on its own (kernel Image and KVM selftests,
# with -Werror), then the documents (Documentation/virt with Sphinx, which the
# series may add no warning to).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

: >"$LOGS/checkpatch.log"
bad=0
while IFS= read -r p; do
	[ -n "$p" ] || continue
	# /usr/bin first: the SPDX check needs Debian's python3 with python3-ply.
	if ! (cd "$KSRC" && PATH=/usr/bin:$PATH ./scripts/checkpatch.pl --strict --no-signoff --terse --no-summary \
			--ignore FILE_PATH_CHANGES "$TOP/patches/$p") >>"$LOGS/checkpatch.log" 2>&1; then
		bad=1
	fi
done <"$TOP/patches/series"
if [ $bad = 1 ] || [ -s "$LOGS/checkpatch.log" ]; then
	cat "$LOGS/checkpatch.log" >&2
	die "step 'checkpatch' failed; log: build/logs/checkpatch.log"
fi
say "checkpatch --strict: clean ($(grep -c . "$TOP/patches/series" || true) patches)"

[ -z "$(git -C "$KSRC" status --porcelain --untracked-files=no)" ] ||
	die "build/linux has uncommitted changes; commit or stash them first"
branch=$(git -C "$KSRC" symbolic-ref --short HEAD)
trap 'git -C "$KSRC" checkout -q "$branch"' EXIT

# docs_warnings NAME: Sphinx's warnings on Documentation/virt at the checked-out
# commit, without line numbers; the HTML goes to build/docs.
docs_warnings() {
	rm -rf "$BUILD/docs"
	# Debian's sphinx-build and its python3, whatever else is first on PATH.
	(cd "$KSRC" && PATH=/usr/bin:$PATH make -s O="$BUILD/docs" SPHINXDIRS=virt htmldocs) \
		>"$LOGS/htmldocs-$1.log" 2>&1 ||
		die "step 'htmldocs' failed at $1; log: build/logs/htmldocs-$1.log"
	grep -aE 'WARNING|ERROR' "$LOGS/htmldocs-$1.log" | sed 's/:[0-9]*: /: /' | sort -u
}
commits=$(git -C "$KSRC" rev-list --reverse base..HEAD)
git -C "$KSRC" checkout -q --detach base
docs_warnings base >"$BUILD/docs-base.warnings"
[ -n "$commits" ] || die "no commits since 'base' in build/linux"
for c in $commits; do
	subject=$(git -C "$KSRC" log -1 --format=%s "$c")
	say "building on its own: $subject"
	git -C "$KSRC" checkout -q --detach "$c"
	"$TOP/scripts/kernel.sh" >/dev/null
	"$TOP/scripts/selftests.sh" >/dev/null
done
say "every patch builds on its own"

new=$(docs_warnings series | comm -13 "$BUILD/docs-base.warnings" -)
[ -z "$new" ] || { echo "$new" >&2; die "step 'htmldocs': the series adds Sphinx warnings; log: build/logs/htmldocs-series.log"; }
say "htmldocs (Documentation/virt): no new warning; HTML in build/docs/Documentation/output/virt"

#!/usr/bin/env bash
# Check the series as a maintainer would: `checkpatch.pl --strict` on every patch
# in patches/ (no error, warning or check allowed; --no-signoff, as the commits
# carry none until a submitter adds theirs), then every commit of
# build/linux since 'base' built on its own (kernel Image and KVM selftests).
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
for c in $(git -C "$KSRC" rev-list --reverse base..HEAD); do
	subject=$(git -C "$KSRC" log -1 --format=%s "$c")
	say "building on its own: $subject"
	git -C "$KSRC" checkout -q --detach "$c"
	"$TOP/scripts/kernel.sh" >/dev/null
	"$TOP/scripts/selftests.sh" >/dev/null
done
say "every patch builds on its own"

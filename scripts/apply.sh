#!/usr/bin/env bash
# Bring build/linux to "base + patches/series" with `git am`, one commit per patch.
# Does nothing when patches/ has not changed since the last apply or export, so a
# developer's commits in build/linux are built as they are until they export them.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

state=$KSRC/.git/harness-applied   # "<hash of patches/> <HEAD it gave>"
want=$("$TOP/scripts/export.sh" --hash)
head=$(git -C "$KSRC" rev-parse HEAD)
have_hash=none have_head=none
[ -f "$state" ] && read -r have_hash have_head <"$state"

if [ "$want" = "$have_hash" ]; then
	[ "$head" = "$have_head" ] ||
		say "build/linux has commits not exported to patches/ yet; building them as they are ('make export' keeps them)"
	exit 0
fi

if [ "$head" != "$have_head" ] && [ "$head" != "$(git -C "$KSRC" rev-parse base)" ] &&
   ! "$TOP/scripts/export.sh" --check; then
	die "patches/ changed, and build/linux has commits that are not in patches/ either.
  Keep the tree's work: 'make export' (overwrites patches/), or drop it: 'make tree FORCE=1'"
fi
[ -z "$(git -C "$KSRC" status --porcelain --untracked-files=no)" ] || [ "${FORCE:-0}" = 1 ] ||
	die "build/linux has uncommitted changes; commit them (then 'make export') or 'make tree FORCE=1'"

say "applying the series to Linux $(kernel_version) (log: build/logs/apply.log)"
git -C "$KSRC" checkout -q -f -B main base
"$TOP/scripts/unignore.sh" "$KSRC"
: >"$LOGS/apply.log"
n=0
while IFS= read -r p; do
	case "$p" in ''|'#'*) continue ;; esac
	n=$((n + 1))
	if ! git -C "$KSRC" am -q --keep-cr "$TOP/patches/$p" >>"$LOGS/apply.log" 2>&1; then
		git -C "$KSRC" am --abort >/dev/null 2>&1 || true
		grep -E '^(error|fatal|Patch failed)' "$LOGS/apply.log" | tail -n 8 >&2
		die "step 'apply' failed: patches/$p does not apply to Linux $(kernel_version); log: build/logs/apply.log"
	fi
done < <(grep -v '^[[:space:]]*$' "$TOP/patches/series" 2>/dev/null || true)
say "applied $n patch(es)"
echo "$want $(git -C "$KSRC" rev-parse HEAD)" >"$state"

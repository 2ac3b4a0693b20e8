#!/usr/bin/env bash
# Unpack Debian's linux-source-6.12 into build/linux as a git repository whose first
# commit (tagged 'base') is the pristine source. Redone only when the package moved.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

tarball=$(ls /usr/src/linux-source-6.12.tar.* | head -n 1)
pkgver=$(dpkg-query -W -f='${Version}' linux-source-6.12)

if [ -d "$KSRC/.git" ] && [ "$(cat "$KSRC/.git/base-pkgver" 2>/dev/null)" = "$pkgver" ]; then
	exit 0
fi
if [ -d "$KSRC/.git" ]; then
	say "linux-source-6.12 is now $pkgver (tree was made from $(cat "$KSRC/.git/base-pkgver" 2>/dev/null || echo unknown))"
	if [ -n "$(git -C "$KSRC" log --oneline base..HEAD 2>/dev/null)" ] &&
	   ! "$TOP/scripts/export.sh" --check >/dev/null 2>&1; then
		die "build/linux has commits not exported to patches/; run 'make export' first (or remove build/linux)"
	fi
	rm -rf "$KSRC"
fi

say "unpacking $(basename "$tarball") ($pkgver)"
tmp=$BUILD/linux.tmp
rm -rf "$tmp"
mkdir -p "$tmp"
run_logged unpack tar -C "$tmp" --strip-components=1 -xf "$tarball"
unpack_git() {
	cd "$tmp"
	git init -q -b base-branch .
	git config user.name "$GIT_NAME"
	git config user.email "$GIT_EMAIL"
	git config core.autocrlf false
	git config gc.auto 0
	# -f: the pristine source goes in whole, whatever its .gitignore says
	git add -f -A .
	# Dated as its Makefile, so that the same package gives the same commit
	# everywhere: the cover letter's base-commit names it.
	GIT_AUTHOR_DATE="@$(stat -c %Y Makefile) +0000" GIT_COMMITTER_DATE="@$(stat -c %Y Makefile) +0000" \
		git commit -q --no-verify -m "Linux $(make -s kernelversion) (Debian linux-source-6.12 $pkgver)"
	git tag base
	git checkout -q -b main
	git branch -q -D base-branch
	"$TOP/scripts/unignore.sh" "$PWD"
}
run_logged unpack-git unpack_git
echo "$pkgver" >"$tmp/.git/base-pkgver"
mv "$tmp" "$KSRC"

# KVM_CAP_ARM_LOCK_USER_MEMORY_REGION: the patch series in patches/ and the harness
# that builds it into an arm64 kernel and tests it under QEMU. See README.md.
#
#   make run     build, boot, show the capability at work
#   make test    every test, in VHE and nVHE; ends with "N passed, N failed"
#   make bench   the benchmark, on the series plus the KVM_PRE_FAULT_MEMORY peer
#   make shell   a shell in the VM (MODE=vhe|nvhe)
#   make tree    build/linux: pristine base + the series, as git commits
#   make export  build/linux's commits back to patches/
#   make check   checkpatch --strict on patches/, and every patch built on its own
#   make clean   remove build/ (keeps the ccache unless you say CLEAN_CCACHE=1)

MODE ?= vhe
S := scripts

.PHONY: all build deps tree export check run test bench shell clean

all: build

deps:
	@$(S)/deps.sh

tree: deps
	@$(S)/unpack.sh
	@$(S)/apply.sh

export:
	@$(S)/export.sh

check: tree
	@$(S)/config.sh
	@$(S)/check-series.sh

build: tree
	@$(S)/config.sh
	@$(S)/kernel.sh
	@$(S)/selftests.sh
	@$(S)/perf.sh
	@$(S)/initramfs.sh

test: build
	@$(S)/test.sh

run: build
	@$(S)/mode-kernel.sh $(MODE)
	@$(S)/boot.sh $(MODE) run

bench: build
	@$(S)/bench-kernel.sh
	@PEER=1 $(S)/boot.sh $(MODE) bench

shell: build
	@$(S)/mode-kernel.sh $(MODE)
	@$(S)/boot.sh $(MODE) shell

clean:
	@if [ "$(CLEAN_CCACHE)" = 1 ]; then rm -rf build; else \
		find build -mindepth 1 -maxdepth 1 ! -name ccache -exec rm -rf {} +; fi

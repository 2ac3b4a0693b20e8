# `make bench`, inside the VM, on the series plus the KVM_PRE_FAULT_MEMORY peer:
# lock_memslot_perf_test at full size on every backing this VM has.
echo
dmesg | grep 'kvm \[' | grep 'mode initialized'
cd /kvm
echo "=== Time to a fully mapped memslot: LOCK against KVM_PRE_FAULT_MEMORY, demand faulting and mlock()"
aarch64/lock_memslot_perf_test -b 128M 2>&1 | grep -v '^Random seed\|^Testing guest mode\|^guest physical'
echo "=== done"

# `make bench`, inside the VM, on the series plus the KVM_PRE_FAULT_MEMORY peer:
# lock_memslot_perf_test at full size on every backing this VM has.
echo
dmesg | grep 'kvm \[' | grep 'mode initialized'
cd /kvm
echo "=== Time to a fully mapped memslot: LOCK against KVM_PRE_FAULT_MEMORY, demand faulting and mlock()"
aarch64/lock_memslot_perf_test -b 128M 2>&1 | grep -v '^Random seed\|^Testing guest mode\|^guest physical'
echo "=== LOCK's time per GiB as the slot grows (the VM has 12 GiB for it)"
# 4.1 GiB of 2M pages for the hugetlb line, then that memory back for the anonymous one
echo 2100 >/proc/sys/vm/nr_hugepages
aarch64/lock_memslot_perf_test -l -s anonymous_hugetlb_2mb 2>&1 | grep -v '^Random seed'
echo 0 >/proc/sys/vm/nr_hugepages
aarch64/lock_memslot_perf_test -l -s anonymous 2>&1 | grep -v '^Random seed'
echo "=== done"

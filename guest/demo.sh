# `make run`, inside the VM: the status quo, then a locked memslot at work.
echo
dmesg | grep 'kvm \[' | grep 'mode initialized'
cd /kvm
echo "=== Status quo: demand paging, every first guest touch is a stage-2 fault"
for backing in anonymous anonymous_hugetlb; do
	echo "--- demand_paging_test, 64 MiB, $backing backing"
	demand_paging_test -m 6 -b 64M -s $backing 2>&1 | grep -E 'Total guest execution|Overall demand paging|==== '
done
# $VFIO_BDF: the vfio-pci device whose BAR the demo locks as Normal-NC
. /etc/harness/devices.sh
aarch64/lock_memslot_test -d -v $VFIO_BDF
echo "=== The benchmark's headline: 64 MiB of 4K pages ('make bench': every backing, next to KVM_PRE_FAULT_MEMORY)"
aarch64/lock_memslot_perf_test -s anonymous -b 64M 2>&1 | grep -v '^Random seed\|^Testing guest mode\|^guest physical'
echo "=== done"

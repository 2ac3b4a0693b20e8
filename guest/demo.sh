# `make run`, inside the VM: the status quo, then a locked memslot at work.
echo
dmesg | grep 'kvm \[' | grep 'mode initialized'
cd /kvm
echo "=== Status quo: demand paging, every first guest touch is a stage-2 fault"
for backing in anonymous anonymous_hugetlb; do
	echo "--- demand_paging_test, 64 MiB, $backing backing"
	demand_paging_test -m 6 -b 64M -s $backing 2>&1 | grep -E 'Total guest execution|Overall demand paging|==== '
done
echo "=== KVM_CAP_ARM_LOCK_USER_MEMORY_REGION: the benchmark's headline, 64 MiB of 4K pages ('make bench': every backing)"
aarch64/lock_memslot_perf_test -s anonymous -b 64M 2>&1 | grep -v '^Random seed\|^Testing guest mode\|^guest physical'
echo "=== An MMIO slot: the BAR of a PCI device bound to vfio-pci, locked with each memory type"
# $VFIO_BDF: the vfio-pci device of guest/devices.sh
. /etc/harness/devices.sh
aarch64/lock_memslot_mmio_test -v $VFIO_BDF 2>&1 | grep -v '^Random seed\|vfio-noiommu\|enabling device'
echo "=== done"

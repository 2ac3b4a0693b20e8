# `make run`, inside the VM. The status quo the capability improves on: the guest
# takes a stage-2 fault on first touch of every page, and pays for each.
echo
dmesg | grep 'kvm \[' | grep 'mode initialized'
echo "=== Status quo: demand paging, every first guest touch is a stage-2 fault"
cd /kvm
for backing in anonymous anonymous_hugetlb; do
	echo "--- demand_paging_test, 64 MiB, $backing backing"
	demand_paging_test -m 6 -b 64M -s $backing 2>&1 | grep -E 'Total guest execution|Overall demand paging|==== '
done
echo "=== done"

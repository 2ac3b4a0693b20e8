# Sourced by guest/init: hand QEMU's three ivshmem-plain devices (see
# scripts/boot.sh) to their users, as a VMM's host would.
#   00:02.0  vfio-pci without an IOMMU: its BARs are mmap()ed through vfio,
#            VM_PFNMAP with VM_ALLOW_ANY_UNCACHED
#   00:03.0  no driver, memory decoding on: its BARs are mmap()ed through
#            sysfs resource<N>, VM_PFNMAP without VM_ALLOW_ANY_UNCACHED
#   00:04.0  vfio-pci too, with a 1 GiB BAR (aligned to 1 GiB)
VFIO_BDF=0000:00:02.0
SYSFS_BDF=0000:00:03.0
PUD_BDF=0000:00:04.0

setup_devices() {
	pci=/sys/bus/pci/devices
	for bdf in $VFIO_BDF $SYSFS_BDF $PUD_BDF; do
		[ -d $pci/$bdf ] || { echo "devices.sh: no PCI device at $bdf" >&2; return 1; }
	done
	echo Y >/sys/module/vfio/parameters/enable_unsafe_noiommu_mode || return 1
	for bdf in $VFIO_BDF $PUD_BDF; do
		echo vfio-pci >$pci/$bdf/driver_override &&
		echo $bdf >/sys/bus/pci/drivers_probe &&
		[ -e $pci/$bdf/driver ] ||
			{ echo "devices.sh: could not bind $bdf to vfio-pci" >&2; return 1; }
	done
	echo 1 >$pci/$SYSFS_BDF/enable ||
		{ echo "devices.sh: could not enable $SYSFS_BDF" >&2; return 1; }
}

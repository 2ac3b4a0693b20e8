# Sourced by guest/init: hand QEMU's two ivshmem-plain devices (see
# scripts/boot.sh) to their users, as a VMM's host would.
#   00:02.0  vfio-pci without an IOMMU: its BARs are mmap()ed through vfio,
#            VM_PFNMAP with VM_ALLOW_ANY_UNCACHED
#   00:03.0  no driver, memory decoding on: its BARs are mmap()ed through
#            sysfs resource<N>, VM_PFNMAP without VM_ALLOW_ANY_UNCACHED
VFIO_BDF=0000:00:02.0
SYSFS_BDF=0000:00:03.0

setup_devices() {
	pci=/sys/bus/pci/devices
	if [ ! -d $pci/$VFIO_BDF ] || [ ! -d $pci/$SYSFS_BDF ]; then
		echo "devices.sh: no PCI devices at $VFIO_BDF and $SYSFS_BDF" >&2
		return 1
	fi
	echo Y >/sys/module/vfio/parameters/enable_unsafe_noiommu_mode &&
	echo vfio-pci >$pci/$VFIO_BDF/driver_override &&
	echo $VFIO_BDF >/sys/bus/pci/drivers_probe &&
	[ -e $pci/$VFIO_BDF/driver ] &&
	echo 1 >$pci/$SYSFS_BDF/enable ||
		{ echo "devices.sh: could not set up $VFIO_BDF (vfio-pci) and $SYSFS_BDF" >&2; return 1; }
}

// SPDX-License-Identifier: GPL-2.0-only
/*
 * vmholder: create one KVM VM and hold it until killed.
 *
 * guest/init starts it before the tests, so that the number of VMs never
 * drops to zero between two tests. Each time it does, KVM disables its
 * preempt-notifier static key, and the next VM enables it again (text
 * patching). Without a VM held, about one run of the never-faults test in
 * 100 under QEMU 7.2's TCG has a vCPU thread whose sched-out and sched-in
 * notifiers do not pair: KVM enters the guest with the vCPU put (an EL2
 * exception loop in __guest_exit, the "hard lockup"), or returns to user
 * space with the guest's TPIDR_EL0 (a SIGSEGV at the next errno write).
 * With a VM held, none in 300 runs. VM_HOLD=0 (make test) turns it off.
 * guest/notifier_churn.c reproduces the failure in seconds, on the pristine
 * base kernel too, and only with QEMU's multi-threaded TCG (README.md).
 */
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(void)
{
	int kvm = open("/dev/kvm", O_RDWR);
	int vm = kvm < 0 ? -1 : ioctl(kvm, KVM_CREATE_VM, 0);

	if (vm < 0) {
		perror("vmholder: KVM_CREATE_VM");
		return 1;
	}
	printf("vmholder: one VM held (VM_HOLD=0 to run without)\n");
	fflush(stdout);
	for (;;)
		pause();
}

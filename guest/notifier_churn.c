// SPDX-License-Identifier: GPL-2.0-only
/*
 * notifier_churn: reproduce, without the lock capability, the rare failure
 * that guest/vmholder.c keeps out of the tests (see there).
 *
 * Each round creates one VM with one vCPU, runs its vCPU thread in KVM_RUN on
 * a guest that spins, migrates that thread between CPUs (each migration is a
 * sched-out and a sched-in preempt notifier: vcpu_put() then vcpu_load()), then
 * kicks it out with a signal and destroys the VM. With no other VM alive, each
 * round turns KVM's preempt-notifier static key on and off again.
 *
 * It checks what the two failures break:
 *  - after each KVM_RUN, that the thread's TPIDR_EL0 is its own, not the
 *    guest's (a vcpu_load() without a vcpu_put(): the guest's value was saved
 *    as the host's);
 *  - the other one, a vCPU entering the guest while put, loops at EL2 with
 *    interrupts masked: the run hangs, and the harness's timeout reports it.
 *
 * Usage: notifier_churn [rounds]   (default 2000); exit 0 if none failed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define GUEST_BASE	0x80000000UL
#define GUEST_SIZE	0x10000UL
#define GUEST_TPIDR	0x1de7ec7edbadc0deUL
#define CORE_REG(r)	(KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_CORE | \
			 (offsetof(struct kvm_regs, r) / sizeof(uint32_t)))
#define TPIDR_EL0_REG	ARM64_SYS_REG(3, 3, 13, 0, 2)

static int kvm_fd;
static volatile int stop;
static volatile pid_t vcpu_tid;
static volatile unsigned long leaks, runs;

static void die(const char *what)
{
	perror(what);
	exit(2);
}

static uint64_t read_tpidr(void)
{
	uint64_t v;

	asm volatile("mrs %0, tpidr_el0" : "=r"(v));
	return v;
}

static void write_tpidr(uint64_t v)
{
	asm volatile("msr tpidr_el0, %0" : : "r"(v));
}

/*
 * KVM_RUN without libc: its ioctl() writes errno (thread-local storage, found
 * through TPIDR_EL0) on EINTR, before the caller could check TPIDR_EL0.
 */
static long raw_ioctl(int fd, unsigned long req, unsigned long arg)
{
	register long x0 asm("x0") = fd;
	register long x1 asm("x1") = req;
	register long x2 asm("x2") = arg;
	register long x8 asm("x8") = SYS_ioctl;

	asm volatile("svc #0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x8) : "memory");
	return x0;
}

static void set_reg(int vcpu, uint64_t id, uint64_t val)
{
	struct kvm_one_reg reg = { .id = id, .addr = (uint64_t)&val };

	if (ioctl(vcpu, KVM_SET_ONE_REG, &reg))
		die("KVM_SET_ONE_REG");
}

static void *vcpu_thread(void *arg)
{
	int vcpu = *(int *)arg;
	uint64_t own = read_tpidr();

	vcpu_tid = syscall(SYS_gettid);
	while (!stop) {
		long r = raw_ioctl(vcpu, KVM_RUN, 0);
		uint64_t now = read_tpidr();

		if (now != own) {
			/* errno lives in TLS: put the thread pointer back first. */
			write_tpidr(own);
			leaks++;
			fprintf(stderr, "round with a leak: TPIDR_EL0 after KVM_RUN is %#llx, the guest's, not %#llx\n",
				(unsigned long long)now, (unsigned long long)own);
		}
		if (r && r != -EINTR) {
			errno = -r;
			die("KVM_RUN");
		}
		runs++;
	}
	return NULL;
}

static void on_signal(int sig)
{
	(void)sig;
}

static void migrate(pid_t tid, int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(tid, sizeof(set), &set))
		die("sched_setaffinity");
}

static void round_once(void *code, int ncpus)
{
	struct kvm_userspace_memory_region region = {
		.slot = 0, .guest_phys_addr = GUEST_BASE,
		.memory_size = GUEST_SIZE, .userspace_addr = (uint64_t)code,
	};
	struct kvm_vcpu_init init;
	pthread_t thread;
	int vm, vcpu, i;

	vm = ioctl(kvm_fd, KVM_CREATE_VM, 0);
	if (vm < 0)
		die("KVM_CREATE_VM");
	if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region))
		die("KVM_SET_USER_MEMORY_REGION");
	vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	if (vcpu < 0)
		die("KVM_CREATE_VCPU");
	if (ioctl(vm, KVM_ARM_PREFERRED_TARGET, &init) ||
	    ioctl(vcpu, KVM_ARM_VCPU_INIT, &init))
		die("KVM_ARM_VCPU_INIT");
	set_reg(vcpu, CORE_REG(regs.pc), GUEST_BASE);
	set_reg(vcpu, TPIDR_EL0_REG, GUEST_TPIDR);

	stop = 0;
	vcpu_tid = 0;
	if (pthread_create(&thread, NULL, vcpu_thread, &vcpu))
		die("pthread_create");
	while (!vcpu_tid)
		sched_yield();
	/* Each move is a sched-out on one CPU and a sched-in on another. */
	for (i = 0; i < 8; i++) {
		migrate(vcpu_tid, i % ncpus);
		usleep(1000);
	}
	stop = 1;
	while (pthread_tryjoin_np(thread, NULL)) {
		pthread_kill(thread, SIGUSR1);
		usleep(200);
	}
	close(vcpu);
	close(vm);
}

int main(int argc, char **argv)
{
	unsigned long rounds = argc > 1 ? strtoul(argv[1], NULL, 0) : 2000, n;
	/* add x0, x0, #1; b .-4 */
	static const uint32_t spin[] = { 0x91000400, 0x17ffffff };
	int ncpus = sysconf(_SC_NPROCESSORS_ONLN);
	struct sigaction sa = { .sa_handler = on_signal };	/* no SA_RESTART */
	struct timespec t0, t1;
	void *code;

	if (ncpus < 2) {
		fprintf(stderr, "notifier_churn: needs 2 CPUs\n");
		return 4;	/* KSFT_SKIP */
	}
	kvm_fd = open("/dev/kvm", O_RDWR);
	if (kvm_fd < 0)
		die("/dev/kvm");
	sigaction(SIGUSR1, &sa, NULL);
	code = mmap(NULL, GUEST_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (code == MAP_FAILED)
		die("mmap");
	for (n = 0; n < 1024; n += 2)
		((uint32_t *)code)[n] = spin[0], ((uint32_t *)code)[n + 1] = spin[1];

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (n = 1; n <= rounds; n++) {
		round_once(code, ncpus);
		if (n % 100 == 0 || n == rounds) {
			clock_gettime(CLOCK_MONOTONIC, &t1);
			printf("notifier_churn: %lu rounds, %lu KVM_RUNs, %lu TPIDR_EL0 leaks, %.0f s\n",
			       n, runs, leaks, (double)(t1.tv_sec - t0.tv_sec));
			fflush(stdout);
		}
	}
	return leaks ? 1 : 0;
}

//go:build !deepstream

/* surface_device.c: emulated device memory. On the dGPU SDK the frames of
 * CUDA_DEVICE (and DEFAULT) surfaces live in GPU memory that only CUDA
 * code may touch; here every surface is host memory. A go-deepstream
 * package that emulates CUDA operations on such "device pointers"
 * (surface/devmem) brackets each operation with these calls, so that an
 * address that is not inside a live surface (a stale pointer after the
 * buffer went, a forged one) is refused instead of dereferenced, and the
 * surface cannot be destroyed while the operation runs. */
#include "surface_internal.h"

/* nvbufsurface_embedded_device_begin: takes the registry lock and returns 0
 * when [ptr, ptr + len) lies inside the memory block of one live surface;
 * otherwise returns -1 without the lock. Each 0 must be followed by
 * nvbufsurface_embedded_device_end. The caller must not call other surface
 * functions in between (the lock is not recursive). */
int nvbufsurface_embedded_device_begin(const void *ptr, size_t len)
{
    if (!ptr || len == 0)
        return -1;
    uintptr_t a = (uintptr_t)ptr;
    if (a + len < a)
        return -1;
    nvbs_lock();
    if (nvbs_block_holds_locked(a, len))
        return 0;
    nvbs_unlock();
    return -1;
}

/* nvbufsurface_embedded_device_end: releases the lock taken by a
 * successful nvbufsurface_embedded_device_begin. */
void nvbufsurface_embedded_device_end(void)
{
    nvbs_unlock();
}

//go:build deepstream && !cuda

/* nocuda.c: package devmem built against the SDK without -tags cuda. The
 * frames are real GPU memory, which only CUDA may touch, and this build
 * links no CUDA runtime: every operation fails with GODS_DEVMEM_NO_CUDA. */
#include "devmem.go.h"

int gods_devmem_backend(void)
{
    return GODS_DEVMEM_NONE;
}

int gods_devmem_copy2d(uintptr_t dev, size_t dev_pitch, void *host, size_t host_pitch, size_t width, size_t height,
                       int to_device)
{
    return GODS_DEVMEM_NO_CUDA;
}

int gods_devmem_lut_u8(uintptr_t ptr, size_t pitch, size_t width, size_t height, size_t pixel_bytes,
                       size_t channel, const uint8_t *lut)
{
    return GODS_DEVMEM_NO_CUDA;
}

int gods_devmem_synchronize(void)
{
    return GODS_DEVMEM_NO_CUDA;
}

const char *gods_devmem_error_name(int code)
{
    return code == GODS_DEVMEM_NO_CUDA ? "built without -tags cuda" : "unknown error";
}

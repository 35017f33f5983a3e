//go:build deepstream && cuda

/* cuda.c: package devmem on the SDK with the CUDA runtime (libcudart).
 * Copies are cudaMemcpy2D on the legacy default stream, as the Python
 * sample's CuPy code runs on the null stream, with cudaMemcpyDefault: the
 * frame may be device, unified or pinned memory (surface.Surface.Device
 * accepts all three), and with unified virtual addressing (every 64-bit
 * dGPU platform) the runtime tells them apart by address. The package ships no
 * compiled kernels, so the channel lookup stages the image's rows through
 * host memory: one device-to-host and one host-to-device copy per call. */
#include <stdlib.h>

#include "devmem_cuda.go.h"
#include "devmem.go.h"

int gods_devmem_backend(void)
{
    return GODS_DEVMEM_CUDA;
}

int gods_devmem_copy2d(uintptr_t dev, size_t dev_pitch, void *host, size_t host_pitch, size_t width, size_t height,
                       int to_device)
{
    if (to_device)
        return (int)cudaMemcpy2D((void *)dev, dev_pitch, host, host_pitch, width, height, cudaMemcpyDefault);
    return (int)cudaMemcpy2D(host, host_pitch, (const void *)dev, dev_pitch, width, height, cudaMemcpyDefault);
}

int gods_devmem_lut_u8(uintptr_t ptr, size_t pitch, size_t width, size_t height, size_t pixel_bytes,
                       size_t channel, const uint8_t *lut)
{
    size_t row = width * pixel_bytes;
    if (width == 0 || height == 0 || pixel_bytes == 0 || width > SIZE_MAX / pixel_bytes || row > SIZE_MAX / height)
        return GODS_DEVMEM_NO_MEMORY;
    uint8_t *host = malloc(row * height);
    if (!host)
        return GODS_DEVMEM_NO_MEMORY;
    cudaError_t rc = cudaMemcpy2D(host, row, (const void *)ptr, pitch, row, height, cudaMemcpyDefault);
    if (rc == cudaSuccess) {
        for (size_t i = channel; i < row * height; i += pixel_bytes)
            host[i] = lut[host[i]];
        rc = cudaMemcpy2D((void *)ptr, pitch, host, row, row, height, cudaMemcpyDefault);
    }
    free(host);
    return (int)rc;
}

int gods_devmem_synchronize(void)
{
    return (int)cudaStreamSynchronize(0);
}

const char *gods_devmem_error_name(int code)
{
    if (code == GODS_DEVMEM_NO_MEMORY)
        return "out of host memory";
    return cudaGetErrorName((cudaError_t)code);
}

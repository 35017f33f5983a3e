/* devmem.go.h: the C interface of package devmem. One implementation is
 * compiled per build: emulated.c (embedded runtime: "device" memory is
 * host memory), cuda.c (-tags 'deepstream cuda': libcudart) or nocuda.c
 * (-tags deepstream alone: every operation fails with GODS_DEVMEM_NO_CUDA). */
#ifndef GO_DEEPSTREAM_DEVMEM_GO_H
#define GO_DEEPSTREAM_DEVMEM_GO_H

#include <stddef.h>
#include <stdint.h>

/* The backends (gods_devmem_backend). */
enum { GODS_DEVMEM_EMULATED = 0, GODS_DEVMEM_CUDA = 1, GODS_DEVMEM_NONE = 2 };

/* Results besides 0 (success) and, with CUDA, a positive cudaError_t. */
enum {
    GODS_DEVMEM_NOT_DEVICE = -1, /* emulated: not inside a live surface */
    GODS_DEVMEM_NO_CUDA = -2,    /* SDK build without -tags cuda */
    GODS_DEVMEM_NO_MEMORY = -3,  /* host staging buffer not allocated */
};

/* Which implementation this build compiled. */
int gods_devmem_backend(void);

/* Copies height rows of width bytes between device memory dev (rows
 * dev_pitch apart) and host memory host (rows host_pitch apart): to the
 * device when to_device, else to the host. Device to host returns when the
 * copy is done (cudaMemcpy2D semantics). */
int gods_devmem_copy2d(uintptr_t dev, size_t dev_pitch, void *host, size_t host_pitch, size_t width, size_t height,
                       int to_device);

/* Replaces byte channel of each pixel of a pitch-linear 8-bit image in
 * device memory with lut[byte]: height rows of width pixels of
 * pixel_bytes bytes, rows pitch bytes apart. */
int gods_devmem_lut_u8(uintptr_t ptr, size_t pitch, size_t width, size_t height, size_t pixel_bytes,
                       size_t channel, const uint8_t *lut);

/* Waits for the device's default stream (cudaStreamSynchronize(0)). */
int gods_devmem_synchronize(void);

/* A name for a result code: the cudaError_t's name with CUDA. */
const char *gods_devmem_error_name(int code);

/* Bytes an image of height rows, pitch apart, whose rows hold row bytes,
 * spans from its first byte; 0 on overflow or an empty image. */
static inline size_t gods_devmem_span(size_t pitch, size_t row, size_t height)
{
    if (height == 0 || row == 0 || (height > 1 && pitch > (SIZE_MAX - row) / (height - 1)))
        return 0;
    return (height - 1) * pitch + row;
}

#endif /* GO_DEEPSTREAM_DEVMEM_GO_H */

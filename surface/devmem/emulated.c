//go:build !deepstream

/* emulated.c: package devmem on the embedded runtime, whose "device"
 * memory is host memory. Every operation first proves, under the runtime's
 * surface lock, that the device range lies in a live surface
 * (nvbufsurface_embedded_device_begin), so a stale pointer is an error,
 * not a crash, and the surface cannot go away mid-operation. */
#include <string.h>

#include "nvbufsurface_embedded.h"
#include "devmem.go.h"

int gods_devmem_backend(void)
{
    return GODS_DEVMEM_EMULATED;
}

int gods_devmem_copy2d(uintptr_t dev, size_t dev_pitch, void *host, size_t host_pitch, size_t width, size_t height,
                       int to_device)
{
    size_t span = gods_devmem_span(dev_pitch, width, height);
    if (span == 0 || nvbufsurface_embedded_device_begin((const void *)dev, span))
        return GODS_DEVMEM_NOT_DEVICE;
    uint8_t *d = (uint8_t *)dev, *h = host;
    for (size_t y = 0; y < height; y++) {
        if (to_device)
            memcpy(d + y * dev_pitch, h + y * host_pitch, width);
        else
            memcpy(h + y * host_pitch, d + y * dev_pitch, width);
    }
    nvbufsurface_embedded_device_end();
    return 0;
}

int gods_devmem_lut_u8(uintptr_t ptr, size_t pitch, size_t width, size_t height, size_t pixel_bytes,
                       size_t channel, const uint8_t *lut)
{
    if (width == 0 || pixel_bytes == 0 || width > SIZE_MAX / pixel_bytes)
        return GODS_DEVMEM_NOT_DEVICE;
    size_t span = gods_devmem_span(pitch, width * pixel_bytes, height);
    if (span == 0 || nvbufsurface_embedded_device_begin((const void *)ptr, span))
        return GODS_DEVMEM_NOT_DEVICE;
    for (size_t y = 0; y < height; y++) {
        uint8_t *p = (uint8_t *)ptr + y * pitch + channel;
        for (size_t x = 0; x < width; x++, p += pixel_bytes)
            *p = lut[*p];
    }
    nvbufsurface_embedded_device_end();
    return 0;
}

int gods_devmem_synchronize(void)
{
    return 0; /* every emulated operation completes before it returns */
}

const char *gods_devmem_error_name(int code)
{
    switch (code) {
    case 0:
        return "success";
    case GODS_DEVMEM_NOT_DEVICE:
        return "not inside a live surface of the embedded runtime";
    default:
        return "unknown error";
    }
}

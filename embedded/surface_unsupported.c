//go:build !deepstream

/* surface_unsupported.c: the parts of nvbufsurface.h that need a GPU, EGL,
 * NVMM or dmabuf. Each is "not supported by the embedded runtime" and
 * returns -1 without touching its arguments, as the SDK does for calls a
 * platform lacks. They exist so that SDK programs link unchanged. */
#include "surface_internal.h"

/* NvBufSurfaceFromFd: no dmabuf fds exist here. */
int NvBufSurfaceFromFd(int dmabuf_fd, void **buffer)
{
    return -1;
}

/* NvBufSurfaceImport: importing foreign (dmabuf/IPC) memory is not supported. */
int NvBufSurfaceImport(NvBufSurface **out_nvbuf_surf, const NvBufSurfaceMapParams *in_params)
{
    return -1;
}

/* NvBufSurfaceMapEglImage: no EGL. */
int NvBufSurfaceMapEglImage(NvBufSurface *surf, int index)
{
    return -1;
}

/* NvBufSurfaceUnMapEglImage: no EGL. */
int NvBufSurfaceUnMapEglImage(NvBufSurface *surf, int index)
{
    return -1;
}

#if NVDS_VERSION_MAJOR >= 8
/* NvBufSurfaceGetDeviceInfo: there is no device to describe. */
int NvBufSurfaceGetDeviceInfo(NvBufSurfaceDeviceInfo *info)
{
    return -1;
}

/* NvBufSurfaceMapCudaBuffer: no CUDA. */
int NvBufSurfaceMapCudaBuffer(NvBufSurface *surf, int index)
{
    return -1;
}

/* NvBufSurfaceUnMapCudaBuffer: no CUDA. */
int NvBufSurfaceUnMapCudaBuffer(NvBufSurface *surf, int index)
{
    return -1;
}

/* NvBufSurfaceMapNvmmBuffer: no NVMM. */
int NvBufSurfaceMapNvmmBuffer(NvBufSurface *surf, int index)
{
    return -1;
}

/* NvBufSurfaceUnMapNvmmBuffer: no NVMM. */
int NvBufSurfaceUnMapNvmmBuffer(NvBufSurface *surf, int index)
{
    return -1;
}
#endif

#if NVDS_VERSION_MAJOR >= 9
/* NvBufSurfaceSyncGpuL2CacheForDevice: no GPU L2 cache. */
int NvBufSurfaceSyncGpuL2CacheForDevice(NvBufSurface *surf, int index,
                                        NvBufSurfaceGPUL2SyncParams *params)
{
    return -1;
}
#endif

//go:build !deepstream

/* nvds_version.h: report the emulated SDK release. */
#include <stdio.h>

#include "nvds_version.h"

void nvds_version(unsigned int *major, unsigned int *minor)
{
    if (major)
        *major = NVDS_VERSION_MAJOR;
    if (minor)
        *minor = NVDS_VERSION_MINOR;
}

void nvds_version_print(void)
{
    printf("DeepStreamSDK %d.%d.%d (go-deepstream embedded runtime)\n",
           NVDS_VERSION_MAJOR, NVDS_VERSION_MINOR, NVDS_VERSION_MICRO);
}

void nvds_dependencies_version_print(void)
{
    printf("go-deepstream embedded runtime: CPU only, no CUDA, no TensorRT\n");
}

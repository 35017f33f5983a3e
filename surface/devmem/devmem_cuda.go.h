/* devmem_cuda.go.h: the CUDA runtime API that cuda.c calls. Where the CUDA
 * toolkit's headers are installed they are used; otherwise the few
 * declarations below stand in for them, written from the CUDA runtime's
 * documented ABI (enum values and prototypes), so that
 * `go vet -tags 'deepstream cuda'` type-checks the package on a machine
 * without CUDA. Linking still needs libcudart. */
#ifndef GO_DEEPSTREAM_DEVMEM_CUDA_GO_H
#define GO_DEEPSTREAM_DEVMEM_CUDA_GO_H

#include <stddef.h>

#if defined(__has_include) && __has_include(<cuda_runtime_api.h>)
#include <cuda_runtime_api.h>
#else
typedef int cudaError_t; /* enum cudaError; cudaSuccess is 0 */
#define cudaSuccess 0
enum cudaMemcpyKind {
    cudaMemcpyHostToHost = 0,
    cudaMemcpyHostToDevice = 1,
    cudaMemcpyDeviceToHost = 2,
    cudaMemcpyDeviceToDevice = 3,
    cudaMemcpyDefault = 4,
};
typedef struct CUstream_st *cudaStream_t;
cudaError_t cudaMemcpy2D(void *dst, size_t dpitch, const void *src, size_t spitch, size_t width, size_t height,
                         enum cudaMemcpyKind kind);
cudaError_t cudaStreamSynchronize(cudaStream_t stream);
const char *cudaGetErrorName(cudaError_t error);
#endif

#endif /* GO_DEEPSTREAM_DEVMEM_CUDA_GO_H */

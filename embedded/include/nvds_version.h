/* nvds_version.h: the SDK version the embedded runtime emulates.
 * Written by hand for go-deepstream (the other headers are generated).
 *
 * DS_EMBEDDED_ABI selects the emulated release: 70 (DeepStream 7.0),
 * 71 (7.1), 80 (8.0), 90 (9.0) or 91 (9.1, the default). The Go build tags
 * dsabi70, dsabi71, dsabi80 and dsabi90 set it; C programs pass
 * -DDS_EMBEDDED_ABI=71 and so on. Every other header tests
 * NVDS_VERSION_MAJOR and NVDS_VERSION_MINOR only, as code written for the
 * real SDK does: 7.0/7.1 and 9.0/9.1 differ, so the minor number matters. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDS_VERSION_H
#define GO_DEEPSTREAM_EMBEDDED_NVDS_VERSION_H

#ifndef DS_EMBEDDED_ABI
#define DS_EMBEDDED_ABI 91
#endif

#if DS_EMBEDDED_ABI == 70
#define NVDS_VERSION_MAJOR 7
#define NVDS_VERSION_MINOR 0
#elif DS_EMBEDDED_ABI == 71
#define NVDS_VERSION_MAJOR 7
#define NVDS_VERSION_MINOR 1
#elif DS_EMBEDDED_ABI == 80
#define NVDS_VERSION_MAJOR 8
#define NVDS_VERSION_MINOR 0
#elif DS_EMBEDDED_ABI == 90
#define NVDS_VERSION_MAJOR 9
#define NVDS_VERSION_MINOR 0
#elif DS_EMBEDDED_ABI == 91
#define NVDS_VERSION_MAJOR 9
#define NVDS_VERSION_MINOR 1
#else
#error "DS_EMBEDDED_ABI must be 70, 71, 80, 90 or 91"
#endif
#define NVDS_VERSION_MICRO 0

/* Marks the headers as go-deepstream's embedded runtime, not the SDK. */
#define NVDS_EMBEDDED_RUNTIME 1

#ifdef __cplusplus
extern "C" {
#endif

void nvds_version(unsigned int *major, unsigned int *minor);
void nvds_version_print(void);
void nvds_dependencies_version_print(void);

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDS_VERSION_H */

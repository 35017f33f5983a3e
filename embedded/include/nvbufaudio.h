/* nvbufaudio.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVBUFAUDIO_H
#define GO_DEEPSTREAM_EMBEDDED_NVBUFAUDIO_H

#include "nvds_version.h"
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef RESERVED_BYTES
#define RESERVED_BYTES 16
#endif

typedef enum {
  NVBUF_AUDIO_INVALID_FORMAT = 0,
  NVBUF_AUDIO_S8 = 1,
  NVBUF_AUDIO_U8 = 2,
  NVBUF_AUDIO_S16LE = 3,
  NVBUF_AUDIO_S16BE = 4,
  NVBUF_AUDIO_U16LE = 5,
  NVBUF_AUDIO_U16BE = 6,
  NVBUF_AUDIO_S24_32LE = 7,
  NVBUF_AUDIO_S24_32BE = 8,
  NVBUF_AUDIO_U24_32LE = 9,
  NVBUF_AUDIO_U24_32BE = 10,
  NVBUF_AUDIO_S32LE = 11,
  NVBUF_AUDIO_S32BE = 12,
  NVBUF_AUDIO_U32LE = 13,
  NVBUF_AUDIO_U32BE = 14,
  NVBUF_AUDIO_S24LE = 15,
  NVBUF_AUDIO_S24BE = 16,
  NVBUF_AUDIO_U24LE = 17,
  NVBUF_AUDIO_U24BE = 18,
  NVBUF_AUDIO_S20LE = 19,
  NVBUF_AUDIO_S20BE = 20,
  NVBUF_AUDIO_U20LE = 21,
  NVBUF_AUDIO_U20BE = 22,
  NVBUF_AUDIO_S18LE = 23,
  NVBUF_AUDIO_S18BE = 24,
  NVBUF_AUDIO_U18LE = 25,
  NVBUF_AUDIO_U18BE = 26,
  NVBUF_AUDIO_F32LE = 27,
  NVBUF_AUDIO_F32BE = 28,
  NVBUF_AUDIO_F64LE = 29,
  NVBUF_AUDIO_F64BE = 30,
} NvBufAudioFormat;
typedef enum {
  NVBUF_AUDIO_INVALID_LAYOUT = 0,
  NVBUF_AUDIO_INTERLEAVED = 1,
  NVBUF_AUDIO_NON_INTERLEAVED = 2,
} NvBufAudioLayout;


typedef struct {
  NvBufAudioLayout layout;
  NvBufAudioFormat format;
  uint32_t bpf;
  uint32_t channels;
  uint32_t rate;
  uint32_t dataSize;
  void *dataPtr;
  uint32_t padId;
  uint32_t sourceId;
  uint64_t ntpTimestamp;
  uint64_t bufPts;
  uint64_t duration;
  uint8_t reserved[RESERVED_BYTES];
} NvBufAudioParams;
typedef struct {
  uint32_t numFilled;
  uint32_t batchSize;
  bool isContiguous;
  NvBufAudioParams *audioBuffers;
} NvBufAudio;

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVBUFAUDIO_H */

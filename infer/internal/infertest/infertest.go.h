/* infertest.go.h: infer's test fixture. It has no C of its own: it builds
 * inference metadata with the payload constructors of infer's glue
 * (infer.go.h), the ones the stand-in nvinfer uses. Test-only. */
#ifndef GO_DEEPSTREAM_INFERTEST_GO_H
#define GO_DEEPSTREAM_INFERTEST_GO_H

#include "../../infer.go.h"

#endif

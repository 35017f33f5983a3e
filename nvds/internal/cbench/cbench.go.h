/* cbench.go.h: C baselines and harnesses for go-deepstream's benchmarks and
 * probe tests. Each baseline does, in C, exactly the work its Go
 * counterpart in nvds/bench_test.go does. */
#ifndef GO_DEEPSTREAM_CBENCH_GO_H
#define GO_DEEPSTREAM_CBENCH_GO_H

#include <stdint.h>
#include <stdlib.h>
#include <gst/gst.h>

#include "nvdsmeta.h"
#include "gstnvdsmeta.h"

/* gst_init, and count GLib/GStreamer warnings and criticals from now on. */
void gods_cbench_init(void);

/* How many warnings and criticals the GStreamer, GLib and GLib-GObject log
 * domains have emitted since gods_cbench_init. */
gint64 gods_cbench_warnings(void);

/* Sum of class_id, confidence and rect_params left/top/width/height over
 * every object of every frame, in list order. */
double gods_cbench_walk_batch(NvDsBatchMeta *batch);

/* n times: acquire an object meta, fill class_id, object_id, confidence,
 * unique_component_id and rect_params left/top/width/height, add it to
 * frame without a parent. */
void gods_cbench_acquire_fill_add(NvDsBatchMeta *batch, NvDsFrameMeta *frame, int n);

/* Return frame's objects to the pool. */
void gods_cbench_clear_objects(NvDsFrameMeta *frame);

/* A linked, active pad pair outside any element; the sink pad's chain
 * function drops every buffer. Stream-start, caps and segment have been
 * pushed. Both pads are owned by the caller (gods_cbench_unref). */
void gods_cbench_pad_pair(GstPad **src, GstPad **sink);

/* A buffer of size bytes with a batch meta of frames frames attached
 * (frames == 0: no batch meta). Owned by the caller. */
GstBuffer *gods_cbench_new_buffer(gsize size, int frames);

/* Push buf n times through src (a reference each time), from a new thread
 * that GStreamer, not Go, created: the situation of a streaming thread.
 * Returns the nanoseconds the loop took, or -1 on a flow error. */
gint64 gods_cbench_push_on_thread(GstPad *src, GstBuffer *buf, gint64 n);

/* The same, from the calling thread. */
gint64 gods_cbench_push(GstPad *src, GstBuffer *buf, gint64 n);

/* A C buffer probe doing what the Go benchmark observer does: read the
 * batch meta and its num_frames_in_batch. Returns the probe id. */
gulong gods_cbench_add_c_probe(GstPad *pad);
void gods_cbench_remove_probe(GstPad *pad, gulong id);

/* How many buffers C probes have seen. */
gint64 gods_cbench_c_probe_calls(void);

/* gst_parse_launch; NULL on error. */
GstElement *gods_cbench_pipeline(const char *desc);

/* The named element's static pad, with a reference; NULL if none. */
GstPad *gods_cbench_element_pad(GstElement *pipeline, const char *element, const char *pad);

/* Play pipeline to EOS and set it to NULL. Returns the nanoseconds from
 * PLAYING to EOS, or -1 on error. */
gint64 gods_cbench_run(GstElement *pipeline);

/* Run pipeline like gods_cbench_run; on an error message, return its text
 * (g_malloc'ed, the caller frees it), on EOS NULL. */
char *gods_cbench_run_error(GstElement *pipeline);

void gods_cbench_unref(gpointer object);
void gods_cbench_buffer_unref(GstBuffer *buf);

#endif

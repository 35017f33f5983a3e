// Package objenc is the Go API over DeepStream's JPEG object encoder
// (nvds_obj_encode.h, libnvds_batch_jpegenc): it cuts an object's box, or
// a whole frame, out of a batch's NvBufSurface and encodes it as a JPEG,
// which it saves to a file and/or attaches to the object (or frame) as
// user meta of type NVDS_CROP_IMAGE_META.
//
// # Use
//
// A Context is the one owned value: NewContext makes it, Destroy frees it
// (safe on nil and idempotent; later calls give ErrClosed). In a probe,
// Process queues one crop per call and Finish waits until they are all
// encoded, saved and attached:
//
//	surf, err := surface.FromBuffer(info.Buffer())
//	...
//	for obj := range frame.Objects() {
//		err := enc.Process(surf, frame, obj, objenc.Args{AttachUserMeta: true, Quality: 90})
//		...
//	}
//	err = enc.Finish()
//
// Downstream, CropFromUser reads the attached crops:
//
//	for crop := range nvds.Payloads(obj.UserMeta(), objenc.CropFromUser) {
//		jpegBytes := crop.Bytes() // zero-copy, valid with the meta
//	}
//
// Crop is a borrowed view, valid only while the buffer that carries it is
// alive and inside the probe or callback that produced it. The metas own
// their JPEG bytes through C copy and release functions, so they survive
// every copy an element makes of the batch metadata and are freed with it.
//
// # Errors
//
// Process checks what it can before the encoder sees it, so bad input is
// an *nvds.Error, never a crash: a zero surface (ErrNoSurface) or meta
// (nvds.ErrNilMeta), a frame outside the batch or a box with no pixel in
// the frame (nvds.ErrOutOfRange), Args that ask for nothing, a missing
// folder or an invalid quality or size (ErrBadArgs), and the encoder's own
// refusal (ErrEncode).
//
// # Backends
//
// With the SDK (-tags deepstream) the calls go to libnvds_batch_jpegenc,
// which encodes on the GPU. On the embedded runtime the same C functions
// are go-deepstream's own: they read RGBA-family, RGB/BGR, GRAY8, NV12/NV21
// and I420/YV12 frames in pitch layout from any memory type, scale
// bilinearly, encode with libjpeg and write the same metas; see
// docs/objenc.md.
package objenc

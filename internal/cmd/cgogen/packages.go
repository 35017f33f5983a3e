package main

// pkg describes one package that compiles C: the only facts that differ
// between the binding packages' cgo flags. Everything else (C standard,
// warnings, the ABI defines, the header search path of each backend) is the
// same for all of them and lives in the template.
type pkg struct {
	// Dir is the package folder, relative to the module root.
	Dir string
	// CXX: the package has C++ sources (CXXFLAGS are written too).
	CXX bool
	// Libs are the SDK libraries this package owns: linked under
	// -tags deepstream. A library has exactly one owner; packages that call
	// into it import the owner (see Uses).
	Libs []string
	// Uses are packages imported only for the SDK libraries they link.
	Uses []string
	// PkgConfig lists pkg-config modules beyond gstreamer-1.0.
	PkgConfig []string
	// EmbeddedLibs are linked only in the embedded build (stand-ins).
	EmbeddedLibs []string
	// Runtime marks the embedded runtime itself: its own include folder,
	// no cshim, no import of itself.
	Runtime bool
	// CUDA links the CUDA runtime (libcudart, under /usr/local/cuda)
	// when built with -tags 'deepstream cuda'.
	CUDA bool
	// ExtraWarnings adds -Wextra (code of our own that is C through and
	// through: the runtime and the stand-ins).
	ExtraWarnings bool
}

const (
	libMeta  = "nvds_meta"
	libGst   = "nvdsgst_meta"
	nvdsPkg  = "github.com/go-deepstream/go-deepstream/nvds"
	cshimPkg = "github.com/go-deepstream/go-deepstream/nvds/internal/cshim"
	surfPkg  = "github.com/go-deepstream/go-deepstream/surface"
)

// packages is every folder with cgo code. The lint step fails on a folder
// that compiles C and is missing here.
var packages = []pkg{
	// libjpeg: the runtime's JPEG object encoder (objenc_*.c,
	// nvds_obj_encode.h).
	{Dir: "embedded", Runtime: true, ExtraWarnings: true, PkgConfig: []string{"gstreamer-base-1.0"},
		EmbeddedLibs: []string{"-ljpeg"}},
	{Dir: "nvds"},
	// cshim owns the metadata libraries: it is the lowest package calling
	// them, and every package that reaches them imports it (through nvds).
	{Dir: "nvds/internal/cshim", Libs: []string{libGst, libMeta}},
	{Dir: "nvds/internal/cbench", Uses: []string{cshimPkg}},
	{Dir: "surface", Libs: []string{"nvbufsurface"}},
	{Dir: "surface/internal/surfacetest", Uses: []string{surfPkg}},
	// devmem emulates device memory on the runtime and calls libcudart
	// under -tags 'deepstream cuda'.
	{Dir: "surface/devmem", CUDA: true},
	{Dir: "events", Libs: []string{"nvdsgst_helper", "nvdsgst_customhelper"}},
	{Dir: "callbacks"},
	{Dir: "callbacks/internal/cbtest"},
	{Dir: "schema"},
	{Dir: "schema/internal/schematest"},
	{Dir: "infer"},
	{Dir: "infer/internal/infertest"},
	{Dir: "latency"},
	{Dir: "latency/internal/latencytest"},
	{Dir: "opticalflow"},
	{Dir: "opticalflow/internal/flowtest"},
	// objenc owns the JPEG object encoder's library (nvds_obj_encode.h).
	{Dir: "objenc", Libs: []string{"nvds_batch_jpegenc"}, Uses: []string{surfPkg}},
	{Dir: "tracker"},
	{Dir: "tracker/internal/trackertest"},
	{Dir: "analytics", CXX: true},
	{Dir: "analytics/internal/analyticstest", Uses: []string{nvdsPkg}},
	{Dir: "preprocess", CXX: true},
	// rtspserver binds gst-rtsp-server (GStreamer, not DeepStream): no SDK
	// library of its own.
	{Dir: "rtspserver", PkgConfig: []string{"gstreamer-rtsp-server-1.0"}},
	{Dir: "standin", ExtraWarnings: true,
		PkgConfig:    []string{"gstreamer-base-1.0", "gstreamer-video-1.0"},
		EmbeddedLibs: []string{"-lm", "-lmosquitto", "-lrdkafka", "-lhiredis", "-lrabbitmq"}},
}

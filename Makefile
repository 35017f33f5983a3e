# go-deepstream build entry points. `make test` is what CI runs (through
# .ci/run); `make demo` is the README's main job. Both install what is
# missing first (scripts/setup.sh).

SHELL := /bin/bash
GO ?= go
BUILD := build
# Emulated DeepStream releases (docs/releases.md). Every one is compiled:
# the runtime libraries and the C tests (libs, ctest), and every package,
# main and test in SDK mode (sdk-build). The slower runs (test-go,
# ctest-asan) cover TEST_ABIS: the newest release of each major version,
# whose layouts the others share but for a few fields gated by minor.
ABIS := 91 90 80 71 70
TEST_ABIS := 91 80 71
# Go build tags selecting each emulated ABI (9.1 is the default, no tag).
# abitag (shell): the tag of release $$a, set inside a recipe's loop over
# ABIs. (A make variable such as $(tags_$(a)) cannot see the shell's $$a:
# it expanded to nothing, so every ABI ran as 9.1.)
abitag = t=dsabi$$a; [ $$a = 91 ] && t=;

PKGS_GST := gstreamer-1.0 gstreamer-base-1.0 gstreamer-video-1.0
CFLAGS_RT := -std=gnu11 -Wall -Wextra -Wno-unused-parameter -fPIC -O2 -g \
	-Iembedded/include $(shell pkg-config --cflags $(PKGS_GST) 2>/dev/null)
LIBS_GST := $(shell pkg-config --libs $(PKGS_GST) 2>/dev/null)

# The embedded runtime's C sources, by the SDK library they stand in for.
SRC_META := embedded/version.c $(wildcard embedded/meta_*.c)
SRC_GSTMETA := $(wildcard embedded/gstmeta*.c embedded/latency_*.c)
# gst-nvevent.h and gst-nvmessage.h live in libnvdsgst_helper,
# gst-nvdscustomevent.h in libnvdsgst_customhelper, as in the SDK.
SRC_HELPER := embedded/nvevent_stream.c embedded/nvevent_message.c embedded/ntp_sync.c
SRC_CUSTOMHELPER := embedded/nvevent_custom.c
SRC_SURFACE := $(wildcard embedded/surface_*.c)
SRC_POOL := $(wildcard embedded/bufferpool*.c)
# nvds_obj_encode.h lives in libnvds_batch_jpegenc, as in the SDK.
SRC_JPEGENC := $(wildcard embedded/objenc_*.c)
CTESTS := $(wildcard embedded/ctest/*_test.c)

.PHONY: demo all setup headers check-headers check-cgo cgo libs plugin ctest ctest-asan sdk-build test test-go fuzz test-asan test-leak layout demo bench lint clean

all: libs

setup:
	@bash scripts/setup.sh

## headers: regenerate the SDK-named headers from the ABI facts.
headers:
	$(GO) run ./internal/cmd/abigen -out embedded/include

## cgo: rewrite every package's cgo_flags.go from internal/cmd/cgogen.
cgo:
	$(GO) run ./internal/cmd/cgogen

## check-headers: fail when a generated header differs from what the
## generator writes now (hand-written headers carry no generator mark).
check-headers:
	@tmp=$$(mktemp -d) && $(GO) run ./internal/cmd/abigen -out $$tmp >/dev/null && \
	for f in $$(grep -l 'written by internal/cmd/abigen' embedded/include/*.h) $$tmp/*.h; do \
	  n=$$(basename $$f); diff -u embedded/include/$$n $$tmp/$$n || { rm -rf $$tmp; exit 1; }; \
	done; rm -rf $$tmp; echo "headers: up to date"

## libs: the runtime as shared libraries with the SDK's names, per ABI.
libs: $(foreach a,$(ABIS),$(BUILD)/abi$(a)/lib/libnvds_meta.so)

$(BUILD)/abi%/lib/libnvds_meta.so: $(SRC_META) $(SRC_GSTMETA) $(SRC_HELPER) $(SRC_CUSTOMHELPER) $(SRC_SURFACE) $(SRC_POOL) $(SRC_JPEGENC) $(wildcard embedded/*.h embedded/include/*.h)
	@mkdir -p $(@D)
	gcc $(CFLAGS_RT) -DDS_EMBEDDED_ABI=$* -shared -o $(@D)/libnvds_meta.so $(SRC_META) $(LIBS_GST)
	gcc $(CFLAGS_RT) -DDS_EMBEDDED_ABI=$* -shared -o $(@D)/libnvdsgst_meta.so $(SRC_GSTMETA) -L$(@D) -lnvds_meta $(LIBS_GST)
	gcc $(CFLAGS_RT) -DDS_EMBEDDED_ABI=$* -shared -o $(@D)/libnvdsgst_helper.so $(SRC_HELPER) $(LIBS_GST)
	gcc $(CFLAGS_RT) -DDS_EMBEDDED_ABI=$* -shared -o $(@D)/libnvdsgst_customhelper.so $(SRC_CUSTOMHELPER) $(LIBS_GST)
	gcc $(CFLAGS_RT) -DDS_EMBEDDED_ABI=$* -shared -o $(@D)/libnvbufsurface.so $(SRC_SURFACE) $(LIBS_GST)
	$(if $(SRC_POOL),gcc $(CFLAGS_RT) -DDS_EMBEDDED_ABI=$* -shared -o $(@D)/libnvdsbufferpool.so $(SRC_POOL) -L$(@D) -lnvbufsurface $(LIBS_GST))
	gcc $(CFLAGS_RT) -DDS_EMBEDDED_ABI=$* -shared -o $(@D)/libnvds_batch_jpegenc.so $(SRC_JPEGENC) -L$(@D) -lnvbufsurface -lnvds_meta $(LIBS_GST) -ljpeg

## plugin: the CPU stand-in elements (standin/) as a GStreamer plugin file,
## with the embedded runtime linked in (emulating 9.1):
##   GST_PLUGIN_PATH=build/plugin gst-launch-1.0 filesrc location=... ! h264parse ! nvv4l2decoder ! ...
# The binding packages' C glue the stand-ins build their payloads with.
SRC_STANDIN := $(wildcard standin/*.c) infer/infer.c schema/eventmsg.c tracker/tracker.c
# nvdsanalytics' and nvdspreprocess's metadata hold C++ types: packages
# analytics' and preprocess's shims build them (C++, compiled apart from
# the C).
SRC_STANDIN_CXX := analytics/analytics_shim.cc preprocess/preprocess_shim.cc
OBJ_STANDIN_CXX := $(patsubst %.cc,$(BUILD)/plugin/%.o,$(notdir $(SRC_STANDIN_CXX)))
CXXFLAGS_RT := -std=c++17 -Wall -fPIC -O2 -g -Iembedded/include $(shell pkg-config --cflags $(PKGS_GST) 2>/dev/null)
plugin: $(BUILD)/plugin/libgstnvdsstandin.so

$(BUILD)/plugin/analytics_shim.o: analytics/analytics_shim.cc $(wildcard analytics/*.h embedded/include/*.h)
	@mkdir -p $(@D)
	g++ $(CXXFLAGS_RT) -c -o $@ $<

$(BUILD)/plugin/preprocess_shim.o: preprocess/preprocess_shim.cc $(wildcard preprocess/*.h embedded/include/*.h)
	@mkdir -p $(@D)
	g++ $(CXXFLAGS_RT) -c -o $@ $<

$(BUILD)/plugin/libgstnvdsstandin.so: $(SRC_STANDIN) $(OBJ_STANDIN_CXX) $(wildcard standin/*.h) infer/infer.go.h schema/schema.go.h tracker/tracker.go.h analytics/analytics_shim.go.h nvds/internal/cshim/cshim.go.h $(SRC_META) $(SRC_GSTMETA) $(SRC_SURFACE) $(SRC_POOL) $(wildcard embedded/*.h embedded/include/*.h)
	@mkdir -p $(@D)
	gcc $(CFLAGS_RT) -Invds/internal/cshim -DGODS_STANDIN_PLUGIN_FILE -Wl,-Bsymbolic -shared -o $@ $(SRC_STANDIN) $(OBJ_STANDIN_CXX) $(SRC_META) $(SRC_GSTMETA) $(SRC_HELPER) $(SRC_CUSTOMHELPER) $(SRC_SURFACE) $(SRC_POOL) $(LIBS_GST) -lm -lmosquitto -lrdkafka -lhiredis -lrabbitmq -lstdc++

## ctest: C test programs written against the SDK API, linked against the
## shared libraries (as an SDK program would be), for every ABI.
ctest: libs
	@set -e; for a in $(ABIS); do for t in $(CTESTS); do \
	  n=$$(basename $$t .c); lib=$(BUILD)/abi$$a/lib; \
	  gcc $(CFLAGS_RT) -DDS_EMBEDDED_ABI=$$a -o $(BUILD)/abi$$a/$$n $$t -L$$lib \
	    -lnvds_batch_jpegenc -lnvdsbufferpool -lnvbufsurface -lnvdsgst_customhelper -lnvdsgst_helper -lnvdsgst_meta -lnvds_meta $(LIBS_GST) -Wl,-rpath,$$PWD/$$lib; \
	  echo "ctest: abi $$a $$n"; $(BUILD)/abi$$a/$$n; \
	done; done

## ctest-asan: the same programs compiled together with the runtime sources
## under AddressSanitizer and UndefinedBehaviorSanitizer (TEST_ABIS).
ctest-asan:
	@set -e; for a in $(TEST_ABIS); do for t in $(CTESTS); do \
	  n=$$(basename $$t .c); mkdir -p $(BUILD)/asan$$a; \
	  gcc $(CFLAGS_RT) -fsanitize=address,undefined -fno-omit-frame-pointer -DDS_EMBEDDED_ABI=$$a \
	    -o $(BUILD)/asan$$a/$$n $$t $(SRC_META) $(SRC_GSTMETA) $(SRC_HELPER) $(SRC_CUSTOMHELPER) $(SRC_SURFACE) $(SRC_POOL) $(SRC_JPEGENC) $(LIBS_GST) -ljpeg; \
	  echo "ctest-asan: abi $$a $$n"; \
	  ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions=$$PWD/embedded/ctest/lsan.supp \
	    UBSAN_OPTIONS=halt_on_error=1 $(BUILD)/asan$$a/$$n; \
	done; done

## sdk-build: build every package the way a DeepStream user does
## (-tags deepstream), against the project's SDK-named headers and the
## SDK-named libraries of each ABI, linking every main, and vet every
## package and test in SDK mode, for all five releases. A break in SDK mode
## fails CI, not a user.
# The flags are the same for every release (the release is the dsabiNN tag,
# which only the project's own nvds_version.h reads; build/sdk-lib points at
# that release's libraries), so go-gst and every unchanged package compile
# once from the build cache, not once per release.
SDK_ENV = CGO_CFLAGS="-g -O2 -I$$PWD/embedded/include" \
	CGO_CXXFLAGS="-g -O2 -I$$PWD/embedded/include" \
	CGO_LDFLAGS="-L$$PWD/$(BUILD)/sdk-lib -Wl,-rpath,$$PWD/$(BUILD)/sdk-lib"
sdk-build: libs
	@set -e; for a in $(ABIS); do \
	  echo "sdk-build: abi $$a"; mkdir -p $(BUILD)/sdk$$a; \
	  ln -sfn abi$$a/lib $(BUILD)/sdk-lib; \
	  $(abitag) $(SDK_ENV) $(GO) build -tags "deepstream $$t" -o $(BUILD)/sdk$$a/ ./...; \
	  $(SDK_ENV) $(GO) vet -tags "deepstream $$t" ./...; \
	done

## check-cgo: every cgo_flags.go is what internal/cmd/cgogen writes, and
## no other cgo flags file exists.
check-cgo:
	@$(GO) run ./internal/cmd/cgogen -check && echo "cgo flags: up to date"

## test: everything CI checks.
test: setup check-headers check-cgo lint ctest ctest-asan sdk-build test-go test-asan test-leak fuzz

# The slow end-to-end tests (testmain.Slow) run in the first pass only:
# what they check does not depend on the ABI.
test-go:
	@set -e; slow=; for a in $(TEST_ABIS); do \
	  echo "test-go: abi $$a$${slow:+ (slow tests skipped)}"; \
	  $(abitag) GODS_SKIP_SLOW=$$slow $(GO) test -race -count=1 -tags "$$t" ./...; \
	  slow=1; \
	done
	GODS_SKIP_SLOW=1 GOEXPERIMENT=cgocheck2 $(GO) test -count=1 ./...

# The binding packages: the Go packages with C glue over the runtime, and
# the misuse cases (internal/misuse) that drive them the wrong way.
BINDING_PKGS := ./nvds/... ./callbacks/... ./osd/... ./schema/... ./surface/... ./infer/... \
	./tracker/... ./analytics/... ./latency/... ./opticalflow/... ./preprocess/... ./events/... ./objenc/... \
	./embedded/... ./gogst/... ./rtspserver/... ./internal/misuse/...

## test-asan: the binding packages' tests once under AddressSanitizer
## (go test -asan: Go, the runtime's C and go-gst's C instrumented together):
## a use after free or an out-of-bounds access in C fails the run even where
## it would not crash, and LeakSanitizer reports C memory left unreachable
## at exit, which the internal/leak counters cannot see (the strings inside
## a freed struct). internal/testmain/lsan.supp lists the one-time
## allocations of GLib, GStreamer and go-gst that live until exit; they
## match by function name, so the test binaries keep their symbols (go test
## links them stripped) and the stacks are unwound in full. rtspserver is
## left out: its RTSP client tests load GIO's libproxy, whose C++ exceptions
## the sanitizer cannot intercept (it aborts in __cxa_throw).
test-asan:
	GODS_SKIP_SLOW=1 ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$$PWD/internal/testmain/lsan.supp \
	  $(GO) test -asan -ldflags='-s=false -w=false' -count=1 $(filter-out ./rtspserver/...,$(BINDING_PKGS))

## test-leak: the binding packages' tests once with -tags dsleak, which
## records where each surface.Mapping was made and counts those collected
## without Close (surface.leaked_mappings in internal/leak); every test
## binary's TestMain (internal/testmain) fails when any counter is left
## above zero.
test-leak:
	GODS_SKIP_SLOW=1 $(GO) test -tags dsleak -count=1 $(BINDING_PKGS)

## fuzz: each fuzz target (func FuzzXxx in a *_test.go file) for FUZZTIME,
## one after another (a fuzzing run takes one target), then a summary line
## per target with the executions it did. Each package's test binary is
## built once, instrumented for fuzzing (go test -c -fuzz), and run per
## target in the package's directory with go test's corpus cache. A failure
## stops the run; the input is written under the package's
## testdata/fuzz/FuzzXxx/, where plain go test replays it: commit it with
## the fix. The committed corpus (f.Add seeds and testdata/fuzz) runs in
## every go test.
FUZZTIME ?= 10s
fuzz:
	@set -eo pipefail; out=$(CURDIR)/$(BUILD)/fuzz; mkdir -p $$out; sum=$$out/summary.txt; : >$$sum; \
	for d in $$(grep -l '^func Fuzz' $$(git ls-files -co --exclude-standard '*_test.go') | xargs -n1 dirname | sort -u); do \
	  pkg=$$($(GO) list ./$$d); bin=$$out/$$(echo $$d | tr / _).test; \
	  $(GO) test -c -fuzz . -o $$bin ./$$d; \
	  for t in $$(sed -n 's/^func \(Fuzz[[:alnum:]_]*\)(.*/\1/p' $$d/*_test.go); do \
	    echo "fuzz: $$pkg $$t for $(FUZZTIME)"; \
	    (cd $$d && $$bin -test.run '^$$' -test.fuzz "^$$t\$$" -test.fuzztime $(FUZZTIME) \
	      -test.fuzzcachedir $$($(GO) env GOCACHE)/fuzz/$$pkg) 2>&1 | tee $$out/log | grep -v '^fuzz: elapsed'; \
	    last=$$(grep 'execs:' $$out/log | tail -1); \
	    echo "fuzz: $$t ($$d): $$(echo "$$last" | sed -n 's/.*execs: \([0-9]*\).*new interesting: \([0-9]*\).*/\1 execs, \2 new interesting inputs/p') in $(FUZZTIME)" >>$$sum; \
	  done; \
	done; cat $$sum

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet ./...
	@sc=$$($(GO) env GOPATH)/bin/staticcheck; if [ -x $$sc ]; then $$sc ./...; else echo "lint: staticcheck not installed, skipped"; fi
	@bad=$$(for t in "" deepstream; do $(GO) list -tags "$$t" -f '{{if .CgoFiles}}{{.ImportPath}}{{end}}' ./dsapp/... ./samples/... ./cmd/... ./internal/cmd/...; done | sort -u); \
	  test -z "$$bad" || { echo "cgo outside binding packages: $$bad"; exit 1; }
	@bad=$$(grep -lE '^[[:space:]]*(import[[:space:]]+)?([[:alnum:]_.]+[[:space:]]+)?"github\.com/go-gst/' $$(git ls-files '*.go' | grep -v '_test\.go$$' | grep -vE '^(gogst|dsapp|samples|cmd)/') 2>/dev/null); \
	  test -z "$$bad" || { echo "go-gst imported outside gogst/, dsapp/, samples/, cmd/ and tests: $$bad"; exit 1; }
	@$(GO) run ./internal/cmd/doccheck

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf $(BUILD)

## demo: the README's main job: deepstream-test1's Go port on the
## synthetic scene's default clip (generated under build/clips on first use).
demo: setup
	$(GO) run ./samples/deepstream-test1

## pictures: the sample outputs shown in README.md, as small PNGs in docs/img.
.PHONY: pictures
pictures: setup
	$(GO) run ./samples/internal/pictures -out docs/img

## build-gst120: build for GStreamer 1.20 (Ubuntu 22.04, DeepStream 7.0/7.1):
## go-gst v1.4.0 calls one GStreamer 1.22 function, which
## gogst/compat/gst120compat.h supplies; it is injected into every cgo
## compile. Extra flags (the SDK's include dir) go in GST120_CFLAGS, build
## tags in TAGS, e.g. on a DS 7.1 machine:
##   make build-gst120 TAGS=deepstream GST120_CFLAGS=-I/opt/nvidia/deepstream/deepstream/sources/includes
GST120_COMPAT := -include $(CURDIR)/gogst/compat/gst120compat.h
build-gst120:
	@mkdir -p $(BUILD)/gst120-bin
	CGO_CFLAGS="-g -O2 $(GST120_CFLAGS) $(GST120_COMPAT)" $(GO) build -tags "$(TAGS)" -o $(BUILD)/gst120-bin/ ./...

## gst120-check: compile gogst and the samples against the GStreamer 1.20.3
## and GLib 2.72.4 headers (laid out from git clones by
## gogst/compat/gst120-headers.sh, linked against this machine's libraries):
## without the compat header the build must fail on gst_debug_message_get_id
## and on nothing else; with it, it must succeed. Needs the two clones
## (GST_GIT, GLIB_GIT: git directories); skipped with a message without them.
## The header's checksum is in CGO_CFLAGS because the go build cache does
## not see files given with -include.
## Not part of `make test` (the clones are not committed inputs).
GST_GIT ?= /work/.mirror/GStreamer+gstreamer/repo
GLIB_GIT ?= /work/.mirror/GNOME+glib/repo
GST120 := $(CURDIR)/$(BUILD)/gst120
gst120-check:
	@if ! git --git-dir=$(GST_GIT) rev-parse -q --verify 1.20.3^{commit} >/dev/null 2>&1 || \
	    ! git --git-dir=$(GLIB_GIT) rev-parse -q --verify 2.72.4^{commit} >/dev/null 2>&1; then \
	  echo "gst120-check: SKIPPED: need GST_GIT (a clone of gitlab.freedesktop.org/gstreamer/gstreamer with tag 1.20.3) and GLIB_GIT (a clone of GLib with tag 2.72.4); have GST_GIT=$(GST_GIT) GLIB_GIT=$(GLIB_GIT)"; exit 0; fi; \
	set -e; bash gogst/compat/gst120-headers.sh $(GST_GIT) $(GLIB_GIT) $(GST120); \
	printf '#include <gst/gst.h>\n#ifdef GODS_GST120COMPAT_ACTIVE\n#error compat fallbacks active with GStreamer >= 1.22\n#endif\nconst gchar *f(GstDebugMessage *m) { return gst_debug_message_get_id(m); }\n' | \
	  gcc -Wall -Werror $(GST120_COMPAT) $$(pkg-config --cflags gstreamer-1.0) -fsyntax-only -x c -; \
	echo 'int x;' | gcc -Wall -Werror $(GST120_COMPAT) -fsyntax-only -x c -; \
	echo "gst120-check: the compat header is a no-op with this machine's GStreamer $$(pkg-config --modversion gstreamer-1.0) and without GStreamer"; \
	export PKG_CONFIG_LIBDIR=$(GST120)/pkgconfig; \
	printf '#include <gst/gst.h>\n#include <gst/app/app.h>\n#if GST_VERSION_MINOR != 20 || GLIB_MINOR_VERSION != 72\n#error not the 1.20/2.72 headers\n#endif\n#ifndef GODS_GST120COMPAT_ACTIVE\n#error compat fallbacks not active with GStreamer 1.20\n#endif\n' | \
	  gcc $(GST120_COMPAT) $$(pkg-config --cflags gstreamer-app-1.0 gio-2.0) -fsyntax-only -x c -; \
	echo "gst120-check: compiling against GStreamer 1.20 / GLib 2.72 headers"; \
	if CGO_CFLAGS="-g -O2 -DGODS_GST_HEADERS=120" $(GO) build -o /dev/null ./gogst ./samples/... >$(GST120)/without.log 2>&1; then \
	  echo "gst120-check: FAIL: built without the compat header; are these really the 1.20 headers?"; exit 1; fi; \
	cat $(GST120)/without.log; \
	bad=$$(grep 'could not determine\|error:' $(GST120)/without.log | grep -v 'C.gst_debug_message_get_id' || true); \
	grep -q 'could not determine what C.gst_debug_message_get_id refers to' $(GST120)/without.log && test -z "$$bad" || \
	  { echo "gst120-check: FAIL: the build without the compat header failed for another reason: $$bad"; exit 1; }; \
	echo "gst120-check: without the compat header: fails on gst_debug_message_get_id only (expected)"; \
	CGO_CFLAGS="-g -O2 -DGODS_GST_HEADERS=120 -DGODS_GST120COMPAT_SUM=$$(sha1sum gogst/compat/gst120compat.h | cut -c1-12) $(GST120_COMPAT)" $(GO) build -o $(GST120)/bin/ ./gogst ./samples/...; \
	echo "gst120-check: with the compat header: gogst and ./samples/... build: OK"
.PHONY: build-gst120 gst120-check

package dsapp

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
)

// Platform answers the questions the Python apps ask PlatformInfo
// (platform_info.py) to pick their renderer and memory types.
//
// The Python class asks CUDA (cuda-python: cuInit, the device count and
// cudaGetDeviceProperties(0).integrated). go-deepstream links no CUDA, so
// the GPU questions are answered from what the NVIDIA drivers leave in the
// file system: a Jetson (integrated GPU) has /etc/nv_tegra_release, and a
// machine with a discrete GPU and the NVIDIA kernel driver loaded lists it
// under /proc/driver/nvidia/gpus. Without either, both answers are false:
// no GPU was found, which is the truth on a machine running the embedded
// CPU runtime.
type Platform struct {
	once       sync.Once
	printOnce  sync.Once // the integrated-GPU line, printed once as Python's cached check does
	integrated bool
	dgpu       bool
	wsl        bool
	aarch64    bool
	root       string // file-system root, for tests
}

// DefaultPlatform is the platform this process runs on.
var DefaultPlatform = &Platform{}

func (p *Platform) detect() {
	p.once.Do(func() {
		p.aarch64 = runtime.GOARCH == "arm64"
		if _, err := os.Stat(p.root + "/etc/nv_tegra_release"); err == nil {
			p.integrated = true
		}
		if ents, err := os.ReadDir(p.root + "/proc/driver/nvidia/gpus"); err == nil && len(ents) > 0 && !p.integrated {
			p.dgpu = true
		}
		if b, err := os.ReadFile(p.root + "/proc/version"); err == nil {
			p.wsl = strings.Contains(strings.ToLower(string(b)), "microsoft")
		}
	})
}

// IsIntegratedGPU reports whether the GPU is an integrated one (Jetson),
// and the first time prints "Is it Integrated GPU? : <bool>" as the Python
// check does (PlatformInfo caches its answer and prints it once).
func (p *Platform) IsIntegratedGPU() bool {
	p.detect()
	p.printOnce.Do(func() {
		fmt.Fprintf(Stdout, "Is it Integrated GPU? : %s\n", pyBool(p.integrated))
	})
	return p.integrated
}

// HasDiscreteGPU reports whether a discrete NVIDIA GPU with its driver was
// found.
func (p *Platform) HasDiscreteGPU() bool {
	p.detect()
	return p.dgpu
}

// IsPlatformAarch64 reports whether the process runs on 64-bit ARM.
func (p *Platform) IsPlatformAarch64() bool {
	p.detect()
	return p.aarch64
}

// IsWSL reports whether the kernel is Windows Subsystem for Linux's.
func (p *Platform) IsWSL() bool {
	p.detect()
	return p.wsl
}

// Describe returns a one-line summary, for logs and docs.
func (p *Platform) Describe() string {
	p.detect()
	return fmt.Sprintf("aarch64=%t integrated=%t dGPU=%t wsl=%t", p.aarch64, p.integrated, p.dgpu, p.wsl)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

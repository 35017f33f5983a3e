package samplestest

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/go-deepstream/go-deepstream/scene"
)

// SeedEnv names the environment variable that fixes the seed DrawScene
// draws from, to replay a failed run.
const SeedEnv = "GODS_SCENE_SEED"

// Density is a number of objects of each class in a scene.
type Density struct {
	Name                                 string
	Vehicles, TwoWheelers, People, Signs int
}

// Densities the sample tests draw from: the default street, a busy one
// (objects hide each other often) and a crowded one.
var (
	DensityDefault = Density{"default", 6, 2, 4, 2}
	DensityBusy    = Density{"busy", 10, 2, 8, 2}
	DensityCrowded = Density{"crowded", 14, 4, 10, 2}
)

// SceneRange is the set of scenes a test draws one from.
type SceneRange struct {
	Sizes     [][2]int // width, height
	Densities []Density
	Frames    []int
}

// DrawScene draws a scene from r: a seed from $GODS_SCENE_SEED or the
// clock picks the size, density and length and is the scene's own seed,
// so that one number replays the run. The choice is logged, and again with
// the command that replays it when the test fails.
func DrawScene(t testing.TB, r SceneRange) scene.Config {
	t.Helper()
	seed := time.Now().UnixNano() % 1_000_000
	if s := os.Getenv(SeedEnv); s != "" {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			t.Fatalf("%s=%q: not an integer", SeedEnv, s)
		}
		seed = v
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	size := r.Sizes[rng.IntN(len(r.Sizes))]
	d := r.Densities[rng.IntN(len(r.Densities))]
	cfg := scene.DefaultConfig()
	cfg.Seed, cfg.Width, cfg.Height = seed, size[0], size[1]
	cfg.Frames = r.Frames[rng.IntN(len(r.Frames))]
	cfg.Vehicles, cfg.TwoWheelers, cfg.People, cfg.Signs = d.Vehicles, d.TwoWheelers, d.People, d.Signs
	desc := func() string {
		return "scene seed " + strconv.FormatInt(seed, 10) + ": " + strconv.Itoa(cfg.Width) + "x" +
			strconv.Itoa(cfg.Height) + ", " + strconv.Itoa(cfg.Frames) + " frames, " + d.Name + " street"
	}
	t.Log(desc())
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("%s; replay with %s=%d go test -run '^%s$' ./%s", desc(), SeedEnv, seed, t.Name(), pkgDir(t))
		}
	})
	return cfg
}

// pkgDir is the test's package folder relative to the module root.
func pkgDir(t testing.TB) string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	rel, err := filepath.Rel(ModuleRoot(t), wd)
	if err != nil {
		return "."
	}
	return rel
}

// TempClip writes the H.264 stream and truth of cfg into the test's
// temporary folder (drawn scenes are not worth caching) and returns the
// stream's path and the truth.
func TempClip(t testing.TB, cfg scene.Config) (string, *scene.Truth) {
	t.Helper()
	c, err := scene.WriteClip(context.Background(), scene.Generate(cfg), t.TempDir(), scene.ClipOptions{H264: true})
	if err != nil {
		t.Fatal(err)
	}
	truth, err := scene.ReadTruth(c.Truth)
	if err != nil {
		t.Fatal(err)
	}
	return c.H264, truth
}

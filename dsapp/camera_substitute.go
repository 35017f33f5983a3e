package dsapp

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/go-gst/go-gst/gst/app"

	"github.com/go-deepstream/go-deepstream/scene"
)

// SceneCameraPrefix starts a substitute camera's device name: where a
// sample takes a V4L2 device (/dev/videoN), "scene:" or
// "scene:seed=3,frames=90,width=1280,height=720,fps=30" plays the
// synthetic scene live instead (see NewSceneCamera). No camera exists on a
// CI machine, and a loopback camera needs a kernel module.
const SceneCameraPrefix = "scene:"

// ParseSceneCamera reports whether device names the substitute camera and,
// if so, returns its scene: scene.DefaultConfig with the options given as
// comma-separated key=value pairs (seed, frames, width, height, fps,
// vehicles, two_wheelers, people, signs). A bad option is an error naming it.
func ParseSceneCamera(device string) (cfg scene.Config, ok bool, err error) {
	spec, ok := strings.CutPrefix(device, SceneCameraPrefix)
	if !ok {
		return cfg, false, nil
	}
	cfg = scene.DefaultConfig()
	fields := map[string]*int{
		"frames": &cfg.Frames, "width": &cfg.Width, "height": &cfg.Height, "fps": &cfg.FPS,
		"vehicles": &cfg.Vehicles, "two_wheelers": &cfg.TwoWheelers, "people": &cfg.People, "signs": &cfg.Signs,
	}
	for _, kv := range strings.Split(spec, ",") {
		if kv == "" {
			continue
		}
		k, v, found := strings.Cut(kv, "=")
		n, convErr := strconv.ParseInt(v, 10, 64)
		if !found || convErr != nil {
			return cfg, true, fmt.Errorf("substitute camera %q: option %q: want key=<integer>", device, kv)
		}
		if k == "seed" {
			cfg.Seed = n
			continue
		}
		p := fields[k]
		if p == nil {
			return cfg, true, fmt.Errorf("substitute camera %q: unknown option %q", device, k)
		}
		*p = int(n)
	}
	if err := cfg.Validate(); err != nil {
		return cfg, true, fmt.Errorf("substitute camera %q: %w", device, err)
	}
	return cfg, true, nil
}

// NewSceneCamera returns the substitute camera: an appsrc named name that
// behaves as a live V4L2 source (is-live, time format, buffers stamped
// with the running time as they are pushed) and gives the frames of cfg's
// scene as raw RGBA video at cfg.FPS, paced by the wall clock from the
// moment the pipeline first asks for data, then end-of-stream after
// cfg.Frames frames. Frame i is scene.Generate(cfg).Frame(i), so the
// scene's truth holds for it. The caller adds the element to its bin; the
// pushing goroutine ends with the stream or when the source stops
// accepting buffers (pipeline stopped).
func NewSceneCamera(name string, cfg scene.Config) (*gst.Element, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	src, err := app.NewAppSrc()
	if err != nil {
		return nil, fmt.Errorf("substitute camera: %w", err)
	}
	if err := src.SetProperty("name", name); err != nil {
		return nil, fmt.Errorf("substitute camera: %w", err)
	}
	caps := fmt.Sprintf("video/x-raw, format=RGBA, width=%d, height=%d, framerate=%d/1, pixel-aspect-ratio=1/1",
		cfg.Width, cfg.Height, cfg.FPS)
	src.SetCaps(gst.NewCapsFromString(caps))
	src.SetStreamType(app.AppStreamTypeStream)
	if err := SetProps(src.Element, "is-live", true, "format", "time", "do-timestamp", true); err != nil {
		return nil, fmt.Errorf("substitute camera: %w", err)
	}
	var once sync.Once
	src.SetCallbacks(&app.SourceCallbacks{
		NeedDataFunc: func(s *app.Source, _ uint) {
			once.Do(func() { go pushScene(s, cfg) })
		},
	})
	return src.Element, nil
}

// pushScene renders and pushes the scene's frames at its frame rate.
func pushScene(src *app.Source, cfg scene.Config) {
	sc := scene.Generate(cfg)
	period := time.Second / time.Duration(cfg.FPS)
	start := time.Now()
	for i := 0; i < cfg.Frames; i++ {
		if d := time.Until(start.Add(time.Duration(i) * period)); d > 0 {
			time.Sleep(d)
		}
		img := sc.Frame(i)
		buf := gst.NewBufferFromBytes(img.Pix)
		buf.SetDuration(gst.ClockTime(period))
		if ret := src.PushBuffer(buf); ret != gst.FlowOK {
			return
		}
	}
	src.EndStream()
}

package scene

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// Names of the files WriteClip writes into its folder.
const (
	H264Name   = "scene.h264"  // H.264 elementary stream (Annex B byte stream)
	MJPEGName  = "scene.mjpeg" // concatenated JPEG frames
	FramesDir  = "frames"      // one JPEG per frame, %05d.jpg from 00000.jpg
	TruthName  = "truth.json"  // Truth
	FramesGlob = "%05d.jpg"    // name pattern of the frames, as multifilesrc takes it
)

// ErrNoEncoder is returned (wrapped) when gst-launch-1.0 or one of the
// GStreamer elements needed to encode H.264 is missing.
var ErrNoEncoder = errors.New("GStreamer H.264 encoder not available")

// encoderElements are the elements of the encoding pipeline and the Debian
// package that provides each.
var encoderElements = [][2]string{
	{"fdsrc", "gstreamer1.0-tools"},
	{"rawvideoparse", "gstreamer1.0-plugins-bad"},
	{"videoconvert", "gstreamer1.0-plugins-base"},
	{"x264enc", "gstreamer1.0-plugins-ugly"},
	{"h264parse", "gstreamer1.0-plugins-bad"},
}

// CheckEncoder reports whether the GStreamer command-line tools and the
// elements that encode H.264 are installed. The error wraps ErrNoEncoder and
// says how to install them.
func CheckEncoder() error {
	for _, tool := range []string{"gst-launch-1.0", "gst-inspect-1.0"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("scene: %w: %s not found in PATH (package gstreamer1.0-tools); run `make setup`", ErrNoEncoder, tool)
		}
	}
	for _, e := range encoderElements {
		if err := exec.Command("gst-inspect-1.0", "--exists", e[0]).Run(); err != nil {
			return fmt.Errorf("scene: %w: GStreamer element %s missing (package %s); run `make setup`", ErrNoEncoder, e[0], e[1])
		}
	}
	return nil
}

// ClipOptions selects what WriteClip writes besides truth.json.
type ClipOptions struct {
	H264        bool // scene.h264, through gst-launch-1.0 and x264enc
	JPEG        bool // frames/%05d.jpg
	MJPEG       bool // scene.mjpeg
	JPEGQuality int  // 1..100; 0 means 90
}

// Clip describes the files of a written clip. Paths of files not written
// are empty.
type Clip struct {
	Dir, H264, Frames, MJPEG, Truth string
	Config                          Config
	Tracks                          int // distinct track ids over the clip
	Boxes                           int // object boxes over all frames
	Elapsed                         time.Duration
}

// H264Args returns the gst-launch-1.0 arguments that encode raw RGBA frames
// read from standard input into an H.264 elementary stream at path:
// I420, x264 constant quantizer 20, no B-frames, a keyframe every second,
// SPS/PPS repeated before every keyframe.
func H264Args(cfg Config, path string) []string {
	cfg = cfg.withDefaults()
	p := fmt.Sprintf("fdsrc fd=0 blocksize=%d ! rawvideoparse width=%d height=%d format=rgba framerate=%d/1 "+
		"! videoconvert ! video/x-raw,format=I420 "+
		"! x264enc speed-preset=veryfast pass=quant quantizer=20 bframes=0 key-int-max=%d "+
		"! h264parse config-interval=-1 ! video/x-h264,stream-format=byte-stream,alignment=au",
		cfg.Width*cfg.Height*4, cfg.Width, cfg.Height, cfg.FPS, cfg.FPS)
	args := append([]string{"-q"}, strings.Fields(p)...)
	return append(args, "!", "filesink", "location="+path)
}

type rendered struct {
	img  *image.RGBA
	jpg  []byte
	tr   FrameTruth
	done chan struct{}
}

// WriteClip renders every frame of s and writes the files selected by opt,
// and truth.json, into dir (created if missing). Frames are rendered on
// GOMAXPROCS goroutines and streamed to the encoder in order.
func WriteClip(ctx context.Context, s *Scene, dir string, opt ClipOptions) (*Clip, error) {
	start := time.Now()
	cfg := s.cfg
	if opt.JPEGQuality == 0 {
		opt.JPEGQuality = 90
	}
	if opt.H264 {
		if err := CheckEncoder(); err != nil {
			return nil, err
		}
	}
	c := &Clip{Dir: dir, Config: cfg, Truth: filepath.Join(dir, TruthName)}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("scene: %w", err)
	}
	if opt.JPEG {
		c.Frames = filepath.Join(dir, FramesDir)
		if err := os.MkdirAll(c.Frames, 0o755); err != nil {
			return nil, fmt.Errorf("scene: %w", err)
		}
	}
	var mjpeg *os.File
	var mjpegW io.Writer // nil unless writing: not a nil *os.File in an interface
	if opt.MJPEG {
		c.MJPEG = filepath.Join(dir, MJPEGName)
		f, err := os.Create(c.MJPEG)
		if err != nil {
			return nil, fmt.Errorf("scene: %w", err)
		}
		defer f.Close()
		mjpeg, mjpegW = f, f
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var enc *exec.Cmd
	var encIn io.WriteCloser
	var encW io.Writer // nil unless encoding
	var encErr bytes.Buffer
	if opt.H264 {
		c.H264 = filepath.Join(dir, H264Name)
		enc = exec.CommandContext(ctx, "gst-launch-1.0", H264Args(cfg, c.H264)...)
		enc.Stdout, enc.Stderr = &encErr, &encErr
		var err error
		if encIn, err = enc.StdinPipe(); err != nil {
			return nil, fmt.Errorf("scene: %w", err)
		}
		if err := enc.Start(); err != nil {
			return nil, fmt.Errorf("scene: starting gst-launch-1.0: %w", err)
		}
		encW = encIn
		defer func() {
			if enc.ProcessState == nil { // not waited for: an error path
				cancel()
				_ = encIn.Close()
				_ = enc.Wait()
			}
		}()
	}

	// Render ahead on workers; consume in frame order.
	workers := max(1, min(runtime.GOMAXPROCS(0), 8))
	queue := make(chan *rendered, workers)
	imgPool := sync.Pool{New: func() any { return image.NewRGBA(image.Rect(0, 0, cfg.Width, cfg.Height)) }}
	sem := make(chan struct{}, workers)
	go func() {
		defer close(queue)
		for i := range cfg.Frames {
			r := &rendered{done: make(chan struct{})}
			select {
			case queue <- r:
			case <-ctx.Done():
				return
			}
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; close(r.done) }()
				r.img = imgPool.Get().(*image.RGBA)
				r.tr = s.Render(i, r.img)
				if opt.JPEG || opt.MJPEG {
					var b bytes.Buffer
					if err := jpeg.Encode(&b, r.img, &jpeg.Options{Quality: opt.JPEGQuality}); err != nil {
						panic(err) // an in-memory RGBA image cannot fail to encode
					}
					r.jpg = b.Bytes()
				}
			}()
		}
	}()

	truth := newTruth(cfg)
	tracks := map[uint64]bool{}
	var werr error
	for r := range queue {
		<-r.done
		if werr == nil {
			werr = c.writeFrame(r, encW, mjpegW)
		}
		imgPool.Put(r.img)
		truth.Frames = append(truth.Frames, r.tr)
		for _, o := range r.tr.Objects {
			tracks[o.TrackID] = true
		}
		c.Boxes += len(r.tr.Objects)
		if werr != nil {
			cancel()
		}
	}
	if werr == nil {
		werr = ctx.Err()
	}
	c.Tracks = len(tracks)
	if enc != nil {
		cerr := encIn.Close()
		if err := enc.Wait(); err != nil && werr == nil {
			werr = fmt.Errorf("scene: gst-launch-1.0: %w: %s", err, strings.TrimSpace(encErr.String()))
		}
		if werr == nil && cerr != nil {
			werr = fmt.Errorf("scene: %w", cerr)
		}
	}
	if werr != nil {
		return nil, werr
	}
	if mjpeg != nil {
		if err := mjpeg.Close(); err != nil {
			return nil, fmt.Errorf("scene: %w", err)
		}
	}
	if err := writeTruth(c.Truth, truth); err != nil {
		return nil, err
	}
	c.Elapsed = time.Since(start)
	return c, nil
}

// writeTruth writes truth.json with one frame per line.
func writeTruth(path string, t *Truth) error {
	head, err := json.Marshal(struct {
		Version int      `json:"version"`
		Config  Config   `json:"config"`
		Classes []string `json:"classes"`
		Palette []Color  `json:"palette"`
	}{t.Version, t.Config, t.Classes, t.Palette})
	if err != nil {
		return fmt.Errorf("scene: %w", err)
	}
	var b bytes.Buffer
	b.Write(head[:len(head)-1])
	b.WriteString(`,"frames":[`)
	for i, f := range t.Frames {
		line, err := json.Marshal(f)
		if err != nil {
			return fmt.Errorf("scene: %w", err)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
		b.Write(line)
	}
	b.WriteString("\n]}\n")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("scene: %w", err)
	}
	return nil
}

func (c *Clip) writeFrame(r *rendered, enc io.Writer, mjpeg io.Writer) error {
	if enc != nil {
		if _, err := enc.Write(r.img.Pix); err != nil {
			return fmt.Errorf("scene: writing frame %d to gst-launch-1.0: %w", r.tr.Frame, err)
		}
	}
	if c.Frames != "" {
		name := filepath.Join(c.Frames, fmt.Sprintf(FramesGlob, r.tr.Frame))
		if err := os.WriteFile(name, r.jpg, 0o644); err != nil {
			return fmt.Errorf("scene: %w", err)
		}
	}
	if mjpeg != nil {
		if _, err := mjpeg.Write(r.jpg); err != nil {
			return fmt.Errorf("scene: %w", err)
		}
	}
	return nil
}

// CachedClip returns the path of the H.264 stream of the clip of cfg (with
// JPEG frames, MJPEG and truth.json beside it) in root/scene-<cfg.Key()>,
// writing the clip first if that folder does not exist. Concurrent callers,
// in one process or several, are safe: the clip is written into a temporary
// folder that is renamed into place.
func CachedClip(root string, cfg Config) (string, error) {
	if err := cfg.Validate(); err != nil {
		return "", err
	}
	dir := filepath.Join(root, "scene-"+cfg.Key())
	path := filepath.Join(dir, H264Name)
	if _, err := os.Stat(filepath.Join(dir, TruthName)); err == nil {
		return path, nil
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", fmt.Errorf("scene: %w", err)
	}
	tmp, err := os.MkdirTemp(root, ".tmp-scene-")
	if err != nil {
		return "", fmt.Errorf("scene: %w", err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	if _, err := WriteClip(context.Background(), Generate(cfg), tmp,
		ClipOptions{H264: true, JPEG: true, MJPEG: true}); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another caller won the race: use its clip.
		if _, serr := os.Stat(filepath.Join(dir, TruthName)); serr == nil {
			return path, nil
		}
		return "", fmt.Errorf("scene: %w", err)
	}
	return path, nil
}

// DefaultClip returns the path of the default clip's H.264 stream
// (DefaultConfig), generating it under dir if missing: see CachedClip. An
// empty dir means build/clips in the root of the go-deepstream module when
// the working directory is inside it, else go-deepstream/clips in the user
// cache directory. Sample apps play this clip when given no input.
func DefaultClip(dir string) (string, error) {
	if dir == "" {
		var err error
		if dir, err = defaultCacheDir(); err != nil {
			return "", err
		}
	}
	return CachedClip(dir, DefaultConfig())
}

const modulePath = "github.com/go-deepstream/go-deepstream"

func defaultCacheDir() (string, error) {
	if wd, err := os.Getwd(); err == nil {
		for d := wd; ; d = filepath.Dir(d) {
			if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
				if first, _, _ := strings.Cut(string(b), "\n"); strings.TrimSpace(first) == "module "+modulePath {
					return filepath.Join(d, "build", "clips"), nil
				}
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("scene: no folder for the default clip: %w", err)
	}
	return filepath.Join(cache, "go-deepstream", "clips"), nil
}

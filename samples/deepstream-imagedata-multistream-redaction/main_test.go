package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/samples/internal/pyargs"
	"github.com/go-deepstream/go-deepstream/samples/internal/rtsptest"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

// A played clip: the sample's stdout, the frames a real RTSP client kept,
// and the folder it ran in.
type played struct {
	out  string
	kept map[int]*image.RGBA
	dir  string
}

func play(t *testing.T, clip string, codec string, keep map[int]bool) played {
	t.Helper()
	rtspPort, udpPort := rtsptest.FreePort(t, "tcp"), rtsptest.FreePort(t, "udp")
	p := rtsptest.Start(t, bin, "-i", "file://"+clip, "-c", codec, "--rtsp-port", fmt.Sprint(rtspPort),
		"--udp-port", fmt.Sprint(udpPort), "--wait-client")
	require.NoError(t, p.WaitLine("Launched RTSP Streaming", time.Minute))
	client := rtsptest.Play(t, fmt.Sprintf("rtsp://127.0.0.1:%d/ds-test", rtspPort), codec, "tcp",
		func(i int) bool { return keep[i] })
	code, err := p.Wait(2 * time.Minute)
	require.NoError(t, err)
	require.Equal(t, 0, code, "stderr:\n%s", p.Stderr())
	got := client.Finish(2 * time.Second)
	require.NoError(t, got.Err)
	return played{out: p.Stdout(), kept: got.Kept, dir: p.Dir()}
}

var countLine = regexp.MustCompile(`^Frame Number= (\d+) Number of Objects= (\d+) Face_count= (\d+) Person_count= (\d+)$`)

// expectedFaces counts the faces the detector must find in frame f: at
// least half visible, with a visible box of 3x3 pixels or more.
func expectedFaces(truth *scene.Truth, f int) int {
	n := 0
	for _, o := range truth.Frames[f].Objects {
		if o.Face != nil && o.Face.Visible >= 0.5 && o.Face.VisibleBox.Width >= 3 && o.Face.VisibleBox.Height >= 3 {
			n++
		}
	}
	return n
}

// The port on clips with faces, several seeds and two sizes: the Python
// count lines, with per-frame Face_count and Person_count within the
// sample tests' tolerance of the truth (off by more than one on at most
// one frame in 20); in the frames the RTSP client decodes every face is
// black and every person shaded half-transparent black; every 10th frame
// with a face has its crop, of the face's size and colour, and no other
// frame has one.
func TestRedaction(t *testing.T) {
	testmain.Slow(t)
	t.Setenv("GODS_PERF_INTERVAL", "200ms") // the sample inherits it
	sizes := [][2]int{{640, 360}, {640, 360}, {1280, 720}}
	totalFrames, exactFaces, exactPeople := 0, 0, 0
	for k, size := range sizes {
		seed := 1 + rand.Int64N(100)
		codec := []string{"H264", "H265"}[k%2]
		t.Run(fmt.Sprintf("%dx%d-%s", size[0], size[1], codec), func(t *testing.T) {
			cfg := scene.DefaultConfig()
			cfg.Seed, cfg.Width, cfg.Height, cfg.Frames, cfg.People, cfg.Faces = seed, size[0], size[1], 40, 6, true
			clip, truth := samplestest.Clip(t, cfg)
			t.Logf("scene seed %d, %dx%d, %s", seed, size[0], size[1], codec)
			keep := map[int]bool{5: true, 20: true, 35: true}
			res := play(t, clip, codec, keep)

			// Count lines.
			var faceCounts []int
			bad := 0
			for _, l := range strings.Split(res.out, "\n") {
				if !strings.HasPrefix(l, "Frame Number=") {
					continue
				}
				m := countLine.FindStringSubmatch(l)
				require.NotNil(t, m, "seed %d: line %q", seed, l)
				f, _ := strconv.Atoi(m[1])
				objs, _ := strconv.Atoi(m[2])
				faces, _ := strconv.Atoi(m[3])
				people, _ := strconv.Atoi(m[4])
				require.Equal(t, len(faceCounts), f, "seed %d: frame numbers in order", seed)
				faceCounts = append(faceCounts, faces)
				assert.Equal(t, faces+people, objs, "seed %d frame %d: no class but Person and Face", seed, f)
				wantFaces := expectedFaces(truth, f)
				_, by := samplestest.Expected(truth, f)
				wantPeople := by[scene.Person]
				if faces == wantFaces {
					exactFaces++
				}
				if people == wantPeople {
					exactPeople++
				}
				totalFrames++
				if abs(faces-wantFaces) > 1 || abs(people-wantPeople) > 1 {
					bad++
					t.Logf("seed %d frame %d: faces %d people %d; truth %d / %d", seed, f, faces, people, wantFaces, wantPeople)
				}
			}
			require.Len(t, faceCounts, cfg.Frames, "seed %d:\n%s", seed, samplestest.Tail(res.out))
			assert.LessOrEqual(t, bad, (cfg.Frames+19)/20, "seed %d: frames off by more than one", seed)
			assert.Regexp(t, `\n\*\*PERF:  \{'stream0': [0-9.]+\} \n`, res.out)
			assert.True(t, strings.HasSuffix(res.out, "Exiting app\n\n"), samplestest.Tail(res.out))

			// Redacted faces in the client's frames.
			sx, sy := float64(tiledOutputWidth)/float64(cfg.Width), float64(tiledOutputHeight)/float64(cfg.Height)
			for f := range keep {
				img := res.kept[f]
				require.NotNil(t, img, "seed %d: frame %d not received", seed, f)
				require.Equal(t, image.Rect(0, 0, tiledOutputWidth, tiledOutputHeight), img.Bounds())
				want, black := 0, 0
				for _, o := range truth.Frames[f].Objects {
					if o.Face == nil || o.Face.Visible < 1 || o.Face.Box.Width < 4 || o.Face.Box.Height < 4 {
						continue
					}
					want++
					b := o.Face.Box
					x0, x1 := int(float64(b.Left)*sx)+2, int(float64(b.Left+b.Width)*sx)-2
					y0, y1 := int(float64(b.Top)*sy)+2, int(float64(b.Top+b.Height)*sy)-2
					if meanValue(img, x0, y0, x1, y1) < 40 {
						black++
					}
				}
				// People are shaded half-transparent black: the torso
				// (magenta, value 225) at about half its value.
				shaded, people := 0, 0
				for _, o := range truth.Frames[f].Objects {
					if o.ClassID != scene.Person || o.Visible < 1 {
						continue
					}
					people++
					b := o.Box
					cx, cy := int(float64(b.Left+b.Width/2)*sx), int(float64(b.Top+b.Height*2/5)*sy)
					if v := meanValue(img, cx-1, cy-1, cx+2, cy+2); v > 70 && v < 160 {
						shaded++
					}
				}
				assert.GreaterOrEqual(t, float64(shaded), 0.8*float64(people), "seed %d frame %d: shaded people", seed, f)
				t.Logf("seed %d frame %d: %d of %d faces black", seed, f, black, want)
				assert.GreaterOrEqual(t, float64(black), 0.8*float64(want), "seed %d frame %d: black faces", seed, f)
				// Control: the scene away from objects is not black.
				assert.Greater(t, meanValue(img, 0, 0, tiledOutputWidth, 8), 60.0, "seed %d frame %d: top rows", seed, f)
			}

			// Crops.
			mx, my := float64(muxerOutputWidth)/float64(cfg.Width), float64(muxerOutputHeight)/float64(cfg.Height)
			dir := filepath.Join(res.dir, folderName, "stream_0")
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			saved := map[int]bool{}
			for _, e := range entries {
				var n int
				_, err := fmt.Sscanf(e.Name(), "frame_%d.jpg", &n)
				require.NoError(t, err, e.Name())
				require.Zero(t, n%saveEvery, "seed %d: crop of frame %d", seed, n)
				saved[n] = true
				crop := readJPEG(t, filepath.Join(dir, e.Name()))
				w, h := crop.Bounds().Dx(), crop.Bounds().Dy()
				match := false
				for _, o := range truth.Frames[n].Objects {
					if o.Face != nil && abs(w-int(float64(o.Face.Box.Width)*mx)) <= 4*int(mx)+3 &&
						abs(h-int(float64(o.Face.Box.Height)*my)) <= 4*int(my)+3 {
						match = true
					}
				}
				assert.True(t, match, "seed %d frame %d: crop %dx%d is no face's size", seed, n, w, h)
				r, g, b, _ := crop.At(w/2, h/2).RGBA()
				assert.True(t, g > r && r > b, "seed %d frame %d: crop centre %d,%d,%d is not the face colour", seed, n, r>>8, g>>8, b>>8)
			}
			for f := 0; f < cfg.Frames; f += saveEvery {
				assert.Equal(t, faceCounts[f] > 0, saved[f], "seed %d frame %d: %d faces, crop saved %v", seed, f, faceCounts[f], saved[f])
			}
		})
	}
	if totalFrames > 0 {
		t.Logf("exact counts: faces %d of %d frames (%.1f %%), people %d (%.1f %%)", exactFaces, totalFrames,
			100*float64(exactFaces)/float64(totalFrames), exactPeople, 100*float64(exactPeople)/float64(totalFrames))
	}
}

// meanValue is the mean of max(R,G,B) over [x0,x1) x [y0,y1).
func meanValue(img *image.RGBA, x0, y0, x1, y1 int) float64 {
	sum, n := 0, 0
	for y := max(y0, 0); y < min(y1, img.Rect.Dy()); y++ {
		for x := max(x0, 0); x < min(x1, img.Rect.Dx()); x++ {
			c := img.RGBAAt(x, y)
			sum += int(max(c.R, c.G, c.B))
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(sum) / float64(n)
}

func readJPEG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := jpeg.Decode(f)
	require.NoError(t, err, path)
	return img
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Python's command line: no argument is the help on stderr and status 1;
// a bad codec argparse's error and 2; an existing out_crops an error that
// leaves the folder alone.
func TestCommandLine(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil)
	assert.Equal(t, 1, res.Code)
	assert.True(t, strings.HasPrefix(res.Stderr, "usage: deepstream_imagedata-multistream_redaction.py [-h] -i N [N ...]"), res.Stderr)

	res = samplestest.Run(t, bin, "", nil, "-i", "file:///x.h264", "-c", "VP9")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "error: argument -c/--codec: invalid choice: 'VP9' (choose from 'H264', 'H265')\n")

	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, folderName), 0o755))
	keepFile := filepath.Join(dir, folderName, "keep")
	require.NoError(t, os.WriteFile(keepFile, []byte("x"), 0o644))
	res = samplestest.Run(t, bin, dir, nil, "-i", "file:///x.h264")
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, "The output folder out_crops already exists. Please remove it first.")
	_, err := os.Stat(keepFile)
	assert.NoError(t, err, "the existing folder is left alone")
}

// pythonStdout is what the Python app prints for these inputs (H.264),
// line for line, with frames frames in each; the streaming threads' lines
// come in any order between "Starting pipeline" and the end.
func pythonStdout(rtspPort, frames int, inputs ...string) []samplestest.Line {
	list := pyargs.ReprList(inputs)
	want := samplestest.Lines(
		samplestest.Lit("URI Inputs: "+list, "Frames will be saved in  "+folderName),
		samplestest.Py("Creating Pipeline \n ", "Creating streamux \n "),
	)
	for i := range inputs {
		want = append(want, samplestest.Py(fmt.Sprintf("Creating source_bin  %d  \n ", i), "Creating source bin", fmt.Sprintf("source-bin-%02d", i))...)
	}
	warning := []samplestest.Line(nil)
	if len(inputs) > 1 {
		warning = samplestest.Py(fmt.Sprintf("WARNING: Overriding infer-config batch-size 1  with number of sources  %d  \n", len(inputs)))
	}
	return samplestest.Lines(want,
		samplestest.Py("Creating Pgie \n ", "Creating nvvidconv1 \n ", "Creating filter1 \n ", "Creating tiler \n ",
			"Creating nvvidconv \n ", "Creating nvosd \n ", "Creating H264 Encoder"),
		samplestest.Lit("Is it Integrated GPU? : False", "Creating H264 rtppay", "Playing file "+list+" "),
		warning,
		samplestest.Py("Adding elements to Pipeline \n", "Linking elements in the Pipeline \n",
			fmt.Sprintf("\n *** DeepStream: Launched RTSP Streaming at rtsp://localhost:%d/ds-test ***\n\n", rtspPort), "Starting pipeline \n"),
		samplestest.Pattern(`Decodebin child added: \S+ |In cb_newpad||`+
			`Frame Number= \d+ Number of Objects= \d+ Face_count= \d+ Person_count= \d+|\*\*PERF:  \{.*\} `, len(inputs)*frames, -1),
		samplestest.Py("End-of-stream", "Exiting app\n"),
	)
}

// Two streams: the batch-size warning, a count line per frame of each
// stream, the two tiles side by side in the 720x576 output with their faces
// black, and crops in stream_0 and stream_1 every 10th frame.
func TestTwoStreams(t *testing.T) {
	testmain.Slow(t)
	var clips [2]string
	var truths [2]*scene.Truth
	for i := range clips {
		cfg := scene.DefaultConfig()
		cfg.Seed, cfg.Frames, cfg.People, cfg.Faces = 1+rand.Int64N(100), 30, 6, true
		clips[i], truths[i] = samplestest.Clip(t, cfg)
		t.Logf("stream %d: scene seed %d", i, cfg.Seed)
	}
	rtspPort, udpPort := rtsptest.FreePort(t, "tcp"), rtsptest.FreePort(t, "udp")
	p := rtsptest.Start(t, bin, "-i", "file://"+clips[0], "file://"+clips[1], "--rtsp-port", fmt.Sprint(rtspPort),
		"--udp-port", fmt.Sprint(udpPort), "--wait-client")
	require.NoError(t, p.WaitLine("Launched RTSP Streaming", time.Minute))
	client := rtsptest.Play(t, fmt.Sprintf("rtsp://127.0.0.1:%d/ds-test", rtspPort), "H264", "tcp",
		func(i int) bool { return i == 15 })
	code, err := p.Wait(2 * time.Minute)
	require.NoError(t, err)
	require.Equal(t, 0, code, "stderr:\n%s", p.Stderr())
	got := client.Finish(2 * time.Second)
	require.NoError(t, got.Err)
	out := p.Stdout()
	samplestest.MatchStdout(t, out, pythonStdout(rtspPort, 30, "file://"+clips[0], "file://"+clips[1]))
	assert.Len(t, samplestest.Result{Stdout: out}.Lines("Frame Number="), 2*30)

	img := got.Kept[15]
	require.NotNil(t, img)
	for i, truth := range truths {
		// Tile i is the left or right half, the frame scaled into it.
		sx, sy := float64(tiledOutputWidth/2)/float64(truth.Config.Width), float64(tiledOutputHeight)/float64(truth.Config.Height)
		ox := i * tiledOutputWidth / 2
		want, black := 0, 0
		for _, o := range truth.Frames[15].Objects {
			if o.Face == nil || o.Face.Visible < 1 || o.Face.Box.Width < 8 || o.Face.Box.Height < 8 {
				continue
			}
			want++
			b := o.Face.Box
			x0, x1 := ox+int(float64(b.Left)*sx)+1, ox+int(float64(b.Left+b.Width)*sx)-1
			y0, y1 := int(float64(b.Top)*sy)+2, int(float64(b.Top+b.Height)*sy)-2
			if meanValue(img, x0, y0, x1, y1) < 40 {
				black++
			}
		}
		t.Logf("tile %d: %d of %d faces black", i, black, want)
		assert.GreaterOrEqual(t, float64(black), 0.8*float64(want), "tile %d", i)

		entries, err := os.ReadDir(filepath.Join(p.Dir(), folderName, fmt.Sprintf("stream_%d", i)))
		require.NoError(t, err)
		assert.NotEmpty(t, entries, "stream %d crops", i)
		for _, e := range entries {
			var n int
			_, err := fmt.Sscanf(e.Name(), "frame_%d.jpg", &n)
			require.NoError(t, err)
			assert.Zero(t, n%saveEvery, "stream %d: %s", i, e.Name())
		}
	}
}

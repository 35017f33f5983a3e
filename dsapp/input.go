package dsapp

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/go-deepstream/go-deepstream/scene"
)

// DefaultClip returns the H.264 file of the synthetic scene's default clip
// (generated on first use under build/clips, see docs/scene.md), for a
// sample started without input. It says so on stderr.
func DefaultClip() (string, error) {
	path, err := scene.DefaultClip("")
	if err != nil {
		return "", fmt.Errorf("no input given, and the default clip could not be generated: %w", err)
	}
	fmt.Fprintf(Stderr, "No input given: playing the generated clip %s\n", path)
	return path, nil
}

// DefaultClipFile returns file name (scene.MJPEGName, "frames/00000.jpg",
// scene.TruthName ...) of the default clip's folder; the cached clip holds
// the H.264 stream, the JPEG frames, the MJPEG stream and the truth.
func DefaultClipFile(name string) (string, error) {
	h264, err := scene.DefaultClip("")
	if err != nil {
		return "", fmt.Errorf("no input given, and the default clip could not be generated: %w", err)
	}
	path := filepath.Join(filepath.Dir(h264), filepath.FromSlash(name))
	fmt.Fprintf(Stderr, "No input given: playing the generated clip %s\n", path)
	return path, nil
}

// URI returns s when it is a URI (it has a scheme such as file://,
// rtsp://, http://) and the file:// URI of s, a path, otherwise.
func URI(s string) (string, error) {
	if strings.Contains(s, "://") {
		return s, nil
	}
	abs, err := filepath.Abs(s)
	if err != nil {
		return "", err
	}
	return (&url.URL{Scheme: "file", Path: abs}).String(), nil
}

// DefaultURI is DefaultClip as a file:// URI.
func DefaultURI() (string, error) {
	p, err := DefaultClip()
	if err != nil {
		return "", err
	}
	return URI(p)
}

// SplitList takes the values of a list option (argparse's nargs="+", as in
// "-i uri1 uri2 --silent") out of args: every argument after one of names
// up to the next one starting with "-". It returns the values and the
// remaining arguments, for package flag to parse.
func SplitList(args []string, names ...string) (values, rest []string) {
	isName := func(a string) bool {
		for _, n := range names {
			if a == n {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !isName(a) {
			rest = append(rest, a)
			continue
		}
		for i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
			i++
			values = append(values, args[i])
		}
	}
	return values, rest
}

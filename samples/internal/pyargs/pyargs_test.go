package pyargs

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var parser = &Parser{
	Prog:        "app.py",
	Description: "Demo Help ",
	Options: []Option{
		{Short: "-i", Long: "--input", Kind: List, Required: true, Help: "Path to input streams"},
		{Short: "-c", Long: "--codec", Default: "H264", Choices: []string{"H264", "H265"}, Help: "Codec"},
		{Short: "-b", Long: "--bitrate", Default: "4000000", Int: true, Help: "Bitrate"},
		{Long: "--rtsp-ts", Kind: Flag, Help: "NTP"},
	},
}

func TestParse(t *testing.T) {
	v, err := parser.Parse([]string{"-i", "a", "b", "--codec=H265", "-b5", "--rtsp"})
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b"}, v.List("input"))
	assert.Equal(t, "H265", v["codec"])
	assert.Equal(t, 5, v.Int("bitrate"))
	assert.True(t, v.Bool("rtsp-ts"))

	v, err = parser.Parse([]string{"--in", "x"})
	require.NoError(t, err)
	assert.Equal(t, "H264", v["codec"], "default")
	assert.Equal(t, 4000000, v.Int("bitrate"))
	assert.False(t, v.Bool("rtsp-ts"))
}

func TestErrors(t *testing.T) {
	for args, want := range map[string]string{
		"-c H266 -i a":  "argument -c/--codec: invalid choice: 'H266' (choose from 'H264', 'H265')",
		"-b x -i a":     "argument -b/--bitrate: invalid int value: 'x'",
		"-c":            "argument -c/--codec: expected one argument",
		"-c H264":       "the following arguments are required: -i/--input",
		"-i a extra -z": "unrecognized arguments: -z",
		"-i":            "argument -i/--input: expected at least one argument",
	} {
		_, err := parser.Parse(strings.Fields(args))
		var u *Usage
		require.ErrorAs(t, err, &u, args)
		assert.Equal(t, 2, u.Exit)
		assert.True(t, strings.HasPrefix(u.Text, "usage: app.py [-h] -i INPUT [INPUT ...] [-c {H264,H265}] [-b BITRATE]\n              [--rtsp-ts]\n"), u.Text)
		assert.True(t, strings.HasSuffix(u.Text, "app.py: error: "+want+"\n"), "%s: %s", args, u.Text)
	}
}

func TestHelp(t *testing.T) {
	_, err := parser.Parse([]string{"-i", "a", "-h"})
	var u *Usage
	require.ErrorAs(t, err, &u)
	assert.Equal(t, 0, u.Exit)
	assert.True(t, u.Help)
	// Python 3.11's argparse prints this for the same parser (usage and
	// description wrapped at 78 columns, whitespace collapsed).
	assert.Equal(t, `usage: app.py [-h] -i INPUT [INPUT ...] [-c {H264,H265}] [-b BITRATE]
              [--rtsp-ts]

Demo Help

options:
  -h, --help            show this help message and exit
  -i INPUT [INPUT ...], --input INPUT [INPUT ...]
                        Path to input streams
  -c {H264,H265}, --codec {H264,H265}
                        Codec
  -b BITRATE, --bitrate BITRATE
                        Bitrate
  --rtsp-ts             NTP
`, u.Text)
}

// A long usage line whose program name takes more than three quarters of
// the width puts the options under "usage: "; long help wraps under the
// help column; a DefaultWhenAbsent option is shown required but may be
// absent.
func TestWrapAndDefaultWhenAbsent(t *testing.T) {
	p := &Parser{
		Prog: strings.Repeat("p", 60),
		Options: []Option{
			{Short: "-i", Long: "--input", Kind: List, DefaultWhenAbsent: true, Help: "Path to input streams"},
			{Long: "--disable-probe", Kind: Flag, Help: "Disable the probe function and use nvdslogger for FPS and some more words"},
		},
	}
	assert.Equal(t, "usage: "+strings.Repeat("p", 60)+"\n       [-h] -i INPUT [INPUT ...] [--disable-probe]\n\noptions:\n"+
		"  -h, --help            show this help message and exit\n"+
		"  -i INPUT [INPUT ...], --input INPUT [INPUT ...]\n                        Path to input streams\n"+
		"  --disable-probe       Disable the probe function and use nvdslogger for FPS\n                        and some more words\n", p.Help())
	v, err := p.Parse(nil)
	require.NoError(t, err)
	assert.Empty(t, v.List("input"))
}

package main

import (
	"os"

	"github.com/go-deepstream/go-deepstream/samples/internal/pyargs"
)

// options are the command line: the Python app's argparse options and
// three of this port's own, which change nothing the app prints.
type options struct {
	inputs     []string
	codec      string
	bitrate    int
	rtspPort   int
	udpPort    int
	waitClient bool
}

var parser = &pyargs.Parser{
	Prog:        "deepstream_preprocess_test.py",
	Description: "RTSP Output Sample Application Help ",
	Options: []pyargs.Option{
		{Short: "-i", Long: "--input", Kind: pyargs.List, Required: true, Help: "Path to input H264 elementry stream"},
		{Short: "-c", Long: "--codec", Default: "H264", Choices: []string{"H264", "H265"},
			Help: "RTSP Streaming Codec H264/H265 , default=H264"},
		{Short: "-b", Long: "--bitrate", Default: "4000000", Int: true, Help: "Set the encoding bitrate "},
		{Long: "--rtsp-port", Default: "8554", Int: true, Help: "(Go port only) RTSP server port, default=8554"},
		{Long: "--udp-port", Default: "5400", Int: true, Help: "(Go port only) UDP multicast port, default=5400"},
		{Long: "--wait-client", Kind: pyargs.Flag,
			Help: "(Go port only) start the pipeline once a client asks for the stream"},
	},
}

// parseArgs parses args as the Python app does; without any argument it
// is the help on stderr and exit status 1, as there.
func parseArgs(args []string) (options, error) {
	if len(args) == 0 {
		return options{}, &pyargs.Usage{Text: parser.Help(), Exit: 1}
	}
	v, err := parser.Parse(args)
	if err != nil {
		return options{}, err
	}
	return options{
		inputs:     v.List("input"),
		codec:      v["codec"],
		bitrate:    v.Int("bitrate"),
		rtspPort:   v.Int("rtsp-port"),
		udpPort:    v.Int("udp-port"),
		waitClient: v.Bool("wait-client"),
	}, nil
}

// reportArgs prints a command-line error as argparse does and returns the
// exit status.
func reportArgs(err error) int {
	return pyargs.Report(err, os.Stdout, os.Stderr)
}

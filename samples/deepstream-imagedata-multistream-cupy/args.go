package main

import (
	"github.com/go-deepstream/go-deepstream/samples/internal/pyargs"
)

// parser is the Python app's argparse parser. -i is printed as required,
// as there; without it the port plays the synthetic scene's default clip.
var parser = &pyargs.Parser{
	Prog: "deepstream_imagedata-multistream_cupy.py",
	Description: "deepstream-imagedata-multistream-cupy takes multiple URI streams as input and retrieves the " +
		"image buffer from GPU as a cupy array for in-place modification",
	Options: []pyargs.Option{
		{Short: "-i", Long: "--input", Kind: pyargs.List, Metavar: "URIs", DefaultWhenAbsent: true, Help: "Path to input streams"},
	},
}

// parseArgs returns the input URIs (none: the default clip).
func parseArgs(args []string) ([]string, error) {
	v, err := parser.Parse(args)
	if err != nil {
		return nil, err
	}
	return v.List("input"), nil
}

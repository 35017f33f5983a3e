//go:build !deepstream

package main

import "embed"

// The embedded runtime's configs: the stand-in nvinfer reads the label
// file beside the config and ignores model keys.
//
//go:embed configs/embedded
var configFiles embed.FS

const configSet = "configs/embedded"

//go:build deepstream

package main

import "embed"

// The SDK's configs: model keys point at the SDK's sample models.
//
//go:embed configs/sdk
var configFiles embed.FS

const configSet = "configs/sdk"

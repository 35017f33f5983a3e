module github.com/go-deepstream/go-deepstream

go 1.24

require (
	github.com/go-gst/go-gst v1.4.0 // retracted upstream; pinned on purpose, see docs/go-gst.md
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/go-gst/go-glib v1.4.0 // indirect
	github.com/mattn/go-pointer v0.0.1 // indirect
	github.com/prometheus/client_golang v1.23.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/exp v0.0.0-20240909161429-701f63a606c0 // indirect
)

//go:build !deepstream

package standin_test

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzPreprocessConfig: nvdspreprocess's key file (preprocess_config.c),
// read when config-file is set and again at start (harness in
// config_fuzz_test.go).
func FuzzPreprocessConfig(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "preprocess_config.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	const prop = "[property]\nnetwork-input-shape=1;3;48;64\nprocessing-width=64\nprocessing-height=48\ntensor-name=x\n"
	for _, s := range []string{
		"", "[property\n", prop, prop + "[group-0]\nsrc-ids=-1\n",
		prop + "[group-0]\nsrc-ids=0;1\nprocess-on-roi=1\nroi-params-src-0=0;0;10;10;\nroi-params-src-1=1;1;1;1\n",
		prop + "[group-0]\nsrc-ids=0\nprocess-on-roi=1\nroi-params-src-0=0;0;0;10\n",
		prop + "[group-x]\nsrc-ids=0\n[group-1]\nsrc-ids=2147483648\n",
		prop + "tensor-data-type=5\nnetwork-input-order=1\n[user-configs]\noffsets=1;2;3;4\n[group-0]\nsrc-ids=0\n",
		"[property]\nnetwork-input-shape=99999;3;16384;16384\nprocessing-width=16384\nprocessing-height=16384\ntensor-name=x\n[group-0]\nsrc-ids=0\n",
		prop + "unique-id=-1\ntarget-unique-ids=1;x\n[group-0]\nsrc-ids=0\n",
		prop + "[user-configs]\npixel-normalization-factor=nan\n[group-0]\nsrc-ids=0\nroi-params-src-=1;2;3;4\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		startWithConfig(t, t.TempDir(), "config.txt", "nvdspreprocess", "config-file", content)
	})
}

//go:build !deepstream

package standin_test

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzAnalyticsConfig: nvdsanalytics' key file (analytics_config.c), read
// at start: the element starts or posts an error that says why.
func FuzzAnalyticsConfig(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "analytics_config.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	for _, s := range []string{
		"", "[property\n", "[property]\nenable=yes\n", "[roi-stream-0]\nenable=1\n",
		"[roi-filtering-stream-0]\nroi-A=1;2;3;4;5;6;\nclass-id=-1;2\ninverse-roi=1\n",
		"[roi-filtering-stream-99999999999]\nroi-A=1;2;3;4;5;6\n",
		"[overcrowding-stream-1]\nroi-B=0;0;10;0;10;10;0;10\nobject-threshold=4294967296\n",
		"[line-crossing-stream-0]\nline-crossing-L=1;2;3;4;5;6;7;8;\nmode=strict\nextended=1\n",
		"[line-crossing-stream-0]\nline-crossing-=1;2;3;4;5;6;7;8\n",
		"[direction-detection-stream-2]\ndirection-N=1;2;3;4\ndirection-N=4;3;2;1\n",
		"[direction-detection-stream-0]\ndirection-Z=0;0;0;0\nclass-id=1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17\n",
		"[property]\nconfig-width=0\nconfig-height=-5\nosd-mode=3\n",
		"[property]\nconfig-width=1\nconfig-height=1\n[roi-filtering-stream-0]\nroi-X=2147483647;2147483647;0;0;1;1\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		startWithConfig(t, t.TempDir(), "config.txt", "nvdsanalytics", "config-file", content)
	})
}

//go:build !deepstream

package standin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// Every honoured key is checked the same way: a NaN or an infinity where a
// number is read, a negative value where nvinfer requires >= 0, stops the
// pipeline with the group, key and value named, as a wrong type does.
func TestInferConfigValueRanges(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ name, content, want string }{
		{"pre-cluster nan", "[property]\n[class-attrs-all]\npre-cluster-threshold=nan\n", `[class-attrs-all] pre-cluster-threshold: "nan" is not a finite number`},
		{"pre-cluster inf", "[property]\n[class-attrs-0]\npre-cluster-threshold=inf\n", `[class-attrs-0] pre-cluster-threshold: "inf" is not a finite number`},
		{"pre-cluster negative", "[property]\n[class-attrs-all]\npre-cluster-threshold=-0.5\n", "pre-cluster-threshold: -0.5 is not allowed (must be >= 0)"},
		{"threshold -inf", "[property]\n[class-attrs-all]\nthreshold=-inf\n", `threshold: "-inf" is not a finite number`},
		{"classifier-threshold nan", "[property]\nclassifier-threshold=NaN\n", `[property] classifier-threshold: "NaN" is not a finite number`},
		{"topk negative", "[property]\n[class-attrs-all]\ntopk=-1\n", "[class-attrs-all] topk: -1 is not allowed (must be >= 0)"},
		{"detected-min-w negative", "[property]\n[class-attrs-2]\ndetected-min-w=-4\n", "detected-min-w: -4 is not allowed"},
		{"detected-max-h negative", "[property]\n[class-attrs-all]\ndetected-max-h=-1\n", "detected-max-h: -1 is not allowed"},
		{"roi-top-offset negative", "[property]\n[class-attrs-all]\nroi-top-offset=-10\n", "roi-top-offset: -10 is not allowed"},
		{"roi-bottom-offset negative", "[property]\n[class-attrs-all]\nroi-bottom-offset=-1\n", "roi-bottom-offset: -1 is not allowed"},
		{"border-color nan", "[property]\n[class-attrs-all]\nborder-color=nan;0;0;1\n", "border-color: component 1 (nan) is outside 0..1"},
		{"bg-color above 1", "[property]\n[class-attrs-all]\nbg-color=0;2;0;1\n", "bg-color: component 2 (2) is outside 0..1"},
		{"interval negative", "[property]\ninterval=-1\n", "[property] interval: -1 is not allowed (must be >= 0)"},
		{"batch-size zero", "[property]\nbatch-size=0\n", "[property] batch-size: 0 is not allowed (must be >= 1)"},
		{"gie-unique-id zero", "[property]\ngie-unique-id=0\n", "gie-unique-id: 0 is not allowed (must be >= 1)"},
		{"operate-on-gie-id below -1", "[property]\noperate-on-gie-id=-2\n", "operate-on-gie-id: -2 is not allowed (must be >= -1)"},
		{"operate-on-class-ids negative", "[property]\noperate-on-class-ids=0;-1\n", "operate-on-class-ids: -1 is not allowed"},
		{"filter-out-class-ids negative", "[property]\nfilter-out-class-ids=-3\n", "filter-out-class-ids: -3 is not allowed"},
		{"input-object-min-width negative", "[property]\ninput-object-min-width=-1\n", "input-object-min-width: -1 is not allowed"},
		{"input-object-max-height negative", "[property]\ninput-object-max-height=-1\n", "input-object-max-height: -1 is not allowed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, dir, "config.txt", c.content)
			res := run(t, tinyPipeline(path), nil)
			require.Error(t, res.err)
			assert.Contains(t, res.err.Error(), "Configuration file parsing failed")
			assert.Contains(t, res.err.Error(), c.want)
		})
	}
	testmain.NoneLive(t)
}

// The edges of each range are accepted.
func TestInferConfigValueRangeEdges(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "config.txt", "[property]\ngie-unique-id=1\ninterval=0\nbatch-size=1\n"+
		"operate-on-gie-id=-1\nclassifier-threshold=0\ninput-object-min-width=0\n"+
		"[class-attrs-all]\npre-cluster-threshold=0\ntopk=0\ndetected-min-w=0\nroi-top-offset=0\n"+
		"border-color=0;1;0;1\nbg-color=0;0;0;0\n")
	res := run(t, tinyPipeline(path), nil)
	require.NoError(t, res.err)
	testmain.NoneLive(t)
}

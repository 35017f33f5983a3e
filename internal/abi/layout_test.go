package abi

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func includeDir(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "embedded", "include"))
	require.NoError(t, err)
	return dir
}

// TestLayoutMatchesSDK checks every struct, field, enum value and constant
// of the embedded headers against the SDK facts, for each emulated version.
func TestLayoutMatchesSDK(t *testing.T) {
	for _, v := range Versions {
		t.Run(v.Name, func(t *testing.T) {
			t.Parallel()
			f, err := Load(Dir(), v.Name)
			require.NoError(t, err)
			n, m, err := CheckLayout(f, v, includeDir(t), t.TempDir())
			require.NoError(t, err)
			t.Logf("DeepStream %s: %d numbers compared", v.Name, n)
			require.Greater(t, n, 2000, "the probe must cover every struct, field, enum and constant")
			require.Empty(t, m, "layout differs from DeepStream %s", v.Name)
		})
	}
}

// TestLayoutCheckCatchesAMovedField proves the check is not vacuous: a
// field inserted into NvDsFrameMeta must be reported.
func TestLayoutCheckCatchesAMovedField(t *testing.T) {
	dir := t.TempDir()
	src := includeDir(t)
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		require.NoError(t, err)
		if e.Name() == "nvdsmeta.h" {
			text := string(b)
			require.Contains(t, text, "  guint pad_index;\n")
			b = []byte(strings.Replace(text, "  guint pad_index;\n", "  guint pad_index;\n  guint moved;\n", -1))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644))
	}
	v := Versions[len(Versions)-1]
	f, err := Load(Dir(), v.Name)
	require.NoError(t, err)
	_, m, err := CheckLayout(f, v, dir, t.TempDir())
	require.NoError(t, err)
	var what []string
	for _, x := range m {
		what = append(what, x.What)
	}
	require.Contains(t, what, "NvDsFrameMeta.batch_id offset")
	require.Contains(t, what, "NvDsFrameMeta.frame_num offset")
}

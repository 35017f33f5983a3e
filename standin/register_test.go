//go:build !deepstream

package standin_test

import (
	"os"
	"os/exec"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/standin"
)

func TestRegisterBeforeInit(t *testing.T) {
	assert.ErrorIs(t, registerBeforeInit, standin.ErrNotInitialized)
}

func TestRegister(t *testing.T) {
	require.NoError(t, standin.Register(), "again")
	names := standin.Factories()
	assert.Contains(t, names, "nvvideoconvert")
	for _, name := range names {
		f := gst.Find(name)
		require.NotNil(t, f, name)
		e, err := gst.NewElement(name)
		require.NoError(t, err, name)
		assert.Equal(t, name, e.GetFactory().GetName())
	}
}

// With a factory of a stand-in's name from elsewhere (a real DeepStream
// plugin), Register refuses and registers nothing. Run in a child process:
// registration cannot be undone.
func TestRegisterRefusesForeignFactory(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestForeignChild$", "-test.v")
	cmd.Env = append(os.Environ(), foreignEnv+"=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "--- PASS: TestForeignChild")
}

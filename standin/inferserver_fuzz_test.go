//go:build !deepstream

package standin_test

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzInferServerConfig: nvinferserver's protobuf text file (pbtext.c,
// inferserver_config.c), read at start: the element starts or posts an
// error naming the problem (startWithConfig, config_fuzz_test.go).
func FuzzInferServerConfig(f *testing.F) {
	for _, name := range []string{"inferserver_ssd.txt", "inferserver_det.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"", "#", "infer_config {}", "infer_config <unique_id: 3>", "infer_config { unique_id: 0x10 }",
		"infer_config { gpu_ids: [] gpu_ids: [1, 2,] }", "infer_config { postprocess { labelfile_path: 'a\\x41\\101\\n' } }",
		"infer_config { postprocess { labelfile_path: \"labels.txt\" \"more\" other {} } }",
		"infer_config { preprocess { normalize { scale_factor: -inf channel_offsets: [1e400, nan, 0.5f] } } }",
		"infer_config { backend { triton { model_repo { root: [\"a\", \"b\"] } } } }",
		"infer_config { postprocess { detection { per_class_params [{ key: 1 value { pre_threshold: 0.4 } }] } } }",
		"input_control { process_mode: 1 operate_on_class_ids: [-1] }", "infer_config { { } }",
		"infer_config { unique_id: \"\\", "infer_config { a { b { c { d { e { f {",
		"output_control { output_tensor_meta: True } infer_config { postprocess { other { type_name: \"x\" } } }",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "labels.txt"), []byte("unlabeled\nperson\nbicycle\ncar\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		startWithConfig(t, dir, "config.txt", "nvinferserver", "config-file-path", content)
	})
}

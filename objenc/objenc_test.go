package objenc_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/objenc"
	"github.com/go-deepstream/go-deepstream/surface"
)

// newContext makes a context destroyed when the test ends.
func newContext(t testing.TB) *objenc.Context {
	t.Helper()
	c, err := objenc.NewContext(0)
	require.NoError(t, err)
	t.Cleanup(c.Destroy)
	return c
}

// crops returns the JPEG crops attached to obj.
func crops(obj nvds.ObjectMeta) []objenc.Crop {
	var out []objenc.Crop
	for c := range nvds.Payloads(obj.UserMeta(), objenc.CropFromUser) {
		out = append(out, c)
	}
	return out
}

func decode(t testing.TB, b []byte) image.Image {
	t.Helper()
	img, err := jpeg.Decode(bytes.NewReader(b))
	require.NoError(t, err)
	return img
}

// goJPEG is the PSNR of image/jpeg's own encoding of ref at quality
// against ref: the yardstick for the encoder's crops. The scene's flat
// colours with sharp edges cost any 4:2:0 JPEG encoder a few dB.
func goJPEG(t testing.TB, ref image.Image, quality int) float64 {
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, ref, &jpeg.Options{Quality: quality}))
	return psnr(ref, decode(t, b.Bytes()))
}

// The source formats, each with how far below the yardstick a crop may
// fall (NV12 lost chroma detail before the encoder saw it).
var formats = []struct {
	format surface.ColorFormat
	mem    surface.MemType
	slack  float64
}{
	{surface.ColorFormatRGBA, surface.MemSystem, 0.5},
	{surface.ColorFormatNV12, surface.MemSystem, 6},
	{surface.ColorFormatRGBA, surface.MemCUDADevice, 0.5}, // read without a CPU mapping
}

// minDB is the floor of every crop's PSNR against its source.
const minDB = 18

func TestCropsDecodeToTheSourcePixels(t *testing.T) {
	testmain.NoLeaks(t)
	for _, f := range formats {
		for seed := int64(1); seed <= 5; seed++ {
			wd := newWorld(t, seed, 320+64*int(seed), 240+32*int(seed), f.format, f.mem)
			ctx := newContext(t)
			for _, obj := range wd.objs {
				require.NoError(t, ctx.Process(wd.surf, wd.frame, obj, objenc.Args{AttachUserMeta: true, Quality: 90}), "seed %d", seed)
			}
			require.NoError(t, ctx.Finish())
			for i, obj := range wd.objs {
				cs := crops(obj)
				require.Len(t, cs, 1, "seed %d %v object %d", seed, f.format, i)
				img := decode(t, cs[0].Bytes())
				box := wd.boxes[i]
				require.Equal(t, box.Size(), img.Bounds().Size(), "seed %d %v object %d: crop size", seed, f.format, i)
				ref := wd.src.SubImage(box)
				db, want := psnr(ref, img), goJPEG(t, ref, 90)-f.slack
				require.Greater(t, db, max(want, minDB), "seed %d %v %v object %d box %v: PSNR against image/jpeg's %.1f dB", seed, f.format, f.mem, i, box, want+f.slack)
			}
		}
	}
}

func TestQualityChangesTheJPEG(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		wd := newWorld(t, seed, 640, 360, surface.ColorFormatRGBA, surface.MemSystem)
		ctx := newContext(t)
		// The largest box shows the difference best.
		best := 0
		for i, b := range wd.boxes {
			if b.Dx()*b.Dy() > wd.boxes[best].Dx()*wd.boxes[best].Dy() {
				best = i
			}
		}
		obj := wd.objs[best]
		for _, q := range []int{20, 95} {
			require.NoError(t, ctx.Process(wd.surf, wd.frame, obj, objenc.Args{AttachUserMeta: true, Quality: q}))
		}
		require.NoError(t, ctx.Finish())
		cs := crops(obj)
		require.Len(t, cs, 2)
		low, high := cs[0], cs[1]
		require.Less(t, low.Len(), high.Len(), "seed %d: quality 20 is smaller than 95", seed)
		src := wd.src.SubImage(wd.boxes[best])
		lowImg, err := low.Decode()
		require.NoError(t, err)
		highImg, err := high.Decode()
		require.NoError(t, err)
		require.Greater(t, psnr(src, highImg), psnr(src, lowImg), "seed %d: quality 95 is closer to the source", seed)
	}
}

func TestScaledCrops(t *testing.T) {
	for seed := int64(1); seed <= 5; seed++ {
		wd := newWorld(t, seed, 640, 360, surface.ColorFormatRGBA, surface.MemSystem)
		ctx := newContext(t)
		sizes := make([]image.Point, len(wd.objs))
		for i, obj := range wd.objs {
			b := wd.boxes[i]
			// Shrink or grow by a seed-dependent factor.
			f := 0.5 + float64((int(seed)+i)%4)*0.4
			sizes[i] = image.Pt(max(1, int(float64(b.Dx())*f)), max(1, int(float64(b.Dy())*f)))
			require.NoError(t, ctx.Process(wd.surf, wd.frame, obj, objenc.Args{
				AttachUserMeta: true, Quality: 95, Scale: true, ScaledWidth: sizes[i].X, ScaledHeight: sizes[i].Y}))
		}
		require.NoError(t, ctx.Finish())
		for i, obj := range wd.objs {
			cs := crops(obj)
			require.Len(t, cs, 1)
			img := decode(t, cs[0].Bytes())
			require.Equal(t, sizes[i], img.Bounds().Size(), "seed %d object %d", seed, i)
			box := wd.boxes[i]
			ref := bilinear(wd.src.SubImage(box).(*image.RGBA), sizes[i].X, sizes[i].Y)
			db, want := psnr(ref, img), goJPEG(t, ref, 95)-1
			require.Greater(t, db, max(want, minDB), "seed %d object %d %v -> %v: PSNR against the bilinear reference", seed, i, box.Size(), sizes[i])
		}
	}
}

func TestWholeFrameAndSavedFiles(t *testing.T) {
	testmain.NoLeaks(t)
	dir := t.TempDir()
	for seed := int64(1); seed <= 3; seed++ {
		wd := newWorld(t, seed, 400, 300, surface.ColorFormatRGBA, surface.MemSystem)
		ctx := newContext(t)
		framePath := filepath.Join(dir, "frame.jpg")
		require.NoError(t, ctx.Process(wd.surf, wd.frame, nvds.ObjectMeta{}, objenc.Args{
			WholeFrame: true, AttachUserMeta: true, SaveImage: true, FileName: framePath}))
		objPath := filepath.Join(dir, "obj.jpg")
		require.NoError(t, ctx.Process(wd.surf, wd.frame, wd.objs[0], objenc.Args{SaveImage: true, FileName: objPath}))
		require.NoError(t, ctx.Finish())

		var frameCrops []objenc.Crop
		for c := range nvds.Payloads(wd.frame.UserMeta(), objenc.CropFromUser) {
			frameCrops = append(frameCrops, c)
		}
		require.Len(t, frameCrops, 1, "seed %d: the whole frame goes to the frame's user meta", seed)
		require.Empty(t, crops(wd.objs[0]), "seed %d: SaveImage alone attaches nothing", seed)
		saved, err := os.ReadFile(framePath)
		require.NoError(t, err)
		require.Equal(t, frameCrops[0].Bytes(), saved, "seed %d: the file holds the attached JPEG", seed)
		img := decode(t, saved)
		require.Equal(t, wd.src.Rect.Size(), img.Bounds().Size())
		require.Greater(t, psnr(wd.src, img), max(goJPEG(t, wd.src, objenc.DefaultQuality)-0.5, minDB), "seed %d: whole frame at the default quality", seed)

		objImg := decode(t, must(os.ReadFile(objPath)))
		require.Equal(t, wd.boxes[0].Size(), objImg.Bounds().Size(), "seed %d", seed)
	}
}

func TestCropMetaIsCopiedAndReleased(t *testing.T) {
	testmain.NoLeaks(t)
	outputs := func() int64 { return leak.Count("embedded.obj_enc_outputs") }
	base := outputs()
	wd := newWorld(t, 7, 320, 240, surface.ColorFormatRGBA, surface.MemSystem)
	ctx := newContext(t)
	for _, obj := range wd.objs {
		require.NoError(t, ctx.Process(wd.surf, wd.frame, obj, objenc.Args{AttachUserMeta: true}))
	}
	require.NoError(t, ctx.Process(wd.surf, wd.frame, nvds.ObjectMeta{}, objenc.Args{AttachUserMeta: true, WholeFrame: true}))
	require.NoError(t, ctx.Finish())
	n := int64(len(wd.objs) + 1)
	require.Equal(t, base+n, outputs(), "one payload per crop")
	var want [][]byte
	for _, obj := range wd.objs {
		want = append(want, crops(obj)[0].CopyBytes())
	}

	// Copy the frame (objects and user metas) into another batch, as an
	// element copying metadata does, then free the original.
	other, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	defer other.Release()
	other.Meta().CopyFramesFrom(wd.batch)
	require.Equal(t, base+2*n, outputs(), "the copy holds its own payloads")
	wd.batch.ClearFrames()
	require.Equal(t, base+n, outputs(), "clearing the original releases its payloads")

	frame, err := other.Meta().Frame(0)
	require.NoError(t, err)
	i := 0
	for obj := range frame.Objects() {
		cs := crops(obj)
		require.Len(t, cs, 1)
		require.Contains(t, want, cs[0].Bytes(), "object %d: the copy's JPEG", i)
		i++
	}
	require.Equal(t, len(wd.objs), i)
	other.Release()
	require.Equal(t, base, outputs(), "releasing the copy frees the rest")
}

func TestBadInput(t *testing.T) {
	testmain.NoLeaks(t)
	wd := newWorld(t, 3, 320, 240, surface.ColorFormatRGBA, surface.MemSystem)
	ctx := newContext(t)
	obj := wd.objs[0]
	ok := objenc.Args{AttachUserMeta: true}
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-folder", "crop.jpg")
	outside := wd.add(t, 400, 10, 20, 20)
	negative := wd.add(t, -50, -50, 30, 30)
	nan := wd.add(t, float32(math.NaN()), 0, 10, 10)
	yuv444, err := surface.Create(1, surface.CreateParams{Width: 320, Height: 240, ColorFormat: surface.ColorFormatYUV444, MemType: surface.MemSystem})
	require.NoError(t, err)
	defer yuv444.Destroy()
	other, err := nvds.NewBatchMeta(4)
	require.NoError(t, err)
	defer other.Release()
	far, err := other.Meta().AcquireFrameMeta()
	require.NoError(t, err)
	farFrame := other.Meta().AddFrame(far)
	farFrame.SetBatchID(3)
	farObj, err := farFrame.NewObject(nvds.ObjectMeta{})
	require.NoError(t, err)

	for _, tc := range []struct {
		name  string
		surf  surface.Surface
		frame nvds.FrameMeta
		obj   nvds.ObjectMeta
		args  objenc.Args
		is    error
		msg   string
	}{
		{"zero surface", surface.Surface{}, wd.frame, obj, ok, objenc.ErrNoSurface, ""},
		{"zero frame", wd.surf, nvds.FrameMeta{}, obj, ok, nvds.ErrNilMeta, "FrameMeta"},
		{"zero object", wd.surf, wd.frame, nvds.ObjectMeta{}, ok, nvds.ErrNilMeta, "WholeFrame"},
		{"box right of the frame", wd.surf, wd.frame, outside, ok, nvds.ErrOutOfRange, "no pixel in the 320x240 frame"},
		{"box above and left of the frame", wd.surf, wd.frame, negative, ok, nvds.ErrOutOfRange, "no pixel"},
		{"NaN box", wd.surf, wd.frame, nan, ok, nvds.ErrOutOfRange, "not finite"},
		{"frame outside the batch", wd.surf, farFrame, farObj, ok, nvds.ErrOutOfRange, "batch id 3"},
		{"nothing asked", wd.surf, wd.frame, obj, objenc.Args{}, objenc.ErrBadArgs, "neither"},
		{"no file name", wd.surf, wd.frame, obj, objenc.Args{SaveImage: true}, objenc.ErrBadArgs, "FileName"},
		{"missing folder", wd.surf, wd.frame, obj, objenc.Args{SaveImage: true, FileName: missing}, objenc.ErrBadArgs, "no such file"},
		{"NUL in file name", wd.surf, wd.frame, obj, objenc.Args{SaveImage: true, FileName: dir + "/a\x00b.jpg"}, objenc.ErrBadArgs, "NUL"},
		{"file name too long", wd.surf, wd.frame, obj, objenc.Args{SaveImage: true, FileName: dir + "/" + strings.Repeat("a", 1100)}, objenc.ErrBadArgs, "1023"},
		{"quality", wd.surf, wd.frame, obj, objenc.Args{AttachUserMeta: true, Quality: 101}, objenc.ErrBadArgs, "Quality"},
		{"scale without a size", wd.surf, wd.frame, obj, objenc.Args{AttachUserMeta: true, Scale: true}, objenc.ErrBadArgs, "ScaledWidth"},
		{"unsupported format", yuv444.Surface(), wd.frame, obj, ok, objenc.ErrEncode, "nvds_obj_enc_process"},
	} {
		err := ctx.Process(tc.surf, tc.frame, tc.obj, tc.args)
		require.ErrorIs(t, err, tc.is, tc.name)
		require.ErrorContains(t, err, tc.msg, tc.name)
	}
	require.NoError(t, ctx.Finish())
	for _, o := range wd.objs {
		require.Empty(t, crops(o), "a refused crop attaches nothing")
	}
	_, err = os.Stat(filepath.Dir(missing))
	require.ErrorIs(t, err, os.ErrNotExist, "nothing was created")

	// A file the encoder cannot write (a folder of that name exists).
	require.NoError(t, os.Mkdir(filepath.Join(dir, "taken.jpg"), 0o755))
	err = ctx.Process(wd.surf, wd.frame, obj, objenc.Args{SaveImage: true, AttachUserMeta: true, FileName: filepath.Join(dir, "taken.jpg")})
	require.ErrorIs(t, err, objenc.ErrEncode)
	require.Empty(t, crops(obj), "a crop whose file failed is not attached either")

	// A box partly outside the frame is clipped, as the encoder does.
	part := wd.add(t, 300, 200, 50, 60)
	require.NoError(t, ctx.Process(wd.surf, wd.frame, part, ok))
	require.NoError(t, ctx.Finish())
	require.Equal(t, image.Pt(20, 40), decode(t, crops(part)[0].Bytes()).Bounds().Size())
}

func TestDestroyedContext(t *testing.T) {
	testmain.NoLeaks(t)
	wd := newWorld(t, 2, 320, 240, surface.ColorFormatRGBA, surface.MemSystem)
	ctx, err := objenc.NewContext(0)
	require.NoError(t, err)
	ctx.Destroy()
	ctx.Destroy() // idempotent
	err = ctx.Process(wd.surf, wd.frame, wd.objs[0], objenc.Args{AttachUserMeta: true})
	require.ErrorIs(t, err, objenc.ErrClosed)
	require.ErrorIs(t, ctx.Finish(), objenc.ErrClosed)
	var nilCtx *objenc.Context
	nilCtx.Destroy()
	require.ErrorIs(t, nilCtx.Process(wd.surf, wd.frame, wd.objs[0], objenc.Args{AttachUserMeta: true}), objenc.ErrClosed)
	_, err = objenc.NewContext(-1)
	require.ErrorIs(t, err, nvds.ErrOutOfRange)
	require.Empty(t, crops(wd.objs[0]))
}

func TestCropFromUserSkipsOtherMeta(t *testing.T) {
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	defer owned.Release()
	pu, err := owned.Meta().AcquireUserMeta()
	require.NoError(t, err)
	u := owned.Meta().AddUserMeta(pu)
	_, ok := objenc.CropFromUser(u)
	require.False(t, ok, "a user meta of another type")
	_, ok = objenc.CropFromUser(nvds.UserMeta{})
	require.False(t, ok)
	var c objenc.Crop
	require.True(t, c.IsNil())
	require.Zero(t, c.Len())
	require.Nil(t, c.Bytes())
	_, err = c.Decode()
	require.ErrorIs(t, err, nvds.ErrNilMeta)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

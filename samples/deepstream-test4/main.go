// Command deepstream-test4 is the Go port of DeepStream's Python sample
// deepstream_test_4.py: deepstream-test1's detector pipeline split by a
// tee into a display branch and a message branch. For the first object of
// every 30th frame, the probe attaches an event message (NvDsEventMsgMeta
// with a vehicle or person object) to the frame; nvmsgconv turns it into a
// JSON payload in DeepStream's full or minimal schema, and nvmsgbroker
// sends it to a message broker.
//
//	deepstream-test4 -i <H264 file> -p <proto adaptor library> [--conn-str "host;port;topic"]
//	                 [-c <adaptor config>] [-t <topic>] [-s 0|1] [--no-display]
//
// Pipeline:
//
//	filesrc ! h264parse ! nvv4l2decoder ! nvstreammux ! nvinfer ! nvvideoconvert ! nvdsosd ! tee
//	tee. ! queue ! nvmsgconv ! nvmsgbroker
//	tee. ! queue ! sink
//
// The event messages are allocated by package schema and attached with its
// copy and release functions, which deep-copy and free the message, its
// strings and its vehicle or person object whenever DeepStream copies or
// releases the meta. On the embedded runtime, nvmsgbroker speaks the
// protocol the proto-lib file name names, as the SDK's adapter libraries:
// libnvds_kafka_proto.so (--conn-str "host;port;topic"),
// libnvds_mqtt_proto.so and libnvds_redis_proto.so ("host;port", topic
// from -t or, for MQTT, "host;port;topic"), libnvds_amqp_proto.so
// ("host;port;username;password", or the -c file's keys). Without -i it
// plays the synthetic scene's default clip.
package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
	"github.com/go-deepstream/go-deepstream/standin"
)

const (
	classVehicle = 0
	classPerson  = 2

	muxerOutputWidth      = 1920
	muxerOutputHeight     = 1080
	muxerBatchTimeoutUsec = 33000

	pgieConfigFile    = "dstest4_pgie_config.txt"
	msgconvConfigFile = "dstest4_msgconv_config.txt"

	// An event message is sent for the first object of every
	// messageInterval-th frame.
	messageInterval = 30
)

var classNames = [...]string{"Vehicle", "TwoWheeler", "Person", "Roadsign"}

// options are the command line, as optparse parses it in the Python app.
type options struct {
	cfgFile, inputFile, protoLib, connStr, topic string
	connStrSet                                   bool // Python passes None when absent
	schemaType                                   int
	noDisplay                                    bool
}

func main() {
	opt, err := parseArgs(os.Args[1:])
	var oe *optionError
	switch {
	case errors.As(err, &oe) && oe.help:
		fmt.Print(oe.Error())
		os.Exit(0)
	case err != nil:
		fmt.Fprint(os.Stderr, err.Error())
		os.Exit(2)
	}
	// Python requires -i too; without it this port plays the default clip.
	if opt.protoLib == "" {
		fmt.Println(usageLine)
		os.Exit(1)
	}
	if err := run(opt); err != nil {
		dsapp.Exit(err)
	}
}

func run(opt *options) error {
	if opt.inputFile == "" {
		var err error
		if opt.inputFile, err = dsapp.DefaultClip(); err != nil {
			return err
		}
	}
	if _, err := os.Stat(opt.inputFile); err != nil {
		return err
	}
	configs, err := dsapp.WriteConfigs(configFiles)
	if err != nil {
		return err
	}
	defer configs.Close()

	gst.Init(nil)
	if err := standin.Register(); err != nil {
		return err
	}

	fmt.Print("Creating Pipeline \n \n")
	pipeline, err := gst.NewPipeline("")
	if err != nil {
		return err
	}
	b := dsapp.NewBuilder(pipeline.Bin)
	fmt.Print("Creating Source \n \n")
	source := b.Make("filesrc", "file-source")
	fmt.Print("Creating H264Parser \n\n")
	h264parser := b.Make("h264parse", "h264-parser")
	fmt.Print("Creating Decoder \n\n")
	decoder := b.Make("nvv4l2decoder", "nvv4l2-decoder")
	streammux := b.Make("nvstreammux", "Stream-muxer")
	pgie := b.Make("nvinfer", "primary-inference")
	nvvidconv := b.Make("nvvideoconvert", "convertor")
	nvosd := b.Make("nvdsosd", "onscreendisplay")
	msgconv := b.Make("nvmsgconv", "nvmsg-converter")
	msgbroker := b.Make("nvmsgbroker", "nvmsg-broker")
	tee := b.Make("tee", "nvsink-tee")
	queue1 := b.Make("queue", "nvtee-que1")
	queue2 := b.Make("queue", "nvtee-que2")
	var sink *gst.Element
	if opt.noDisplay {
		fmt.Print("Creating FakeSink \n\n")
		sink = b.Make("fakesink", "fakesink")
		b.Set(sink, "enable-last-sample", 0, "sync", 0)
	} else {
		sink = dsapp.Sink(b, "nvvideo-renderer", dsapp.DefaultPlatform)
	}

	fmt.Printf("Playing file %s \n", opt.inputFile)
	b.Set(source, "location", opt.inputFile)
	b.Set(streammux, "width", muxerOutputWidth, "height", muxerOutputHeight,
		"batch-size", 1, "batched-push-timeout", muxerBatchTimeoutUsec)
	b.Set(pgie, "config-file-path", configs.Path(pgieConfigFile))
	b.Set(msgconv, "config", configs.Path(msgconvConfigFile), "payload-type", opt.schemaType)
	b.Set(msgbroker, "proto-lib", opt.protoLib)
	if opt.connStrSet {
		b.Set(msgbroker, "conn-str", opt.connStr)
	}
	if opt.cfgFile != "" {
		b.Set(msgbroker, "config", opt.cfgFile)
	}
	if opt.topic != "" {
		b.Set(msgbroker, "topic", opt.topic)
	}
	b.Set(msgbroker, "sync", false)

	fmt.Print("Adding elements to Pipeline \n\n")
	fmt.Print("Linking elements in the Pipeline \n\n")
	b.Link(source, h264parser, decoder)
	b.LinkPads(b.StaticPad(decoder, "src"), b.RequestPad(streammux, "sink_0"))
	b.Link(streammux, pgie, nvvidconv, nvosd, tee)
	b.Link(queue1, msgconv, msgbroker)
	b.Link(queue2, sink)
	b.LinkPads(b.RequestPad(tee, "src_%u"), b.StaticPad(queue1, "sink"))
	b.LinkPads(b.RequestPad(tee, "src_%u"), b.StaticPad(queue2, "sink"))
	if err := b.Err(); err != nil {
		return err
	}
	probe, err := gogst.AddOperator(nvosd.GetStaticPad("sink"), osdSinkPadBufferProbe)
	if err != nil {
		return err
	}
	defer probe.Remove()

	fmt.Print("Starting pipeline \n\n")
	err = dsapp.Run(context.Background(), pipeline)
	return err
}

// osdSinkPadBufferProbe labels every object with its class and, for the
// first object of every 30th frame, attaches an event message describing
// it. It prints the batch's vehicle and person counts.
func osdSinkPadBufferProbe(info nvds.ProbeInfo) nvds.ProbeReturn {
	batch, err := info.BatchMeta()
	if err != nil {
		return nvds.ProbeOK
	}
	var counts [4]int
	frameNumber := int32(0)
	for frame := range batch.Frames() {
		frameNumber = frame.FrameNum()
		first := true
		for obj := range frame.Objects() {
			class := obj.ClassID()
			if class < 0 || int(class) >= len(counts) {
				continue
			}
			counts[class]++
			txt := obj.TextParams()
			txt.SetDisplayText(classNames[class])
			txt.FontParams().SetFontName("Serif")
			txt.FontParams().SetFontSize(10)
			txt.FontParams().FontColor().Set(1, 1, 1, 1)
			txt.SetHasBgColor(true)
			txt.BgColor().Set(0, 0, 0, 1)

			// The component that detects objects would normally attach event
			// messages; the sample shows how, for one object now and then.
			if first && frameNumber%messageInterval == 0 {
				if err := attachEventMsg(frame, obj); err != nil {
					fmt.Print("Error in attaching event meta to buffer\n\n")
					fmt.Fprintln(os.Stderr, "Error:", err)
				}
				first = false
			}
		}
	}
	fmt.Println("Frame Number =", frameNumber, "Vehicle Count =", counts[classVehicle], "Person Count =", counts[classPerson])
	return nvds.ProbeOK
}

// attachEventMsg describes obj in an event message attached to frame: a
// moving vehicle or a person entering, with fixed attributes.
func attachEventMsg(frame nvds.FrameMeta, obj nvds.ObjectMeta) error {
	msg := schema.NewEventMsg()
	m := msg.Meta()
	r := obj.RectParams()
	m.BBox().Set(r.Top(), r.Left(), r.Width(), r.Height())
	m.SetFrameID(frame.FrameNum())
	m.SetTrackingID(obj.ObjectID())
	m.SetConfidence(float64(obj.Confidence()))
	m.SetSensorID(0)
	m.SetPlaceID(0)
	m.SetModuleID(0)
	err := m.SetSensorStr("sensor-0")
	m.SetTimestamp(time.Now())
	switch obj.ClassID() {
	case classVehicle:
		m.SetType(schema.EventMoving)
		m.SetObjType(schema.ObjectVehicle)
		m.SetObjClassID(classVehicle)
		err = errors.Join(err, fillVehicle(m.SetVehicle()))
	case classPerson:
		m.SetType(schema.EventEntry)
		m.SetObjType(schema.ObjectPerson)
		m.SetObjClassID(classPerson)
		err = errors.Join(err, fillPerson(m.SetPerson()))
	}
	if err != nil {
		msg.Release()
		return err
	}
	if _, err := msg.AttachToFrame(frame); err != nil { // consumes msg on success
		msg.Release()
		return err
	}
	return nil
}

func fillVehicle(v schema.VehicleObject) error {
	return errors.Join(v.SetType("sedan"), v.SetColor("blue"), v.SetMake("Bugatti"),
		v.SetModel("M"), v.SetLicense("XX1234"), v.SetRegion("CA"))
}

func fillPerson(p schema.PersonObject) error {
	p.SetAge(45)
	return errors.Join(p.SetCap("none"), p.SetHair("black"), p.SetGender("male"), p.SetApparel("formal"))
}

// configFiles holds the sample's config sets, configs/embedded and
// configs/sdk; dsapp.WriteConfigs writes the one for the runtime.
//
//go:embed configs
var configFiles embed.FS

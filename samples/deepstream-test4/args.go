package main

import (
	"fmt"
	"strings"
)

// The Python app parses its command line with optparse; parseArgs accepts
// what optparse accepts there (-x VALUE, -xVALUE, --long VALUE,
// --long=VALUE, unique prefixes of long names, stray operands ignored) and
// answers as it does: -h prints helpText to stdout (exit 0), a bad option
// prints the usage and an error to stderr (exit 2).

// prog is the program name optparse prints (the script's base name).
const prog = "deepstream_test_4.py"

// helpText is optparse's help for the app's options, at 80 columns.
const helpText = `Usage: deepstream_test_4.py [options]

Options:
  -h, --help            show this help message and exit
  -c FILE, --cfg-file=FILE
                        Set the adaptor config file. Optional if connection
                        string has relevant  details.
  -i FILE, --input-file=FILE
                        Set the input H264 file
  -p PATH, --proto-lib=PATH
                        Absolute path of adaptor library
  --conn-str=STR        Connection string of backend server. Optional if it is
                        part of config file.
  -s <0|1>, --schema-type=<0|1>
                        Type of message schema (0=Full, 1=minimal), default=0
  -t TOPIC, --topic=TOPIC
                        Name of message topic. Optional if it is part of
                        connection string or config file.
  --no-display          Disable display
`

// usageLine is what the app prints (to stdout, exit 1) without -p or -i.
const usageLine = "Usage: python3 deepstream_test_4.py -i <H264 filename> -p <Proto adaptor library> --conn-str=<Connection string>"

// optionError is a command line optparse refuses; help is -h.
type optionError struct {
	msg  string
	help bool
}

func (e *optionError) Error() string {
	if e.help {
		return helpText
	}
	return "Usage: " + prog + " [options]\n\n" + prog + ": error: " + e.msg + "\n"
}

// optSpec is one add_option call.
type optSpec struct {
	short, long string
	flag        bool // store_true
	set         func(o *options, v string)
}

var optSpecs = []optSpec{
	{"-c", "--cfg-file", false, func(o *options, v string) { o.cfgFile = v }},
	{"-i", "--input-file", false, func(o *options, v string) { o.inputFile = v }},
	{"-p", "--proto-lib", false, func(o *options, v string) { o.protoLib = v }},
	{"", "--conn-str", false, func(o *options, v string) { o.connStr, o.connStrSet = v, true }},
	// schema_type = 0 if options.schema_type == "0" else 1
	{"-s", "--schema-type", false, func(o *options, v string) {
		o.schemaType = 1
		if v == "0" {
			o.schemaType = 0
		}
	}},
	{"-t", "--topic", false, func(o *options, v string) { o.topic = v }},
	{"", "--no-display", true, func(o *options, _ string) { o.noDisplay = true }},
}

// parseArgs parses args (without the program name) as optparse does.
func parseArgs(args []string) (*options, error) {
	opt := &options{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if a == "-h" || (len(a) > 2 && strings.HasPrefix("--help", a)) {
			return nil, &optionError{help: true}
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			continue // operands: optparse returns them, the app ignores them
		}
		var spec *optSpec
		name, value, hasValue := a, "", false
		if strings.HasPrefix(a, "--") {
			name, value, hasValue = strings.Cut(a, "=")
			var hits []*optSpec
			for k := range optSpecs {
				if optSpecs[k].long == name {
					hits = []*optSpec{&optSpecs[k]}
					break
				}
				if strings.HasPrefix(optSpecs[k].long, name) {
					hits = append(hits, &optSpecs[k])
				}
			}
			switch len(hits) {
			case 0:
				return nil, &optionError{msg: "no such option: " + name}
			case 1:
				spec, name = hits[0], hits[0].long
			default:
				var names []string
				for _, h := range hits {
					names = append(names, h.long)
				}
				return nil, &optionError{msg: fmt.Sprintf("ambiguous option: %s (%s?)", name, strings.Join(names, ", "))}
			}
		} else {
			name = a[:2]
			if len(a) > 2 {
				value, hasValue = a[2:], true
			}
			for k := range optSpecs {
				if optSpecs[k].short == name {
					spec = &optSpecs[k]
				}
			}
			if spec == nil {
				return nil, &optionError{msg: "no such option: " + name}
			}
		}
		if spec.flag {
			if hasValue {
				return nil, &optionError{msg: name + " option does not take a value"}
			}
			spec.set(opt, "")
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return nil, &optionError{msg: name + " option requires 1 argument"}
			}
			i++
			value = args[i]
		}
		spec.set(opt, value)
	}
	return opt, nil
}

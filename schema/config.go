package schema

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Sensor is a [sensorN] group of an nvmsgconv configuration file: the
// static description of the sensor an event message's sensorId selects.
type Sensor struct {
	ID, Type, Description string
	Location              [3]float64 // lat, lon, alt
	Coordinate            [3]float64 // x, y, z
}

// Place is a [placeN] group: the place an event message's placeId selects.
// The three sub-fields fill the place's sub-object, whose name and keys
// depend on the event type (see docs/event-schema.md).
type Place struct {
	ID, Name, Type                  string
	Location                        [3]float64 // lat, lon, alt
	Coordinate                      [3]float64 // x, y, z of the sub-object
	SubField1, SubField2, SubField3 string
}

// Analytics is an [analyticsN] group: the analytics module an event
// message's moduleId selects.
type Analytics struct {
	ID, Description, Source, Version string
}

// Config is what the full schema takes from nvmsgconv's configuration file
// (its config property), by id. The minimal schema only uses Sensors, for
// the sensorId of messages without sensorStr.
type Config struct {
	Sensors   map[int32]Sensor
	Places    map[int32]Place
	Analytics map[int32]Analytics
}

// ParseConfig reads an nvmsgconv configuration in key-file form:
//
//	[sensor0]
//	enable=1
//	type=Camera
//	id=CAMERA_ID
//	location=45.293701447;-75.8303914499;48.1557479338
//	description=Aisle Camera
//	coordinate=5.2;10.1;11.2
//
// with [placeN] groups (id, name, type, location, coordinate,
// place-sub-field1..3) and [analyticsN] groups (id, description, source,
// version). Groups without enable=1 (or true) are skipped, as nvmsgconv
// does; unknown groups and keys are errors, with their line number, and so
// is a NUL byte anywhere. Keys and values are trimmed of ASCII white space.
func ParseConfig(r io.Reader) (Config, error) {
	cfg := Config{Sensors: map[int32]Sensor{}, Places: map[int32]Place{}, Analytics: map[int32]Analytics{}}
	type group struct {
		kind    string
		id      int32
		line    int
		enabled bool
		keys    map[string]string
		lines   map[string]int
	}
	var groups []*group
	var cur *group
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := trimSpace(sc.Text())
		switch {
		case strings.IndexByte(line, 0) >= 0:
			return Config{}, fmt.Errorf("schema config line %d: NUL byte", n)
		case line == "" || line[0] == '#':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return Config{}, fmt.Errorf("schema config line %d: bad group header %q", n, line)
			}
			name := line[1 : len(line)-1]
			kind := strings.TrimRight(name, "0123456789")
			id, err := strconv.ParseInt(name[len(kind):], 10, 32)
			if err != nil || (kind != "sensor" && kind != "place" && kind != "analytics") {
				return Config{}, fmt.Errorf("schema config line %d: unknown group [%s]", n, name)
			}
			cur = &group{kind: kind, id: int32(id), line: n, keys: map[string]string{}, lines: map[string]int{}}
			groups = append(groups, cur)
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || cur == nil {
				return Config{}, fmt.Errorf("schema config line %d: expected key=value in a group", n)
			}
			k, v = trimSpace(k), trimSpace(v)
			if k == "enable" {
				cur.enabled = v == "1" || strings.EqualFold(v, "true")
				continue
			}
			cur.keys[k], cur.lines[k] = v, n
		}
	}
	if err := sc.Err(); err != nil {
		return Config{}, err
	}
	for _, g := range groups {
		if !g.enabled {
			continue
		}
		var err error
		triple := func(k string, dst *[3]float64) {
			v, ok := g.keys[k]
			if !ok || err != nil {
				return
			}
			parts := strings.Split(strings.TrimSuffix(v, ";"), ";")
			if len(parts) != 3 {
				err = fmt.Errorf("schema config line %d: %s needs three values separated by ';'", g.lines[k], k)
				return
			}
			for i, p := range parts {
				if dst[i], err = strconv.ParseFloat(trimSpace(p), 64); err != nil {
					err = fmt.Errorf("schema config line %d: %s: %w", g.lines[k], k, err)
					return
				}
			}
		}
		known := func(keys ...string) {
			for k := range g.keys {
				found := false
				for _, w := range keys {
					found = found || k == w
				}
				if !found && err == nil {
					err = fmt.Errorf("schema config line %d: unknown key %q in [%s%d]", g.lines[k], k, g.kind, g.id)
				}
			}
		}
		switch g.kind {
		case "sensor":
			if _, dup := cfg.Sensors[g.id]; dup {
				return Config{}, fmt.Errorf("schema config line %d: duplicate [sensor%d]", g.line, g.id)
			}
			s := Sensor{ID: g.keys["id"], Type: g.keys["type"], Description: g.keys["description"]}
			triple("location", &s.Location)
			triple("coordinate", &s.Coordinate)
			known("id", "type", "description", "location", "coordinate")
			cfg.Sensors[g.id] = s
		case "place":
			if _, dup := cfg.Places[g.id]; dup {
				return Config{}, fmt.Errorf("schema config line %d: duplicate [place%d]", g.line, g.id)
			}
			p := Place{ID: g.keys["id"], Name: g.keys["name"], Type: g.keys["type"],
				SubField1: g.keys["place-sub-field1"], SubField2: g.keys["place-sub-field2"], SubField3: g.keys["place-sub-field3"]}
			triple("location", &p.Location)
			triple("coordinate", &p.Coordinate)
			known("id", "name", "type", "location", "coordinate", "place-sub-field1", "place-sub-field2", "place-sub-field3")
			cfg.Places[g.id] = p
		case "analytics":
			if _, dup := cfg.Analytics[g.id]; dup {
				return Config{}, fmt.Errorf("schema config line %d: duplicate [analytics%d]", g.line, g.id)
			}
			known("id", "description", "source", "version")
			cfg.Analytics[g.id] = Analytics{ID: g.keys["id"], Description: g.keys["description"],
				Source: g.keys["source"], Version: g.keys["version"]}
		}
		if err != nil {
			return Config{}, err
		}
	}
	return cfg, nil
}

// trimSpace trims ASCII white space as GLib's g_strstrip does (what
// nvmsgconv's key files and the stand-in's C parser use): space, tab, line
// feed, form feed and carriage return; not a vertical tab, and not U+2028
// or a no-break space.
func trimSpace(s string) string { return strings.Trim(s, " \t\n\f\r") }

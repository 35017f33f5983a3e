// Package pyargs parses a command line the way the Python apps' argparse
// parsers do, for the few option kinds they use (a value, a value among
// choices, a list of values, a flag), and prints argparse's usage, help
// and error text, so that a port accepts and answers what its original
// does: -h prints the help to stdout and exits 0, a bad or missing option
// prints the usage and "<prog>: error: ..." to stderr and exits 2.
package pyargs

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Kind is what an option takes.
type Kind int

// The option kinds.
const (
	Value Kind = iota // one value (type=str or int: Parse checks ints)
	Flag              // no value (action="store_true")
	List              // one or more values (nargs="+")
)

// Option is one argparse add_argument call.
type Option struct {
	Short, Long string // "-i", "--input" (Short may be empty)
	Kind        Kind
	Int         bool     // type=int
	Choices     []string // choices=[...], as printed
	Required    bool
	// DefaultWhenAbsent: printed as required, as the Python app declares
	// it, but Parse accepts its absence; the port then supplies a default
	// (a Go-only convenience, such as the synthetic scene's clip).
	DefaultWhenAbsent bool
	Default           string // printed nowhere; the value when absent
	Help              string
	Metavar           string // defaults to Long's name in capitals
}

// Parser is an argparse.ArgumentParser.
type Parser struct {
	Prog        string
	Description string
	Options     []Option
}

// Usage is the error Parse returns for a bad command line; Exit is 2
// except for -h (0).
type Usage struct {
	Text string // what to print
	Exit int
	Help bool // print to stdout (help) rather than stderr
}

func (u *Usage) Error() string { return u.Text }

// Report prints u where argparse prints it and returns its exit status.
func Report(err error, stdout, stderr io.Writer) int {
	var u *Usage
	if !errors.As(err, &u) {
		fmt.Fprintln(stderr, err)
		return 2
	}
	if u.Help {
		fmt.Fprint(stdout, u.Text)
	} else {
		fmt.Fprint(stderr, u.Text)
	}
	return u.Exit
}

func (o Option) dest() string {
	n := strings.TrimLeft(o.Long, "-")
	if n == "" {
		n = strings.TrimLeft(o.Short, "-")
	}
	return n
}

func (o Option) metavar() string {
	if len(o.Choices) > 0 {
		return "{" + strings.Join(o.Choices, ",") + "}"
	}
	if o.Metavar != "" {
		return o.Metavar
	}
	return strings.ToUpper(strings.ReplaceAll(o.dest(), "-", "_"))
}

func (o Option) name() string {
	if o.Short != "" && o.Long != "" {
		return o.Short + "/" + o.Long
	}
	return o.Short + o.Long
}

// textWidth is the width argparse formats to: the terminal's 80 columns
// (its default when there is no terminal) less 2.
const textWidth = 78

// usageLine is argparse's "usage: ..." line, wrapped as argparse wraps
// it when it is longer than textWidth: option parts move to lines indented
// under the first part after the program name.
func (p *Parser) usageLine() string {
	parts := []string{"[-h]"}
	for _, o := range p.Options {
		flag := o.Short
		if flag == "" {
			flag = o.Long
		}
		var s string
		switch o.Kind {
		case Flag:
			s = flag
		case List:
			s = fmt.Sprintf("%s %s [%s ...]", flag, o.metavar(), o.metavar())
		default:
			s = flag + " " + o.metavar()
		}
		if !o.Required && !o.DefaultWhenAbsent {
			s = "[" + s + "]"
		}
		parts = append(parts, s)
	}
	const prefix = "usage: "
	one := prefix + p.Prog + " " + strings.Join(parts, " ")
	if len(one) <= textWidth {
		return one + "\n"
	}
	var lines []string
	if float64(len(prefix)+len(p.Prog)) <= 0.75*textWidth {
		indent := strings.Repeat(" ", len(prefix)+len(p.Prog)+1)
		lines = wrapParts(append([]string{p.Prog}, parts...), indent, len(prefix)-1)
		lines[0] = prefix + strings.TrimPrefix(lines[0], indent)
	} else {
		indent := strings.Repeat(" ", len(prefix))
		lines = append([]string{prefix + p.Prog}, wrapParts(parts, indent, len(indent)-1)...)
	}
	return strings.Join(lines, "\n") + "\n"
}

// wrapParts is argparse's get_lines: parts joined by spaces into lines of
// at most textWidth, each starting with indent; lineLen is the length the
// first line starts at.
func wrapParts(parts []string, indent string, lineLen int) []string {
	var lines, line []string
	for _, part := range parts {
		if lineLen+1+len(part) > textWidth && len(line) > 0 {
			lines = append(lines, indent+strings.Join(line, " "))
			line, lineLen = nil, len(indent)-1
		}
		line = append(line, part)
		lineLen += len(part) + 1
	}
	if len(line) > 0 {
		lines = append(lines, indent+strings.Join(line, " "))
	}
	return lines
}

// fill is textwrap.fill as argparse uses it: whitespace collapsed, words
// wrapped at width, each line prefixed with indent.
func fill(text string, width int, indent string) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, indent+line)
			line = ""
		}
		if line == "" {
			line = w
		} else {
			line += " " + w
		}
	}
	if line != "" {
		lines = append(lines, indent+line)
	}
	return lines
}

// Help is argparse's help text (print_help).
func (p *Parser) Help() string {
	var b strings.Builder
	b.WriteString(p.usageLine())
	if p.Description != "" {
		b.WriteString("\n" + strings.Join(fill(p.Description, textWidth, ""), "\n") + "\n")
	}
	b.WriteString("\noptions:\n")
	const helpPos = 24
	line := func(inv, help string) {
		wrapped := fill(help, textWidth-helpPos, strings.Repeat(" ", helpPos))
		if len(inv) <= helpPos-4 && len(wrapped) > 0 {
			fmt.Fprintf(&b, "  %-22s%s\n", inv, strings.TrimLeft(wrapped[0], " "))
			wrapped = wrapped[1:]
		} else {
			fmt.Fprintf(&b, "  %s\n", inv)
		}
		for _, l := range wrapped {
			b.WriteString(l + "\n")
		}
	}
	line("-h, --help", "show this help message and exit")
	for _, o := range p.Options {
		var forms []string
		for _, f := range []string{o.Short, o.Long} {
			if f == "" {
				continue
			}
			switch o.Kind {
			case Flag:
				forms = append(forms, f)
			case List:
				forms = append(forms, fmt.Sprintf("%s %s [%s ...]", f, o.metavar(), o.metavar()))
			default:
				forms = append(forms, f+" "+o.metavar())
			}
		}
		line(strings.Join(forms, ", "), o.Help)
	}
	return b.String()
}

func (p *Parser) fail(format string, args ...any) error {
	return &Usage{Text: p.usageLine() + p.Prog + ": error: " + fmt.Sprintf(format, args...) + "\n", Exit: 2}
}

// find returns the option arg names: an exact short or long name, or an
// unambiguous prefix of a long one (argparse's allow_abbrev).
func (p *Parser) find(arg string) (*Option, error) {
	var hits []*Option
	for i := range p.Options {
		o := &p.Options[i]
		if arg == o.Short || arg == o.Long {
			return o, nil
		}
		if strings.HasPrefix(arg, "--") && strings.HasPrefix(o.Long, arg) {
			hits = append(hits, o)
		}
	}
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		return nil, nil
	}
	var names []string
	for _, o := range hits {
		names = append(names, o.Long)
	}
	return nil, p.fail("ambiguous option: %s could match %s", arg, strings.Join(names, ", "))
}

// Parse parses args (without the program name) into values by option
// dest ("input", "codec", ...); a List's values are joined with "\x00"
// (read them with Values.List). Options absent get their Default.
func (p *Parser) Parse(args []string) (Values, error) {
	vals := Values{}
	for _, o := range p.Options {
		if o.Default != "" {
			vals[o.dest()] = o.Default
		}
	}
	seen := map[string]bool{}
	var extra []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "-h" || a == "--help" || (strings.HasPrefix(a, "--h") && strings.HasPrefix("--help", a) && len(a) > 2) {
			return nil, &Usage{Text: p.Help(), Exit: 0, Help: true}
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			extra = append(extra, a)
			continue
		}
		name, inline, hasInline := a, "", false
		if strings.HasPrefix(a, "--") {
			name, inline, hasInline = strings.Cut(a, "=")
		} else if len(a) > 2 {
			name, inline, hasInline = a[:2], a[2:], true
		}
		o, err := p.find(name)
		if err != nil {
			return nil, err
		}
		if o == nil {
			extra = append(extra, a)
			continue
		}
		seen[o.dest()] = true
		switch o.Kind {
		case Flag:
			if hasInline {
				return nil, p.fail("argument %s: ignored explicit argument '%s'", o.name(), inline)
			}
			vals[o.dest()] = "true"
			continue
		case List:
			var list []string
			if hasInline {
				list = append(list, inline)
			}
			for i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
				i++
				list = append(list, args[i])
			}
			if len(list) == 0 {
				return nil, p.fail("argument %s: expected at least one argument", o.name())
			}
			vals[o.dest()] = strings.Join(list, "\x00")
			continue
		}
		v := inline
		if !hasInline {
			if i+1 >= len(args) || (strings.HasPrefix(args[i+1], "-") && len(args[i+1]) > 1) {
				return nil, p.fail("argument %s: expected one argument", o.name())
			}
			i++
			v = args[i]
		}
		if o.Int {
			var n int
			if _, err := fmt.Sscanf(v, "%d", &n); err != nil || fmt.Sprint(n) != strings.TrimPrefix(v, "+") {
				return nil, p.fail("argument %s: invalid int value: '%s'", o.name(), v)
			}
			v = fmt.Sprint(n)
		}
		if len(o.Choices) > 0 && !slices.Contains(o.Choices, v) {
			quoted := make([]string, len(o.Choices))
			for k, c := range o.Choices {
				quoted[k] = c
				if !o.Int {
					quoted[k] = "'" + c + "'"
				}
			}
			shown := v
			if !o.Int {
				shown = "'" + v + "'"
			}
			return nil, p.fail("argument %s: invalid choice: %s (choose from %s)", o.name(), shown, strings.Join(quoted, ", "))
		}
		vals[o.dest()] = v
	}
	var missing []string
	for _, o := range p.Options {
		if o.Required && !seen[o.dest()] {
			missing = append(missing, o.name())
		}
	}
	if len(missing) > 0 {
		return nil, p.fail("the following arguments are required: %s", strings.Join(missing, ", "))
	}
	if len(extra) > 0 {
		return nil, p.fail("unrecognized arguments: %s", strings.Join(extra, " "))
	}
	return vals, nil
}

// Values are parsed options by dest.
type Values map[string]string

// List returns a List option's values.
func (v Values) List(dest string) []string {
	if v[dest] == "" {
		return nil
	}
	return strings.Split(v[dest], "\x00")
}

// Int returns an Int option's value (0 when absent).
func (v Values) Int(dest string) int {
	var n int
	fmt.Sscanf(v[dest], "%d", &n)
	return n
}

// Bool reports whether a Flag was given.
func (v Values) Bool(dest string) bool { return v[dest] == "true" }

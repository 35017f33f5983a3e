package dsapp

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Output is where Run and the helpers print: the process's stdout and
// stderr, replaceable by tests of this package (Run's WithOutput overrides
// them for one run).
var (
	Stdout io.Writer = os.Stdout
	Stderr io.Writer = os.Stderr
)

// ErrPipeline is what every error a pipeline posted matches (errors.Is):
// the *ElementError values Run returns and a *StateChangeError. Run has
// printed their message and debug text as bus_call prints them, so Exit
// does not print them again.
var ErrPipeline = errors.New("pipeline error")

// ErrInterrupted is what Run's error matches (errors.Is) when an interrupt
// stopped the pipeline before it drained: a second interrupt, or the first
// one's end-of-stream not reaching the sinks within the stop timeout.
var ErrInterrupted = errors.New("interrupted")

// ElementError is an error or warning message an element posted on the
// bus (GST_MESSAGE_ERROR, GST_MESSAGE_WARNING, read with
// gst_message_parse_error / gst_message_parse_warning).
type ElementError struct {
	// Path is the posting object's path in the pipeline, in the form of
	// gst_object_get_path_string ("/GstPipeline:pipeline0/GstFileSrc:source");
	// empty when the message has no source.
	Path string
	// Message is the GError's message ("Resource not found.").
	Message string
	// Debug is the debug string (source file, function and details); it
	// may be empty.
	Debug string
}

// Error returns "<path>: <message> (<debug>)".
func (e *ElementError) Error() string {
	s := e.Message
	if e.Path != "" {
		s = e.Path + ": " + s
	}
	if e.Debug != "" {
		s += " (" + e.Debug + ")"
	}
	return s
}

// Is reports whether target is ErrPipeline.
func (e *ElementError) Is(target error) bool { return target == ErrPipeline }

// StateChangeError is returned by Run when gst_element_set_state refused
// PLAYING (GST_STATE_CHANGE_FAILURE) and no element posted an error that
// says why (elements almost always do: Run then returns their errors,
// which name them). GStreamer keeps no trace of which child refused: the
// bin rolls the others back, and the failed one's last state return is not
// kept. It matches ErrPipeline.
type StateChangeError struct {
	// Pipeline is the pipeline's path, Target the state asked for.
	Pipeline, Target string
}

// Error names the pipeline and the state.
func (e *StateChangeError) Error() string {
	return fmt.Sprintf("%s: state change to %s failed, and no element posted why", e.Pipeline, e.Target)
}

// Is reports whether target is ErrPipeline.
func (e *StateChangeError) Is(target error) bool { return target == ErrPipeline }

// Message is an error whose text is printed as it is, without the
// "Error:" prefix: the Python apps' own wording for bad input, such as
// "The output folder out already exists. Please remove it first.".
type Message string

// Error returns the message text.
func (m Message) Error() string { return string(m) }

// Messagef formats a Message.
func Messagef(format string, args ...any) Message {
	return Message(fmt.Sprintf(format, args...))
}

// Exit ends a sample that failed with err. err is printed to stderr unless
// Run printed it already (it matches ErrPipeline): a Message as it is,
// anything else as "Error: <err>". The exit status is 130 (128 + SIGINT,
// what a shell reports for a process an interrupt ended) when err matches
// ErrInterrupted, 1 otherwise.
func Exit(err error) {
	var m Message
	switch {
	case errors.Is(err, ErrPipeline) && !errors.Is(err, ErrInterrupted):
	case errors.As(err, &m):
		fmt.Fprintln(Stderr, m)
	default:
		fmt.Fprintln(Stderr, "Error:", err)
	}
	if errors.Is(err, ErrInterrupted) {
		os.Exit(130)
	}
	os.Exit(1)
}

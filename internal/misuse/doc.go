// Package misuse holds the adversarial tests of the public API: each test
// uses the API the way a careless or hurried user would and asserts that the
// result is a clear error, or a panic whose message names the misuse, and
// never a crash, corruption or silent loss. Where the old behaviour was a
// crash, the case runs in a child process (see inChild), so that a
// regression fails one test with the child's output instead of killing the
// test binary.
//
// The package has no non-test code beyond this comment.
package misuse

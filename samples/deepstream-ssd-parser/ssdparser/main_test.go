package ssdparser_test

import (
	"testing"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

func TestMain(m *testing.M) { testmain.Run(m) }

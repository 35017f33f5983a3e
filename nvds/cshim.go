package nvds

import (
	// C glue: probe trampoline and string helpers.
	_ "github.com/go-deepstream/go-deepstream/nvds/internal/cshim"
)

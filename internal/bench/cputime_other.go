//go:build !unix

package bench

import "time"

// processCPUTime has no portable source outside unix; Compare then falls
// back to the wall-clock times testing.Benchmark reports.
func processCPUTime() time.Duration { return 0 }

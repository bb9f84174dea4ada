//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package main

import (
	"errors"
	"os"
)

// haveFlock says that this system has no flock(2): see lockOutput.
const haveFlock = false

func tryFlock(*os.File) (bool, error) { return false, errors.ErrUnsupported }

// processAlive reports whether a process of that pid may be running here
// (where os.FindProcess cannot tell, it says yes).
func processAlive(pid int) bool {
	_, err := os.FindProcess(pid)
	return err == nil
}

//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// haveFlock says that this system has flock(2): see lockOutput.
const haveFlock = true

// tryFlock takes an exclusive flock(2) of f without waiting: false when
// another open file holds one. A file system without flock gives an error
// that is errors.ErrUnsupported.
func tryFlock(f *os.File) (bool, error) {
	sc, err := f.SyscallConn()
	if err != nil {
		return false, err
	}
	var ferr error
	err = sc.Control(func(fd uintptr) {
		for {
			ferr = syscall.Flock(int(fd), syscall.LOCK_EX|syscall.LOCK_NB)
			if ferr != syscall.EINTR {
				return
			}
		}
	})
	switch {
	case err != nil:
		return false, err
	case ferr == nil:
		return true, nil
	case errors.Is(ferr, syscall.EWOULDBLOCK):
		return false, nil
	case errors.Is(ferr, syscall.ENOTSUP), errors.Is(ferr, syscall.EOPNOTSUPP), errors.Is(ferr, syscall.ENOLCK), errors.Is(ferr, syscall.ENOSYS):
		return false, fmt.Errorf("flock: %w: %w", errors.ErrUnsupported, ferr)
	}
	return false, fmt.Errorf("flock: %w", ferr)
}

// processAlive reports whether a process of that pid is running here.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

//go:build unix

package corpus

import (
	"io/fs"
	"syscall"
)

// idOf returns the device and inode of the file at path, whose
// information is info.
func idOf(path string, info fs.FileInfo) fileID {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}
	}
	return pathID(path) // not expected from the os package
}

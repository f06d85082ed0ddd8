package main

import (
	"os/exec"
	"syscall"
)

// setParentDeathSignal has the worker killed when the server dies.
func setParentDeathSignal(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
}

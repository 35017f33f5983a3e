package main

import "net"

func netListen() (net.Listener, error) { return net.Listen("tcp", ":0") }

func portOf(l net.Listener) int { return l.Addr().(*net.TCPAddr).Port }

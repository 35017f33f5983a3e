package rtspserver

import "fmt"

// ServeUDP starts a server on rtspPort that serves, at path, the RTP
// stream a pipeline sends to udpPort on this host (encoding H264 or H265,
// payload type 96): one shared media whose udpsrc is the payloader pay0.
// This is the RTSP output of the DeepStream RTSP-out apps (udpsink in the
// pipeline, the server relaying it). The caller owns both results and
// closes them; on error nothing is left open.
func ServeUDP(rtspPort, udpPort int, encoding, path string) (*Server, *MediaFactory, error) {
	srv := New()
	factory := NewMediaFactory()
	fail := func(err error) (*Server, *MediaFactory, error) {
		factory.Close()
		srv.Close()
		return nil, nil, err
	}
	if err := srv.SetPort(rtspPort); err != nil {
		return fail(err)
	}
	if err := srv.Attach(); err != nil {
		return fail(err)
	}
	launch := fmt.Sprintf("( udpsrc name=pay0 port=%d buffer-size=524288 caps=\"application/x-rtp, media=video, "+
		"clock-rate=90000, encoding-name=(string)%s, payload=96 \" )", udpPort, encoding)
	if err := factory.SetLaunch(launch); err != nil {
		return fail(err)
	}
	if err := factory.SetShared(true); err != nil {
		return fail(err)
	}
	if err := srv.Mount(path, factory); err != nil {
		return fail(err)
	}
	return srv, factory, nil
}

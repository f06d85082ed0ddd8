package store

import (
	"context"
	"os"
	"testing"
	"time"
)

func TestZZGizmoProbe(t *testing.T) {
	q := os.Getenv("GZQ")
	if q == "" {
		t.Skip()
	}
	s, err := Open(context.Background(), Options{Backend: "leveldb", Path: "/tmp/g.db", ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Query(context.Background(), os.Getenv("GZL"), q, 10, 5*time.Second)
	t.Logf("res=%v err=%v", res, err)
}

//go:build unix

package web

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"

	"graphbuild/internal/build"
	"graphbuild/internal/store"
)

// chromium is Debian's chromium package; $CHROMIUM overrides it.
func chromium() string {
	if c := os.Getenv("CHROMIUM"); c != "" {
		return c
	}
	return "/usr/bin/chromium"
}

// TestBrowser opens the page in headless Chromium, searches an entity,
// expands it, clicks an edge and reads its evidence sentence, and saves a
// screenshot (to $GRAPHBUILD_SCREENSHOT when set). It drives Chromium with
// the DevTools protocol over a websocket.
func TestBrowser(t *testing.T) {
	if os.Getenv("GRAPHBUILD_BROWSER") == "" {
		t.Skip("the browser test (headless Chromium, ~20 s): GRAPHBUILD_BROWSER=1 runs it (.ci/run does)")
	}
	bin := chromium()
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("%s not found (Debian: apt-get install chromium): skipping the browser test", bin)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := build.Extract(ctx, []string{"../../fixtures"}, build.Options{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.WriteGraphs(ctx, res.Graphs); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(st, Options{}))
	defer srv.Close()

	b := startChromium(t, bin)
	page := b.newPage(t)
	defer page.ws.Close()

	page.call(t, "Page.navigate", map[string]any{"url": srv.URL + "/"})
	page.waitFor(t, `document.readyState === "complete" && !!window.cy`)
	// The page opens on the most connected entities, expanded, with the
	// people's job titles under their names.
	page.waitFor(t, `window.started.then(() => cy.nodes().length > 3 && cy.edges().length > 2)`)
	page.screenshot(t, "first")
	if n := page.eval(t, `cy.nodes().filter(n => n.data("title") && n.data("label").includes("\n")).length`); n == float64(0) {
		t.Errorf("no node shows a job title")
	}
	// Expanding keeps every drawn node where it was: only new nodes move.
	page.eval(t, `window.before = Object.fromEntries(cy.nodes().map(n => [n.id(), Object.assign({}, n.position())])); true`)
	grew := page.eval(t, `(async () => { for (const n of cy.nodes().filter(n => !n.hasClass("expanded"))) { const k = cy.nodes().length; await expand(n.id()); if (cy.nodes().length > k) return true; } return false; })()`)
	if grew != true {
		t.Fatalf("no expansion drew a new node")
	}
	page.screenshot(t, "expanded")
	if moved := page.eval(t, `cy.nodes().filter(n => before[n.id()] && (Math.abs(before[n.id()].x - n.position().x) > 0.5 || Math.abs(before[n.id()].y - n.position().y) > 0.5)).map(n => n.data("name"))`); fmt.Sprint(moved) != "[]" {
		t.Errorf("expanding moved nodes already drawn: %v", moved)
	}
	// Search an Arabic name, pick the first result: it is drawn and expanded.
	page.eval(t, `document.querySelector("#q").value = "سديم"; document.querySelector("#search").requestSubmit(); true`)
	page.waitFor(t, `document.querySelectorAll("#results li").length > 0`)
	if got := page.eval(t, `document.querySelector("#results li").textContent`); !strings.Contains(fmt.Sprint(got), "Organization") {
		t.Errorf("first result %q", got)
	}
	page.eval(t, `document.querySelector("#results li").click(); true`)
	page.waitFor(t, `cy.nodes().length > 3 && cy.edges().length > 2 && document.querySelector("#details h2") !== null`)
	// The acquisition edge: its evidence sentence and article.
	page.eval(t, `cy.edges().filter(e => e.data("predicate") === "acquired")[0].select().emit("tap"); true`)
	page.waitFor(t, `document.querySelectorAll("#evidence .sentence").length > 0`)
	sentence := fmt.Sprint(page.eval(t, `document.querySelector("#evidence .sentence").textContent`))
	meta := fmt.Sprint(page.eval(t, `document.querySelector("#evidence .meta").textContent`))
	t.Logf("evidence: %s (%s)", sentence, meta)
	if !regexp.MustCompile(`Datavia|داتافيا`).MatchString(sentence) || !strings.Contains(meta, "ar-funding-acquisition") && !strings.Contains(meta, "en-ai-industry") {
		t.Errorf("evidence %q, %q", sentence, meta)
	}
	// The edge's heading runs left to right with both names isolated, so
	// the arrow sits between them whatever their script.
	if ok := page.eval(t, `document.querySelector("#evidence h2").dir === "ltr" && document.querySelectorAll("#evidence h2 bdi").length === 2`); ok != true {
		t.Errorf("the evidence heading does not isolate its names: %v", page.eval(t, `document.querySelector("#evidence h2").outerHTML`))
	}
	// Add a person known by an Arabic name: her label is drawn right to left.
	page.eval(t, `document.querySelector("#q").value = "ليلى المنصوري"; document.querySelector("#search").requestSubmit(); true`)
	page.waitFor(t, `document.querySelectorAll("#results li").length > 0 && document.querySelector("#results li").textContent.includes("ليلى")`)
	page.eval(t, `document.querySelector("#results li").click(); true`)
	page.waitFor(t, `cy.nodes().filter(n => n.data("name") === "ليلى المنصوري").length === 1 && document.querySelector("#details h2").textContent.includes("ليلى")`)
	// Arabic text runs right to left: the panel's sentences (dir=auto) and the labels.
	dir := page.eval(t, `[...document.querySelectorAll("#evidence .sentence")].map(e => /[\u0600-\u06FF]/.test(e.textContent.slice(0, 8)) ? getComputedStyle(e).direction : "rtl").every(d => d === "rtl")`)
	if dir != true {
		t.Errorf("an Arabic evidence sentence is not laid out right to left")
	}
	if n := page.eval(t, `cy.nodes().filter(n => n.data("label").startsWith("\u202B")).length`); n == float64(0) {
		t.Errorf("no Arabic node label is embedded right to left")
	}
	// Plurals, and no empty field between dots.
	text := fmt.Sprint(page.eval(t, `document.body.innerText`))
	if regexp.MustCompile(`\b1 (articles|facts|entities)\b|· ·|·\s*$`).MatchString(text) {
		t.Errorf("a wrong plural or an empty field in the panel:\n%s", text)
	}
	page.screenshot(t, "")

	// ?q= opens on that search, its first result drawn and its card shown.
	page.call(t, "Page.navigate", map[string]any{"url": srv.URL + "/?q=Lumora"})
	page.waitFor(t, `document.readyState === "complete" && !!window.started`)
	page.waitFor(t, `window.started.then(() => document.querySelector("#details h2") !== null && document.querySelector("#details h2").textContent.includes("Lumora") && cy.nodes().length > 1)`)
	if q := page.eval(t, `location.search`); q != "?q=Lumora" {
		t.Errorf("address %v", q)
	}
}

// screenshot saves the page as a PNG: to $GRAPHBUILD_SCREENSHOT (with
// -NAME before .png when name is given) when set, else to a temporary file.
func (c *cdp) screenshot(t *testing.T, name string) {
	t.Helper()
	shot := c.call(t, "Page.captureScreenshot", map[string]any{"format": "png"})
	png, err := base64.StdEncoding.DecodeString(shot["data"].(string))
	if err != nil || len(png) < 10000 {
		t.Fatalf("screenshot: %d bytes, %v", len(png), err)
	}
	out := os.Getenv("GRAPHBUILD_SCREENSHOT")
	if out == "" {
		out = filepath.Join(t.TempDir(), "page.png")
	}
	if name != "" {
		out = strings.TrimSuffix(out, ".png") + "-" + name + ".png"
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", out)
}

type browser struct{ wsURL string }

func startChromium(t *testing.T, bin string) *browser {
	// Chromium's helper processes keep writing to the profile for a moment
	// after the browser is killed, so the profile is not a t.TempDir (whose
	// cleanup would fail on it): the whole process group is killed and the
	// directory removed with a few tries.
	profile, err := os.MkdirTemp("", "graphbuild-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--user-data-dir="+profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
		"--remote-allow-origins=*", "--window-size=1400,900", "--lang=en-US", "about:blank")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Wait()
		for i := 0; i < 20; i++ {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if _, url, ok := strings.Cut(sc.Text(), "DevTools listening on "); ok {
				found <- strings.TrimSpace(url)
			}
		}
	}()
	select {
	case u := <-found:
		return &browser{wsURL: u}
	case <-time.After(30 * time.Second):
		t.Fatal("chromium did not start its DevTools endpoint in 30s")
	}
	return nil
}

type cdp struct {
	ws *websocket.Conn
	id int
}

func dial(t *testing.T, url string) *cdp {
	cfg, err := websocket.NewConfig(url, "http://127.0.0.1/")
	if err != nil {
		t.Fatal(err)
	}
	ws, err := websocket.DialConfig(cfg)
	if err != nil {
		t.Fatalf("connecting to chromium at %s: %v", url, err)
	}
	ws.MaxPayloadBytes = 64 << 20
	return &cdp{ws: ws}
}

// newPage opens a tab and connects to it.
func (b *browser) newPage(t *testing.T) *cdp {
	br := dial(t, b.wsURL)
	defer br.ws.Close()
	res := br.call(t, "Target.createTarget", map[string]any{"url": "about:blank"})
	host := strings.SplitN(strings.TrimPrefix(b.wsURL, "ws://"), "/", 2)[0]
	return dial(t, "ws://"+host+"/devtools/page/"+res["targetId"].(string))
}

// call sends a command and returns its result, skipping events.
func (c *cdp) call(t *testing.T, method string, params map[string]any) map[string]any {
	t.Helper()
	c.id++
	c.ws.SetDeadline(time.Now().Add(30 * time.Second))
	if err := websocket.JSON.Send(c.ws, map[string]any{"id": c.id, "method": method, "params": params}); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	for {
		var msg struct {
			ID     int             `json:"id"`
			Result map[string]any  `json:"result"`
			Error  json.RawMessage `json:"error"`
		}
		if err := websocket.JSON.Receive(c.ws, &msg); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
		if msg.ID != c.id {
			continue
		}
		if len(msg.Error) > 0 {
			t.Fatalf("%s: %s", method, msg.Error)
		}
		return msg.Result
	}
}

// eval evaluates a JavaScript expression in the page and returns its value.
func (c *cdp) eval(t *testing.T, expr string) any {
	t.Helper()
	res := c.call(t, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	if ex, ok := res["exceptionDetails"]; ok {
		t.Fatalf("%s: %v", expr, ex)
	}
	r, _ := res["result"].(map[string]any)
	return r["value"]
}

// waitFor polls a JavaScript condition for up to 20 seconds.
func (c *cdp) waitFor(t *testing.T, cond string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for c.eval(t, cond) != true {
		if time.Now().After(deadline) {
			status := c.eval(t, `document.querySelector("#status") ? document.querySelector("#status").textContent : ""`)
			t.Fatalf("waited 20s for %s (status: %v)", cond, status)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

package query

import (
	"bufio"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"graphbuild/internal/export"
	"graphbuild/internal/store"
)

// The graph exports (graphml, dot, csv) draw the graph for Gephi, yEd,
// Cytoscape and Graphviz: nodes are the entities, merged across documents,
// with their names and types as attributes; a literal a fact points at
// (a job title, an amount raised) is a node of type Value. Edges are the
// facts, one per subject, predicate and object however many documents
// assert it, with the predicate, the documents, the most confident fact's
// evidence sentence and its confidence.

// GraphNode is one node of a graph export.
type GraphNode struct {
	ID      string
	Name    string
	Type    string
	Aliases []string
	Docs    int
}

// GraphEdge is one edge of a graph export.
type GraphEdge struct {
	Source, Target, Predicate string
	Docs                      []string // document IRIs
	Evidence                  string
	Confidence                float64
}

// ExportGraph is the graph the graph exports write.
type ExportGraph struct {
	Nodes []GraphNode
	Edges []GraphEdge
}

// BuildExportGraph builds the drawable graph of a JSON export.
func BuildExportGraph(ex export.Export) ExportGraph {
	var b graphBuilder
	for _, e := range ex.Entities {
		b.entity(e)
	}
	for _, f := range ex.Facts {
		b.fact(f)
	}
	return b.graph()
}

// graphBuilder builds the drawable graph from the export's entities, then
// its facts in the export's order (the first, most confident fact of an
// edge gives its evidence).
type graphBuilder struct {
	g      ExportGraph
	values map[string]bool
	edges  map[[3]string]*GraphEdge
	keys   [][3]string
	docs   map[string]string // interned document IRIs
}

func (b *graphBuilder) entity(e export.ExportEntity) {
	b.g.Nodes = append(b.g.Nodes, GraphNode{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Docs: len(e.Documents)})
}

func (b *graphBuilder) fact(f export.ExportFact) {
	if b.edges == nil {
		b.values, b.edges, b.docs = map[string]bool{}, map[[3]string]*GraphEdge{}, map[string]string{}
	}
	target := f.Object
	if f.Value != nil {
		target = "value:" + f.Value.Text
		if f.Value.Currency != "" {
			target += " " + f.Value.Currency
		}
		if !b.values[target] {
			b.values[target] = true
			b.g.Nodes = append(b.g.Nodes, GraphNode{ID: target, Name: f.Value.Text, Type: "Value"})
		}
	}
	k := [3]string{f.Subject, f.Predicate, target}
	e := b.edges[k]
	if e == nil {
		e = &GraphEdge{Source: f.Subject, Target: target, Predicate: f.Predicate, Confidence: -1}
		b.edges[k] = e
		b.keys = append(b.keys, k)
	}
	doc, ok := b.docs[f.Doc]
	if !ok {
		doc = f.Doc
		b.docs[doc] = doc
	}
	if !slices.Contains(e.Docs, doc) {
		e.Docs = append(e.Docs, doc)
	}
	if f.Confidence > e.Confidence {
		e.Confidence, e.Evidence = f.Confidence, f.Evidence
	}
}

func (b *graphBuilder) graph() ExportGraph {
	g := b.g
	slices.SortFunc(g.Nodes, func(a, b GraphNode) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(b.keys, func(a, b [3]string) int {
		return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]), strings.Compare(a[2], b[2]))
	})
	for _, k := range b.keys {
		e := b.edges[k]
		slices.Sort(e.Docs)
		g.Edges = append(g.Edges, *e)
	}
	return g
}

func (g ExportGraph) empty() bool { return len(g.Nodes) == 0 }

// graphOf reads the documents one at a time (streamOf) and builds their
// drawable graph, holding the graph, not the documents.
func graphOf(ctx context.Context, s *store.Store, docIRIs []string) (ExportGraph, error) {
	st, err := streamOf(ctx, s, docIRIs)
	if err != nil {
		return ExportGraph{}, err
	}
	defer st.Close()
	var b graphBuilder
	for _, e := range st.Entities() {
		b.entity(e)
	}
	err = st.EachFact(func(f export.ExportFact) error {
		b.fact(f)
		return nil
	})
	if err != nil {
		return ExportGraph{}, err
	}
	return b.graph(), nil
}

// WriteGraphML writes the graph as GraphML: node attributes name (and
// label, which Gephi shows), type, aliases, documents; edge attributes
// predicate (and label), documents, evidence, confidence.
func WriteGraphML(w io.Writer, g ExportGraph) error {
	b := bufio.NewWriterSize(w, 1<<16)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_name" for="node" attr.name="name" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="n_documents" for="node" attr.name="documents" attr.type="int"/>
  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
  <key id="e_predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="e_documents" for="edge" attr.name="documents" attr.type="string"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>
  <graph id="graphbuild" edgedefault="directed">
`)
	data := func(key, v string) {
		if v == "" {
			return
		}
		fmt.Fprintf(b, `      <data key="%s">%s</data>`+"\n", key, xmlText(v))
	}
	for _, n := range g.Nodes {
		fmt.Fprintf(b, "    <node id=\"%s\">\n", xmlText(n.ID))
		data("n_label", n.Name)
		data("n_name", n.Name)
		data("n_type", n.Type)
		data("n_aliases", strings.Join(n.Aliases, " | "))
		data("n_documents", strconv.Itoa(n.Docs))
		b.WriteString("    </node>\n")
	}
	for i, e := range g.Edges {
		fmt.Fprintf(b, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlText(e.Source), xmlText(e.Target))
		data("e_label", e.Predicate)
		data("e_predicate", e.Predicate)
		data("e_documents", strings.Join(e.Docs, " "))
		data("e_evidence", e.Evidence)
		data("e_confidence", strconv.FormatFloat(e.Confidence, 'g', -1, 64))
		b.WriteString("    </edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	return b.Flush()
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// WriteDOT writes the graph in Graphviz's DOT language: nodes labelled with
// their names and carrying name and type attributes (boxes for
// organizations, ellipses for people, notes for values), edges labelled
// with their predicates and carrying their evidence and documents.
func WriteDOT(w io.Writer, g ExportGraph) error {
	b := bufio.NewWriterSize(w, 1<<16)
	b.WriteString("digraph graphbuild {\n  graph [charset=\"UTF-8\", rankdir=LR];\n  node [fontname=\"Noto Sans\"];\n  edge [fontname=\"Noto Sans\", fontsize=10];\n")
	shapes := map[string]string{"Person": "ellipse", "Organization": "box", "Product": "component", "Place": "house", "Value": "note"}
	for _, n := range g.Nodes {
		shape := shapes[n.Type]
		if shape == "" {
			shape = "ellipse"
		}
		fmt.Fprintf(b, "  %s [label=%s, name=%s, type=%s, aliases=%s, documents=%d, shape=%s];\n",
			dotID(n.ID), dotID(n.Name), dotID(n.Name), dotID(n.Type), dotID(strings.Join(n.Aliases, " | ")), n.Docs, shape)
	}
	for _, e := range g.Edges {
		fmt.Fprintf(b, "  %s -> %s [label=%s, predicate=%s, documents=%s, evidence=%s, confidence=%s];\n",
			dotID(e.Source), dotID(e.Target), dotID(e.Predicate), dotID(e.Predicate), dotID(strings.Join(e.Docs, " ")),
			dotID(e.Evidence), dotID(strconv.FormatFloat(e.Confidence, 'g', -1, 64)))
	}
	b.WriteString("}\n")
	return b.Flush()
}

// dotID quotes s as a DOT string.
func dotID(s string) string {
	return `"` + dotEscaper.Replace(s) + `"`
}

var dotEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")

// CSVFiles names the two files the csv export writes for -o NAME:
// NAME.nodes.csv and NAME.edges.csv (a trailing .csv of NAME is dropped).
func CSVFiles(name string) (nodes, edges string) {
	name = strings.TrimSuffix(name, ".csv")
	return name + ".nodes.csv", name + ".edges.csv"
}

// WriteCSV writes the nodes and edges as two CSV files with the column
// names Gephi's spreadsheet import expects (Id, Label; Source, Target,
// Type, Label), then the attributes.
func WriteCSV(nodes, edges io.Writer, g ExportGraph) error {
	nw := csv.NewWriter(nodes)
	nw.Write([]string{"Id", "Label", "Type", "Aliases", "Documents"})
	for _, n := range g.Nodes {
		nw.Write(safeCells([]string{n.ID, n.Name, n.Type, strings.Join(n.Aliases, " | "), strconv.Itoa(n.Docs)}))
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return err
	}
	ew := csv.NewWriter(edges)
	ew.Write([]string{"Source", "Target", "Type", "Label", "Predicate", "Documents", "Evidence", "Confidence"})
	for _, e := range g.Edges {
		ew.Write(safeCells([]string{e.Source, e.Target, "Directed", e.Predicate, e.Predicate, strings.Join(e.Docs, " "), e.Evidence,
			strconv.FormatFloat(e.Confidence, 'g', -1, 64)}))
	}
	ew.Flush()
	return ew.Error()
}

package main

import (
	"fmt"
	"html"
	"io"
	"math"
	"strings"
)

const (
	labelWidth = 300
	barSpan    = 420
	rowHeight  = 28
	top        = 40
)

// render draws one horizontal bar per operation, its length the ratio to
// the floor, with a line at 1.0x where the SDK costs what the floor does.
func render(w io.Writer, ops []overhead) error {
	maxRatio := 1.5
	for _, o := range ops {
		maxRatio = math.Max(maxRatio, o.ratio*1.1)
	}
	x := func(r float64) float64 { return labelWidth + barSpan*r/maxRatio }
	height := top + rowHeight*len(ops) + 30
	width := labelWidth + barSpan + 80

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="13">`+"\n", width, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	fmt.Fprintf(&b, `<text x="10" y="22" font-size="15" font-weight="bold">SDK time per operation ÷ hand-written floor (lower is better)</text>`+"\n")
	for i, o := range ops {
		y := top + i*rowHeight
		color := "#4a7ebb"
		if o.ratio > 1 {
			color = "#d9822b"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n",
			labelWidth-8, y+17, html.EscapeString(o.op+" vs "+o.floor))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`+"\n",
			labelWidth, y+4, x(o.ratio)-labelWidth, rowHeight-8, color)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d">%.2fx</text>`+"\n", x(o.ratio)+6, y+17, o.ratio)
	}
	one := x(1)
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="black" stroke-dasharray="4 3"/>`+"\n",
		one, top-4, one, top+rowHeight*len(ops))
	fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">1.0x = floor</text>`+"\n", one, top+rowHeight*len(ops)+18)
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// table lists the ratios as a Markdown table.
func table(ops []overhead) string {
	var b strings.Builder
	b.WriteString("| operation | floor | SDK ÷ floor |\n| --- | --- | ---: |\n")
	for _, o := range ops {
		fmt.Fprintf(&b, "| %s | %s | %.2fx |\n", o.op, o.floor, o.ratio)
	}
	return b.String()
}

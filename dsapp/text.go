package dsapp

import (
	"image"
	"image/color"
	"image/draw"
	"strings"
)

// The standard library draws no text, and the samples must not pull in a
// font package, so labels drawn into frames in Go (the Python apps use
// OpenCV's putText) use this 5x7 bitmap font: digits, ASCII letters and a
// little punctuation; other characters draw as a box.

const (
	glyphW = 5
	glyphH = 7
)

// glyphs maps a character to its seven rows, top first, '#' for ink.
var glyphs = map[rune]string{
	'0': ".###. #...# #..## #.#.# ##..# #...# .###.",
	'1': "..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
	'2': ".###. #...# ....# ...#. ..#.. .#... #####",
	'3': "####. ....# ....# .###. ....# ....# ####.",
	'4': "...#. ..##. .#.#. #..#. ##### ...#. ...#.",
	'5': "##### #.... ####. ....# ....# #...# .###.",
	'6': ".###. #.... #.... ####. #...# #...# .###.",
	'7': "##### ....# ...#. ..#.. .#... .#... .#...",
	'8': ".###. #...# #...# .###. #...# #...# .###.",
	'9': ".###. #...# #...# .#### ....# ....# .###.",
	'A': ".###. #...# #...# ##### #...# #...# #...#",
	'B': "####. #...# #...# ####. #...# #...# ####.",
	'C': ".###. #...# #.... #.... #.... #...# .###.",
	'D': "####. #...# #...# #...# #...# #...# ####.",
	'E': "##### #.... #.... ####. #.... #.... #####",
	'F': "##### #.... #.... ####. #.... #.... #....",
	'G': ".###. #...# #.... #.### #...# #...# .####",
	'H': "#...# #...# #...# ##### #...# #...# #...#",
	'I': ".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
	'J': "..### ...#. ...#. ...#. ...#. #..#. .##..",
	'K': "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
	'L': "#.... #.... #.... #.... #.... #.... #####",
	'M': "#...# ##.## #.#.# #.#.# #...# #...# #...#",
	'N': "#...# ##..# #.#.# #..## #...# #...# #...#",
	'O': ".###. #...# #...# #...# #...# #...# .###.",
	'P': "####. #...# #...# ####. #.... #.... #....",
	'Q': ".###. #...# #...# #...# #.#.# #..#. .##.#",
	'R': "####. #...# #...# ####. #.#.. #..#. #...#",
	'S': ".#### #.... #.... .###. ....# ....# ####.",
	'T': "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
	'U': "#...# #...# #...# #...# #...# #...# .###.",
	'V': "#...# #...# #...# #...# #...# .#.#. ..#..",
	'W': "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
	'X': "#...# #...# .#.#. ..#.. .#.#. #...# #...#",
	'Y': "#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
	'Z': "##### ....# ...#. ..#.. .#... #.... #####",
	'a': "..... ..... .###. ....# .#### #...# .####",
	'b': "#.... #.... #.##. ##..# #...# #...# ####.",
	'c': "..... ..... .###. #.... #.... #...# .###.",
	'd': "....# ....# .##.# #..## #...# #...# .####",
	'e': "..... ..... .###. #...# ##### #.... .###.",
	'f': "..##. .#..# .#... ###.. .#... .#... .#...",
	'g': "..... .#### #...# #...# .#### ....# .###.",
	'h': "#.... #.... #.##. ##..# #...# #...# #...#",
	'i': "..#.. ..... .##.. ..#.. ..#.. ..#.. .###.",
	'j': "...#. ..... ..##. ...#. ...#. #..#. .##..",
	'k': "#.... #.... #..#. #.#.. ##... #.#.. #..#.",
	'l': ".##.. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
	'm': "..... ..... ##.#. #.#.# #.#.# #...# #...#",
	'n': "..... ..... #.##. ##..# #...# #...# #...#",
	'o': "..... ..... .###. #...# #...# #...# .###.",
	'p': "..... ..... ####. #...# ####. #.... #....",
	'q': "..... ..... .##.# #..## .#### ....# ....#",
	'r': "..... ..... #.##. ##..# #.... #.... #....",
	's': "..... ..... .###. #.... .###. ....# ####.",
	't': ".#... .#... ###.. .#... .#... .#..# ..##.",
	'u': "..... ..... #...# #...# #...# #..## .##.#",
	'v': "..... ..... #...# #...# #...# .#.#. ..#..",
	'w': "..... ..... #...# #...# #.#.# #.#.# .#.#.",
	'x': "..... ..... #...# .#.#. ..#.. .#.#. #...#",
	'y': "..... ..... #...# #...# .#### ....# .###.",
	'z': "..... ..... ##### ...#. ..#.. .#... #####",
	' ': "..... ..... ..... ..... ..... ..... .....",
	'.': "..... ..... ..... ..... ..... .##.. .##..",
	',': "..... ..... ..... ..... .##.. ..#.. .#...",
	':': "..... .##.. .##.. ..... .##.. .##.. .....",
	'=': "..... ..... ##### ..... ##### ..... .....",
	'-': "..... ..... ..... ##### ..... ..... .....",
	'_': "..... ..... ..... ..... ..... ..... #####",
	'/': "....# ....# ...#. ..#.. .#... #.... #....",
	'(': "...#. ..#.. .#... .#... .#... ..#.. ...#.",
	')': ".#... ..#.. ...#. ...#. ...#. ..#.. .#...",
	'%': "##..# ##.#. ...#. ..#.. .#... .#.## #..##",
}

var unknownGlyph = "##### #...# #...# #...# #...# #...# #####"

// DrawText draws s with its top-left corner at (x, y) in colour c, each
// font pixel scale x scale image pixels, one blank column between
// characters. Pixels outside img are skipped. It returns the x after the
// last character.
func DrawText(img draw.Image, x, y int, s string, c color.Color, scale int) int {
	if scale < 1 {
		scale = 1
	}
	src := image.NewUniform(c)
	for _, r := range s {
		g, ok := glyphs[r]
		if !ok {
			g = unknownGlyph
		}
		for row, bits := range strings.Fields(g) {
			for col, bit := range bits {
				if bit != '#' {
					continue
				}
				px := image.Rect(x+col*scale, y+row*scale, x+(col+1)*scale, y+(row+1)*scale)
				draw.Draw(img, px.Intersect(img.Bounds()), src, image.Point{}, draw.Src)
			}
		}
		x += (glyphW + 1) * scale
	}
	return x
}

// TextSize returns the size DrawText covers for s at scale.
func TextSize(s string, scale int) image.Point {
	n := len([]rune(s))
	if n == 0 {
		return image.Point{}
	}
	return image.Pt((n*(glyphW+1)-1)*scale, glyphH*scale)
}

// DrawLine draws an axis-parallel or slanted line from p to q, thickness
// pixels wide (as a square brush), in colour c.
func DrawLine(img draw.Image, p, q image.Point, thickness int, c color.Color) {
	if thickness < 1 {
		thickness = 1
	}
	src := image.NewUniform(c)
	h := thickness / 2
	brush := func(x, y int) {
		r := image.Rect(x-h, y-h, x-h+thickness, y-h+thickness)
		draw.Draw(img, r.Intersect(img.Bounds()), src, image.Point{}, draw.Src)
	}
	dx, dy := q.X-p.X, q.Y-p.Y
	steps := max(abs(dx), abs(dy))
	if steps == 0 {
		brush(p.X, p.Y)
		return
	}
	if dx == 0 || dy == 0 { // one rectangle
		r := image.Rect(min(p.X, q.X)-h, min(p.Y, q.Y)-h, max(p.X, q.X)-h+thickness, max(p.Y, q.Y)-h+thickness)
		draw.Draw(img, r.Intersect(img.Bounds()), src, image.Point{}, draw.Src)
		return
	}
	for i := 0; i <= steps; i++ {
		brush(p.X+dx*i/steps, p.Y+dy*i/steps)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

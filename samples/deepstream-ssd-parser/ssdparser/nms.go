package ssdparser

import (
	"cmp"
	"slices"
)

// overlap1D is the length two segments share, 0 when they do not meet.
func overlap1D(aMin, aMax, bMin, bMax float32) float32 {
	if aMin > bMin {
		aMin, bMin = bMin, aMin
		aMax, bMax = bMax, aMax
	}
	if aMax < bMin {
		return 0
	}
	return min(aMax, bMax) - bMin
}

// IoU is the intersection over union of two boxes, 0 when both are empty.
func IoU(a, b Detection) float32 {
	ox := overlap1D(a.Left, a.Left+a.Width, b.Left, b.Left+b.Width)
	oy := overlap1D(a.Top, a.Top+a.Height, b.Top, b.Top+b.Height)
	inter := ox * oy
	union := a.Width*a.Height + b.Width*b.Height - inter
	if union == 0 {
		return 0
	}
	return inter / union
}

// ClusterNMS removes the boxes of a class that overlap a stronger box of
// the same class by more than p.IoUThreshold, class by class in the order
// classes first appear, and then keeps the p.TopK most confident boxes when
// there are more (the Python cluster_and_fill_detection_output_nms; its
// final sort passes its key as a positional argument, which Python 3
// refuses, so more than TopK boxes end that app with a TypeError: this
// sorts as meant). objs is not changed.
func ClusterNMS(objs []Detection, p NMSParams) []Detection {
	var order []uint32
	byClass := map[uint32][]Detection{}
	for _, o := range objs {
		if _, seen := byClass[o.ClassID]; !seen {
			order = append(order, o.ClassID)
		}
		byClass[o.ClassID] = append(byClass[o.ClassID], o)
	}
	var out []Detection
	for _, c := range order {
		out = append(out, suppress(byClass[c], p.IoUThreshold)...)
	}
	if p.TopK != 0 && len(out) > p.TopK {
		slices.SortStableFunc(out, func(a, b Detection) int { return cmp.Compare(b.Confidence, a.Confidence) })
		out = out[:p.TopK]
	}
	return out
}

// suppress keeps, strongest first (ties in input order), each box whose
// IoU with every box kept so far is at most threshold (the Python
// non_maximum_suppression).
func suppress(objs []Detection, threshold float32) []Detection {
	sorted := slices.Clone(objs)
	slices.SortStableFunc(sorted, func(a, b Detection) int { return cmp.Compare(b.Confidence, a.Confidence) })
	var kept []Detection
	for _, o := range sorted {
		keep := true
		for _, k := range kept {
			if IoU(o, k) > threshold {
				keep = false
				break
			}
		}
		if keep {
			kept = append(kept, o)
		}
	}
	return kept
}

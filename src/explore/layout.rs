//! Where the network chart puts its nodes: a force-directed layout
//! (Fruchterman–Reingold, with a strong pull to the centre so that separate
//! clusters stay near the main one instead of drifting to the edges).
//!
//! It ran in the page's worker as JS before. On the first drop of a page
//! that JS had not been optimised yet: 25–30 ms of interpreted arithmetic
//! for the seeds' 86 nodes, on the way from the drop to the charts. Here it
//! is compiled code, and the summary carries the positions. Deterministic:
//! the same nodes and edges give the same picture, no randomness.

/// Rounds of the layout.
const ITERATIONS: usize = 100;
/// The side of the square the layout starts in (any scale: the chart
/// stretches the positions to its box).
const SIZE: f64 = 1000.0;

/// Positions `(x, y)` for `n` nodes joined by `links` (pairs of node
/// indexes; indexes out of range are ignored, a self-link pulls nothing),
/// centred on the origin.
///
/// ```
/// let at = wenxi::explore::force_layout(3, &[(0, 1)]);
/// assert_eq!(at.len(), 3);
/// assert_ne!(at[0], at[1]);
/// ```
pub fn force_layout(n: usize, links: &[(usize, usize)]) -> Vec<(i32, i32)> {
    if n == 0 {
        return Vec::new();
    }
    let links: Vec<(usize, usize)> = links
        .iter()
        .copied()
        .filter(|&(a, b)| a < n && b < n)
        .collect();
    // The ideal distance between nodes: the area shared out among them.
    let k = SIZE / (n as f64).sqrt();
    // A sunflower spiral: spread out from the start, no randomness.
    let (mut x, mut y): (Vec<f64>, Vec<f64>) = (0..n)
        .map(|i| {
            let r = SIZE * 0.45 * ((i as f64 + 0.5) / n as f64).sqrt();
            let a = i as f64 * 2.399963;
            (r * a.cos(), r * a.sin())
        })
        .unzip();
    let mut dx = vec![0.0; n];
    let mut dy = vec![0.0; n];
    for it in 0..ITERATIONS {
        dx.fill(0.0);
        dy.fill(0.0);
        // Every pair repels: k²/d along the unit vector e/d.
        for i in 0..n {
            for j in i + 1..n {
                let ex = x[i] - x[j];
                let ey = y[i] - y[j];
                let f = k * k / (ex * ex + ey * ey).max(1e-2);
                dx[i] += ex * f;
                dy[i] += ey * f;
                dx[j] -= ex * f;
                dy[j] -= ey * f;
            }
        }
        // Linked nodes attract: d²/k along the unit vector.
        for &(a, b) in &links {
            let ex = x[a] - x[b];
            let ey = y[a] - y[b];
            let f = ex.hypot(ey).max(1e-2) / k;
            dx[a] -= ex * f;
            dy[a] -= ey * f;
            dx[b] += ex * f;
            dy[b] += ey * f;
        }
        // Each node moves at most `temp`, which cools round by round, and
        // is pulled to the centre.
        let temp = SIZE / 10.0 * (1.0 - it as f64 / ITERATIONS as f64) + 1.0;
        for i in 0..n {
            dx[i] -= x[i];
            dy[i] -= y[i];
            let d = dx[i].hypot(dy[i]).max(1e-9);
            let step = d.min(temp);
            x[i] += dx[i] / d * step;
            y[i] += dy[i] / d * step;
        }
    }
    x.iter()
        .zip(&y)
        .map(|(&x, &y)| (x.round() as i32, y.round() as i32))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: (i32, i32), b: (i32, i32)) -> f64 {
        f64::from(a.0 - b.0).hypot(f64::from(a.1 - b.1))
    }

    #[test]
    fn empty_and_single() {
        assert!(force_layout(0, &[(0, 1)]).is_empty());
        let one = force_layout(1, &[]);
        assert_eq!(one.len(), 1);
        // Pulled to the centre.
        assert!(distance(one[0], (0, 0)) < 50.0, "{one:?}");
    }

    #[test]
    fn deterministic() {
        let links = [(0, 1), (1, 2), (2, 0), (3, 4), (5, 0)];
        assert_eq!(force_layout(8, &links), force_layout(8, &links));
    }

    #[test]
    fn linked_nodes_sit_closer_than_unlinked_ones() {
        // Two triangles and a pair, not joined to each other.
        let links = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (6, 7)];
        let at = force_layout(8, &links);
        let mut linked = Vec::new();
        let mut unlinked = Vec::new();
        for i in 0..8 {
            for j in i + 1..8 {
                let d = distance(at[i], at[j]);
                let joined = links
                    .iter()
                    .any(|&(a, b)| (a, b) == (i, j) || (a, b) == (j, i));
                if joined {
                    linked.push(d);
                } else {
                    unlinked.push(d);
                }
            }
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!(mean(&linked) * 1.5 < mean(&unlinked), "{at:?}");
    }

    #[test]
    fn nodes_spread_out_within_the_start_square() {
        let links: Vec<(usize, usize)> = (1..40).map(|i| (0, i)).collect();
        let at = force_layout(40, &links);
        for (i, &a) in at.iter().enumerate() {
            assert!(a.0.abs() <= 500 && a.1.abs() <= 500, "{i}: {a:?}");
            for &b in &at[i + 1..] {
                assert!(distance(a, b) > 5.0, "{a:?} on {b:?}");
            }
        }
    }

    #[test]
    fn bad_links_are_ignored() {
        assert_eq!(
            force_layout(3, &[(0, 1), (1, 1), (2, 9)]),
            force_layout(3, &[(0, 1)])
        );
    }
}

//! A tiny seeded PRNG (splitmix64), written out so the demo organisation is the same on every
//! machine, every run and every version of every dependency.

pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`. The modulo bias is far below anything a demo can show.
    ///
    /// # Panics
    /// When `n` is zero; every caller passes the length of a non-empty list or a range.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub(crate) fn between(&mut self, low: i32, high: i32) -> i32 {
        let span = usize::try_from(high - low).unwrap_or(0) + 1;
        low + i32::try_from(self.below(span)).unwrap_or(0)
    }

    /// True `percent` times out of a hundred.
    pub(crate) fn percent(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        let first: Vec<usize> = (0..20).map(|_| a.below(1000)).collect();
        let second: Vec<usize> = (0..20).map(|_| b.below(1000)).collect();
        assert_eq!(first, second);
        assert_ne!(first, (0..20).map(|_| a.below(1000)).collect::<Vec<_>>());
    }

    #[test]
    fn between_stays_within_bounds_and_reaches_both_ends() {
        let mut rng = Rng::new(1);
        let drawn: Vec<i32> = (0..500).map(|_| rng.between(-2, 3)).collect();
        assert!(drawn.iter().all(|n| (-2..=3).contains(n)));
        assert!(drawn.contains(&-2) && drawn.contains(&3));
    }
}

//! The shared number grammar: Arabic and Chinese numerals, magnitudes
//! (万, 亿), decimals, and approximation markers.

//! Sine and cosine for the chart's angles.
//!
//! In wasm, `f64::sin` and `f64::cos` come from libm, whose argument
//! reduction copes with angles up to 10^308 at a cost of 6 KB of code. A
//! chart's angles stay within a couple of turns, so this is libm's own method
//! for moderate angles alone (|x| < 2^20·π/2): take off the nearest multiple
//! of π/2, held in three parts so nothing is lost near one, then evaluate
//! libm's polynomials on the remainder. For those angles it gives libm's
//! results bit for bit; beyond them it loses precision but stays finite.

// The constants are libm's, given by their bits as libm documents them.

/// 2/π.
const INV_PIO2: f64 = f64::from_bits(0x3fe4_5f30_6dc9_c883);
/// Adding and subtracting this rounds to a whole number.
const TO_INT: f64 = 1.5 / f64::EPSILON;
/// π/2 in three parts, each with the next holding what it leaves off.
const PIO2_1: f64 = f64::from_bits(0x3ff9_21fb_5440_0000);
const PIO2_1T: f64 = f64::from_bits(0x3dd0_b461_1a62_6331);
const PIO2_2: f64 = f64::from_bits(0x3dd0_b461_1a60_0000);
const PIO2_2T: f64 = f64::from_bits(0x3ba3_198a_2e03_7073);
const PIO2_3: f64 = f64::from_bits(0x3ba3_198a_2e00_0000);
const PIO2_3T: f64 = f64::from_bits(0x397b_839a_2520_49c1);

/// `(x.sin(), x.cos())`.
pub fn sin_cos(x: f64) -> (f64, f64) {
    let high = (x.to_bits() >> 32) as u32 & 0x7fff_ffff;
    // Within ±π/4 no reduction is needed; tiny angles are their own sine.
    if high <= 0x3fe9_21fb {
        let sin = if high < 0x3e50_0000 {
            x
        } else {
            kernel_sin(x, 0.0, false)
        };
        let cos = if high < 0x3e46_a09e {
            1.0
        } else {
            kernel_cos(x, 0.0)
        };
        return (sin, cos);
    }
    let (quadrant, y0, y1) = reduce(x, high);
    let (sin, cos) = (kernel_sin(y0, y1, true), kernel_cos(y0, y1));
    match quadrant & 3 {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// `x` as `n·π/2 + y0 + y1`, with |y0 + y1| ≤ π/4; returns `(n, y0, y1)`.
fn reduce(x: f64, high: u32) -> (i32, f64, f64) {
    // Up to 9π/4, libm takes off a multiple of π/2 fixed by range, in one
    // round (so a tie at an odd multiple of π/4 goes its way), except right
    // at π/2, π, 3π/2 and 2π, where most bits cancel.
    const BY_RANGE: [(u32, f64); 4] = [
        (0x4002_d97c, 1.0), // up to 3π/4
        (0x400f_6a7a, 2.0), // up to 5π/4
        (0x4015_fdbc, 3.0), // up to 7π/4
        (0x401c_463b, 4.0), // up to 9π/4
    ];
    let at_multiple = matches!(high, 0x3ff9_21fb | 0x4009_21fb | 0x4012_d97c | 0x4019_21fb);
    let by_range = BY_RANGE
        .iter()
        .find(|(top, _)| high <= *top)
        .map(|&(_, k)| k)
        .filter(|_| !at_multiple);
    if let Some(k) = by_range {
        let n: f64 = if x < 0.0 { -k } else { k };
        let z = x - n * PIO2_1;
        let y0 = z - n * PIO2_1T;
        return (n as i32, y0, (z - y0) - n * PIO2_1T);
    }
    let n = x * INV_PIO2 + TO_INT - TO_INT;
    let mut r = x - n * PIO2_1;
    let mut w = n * PIO2_1T;
    let mut y0 = r - w;
    let exponent = |v: f64| (v.to_bits() >> 52) as i32 & 0x7ff;
    let ex = (high >> 20) as i32;
    // Close to a multiple of π/2 most bits cancel: take off the next parts too.
    if ex - exponent(y0) > 16 {
        let t = r;
        w = n * PIO2_2;
        r = t - w;
        w = n * PIO2_2T - ((t - r) - w);
        y0 = r - w;
        if ex - exponent(y0) > 49 {
            let t = r;
            w = n * PIO2_3;
            r = t - w;
            w = n * PIO2_3T - ((t - r) - w);
            y0 = r - w;
        }
    }
    let y1 = (r - y0) - w;
    (n as i32, y0, y1)
}

/// sin(x + y) for |x| ≤ π/4, where `y` is a tiny tail of `x` (used when `tail`).
fn kernel_sin(x: f64, y: f64, tail: bool) -> f64 {
    const S1: f64 = f64::from_bits(0xbfc5_5555_5555_5549);
    const S2: f64 = f64::from_bits(0x3f81_1111_1110_f8a6);
    const S3: f64 = f64::from_bits(0xbf2a_01a0_19c1_61d5);
    const S4: f64 = f64::from_bits(0x3ec7_1de3_57b1_fe7d);
    const S5: f64 = f64::from_bits(0xbe5a_e5e6_8a2b_9ceb);
    const S6: f64 = f64::from_bits(0x3de5_d93a_5acf_d57c);
    let z = x * x;
    let w = z * z;
    let r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
    let v = z * x;
    if tail {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    } else {
        x + v * (S1 + z * r)
    }
}

/// cos(x + y) for |x| ≤ π/4, where `y` is a tiny tail of `x`.
fn kernel_cos(x: f64, y: f64) -> f64 {
    const C1: f64 = f64::from_bits(0x3fa5_5555_5555_554c);
    const C2: f64 = f64::from_bits(0xbf56_c16c_16c1_5177);
    const C3: f64 = f64::from_bits(0x3efa_01a0_19cb_1590);
    const C4: f64 = f64::from_bits(0xbe92_7e4f_809c_52ad);
    const C5: f64 = f64::from_bits(0x3e21_ee9e_bdb4_b1c4);
    const C6: f64 = f64::from_bits(0xbda8_fae9_be88_38d4);
    let z = x * x;
    let w = z * z;
    let r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let hz = 0.5 * z;
    let w = 1.0 - hz;
    w + (((1.0 - w) - hz) + (z * r - x * y))
}

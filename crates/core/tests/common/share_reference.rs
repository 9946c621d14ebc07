//! A reference base64url and CRC-32 for the share-link tests, written from
//! the documented layout and independent of the codec under test.

/// The base64url alphabet.
pub const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// CRC-32 (IEEE), bit by bit.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Bytes as base64url without padding, spare bits zero.
pub fn to_text(bytes: &[u8]) -> String {
    let mut bits = String::new();
    for b in bytes {
        bits.push_str(&format!("{b:08b}"));
    }
    while bits.len() % 6 != 0 {
        bits.push('0');
    }
    (0..bits.len() / 6)
        .map(|k| {
            let v = usize::from_str_radix(&bits[6 * k..6 * k + 6], 2).unwrap();
            ALPHABET.as_bytes()[v] as char
        })
        .collect()
}

/// Base64url text (without padding) as bytes; spare bits are dropped.
pub fn to_bytes(text: &str) -> Vec<u8> {
    let bits: String = text
        .chars()
        .map(|c| format!("{:06b}", ALPHABET.find(c).expect("base64url")))
        .collect();
    (0..bits.len() / 8)
        .map(|k| u8::from_str_radix(&bits[8 * k..8 * k + 8], 2).unwrap())
        .collect()
}

/// Bytes (without a checksum) with a correct checksum, as a payload.
pub fn seal(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&crc32(body).to_le_bytes());
    to_text(&bytes)
}

/// A payload's bytes without its checksum, after checking the checksum.
pub fn unseal(payload: &str) -> Vec<u8> {
    let mut bytes = to_bytes(payload);
    let sum = bytes.split_off(bytes.len() - 4);
    assert_eq!(sum, crc32(&bytes).to_le_bytes());
    bytes
}

/// Characters outside the alphabet that a person or a chat app might leave
/// in a link.
pub const STRAYS: &str = "=+/ .%é\0";

/// Every text one edit away from `payload`, each with what was done: every
/// character changed to every other character of the alphabet or of
/// [`STRAYS`], every character deleted, every character of the alphabet
/// inserted at every place, and every truncation.
pub fn one_edit_away(payload: &str) -> Vec<(String, &'static str)> {
    let chars: Vec<char> = payload.chars().collect();
    let text = |chars: &[char]| chars.iter().collect::<String>();
    let mut edits = Vec::new();
    for at in 0..chars.len() {
        for c in ALPHABET.chars().chain(STRAYS.chars()) {
            if c != chars[at] {
                let mut changed = chars.clone();
                changed[at] = c;
                edits.push((text(&changed), "changed character"));
            }
        }
        let mut deleted = chars.clone();
        deleted.remove(at);
        edits.push((text(&deleted), "deleted character"));
        edits.push((text(&chars[..at]), "truncated"));
    }
    for at in 0..=chars.len() {
        for c in ALPHABET.chars() {
            let mut inserted = chars.clone();
            inserted.insert(at, c);
            edits.push((text(&inserted), "inserted character"));
        }
    }
    edits
}

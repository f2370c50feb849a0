//! The JSON scanner: every read of a body goes through it, the checking pass and the look-ahead
//! alike.
//!
//! It is a cursor over the bytes that reads one token at a time, as its caller asks: the kind
//! of the value ahead, a string, a number, a literal, the next key of an object or element of
//! an array, or a whole value skipped. It builds nothing and says nothing: a problem comes back
//! as an [`Error`] (what was expected, what was found, where), and the caller decides what to
//! tell whom. Lone surrogate escapes, which are JSON but no text, do not stop reading: the
//! scanner notes the string that holds them ([`Scanner::lone_in`]).

use super::escape::{escape_at, BadEscape, Unit};
use std::borrow::Cow;

/// The kind of a JSON value, from its first byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Object => "object",
            Kind::Array => "array",
            Kind::String => "string",
            Kind::Number => "number",
            Kind::Bool => "boolean",
            Kind::Null => "null",
        }
    }
}

/// A string as it sits in the body: the bytes between its quotes.
#[derive(Clone, Copy, Debug)]
pub struct Str {
    pub start: usize,
    pub end: usize,
    /// It holds a backslash, so its text differs from its bytes.
    pub escaped: bool,
}

impl Str {
    /// The bytes between the quotes, as written.
    pub fn raw<'a>(&self, body: &'a [u8]) -> &'a [u8] {
        &body[self.start..self.end]
    }

    /// The text, escapes decoded (borrowed when there is none).
    pub fn text<'a>(&self, body: &'a [u8]) -> Cow<'a, [u8]> {
        let raw = self.raw(body);
        if self.escaped {
            super::escape::unescape(raw)
        } else {
            Cow::Borrowed(raw)
        }
    }
}

/// A number: where it is, and whether it was written as an integer.
#[derive(Clone, Copy, Debug)]
pub struct Num {
    pub start: usize,
    pub end: usize,
    pub is_integer: bool,
}

/// What the scanner expected where the body is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Value,
    StringEnd,
    HexDigits,
    Escape,
    NoControlChar,
    Digit,
    FractionDigit,
    ExponentDigit,
    Literal,
    Key,
    KeyAfterComma,
    Colon,
    CommaOrBrace,
    ValueAfterComma,
    CommaOrBracket,
}

/// Why reading stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// Not JSON: `expected` at `at`, where the body holds `found` (`None`: its end).
    Syntax {
        at: usize,
        expected: Expected,
        found: Option<u8>,
    },
    /// `byte`, inside a string, cannot start or continue a UTF-8 character.
    NotUtf8 { at: usize, byte: u8 },
    /// The `{` or `[` at `at` nests deeper than the scanner's `max_depth`.
    TooDeep { at: usize },
}

impl Error {
    /// Where reading stopped.
    pub fn at(self) -> usize {
        match self {
            Error::Syntax { at, .. } | Error::NotUtf8 { at, .. } | Error::TooDeep { at } => at,
        }
    }
}

/// A cursor over a body: where it is, and how deep inside objects and arrays.
#[derive(Clone, Debug)]
pub struct Scanner<'a> {
    pub b: &'a [u8],
    pub i: usize,
    pub depth: u32,
    pub max_depth: u32,
    /// A string read so far holds U+FFFD (see `Report::replacement_char`).
    pub saw_replacement_char: bool,
    /// Where the inside of the string being read, or last read, starts when it holds a lone
    /// surrogate escape: `escape::lone_surrogates` then finds them. The reader takes it.
    pub lone_in: Option<usize>,
}

impl<'a> Scanner<'a> {
    pub fn new(b: &'a [u8], i: usize, max_depth: u32) -> Self {
        Scanner {
            b,
            i,
            depth: 0,
            max_depth,
            saw_replacement_char: false,
            lone_in: None,
        }
    }

    #[cold]
    #[inline(never)]
    fn expected(&self, at: usize, expected: Expected) -> Error {
        Error::Syntax {
            at,
            expected,
            found: self.b.get(at).copied(),
        }
    }

    #[inline(always)]
    pub fn ws(&mut self) {
        // Compact JSON has no whitespace: one test, as every whitespace byte is at most b' '.
        if self.b.get(self.i).is_some_and(|&c| c > b' ') {
            return;
        }
        while let Some(&c) = self.b.get(self.i) {
            if c == b' ' || c == b'\n' || c == b'\r' || c == b'\t' {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    /// The kind of the value ahead (after whitespace); the cursor is then at its first byte.
    #[inline(always)]
    pub fn peek(&mut self) -> Result<Kind, Error> {
        self.ws();
        match self.b.get(self.i) {
            Some(b'{') => Ok(Kind::Object),
            Some(b'[') => Ok(Kind::Array),
            Some(b'"') => Ok(Kind::String),
            Some(b't' | b'f') => Ok(Kind::Bool),
            Some(b'n') => Ok(Kind::Null),
            Some(b'-' | b'0'..=b'9') => Ok(Kind::Number),
            _ => Err(self.expected(self.i, Expected::Value)),
        }
    }

    /// A key with an escape or a non-ASCII character: rare, so read out of line, which keeps
    /// `next_key` small where it is inlined.
    #[inline(never)]
    fn key_slow(&mut self) -> Result<Str, Error> {
        self.string()
    }

    /// Read the string at the cursor (at its `"`).
    #[inline(always)]
    pub fn string(&mut self) -> Result<Str, Error> {
        let b = self.b;
        let open = self.i;
        let mut j = open + 1;
        let mut escaped = false;
        loop {
            j = scan_plain(b, j);
            let Some(&c) = b.get(j) else {
                self.i = j;
                return Err(self.expected(j, Expected::StringEnd));
            };
            match c {
                b'"' => {
                    self.i = j + 1;
                    return Ok(Str {
                        start: open + 1,
                        end: j,
                        escaped,
                    });
                }
                b'\\' => {
                    escaped = true;
                    match escape_at(b, j) {
                        Ok(e) => {
                            if let Unit::Lone(_) = e.unit {
                                self.lone_in = Some(open + 1);
                            }
                            j += e.len;
                        }
                        Err(BadEscape::Hex) => return Err(self.expected(j, Expected::HexDigits)),
                        Err(BadEscape::Letter) => {
                            return Err(self.expected(j + 1, Expected::Escape))
                        }
                    }
                }
                c if c < 0x20 => return Err(self.expected(j, Expected::NoControlChar)),
                _ => {
                    let n = utf8_len(&b[j..]);
                    if n == 0 {
                        return Err(Error::NotUtf8 { at: j, byte: c });
                    }
                    self.saw_replacement_char |= n == 3 && b[j..j + 3] == *"\u{FFFD}".as_bytes();
                    j += n;
                }
            }
        }
    }

    /// Read the number at the cursor.
    #[inline]
    pub fn number(&mut self) -> Result<Num, Error> {
        let b = self.b;
        let start = self.i;
        let mut j = start;
        let digits = |mut j: usize| {
            while b.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            j
        };
        if b.get(j) == Some(&b'-') {
            j += 1;
        }
        match b.get(j) {
            Some(b'0') => j += 1,
            Some(b'1'..=b'9') => j = digits(j),
            _ => return Err(self.expected(j, Expected::Digit)),
        }
        let mut is_integer = true;
        if b.get(j) == Some(&b'.') {
            is_integer = false;
            j += 1;
            if !b.get(j).is_some_and(u8::is_ascii_digit) {
                return Err(self.expected(j, Expected::FractionDigit));
            }
            j = digits(j);
        }
        if matches!(b.get(j), Some(b'e' | b'E')) {
            is_integer = false;
            j += 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if !b.get(j).is_some_and(u8::is_ascii_digit) {
                return Err(self.expected(j, Expected::ExponentDigit));
            }
            j = digits(j);
        }
        self.i = j;
        Ok(Num {
            start,
            end: j,
            is_integer,
        })
    }

    /// Read `true`, `false` or `null` at the cursor: true for `true`.
    pub fn literal(&mut self) -> Result<bool, Error> {
        let rest = &self.b[self.i.min(self.b.len())..];
        for (word, v) in [(&b"true"[..], true), (b"false", false), (b"null", false)] {
            if rest.starts_with(word) {
                self.i += word.len();
                return Ok(v);
            }
        }
        Err(self.expected(self.i, Expected::Literal))
    }

    /// Step into the object or array whose `{` or `[` is at the cursor.
    #[inline(always)]
    pub fn open(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(Error::TooDeep { at: self.i });
        }
        self.i += 1;
        Ok(())
    }

    /// The next key of the object being read, the cursor then after its `:`; `None` after the
    /// object's `}`. `first` is true before its first key.
    #[inline(always)]
    pub fn next_key(&mut self, first: &mut bool) -> Result<Option<Str>, Error> {
        self.ws();
        if *first {
            *first = false;
            if self.b.get(self.i) == Some(&b'}') {
                self.close();
                return Ok(None);
            }
        } else {
            match self.b.get(self.i) {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        return Err(self.expected(self.i, Expected::KeyAfterComma));
                    }
                }
                Some(b'}') => {
                    self.close();
                    return Ok(None);
                }
                _ => return Err(self.expected(self.i, Expected::CommaOrBrace)),
            }
        }
        if self.b.get(self.i) != Some(&b'"') {
            return Err(self.expected(self.i, Expected::Key));
        }
        // Keys are short and plain: most end at the first special byte of their first block.
        let start = self.i + 1;
        let j = scan_plain(self.b, start);
        let key = if self.b.get(j) == Some(&b'"') {
            self.i = j + 1;
            Str {
                start,
                end: j,
                escaped: false,
            }
        } else {
            self.key_slow()?
        };
        self.ws();
        if self.b.get(self.i) != Some(&b':') {
            return Err(self.expected(self.i, Expected::Colon));
        }
        self.i += 1;
        Ok(Some(key))
    }

    /// Whether the array being read has another element, the cursor then at it; false after
    /// the array's `]`. `first` is true before its first element.
    #[inline(always)]
    pub fn next_elem(&mut self, first: &mut bool) -> Result<bool, Error> {
        self.ws();
        if *first {
            *first = false;
            if self.b.get(self.i) == Some(&b']') {
                self.close();
                return Ok(false);
            }
            return Ok(true);
        }
        match self.b.get(self.i) {
            Some(b',') => {
                self.i += 1;
                self.ws();
                if self.b.get(self.i) == Some(&b']') {
                    return Err(self.expected(self.i, Expected::ValueAfterComma));
                }
                Ok(true)
            }
            Some(b']') => {
                self.close();
                Ok(false)
            }
            _ => Err(self.expected(self.i, Expected::CommaOrBracket)),
        }
    }

    #[inline(always)]
    fn close(&mut self) {
        self.i += 1;
        self.depth = self.depth.saturating_sub(1);
    }

    /// Skim the string at the cursor (at its `"`) to just past its closing quote, checking
    /// nothing inside: for looking ahead, where the checking pass reports what is wrong.
    pub fn skim_string(&mut self) -> Option<Str> {
        let b = self.b;
        let start = self.i + 1;
        let mut j = start;
        let mut escaped = false;
        loop {
            j = scan_plain(b, j);
            match *b.get(j)? {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    j += 2;
                }
                _ => j += 1,
            }
        }
        self.i = j + 1;
        Some(Str {
            start,
            end: j,
            escaped,
        })
    }

    /// Skim past the value ahead, checking nothing but where it ends: brackets are counted, not
    /// matched, and a scalar runs to the next `,`, bracket or whitespace. `None` when the body
    /// ends first. For looking ahead; it does not recurse, so no nesting is too deep for it.
    pub fn skim_value(&mut self) -> Option<()> {
        self.ws();
        let mut depth = 0usize;
        loop {
            match *self.b.get(self.i)? {
                b'"' => {
                    self.skim_string()?;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.i += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.i += 1;
                }
                _ => {
                    while self.b.get(self.i).is_some_and(|c| {
                        !matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
                    }) {
                        self.i += 1;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
            while self
                .b
                .get(self.i)
                .is_some_and(|c| matches!(c, b',' | b':' | b' ' | b'\n' | b'\r' | b'\t'))
            {
                self.i += 1;
            }
        }
    }
}

/// Index of the first byte at or after `j` that needs a closer look inside a string: a quote,
/// a backslash, a control character or a non-ASCII byte. Sixteen bytes at a time where the
/// target has 128-bit SIMD (wasm `simd128`, which the package is built with; SSE2 on x86_64),
/// else eight at a time in a `u64`.
#[inline]
pub fn scan_plain(b: &[u8], j: usize) -> usize {
    scan_plain_with::<Wide>(b, j)
}

/// How many bytes of a block at once, and where the first special byte of one is.
pub trait Block {
    const WIDTH: usize;
    /// The index of the first special byte of `chunk[..WIDTH]`, or `WIDTH` when there is none.
    /// `chunk` holds at least `WIDTH` bytes.
    fn first_special(chunk: &[u8]) -> usize;
}

/// The scanner's block: SIMD where the target has it.
#[cfg(any(
    all(target_arch = "wasm32", target_feature = "simd128"),
    all(target_arch = "x86_64", target_feature = "sse2")
))]
pub type Wide = Simd;
#[cfg(not(any(
    all(target_arch = "wasm32", target_feature = "simd128"),
    all(target_arch = "x86_64", target_feature = "sse2")
)))]
pub type Wide = Swar;

/// Eight bytes in a `u64`: the portable path, for a target without SIMD.
pub struct Swar;

impl Block for Swar {
    const WIDTH: usize = 8;

    #[inline(always)]
    fn first_special(chunk: &[u8]) -> usize {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        let mut w = [0u8; 8];
        w.copy_from_slice(&chunk[..8]);
        let x = u64::from_le_bytes(w);
        let quote = (x ^ (ONES * b'"' as u64)).wrapping_sub(ONES) & !(x ^ (ONES * b'"' as u64));
        let bslash = (x ^ (ONES * b'\\' as u64)).wrapping_sub(ONES) & !(x ^ (ONES * b'\\' as u64));
        let control = x.wrapping_sub(ONES * 0x20) & !x;
        let hit = (quote | bslash | control | x) & HIGHS;
        (hit.trailing_zeros() / 8) as usize
    }
}

/// Sixteen bytes in a 128-bit vector. One signed compare finds control characters and non-ASCII
/// bytes together: as `i8`, bytes from 0x80 are negative, so below 0x20.
#[cfg(any(
    all(target_arch = "wasm32", target_feature = "simd128"),
    all(target_arch = "x86_64", target_feature = "sse2")
))]
pub struct Simd;

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
impl Block for Simd {
    const WIDTH: usize = 16;

    #[inline(always)]
    fn first_special(chunk: &[u8]) -> usize {
        use core::arch::wasm32::*;
        let chunk = &chunk[..16];
        // SAFETY: `chunk` holds 16 bytes, and wasm loads need no alignment.
        let x = unsafe { v128_load(chunk.as_ptr().cast::<v128>()) };
        let quote = u8x16_eq(x, u8x16_splat(b'"'));
        let bslash = u8x16_eq(x, u8x16_splat(b'\\'));
        let low_or_high = i8x16_lt(x, i8x16_splat(0x20));
        let bits = u32::from(u8x16_bitmask(v128_or(v128_or(quote, bslash), low_or_high)));
        (bits | 1 << 16).trailing_zeros() as usize
    }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
impl Block for Simd {
    const WIDTH: usize = 16;

    #[inline(always)]
    fn first_special(chunk: &[u8]) -> usize {
        use core::arch::x86_64::*;
        let chunk = &chunk[..16];
        // SAFETY: `chunk` holds 16 bytes; SSE2 is enabled (cfg above); loadu takes any alignment.
        let bits = unsafe {
            let x = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
            let quote = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'"' as i8));
            let bslash = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'\\' as i8));
            let low_or_high = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
            _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, bslash), low_or_high)) as u32
        };
        (bits | 1 << 16).trailing_zeros() as usize
    }
}

/// `scan_plain` with a given block: both are run by the tests on the same corpus.
#[inline(always)]
pub fn scan_plain_with<B: Block>(b: &[u8], mut j: usize) -> usize {
    while j + B::WIDTH <= b.len() {
        let k = B::first_special(&b[j..]);
        if k < B::WIDTH {
            return j + k;
        }
        j += B::WIDTH;
    }
    while let Some(&c) = b.get(j) {
        if c == b'"' || c == b'\\' || !(0x20..0x80).contains(&c) {
            return j;
        }
        j += 1;
    }
    j
}

/// Whether every block finds the same special bytes in `b`, from every start: the SIMD block and
/// the portable one, against a byte loop. The tests run it natively and in wasm on one corpus.
#[cfg_attr(not(any(test, feature = "wasm")), allow(dead_code))]
pub fn blocks_agree(b: &[u8]) -> bool {
    // The next special byte from each start, found backwards in one pass.
    let mut want = b.len();
    (0..=b.len()).rev().all(|j| {
        if b.get(j)
            .is_some_and(|&c| c == b'"' || c == b'\\' || !(0x20..0x80).contains(&c))
        {
            want = j;
        }
        scan_plain_with::<Swar>(b, j) == want && scan_plain_with::<Wide>(b, j) == want
    })
}

/// A corpus for `blocks_agree`: bytes of every class (quote, backslash, control, DEL, non-ASCII,
/// plain) at every position of blocks of both widths, from a fixed seed.
#[cfg_attr(not(any(test, feature = "wasm")), allow(dead_code))]
pub fn block_corpus() -> Vec<Vec<u8>> {
    let alphabet = b"ab~ \"\\\x00\x1f\x20\x7f\x80\xc3\xa9\xff";
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    (0..400)
        .map(|n| {
            (0..n % 70)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    // Mostly plain bytes, as in text, so that long runs cross block edges.
                    if x % 4 == 0 {
                        alphabet[(x >> 8) as usize % alphabet.len()]
                    } else {
                        b'a' + (x >> 8) as u8 % 26
                    }
                })
                .collect()
        })
        .collect()
}

/// Length of the valid UTF-8 sequence starting `s` (non-ASCII lead byte), or 0 if invalid.
#[inline(always)]
fn utf8_len(s: &[u8]) -> usize {
    let cont = |i: usize| s.get(i).is_some_and(|&c| c & 0xC0 == 0x80);
    let in_range = |i: usize, lo: u8, hi: u8| s.get(i).is_some_and(|&c| (lo..=hi).contains(&c));
    match s[0] {
        0xC2..=0xDF if cont(1) => 2,
        0xE0 if in_range(1, 0xA0, 0xBF) && cont(2) => 3,
        0xE1..=0xEC | 0xEE..=0xEF if cont(1) && cont(2) => 3,
        0xED if in_range(1, 0x80, 0x9F) && cont(2) => 3,
        0xF0 if in_range(1, 0x90, 0xBF) && cont(2) && cont(3) => 4,
        0xF1..=0xF3 if cont(1) && cont(2) && cont(3) => 4,
        0xF4 if in_range(1, 0x80, 0x8F) && cont(2) && cont(3) => 4,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::escape::lone_surrogates;

    /// Read the whole body as one JSON value; the lone surrogates seen, by offset.
    fn read(body: &[u8]) -> Result<Vec<usize>, Error> {
        /// The lone surrogates of the string `s` has just read, or stopped reading at `end`.
        fn take_lone(s: &mut Scanner, end: usize, lone: &mut Vec<usize>) {
            if let Some(start) = s.lone_in.take() {
                lone.extend(lone_surrogates(&s.b[start..end]).map(|(at, _)| start + at));
            }
        }
        fn value(s: &mut Scanner, lone: &mut Vec<usize>) -> Result<(), Error> {
            match s.peek()? {
                Kind::Object => {
                    s.open()?;
                    let mut first = true;
                    loop {
                        let key = s.next_key(&mut first);
                        let end = key.map_or_else(Error::at, |k| k.map_or(0, |k| k.end));
                        take_lone(s, end, lone);
                        if key?.is_none() {
                            break;
                        }
                        value(s, lone)?;
                    }
                }
                Kind::Array => {
                    s.open()?;
                    let mut first = true;
                    while s.next_elem(&mut first)? {
                        value(s, lone)?;
                    }
                }
                Kind::String => {
                    let read = s.string();
                    take_lone(s, read.map_or_else(Error::at, |v| v.end), lone);
                    read?;
                }
                Kind::Number => {
                    s.number()?;
                }
                Kind::Bool | Kind::Null => {
                    s.literal()?;
                }
            }
            Ok(())
        }
        let mut s = Scanner::new(body, 0, 64);
        let mut lone = Vec::new();
        value(&mut s, &mut lone)?;
        s.ws();
        assert_eq!(s.depth, 0);
        if s.i < body.len() {
            // What the validator's envelope reports; here, any sign that reading stopped short.
            return Err(s.expected(s.i, Expected::Value));
        }
        Ok(lone)
    }

    fn syntax(at: usize, expected: Expected, found: Option<u8>) -> Error {
        Error::Syntax {
            at,
            expected,
            found,
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        let body =
            br#" {"a": [1, -0.5e+3, "x\u00e9\n", true, false, null, {}, []], "b\"": {"c": 0}} "#;
        assert_eq!(read(body), Ok(vec![]));
        let mut s = Scanner::new(br#""a\u0062c" -12.5 7"#, 0, 1);
        let k = s.string().unwrap();
        assert_eq!(&*k.text(s.b), b"abc");
        assert!(k.escaped);
        s.ws();
        let n = s.number().unwrap();
        assert_eq!((&s.b[n.start..n.end], n.is_integer), (&b"-12.5"[..], false));
        s.ws();
        assert!(s.number().unwrap().is_integer);
    }

    #[test]
    fn syntax_errors_say_what_was_expected_where() {
        use Expected::*;
        for (body, err) in [
            (&b""[..], syntax(0, Value, None)),
            (b"[1,]", syntax(3, ValueAfterComma, Some(b']'))),
            (b"[1 2]", syntax(3, CommaOrBracket, Some(b'2'))),
            (br#"{"a":1,}"#, syntax(7, KeyAfterComma, Some(b'}'))),
            (br#"{"a" 1}"#, syntax(5, Colon, Some(b'1'))),
            (br#"{"a":1 "b":2}"#, syntax(7, CommaOrBrace, Some(b'"'))),
            (b"{a:1}", syntax(1, Key, Some(b'a'))),
            (br#""abc"#, syntax(4, StringEnd, None)),
            (br#""a\x""#, syntax(3, Escape, Some(b'x'))),
            (br#""a\u12z4""#, syntax(2, HexDigits, Some(b'\\'))),
            (b"\"a\tb\"", syntax(2, NoControlChar, Some(b'\t'))),
            (b"-", syntax(1, Digit, None)),
            (b"1.e3", syntax(2, FractionDigit, Some(b'e'))),
            (b"1e+", syntax(3, ExponentDigit, None)),
            (b"nul", syntax(0, Literal, Some(b'n'))),
            (b"\"\xc3(\"", Error::NotUtf8 { at: 1, byte: 0xc3 }),
            (b"\"\xed\xa0\x80\"", Error::NotUtf8 { at: 1, byte: 0xed }),
        ] {
            assert_eq!(read(body), Err(err), "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn nesting_beyond_the_limit_stops_at_the_bracket() {
        let body = format!("{}{}", "[".repeat(65), "]".repeat(65));
        assert_eq!(read(body.as_bytes()), Err(Error::TooDeep { at: 64 }));
        let body = format!("{}{}", "[".repeat(64), "]".repeat(64));
        assert_eq!(read(body.as_bytes()), Ok(vec![]));
    }

    #[test]
    fn lone_surrogates_are_passed_on_and_reading_goes_on() {
        assert_eq!(
            read(br#"{"\udbff": ["a\ud83d\u0041", "\ude00\ud83d", "\ud83d\ude00"]}"#),
            Ok(vec![2, 14, 30, 36])
        );
        // Those before the end of a broken string are found too.
        let mut s = Scanner::new(br#""\udbff\u00""#, 0, 1);
        let e = s.string().unwrap_err();
        assert_eq!(e, syntax(7, Expected::HexDigits, Some(b'\\')));
        assert_eq!(s.lone_in, Some(1));
        let found: Vec<_> = lone_surrogates(&s.b[1..e.at()]).collect();
        assert_eq!(found, [(0, 0xDBFF)]);
    }

    #[test]
    fn notes_replacement_characters() {
        let mut s = Scanner::new("\"a\u{FFFD}\"".as_bytes(), 0, 1);
        s.string().unwrap();
        assert!(s.saw_replacement_char);
        let mut s = Scanner::new(br#""\ufffd""#, 0, 1);
        s.string().unwrap();
        assert!(
            !s.saw_replacement_char,
            "only the character as sent, not an escape"
        );
    }

    /// On mutations of a document, the scanner finds JSON exactly where serde_json does (but for
    /// what serde_json refuses beyond syntax: lone surrogates and floats that overflow).
    #[test]
    fn agrees_with_serde_json_on_what_is_json() {
        let seed = br#"{"a":[1,-2.5e-3,{"b":"\u00e9\ud83d\ude00 \"q\"\/"}],"c":{"d":[true,false,null]},"e":"z\u017c"}"#;
        let extra =
            b"{}[]\",:\\ \n\t0123456789-+.eEtrufalsnu\x00\x1f\x7f\x80\xbf\xc3\xa9\xe2\xf0\xffdD";
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n.max(1) as u64) as usize
        };
        let mut disagree = Vec::new();
        let mut accepted = 0;
        for _ in 0..20_000 {
            let mut b = seed.to_vec();
            for _ in 0..1 + next(3) {
                let at = next(b.len() + 1);
                let c = extra[next(extra.len())];
                match next(3) {
                    0 if at < b.len() => b[at] = c,
                    1 => b.insert(at, c),
                    _ if at < b.len() => {
                        b.remove(at);
                    }
                    _ => b.truncate(at),
                }
            }
            let ours = read(&b);
            accepted += usize::from(ours.is_ok());
            let theirs = serde_json::from_slice::<serde_json::Value>(&b);
            let agree = match (&ours, &theirs) {
                // serde_json refuses a lone surrogate wherever it stands.
                (Ok(lone), Err(_)) if !lone.is_empty() => true,
                (Ok(_), Err(e)) => e.to_string().contains("number out of range"),
                (Ok(_), Ok(_)) | (Err(_), Err(_)) => true,
                (Err(_), Ok(_)) => false,
            };
            if !agree {
                disagree.push(String::from_utf8_lossy(&b).into_owned());
            }
        }
        assert!(disagree.is_empty(), "{disagree:#?}");
        // Both verdicts are common, or the comparison would prove little.
        assert!((1_000..19_000).contains(&accepted), "{accepted} accepted");
    }

    #[test]
    fn skims_past_values_without_checking_them() {
        let body = br#"{"a": [1, {"b": "]\"}"}], "c": x-y , "d": "\q"}"#;
        let mut s = Scanner::new(body, 6, 0);
        s.skim_value().unwrap();
        assert_eq!(&body[s.i..s.i + 6], br#", "c":"#);
        s.i += 7;
        s.skim_value().unwrap();
        assert_eq!(&body[s.i..s.i + 2], b" ,");
        s.i += 8;
        assert_eq!(s.skim_string().map(|v| v.escaped), Some(true));
        assert_eq!(&body[s.i..], b"}");
        assert!(Scanner::new(b"[[1]", 0, 0).skim_value().is_none());
        assert!(Scanner::new(b"\"abc\\\"", 0, 0).skim_string().is_none());
    }

    #[test]
    fn scan_plain_stops_at_specials() {
        let s = b"abcdefghijklmnop\"";
        assert_eq!(scan_plain(s, 0), 16);
        assert_eq!(scan_plain(b"abcdefgh\\ijkl", 0), 8);
        assert_eq!(scan_plain(b"abc\x01defghijkl", 0), 3);
        assert_eq!(scan_plain("abcdefg\u{e9}".as_bytes(), 0), 7);
        assert_eq!(scan_plain(b"abcdefghij", 0), 10);
        assert_eq!(scan_plain(b"ab\x7f\x20~!#$%&'()", 0), 13);
    }

    #[test]
    fn the_simd_and_the_portable_block_agree() {
        for body in block_corpus() {
            assert!(blocks_agree(&body), "{body:?}");
        }
        // Natively on x86_64 the scanner's block is the SSE2 one.
        #[cfg(target_arch = "x86_64")]
        assert_eq!(Wide::WIDTH, 16);
    }

    #[test]
    fn utf8_rules() {
        assert_eq!(utf8_len("é".as_bytes()), 2);
        assert_eq!(utf8_len("€".as_bytes()), 3);
        assert_eq!(utf8_len("😀".as_bytes()), 4);
        assert_eq!(utf8_len(&[0xC0, 0x80]), 0);
        assert_eq!(utf8_len(&[0xED, 0xA0, 0x80]), 0);
        assert_eq!(utf8_len(&[0xE2, 0x82]), 0);
        assert_eq!(utf8_len(&[0xFF]), 0);
    }
}

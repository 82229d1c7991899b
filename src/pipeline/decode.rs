//! Read and decode: raw bytes of one input file to text.
//!
//! UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; GB18030/GBK
//! is detected when the bytes are not UTF-8 and decode cleanly as GB18030.
//! Binary input (NUL bytes outside UTF-16) is refused, naming the byte offset.

use crate::error::{Error, Result};
use std::borrow::Cow;
use std::path::Path;

/// An encoding the user can force with `--encoding`.
pub fn encoding_by_name(path: &Path, name: &str) -> Result<&'static encoding_rs::Encoding> {
    encoding_rs::Encoding::for_label(name.as_bytes()).ok_or_else(|| Error::UnknownEncoding {
        path: path.to_path_buf(),
        name: name.to_string(),
    })
}

/// Decodes `bytes`, read from `path`, to text (UTF-8 input is borrowed, not
/// copied: a 100 MB file is held once).
pub fn decode<'a>(
    path: &Path,
    bytes: &'a [u8],
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<Cow<'a, str>> {
    if let Some(enc) = forced {
        let (text, _, had_errors) = enc.decode(bytes);
        if had_errors {
            let offset = first_bad_offset(enc, bytes);
            return Err(Error::Decode {
                path: path.to_path_buf(),
                offset,
                line: line_of(bytes, offset),
            });
        }
        return Ok(text);
    }
    // A BOM settles the question.
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            let offset = bom_len + first_bad_offset(enc, &bytes[bom_len..]);
            return Err(Error::Decode {
                path: path.to_path_buf(),
                offset,
                line: line_of(bytes, offset),
            });
        }
        return Ok(text);
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(err) => {
            // Not UTF-8: Chinese archives are mostly GB18030/GBK.
            let (text, _, had_errors) = encoding_rs::GB18030.decode(bytes);
            if !had_errors && looks_like_chinese(&text) {
                return Ok(text);
            }
            let offset = err.valid_up_to();
            Err(Error::Decode {
                path: path.to_path_buf(),
                offset,
                line: line_of(bytes, offset),
            })
        }
    }
}

/// GB18030 decodes almost any byte string; accept it only when most of the
/// non-ASCII characters are common CJK ideographs or CJK punctuation.
fn looks_like_chinese(text: &str) -> bool {
    let (mut cjk, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if ('\u{4e00}'..='\u{9fff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c)
        {
            cjk += 1;
        } else {
            other += 1;
        }
    }
    cjk > 0 && other * 10 <= cjk
}

fn first_bad_offset(enc: &'static encoding_rs::Encoding, bytes: &[u8]) -> usize {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3);
    let mut read = 0;
    // Decode in small steps to find where the first malformed sequence starts.
    for chunk in bytes.chunks(1) {
        let (result, n) = decoder.decode_to_string_without_replacement(chunk, &mut out, false);
        if let encoding_rs::DecoderResult::Malformed(_, _) = result {
            return read;
        }
        read += n;
    }
    read
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let p = Path::new("a.txt");
        assert_eq!(decode(p, "代表".as_bytes(), None).unwrap(), "代表");
        assert_eq!(decode(p, "\u{feff}代表".as_bytes(), None).unwrap(), "代表");
    }

    #[test]
    fn gb18030_is_detected() {
        let (bytes, _, _) = encoding_rs::GB18030.encode("党的二十大代表选举工作顺利完成。");
        assert_eq!(
            decode(Path::new("g.txt"), &bytes, None).unwrap(),
            "党的二十大代表选举工作顺利完成。"
        );
    }

    #[test]
    fn binary_is_refused_with_offset() {
        let err = decode(Path::new("x.bin"), b"abc\0def", None).unwrap_err();
        assert!(matches!(err, Error::Binary { offset: 3, .. }), "{err}");
        assert!(err.to_string().contains("x.bin"));
    }

    #[test]
    fn invalid_bytes_name_offset_and_line() {
        let err = decode(Path::new("bad.txt"), b"ok\nline\xff\xfe\xfd\xfc", None).unwrap_err();
        match err {
            Error::Decode { offset, line, .. } => {
                assert_eq!(offset, 7);
                assert_eq!(line, 2);
            }
            other => panic!("{other}"),
        }
    }
}

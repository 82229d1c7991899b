//! Minting IRIs: deterministic, ASCII-only, readable where it costs nothing.
//!
//! Entity IRIs depend only on the entity (kind and canonical label, or the
//! gazetteer code), so the same entity found in two articles gets one IRI and
//! adding documents never changes existing IRIs. Pinyin keeps them readable;
//! four hex digits of the label's SHA-256 keep 王宁 and 汪宁 apart.

use crate::lexicon::Lexicon;
use crate::pipeline::extract::{Entity, Kind};
use crate::vocab::ID_BASE;
use pinyin::ToPinyin;
use sha2::{Digest, Sha256};

/// Lowercase hex SHA-256 of `data`.
pub fn sha256_hex(data: &[u8]) -> String {
    // One formatter call over the whole digest, not one String per byte:
    // minting hashes a key for every evidence node.
    format!("{:x}", Sha256::digest(data))
}

fn hex4(label: &str) -> String {
    sha256_hex(label.as_bytes())[..4].to_string()
}

/// Pinyin of one word, syllables run together (中国 → zhongguo).
fn word_pinyin(word: &str) -> String {
    let mut s = String::new();
    for (c, p) in word.chars().zip(word.to_pinyin()) {
        match p {
            Some(p) => s.push_str(&p.plain().replace('ü', "v")),
            None if c.is_ascii_alphanumeric() => s.push(c.to_ascii_lowercase()),
            None => {}
        }
    }
    s
}

/// A slug of words joined by hyphens (北京儿童医院 → beijing-ertong-yiyuan).
pub fn slug(label: &str) -> String {
    let parts: Vec<String> = crate::segment::words(label)
        .into_iter()
        .map(word_pinyin)
        .filter(|p| !p.is_empty())
        .collect();
    let mut s = parts.join("-");
    if s.len() > 60 {
        s.truncate(60);
        s = s.trim_end_matches('-').to_string();
    }
    if s.is_empty() {
        "x".to_string()
    } else {
        s
    }
}

/// Surname and given name apart: 钱素云 → ("Qian", "Suyun").
pub fn person_pinyin(name: &str) -> (String, String) {
    let lx = Lexicon::get();
    let chars: Vec<char> = name.chars().filter(|&c| c != '·' && c != '•').collect();
    let two: String = chars.iter().take(2).collect();
    // A Tibetan name is two names of two characters, with no surname.
    let tibetan = crate::pipeline::extract::person::is_tibetan_name(name);
    let split = if tibetan || (chars.len() >= 3 && lx.surnames.contains(&two)) {
        2
    } else {
        1
    };
    let cap = |s: String| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
            None => s,
        }
    };
    let sur: String = chars[..split.min(chars.len())].iter().collect();
    let given: String = chars[split.min(chars.len())..].iter().collect();
    (cap(word_pinyin(&sur)), cap(word_pinyin(&given)))
}

/// Human-readable pinyin of a person's name ("Qian Suyun").
pub fn person_latn(name: &str) -> Option<String> {
    let (s, g) = person_pinyin(name);
    if s.is_empty() {
        return None;
    }
    Some(if g.is_empty() { s } else { format!("{s} {g}") })
}

/// The IRI of an entity.
pub fn entity_iri(e: &Entity) -> String {
    let lx = Lexicon::get();
    let path = match e.kind {
        Kind::Person => {
            let (s, g) = person_pinyin(&e.label);
            let base = format!("{}-{}", s.to_lowercase(), g.to_lowercase());
            format!("person/{}-{}", base.trim_matches('-'), hex4(&e.label))
        }
        Kind::Organization => format!("org/{}-{}", slug(&e.label), hex4(&e.label)),
        Kind::Place => match e.division {
            Some(d) => format!(
                "place/{}-{}",
                slug(&lx.divisions[d].name),
                lx.divisions[d].code
            ),
            None => {
                let key = format!("{}|{}", e.scope.clone().unwrap_or_default(), e.label);
                format!("place/{}-{}", slug(&e.label), hex4(&key))
            }
        },
        Kind::Honor => format!("honor/{}-{}", slug(&e.label), hex4(&e.label)),
        Kind::Procedure => format!("procedure/{}-{}", slug(&e.label), hex4(&e.label)),
        Kind::Congress => match e.ordinal {
            Some(n) => format!("congress/cpc-{n}"),
            None => format!("congress/{}", slug(&e.label)),
        },
    };
    format!("{ID_BASE}{path}")
}

/// The IRI of the `index`-th article of a file with this SHA-256.
pub fn article_iri(file_sha: &str, index: usize) -> String {
    format!("{ID_BASE}article/{}-{index}", &file_sha[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_stable() {
        let s = slug("北京儿童医院");
        assert!(s.is_ascii());
        assert_eq!(s, slug("北京儿童医院"));
        assert!(s.contains("beijing"), "{s}");
    }

    #[test]
    fn person_iris_keep_homophones_apart() {
        let a = entity_iri(&Entity::new(Kind::Person, "王宁"));
        let b = entity_iri(&Entity::new(Kind::Person, "汪宁"));
        assert!(
            a.starts_with("https://w3id.org/delegraph/id/person/wang-ning-"),
            "{a}"
        );
        assert_ne!(a, b);
        assert_eq!(person_latn("欧阳某某").unwrap(), "Ouyang Moumou");
        assert_eq!(person_latn("扎西卓玛").unwrap(), "Zhaxi Zhuoma");
    }

    #[test]
    fn congress_iri() {
        let mut e = Entity::new(Kind::Congress, "中国共产党第二十次全国代表大会");
        e.ordinal = Some(20);
        assert_eq!(
            entity_iri(&e),
            "https://w3id.org/delegraph/id/congress/cpc-20"
        );
    }
}

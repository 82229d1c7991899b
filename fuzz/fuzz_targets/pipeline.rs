//! Any bytes through the whole pipeline (decode → normalize → split →
//! extract → emit): no panic, and every mention's anchor is exactly its
//! slice of the article text.
#![no_main]

use delegraph::pipeline::{process, Options};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    for name in ["input.txt", "input.html"] {
        let Ok(graphs) = process(Path::new(name), name, data, &Options::default()) else {
            return;
        };
        for a in &graphs.articles {
            let chars: Vec<char> = a.text.chars().collect();
            for m in &a.extraction.mentions {
                assert!(m.start < m.end && m.end <= chars.len(), "mention outside the text");
            }
            for q in &a.quads {
                if q.predicate.as_str().ends_with("#anchorOf") {
                    let subject = q.subject.to_string();
                    if let Some(frag) = subject.trim_end_matches('>').split("#char=").nth(1) {
                        let (b, e) = frag.split_once(',').expect("b,e");
                        let (b, e): (usize, usize) = (b.parse().unwrap(), e.parse().unwrap());
                        let slice: String = chars[b..e].iter().collect();
                        let oxigraph::model::Term::Literal(anchor) = &q.object else {
                            panic!("anchorOf must be a literal");
                        };
                        assert_eq!(anchor.value(), slice, "anchor differs from its slice");
                    }
                }
            }
        }
    }
});

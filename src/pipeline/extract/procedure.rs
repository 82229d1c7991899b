//! Procedures: election steps from the lexicon, and their order from an
//! enumeration (一是认真组织推荐提名。二是严格组织考察。…): the step named in
//! each item's head sentence gets `dg:stepOrder`, consecutive steps
//! `dg:nextStep`; a step named in the paragraph right after the list
//! (还要…进行资格审查) follows the last one.

use super::{Doc, Extraction, Extractor, Kind, Object, Pred};
use crate::lexicon::{LexKind, Lexicon};

pub struct ProcedureExtractor;

const ORDINALS: [&str; 10] = [
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
];

/// Words that say a further step follows the listed ones.
const THEN: &[&str] = &["还要", "还需", "然后", "最后", "之后", "随后"];

impl Extractor for ProcedureExtractor {
    fn name(&self) -> &'static str {
        "procedure"
    }

    fn extract(&self, doc: &Doc, out: &mut Extraction) {
        let lx = Lexicon::get();
        // (start, end, entity) of every procedure hit.
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for hit in &doc.lex {
            for k in doc.kinds(hit) {
                if let LexKind::Procedure(i) = k {
                    let id = out.entity(Kind::Procedure, &lx.procedures[*i].name);
                    out.mention(doc, hit.start, hit.end, id);
                    hits.push((hit.start, hit.end, id));
                }
            }
        }
        // Enumerations: runs of paragraphs opening with 一是, 二是, ...
        let paras = &doc.paragraphs;
        let mut p = 0;
        while p < paras.len() {
            let opens = |idx: usize, n: usize| -> Option<usize> {
                let para = &paras[idx];
                // The item may follow a lead-in: 答：一是…
                let text = doc.slice(para.clone());
                let off = text.find(ORDINALS[n])?;
                let off_chars = text[..off].chars().count();
                (off_chars <= 2).then_some(para.start + off_chars)
            };
            if opens(p, 0).is_none() {
                p += 1;
                continue;
            }
            let mut items: Vec<(usize, usize)> = Vec::new(); // (paragraph, item start)
            let mut q = p;
            while q < paras.len() && items.len() < ORDINALS.len() {
                match opens(q, items.len()) {
                    Some(s) => items.push((q, s)),
                    None => break,
                }
                q += 1;
            }
            let mut steps: Vec<(u32, usize, usize)> = Vec::new(); // (order, entity, sentence start)
            for (n, &(_, s)) in items.iter().enumerate() {
                let head = doc.sentence_of(s);
                if let Some(&(_, _, id)) =
                    hits.iter().find(|h| h.0 >= head.start && h.1 <= head.end)
                {
                    steps.push((n as u32 + 1, id, head.start));
                }
            }
            if steps.len() >= 2 {
                // A step named right after the list, as the next one.
                if q < paras.len() {
                    let next = &paras[q];
                    let text = doc.slice(next.clone());
                    if THEN.iter().any(|t| text.contains(t)) {
                        if let Some(&(s, _, id)) = hits.iter().find(|h| {
                            h.0 >= next.start
                                && h.1 <= next.end
                                && !steps.iter().any(|st| st.1 == h.2)
                        }) {
                            let order = steps.last().map(|l| l.0 + 1).unwrap_or(1);
                            steps.push((order, id, doc.sentence_of(s).start));
                        }
                    }
                }
                for (order, id, _) in &steps {
                    out.entities[*id].step_order.get_or_insert(*order);
                }
                for w in steps.windows(2) {
                    let evidence = doc.sentence_of(w[1].2);
                    out.relate(w[0].1, Pred::NextStep, Object::Entity(w[1].1), evidence);
                }
            }
            p = q.max(p + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extractor_test;
    use crate::pipeline::extract::testing::has_rel;

    extractor_test!(enumerated_steps_in_order, "具体有以下几个方面：\n一是认真组织推荐提名。各单位推荐。\n二是严格组织考察。全面考察。\n三是逐级遴选优秀。逐级遴选。\n四是周密组织会议选举。选举有序。\n当选代表还要进行资格审查。", |out| {
        assert!(has_rel(&out, "推荐提名", Pred::NextStep, "组织考察"));
        assert!(has_rel(&out, "组织考察", Pred::NextStep, "逐级遴选"));
        assert!(has_rel(&out, "逐级遴选", Pred::NextStep, "会议选举"));
        assert!(has_rel(&out, "会议选举", Pred::NextStep, "资格审查"));
        let order = |l: &str| out.entities[out.find(Kind::Procedure, l).unwrap()].step_order;
        assert_eq!(order("推荐提名"), Some(1));
        assert_eq!(order("资格审查"), Some(5));
    });

    extractor_test!(
        lists_without_steps_give_no_order,
        "一是严格资格条件。要推荐提名。\n二是严把政治关。\n三是严把廉洁关。",
        |out| {
            assert!(out.relations.iter().all(|r| r.pred != Pred::NextStep));
        }
    );
}

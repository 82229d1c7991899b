//! The dev corpus, read from ../shared/corpus: articles split as the news
//! has them, every mention exactly its slice, and key facts found.

use crate::util::corpus;
use delegraph::pipeline::extract::{Kind, Object, Pred};
use delegraph::pipeline::{process, FileGraphs, Options};

fn run(name: &str) -> FileGraphs {
    let path = corpus(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    process(&path, name, &bytes, &Options::default()).unwrap()
}

fn rel(g: &FileGraphs, s: &str, p: Pred, o: &str) -> bool {
    g.articles.iter().any(|a| {
        let ex = &a.extraction;
        ex.relations.iter().any(|r| {
            r.pred == p
                && ex.entities[r.subject].label == s
                && match &r.object {
                    Object::Entity(i) => ex.entities[*i].label == o,
                    Object::Text(t) => t == o,
                }
        })
    })
}

#[test]
fn every_mention_is_its_exact_slice_in_every_corpus_file() {
    for entry in std::fs::read_dir(corpus("")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let g = run(&name);
        assert!(!g.articles.is_empty(), "{name}");
        for a in &g.articles {
            let chars: Vec<char> = a.text.chars().collect();
            for m in &a.extraction.mentions {
                let anchor: String = chars[m.start..m.end].iter().collect();
                let label = &a.extraction.entities[m.entity].label;
                let plain: String = anchor
                    .chars()
                    .filter(|c| !delegraph::lexicon::is_quote(*c))
                    .collect();
                assert!(
                    plain == *label || a.extraction.entities[m.entity].aliases.contains(&plain),
                    "{name}: {anchor} for {label}"
                );
            }
        }
    }
}

#[test]
fn xinhua_file_holds_three_articles() {
    let g = run("xinhua-2022-09-26-delegate-election.txt");
    assert_eq!(g.articles.len(), 3);
    let authors: Vec<Vec<String>> = g
        .articles
        .iter()
        .map(|a| {
            a.extraction
                .meta
                .authors
                .iter()
                .map(|&i| a.extraction.entities[i].label.clone())
                .collect()
        })
        .collect();
    assert_eq!(
        authors,
        vec![vec![], vec!["侠克".to_string()], vec!["毛振华".to_string()]]
    );
    assert!(rel(
        &g,
        "张黎明",
        Pred::MemberOf,
        "国家电网天津滨海供电公司"
    ));
    assert!(rel(&g, "张黎明", Pred::Position, "配电抢修班班长"));
    assert!(rel(&g, "推荐提名", Pred::NextStep, "组织考察"));
}

#[test]
fn profile_byline_delegate_and_honor_of_the_hospital() {
    let g = run("cctv-lushengmei-profile.txt");
    let ex = &g.articles[0].extraction;
    assert_eq!(ex.meta.date, Some((2022, 10, 10)));
    let p = ex.find(Kind::Person, "路生梅").unwrap();
    assert_eq!(ex.entities[p].delegate_to, Some(20));
    assert!(rel(&g, "佳县人民医院", Pred::LocatedIn, "佳县"));
    assert!(rel(&g, "佳县", Pred::LocatedIn, "榆林"));
    // The title went to the hospital's department, not to the doctor.
    assert!(!rel(&g, "路生梅", Pred::ReceivedHonor, "爱婴医院"));
}

#[test]
fn delegate_list_names_and_notes() {
    let g = run("xinhua-delegate-list-excerpt.txt");
    let ex = &g.articles[0].extraction;
    let delegates = ex
        .entities
        .iter()
        .filter(|e| e.delegate_to == Some(20))
        .count();
    assert_eq!(delegates, 40);
    let p = ex.find(Kind::Person, "丁月牙").unwrap();
    assert_eq!(ex.entities[p].ethnicity.as_deref(), Some("回族"));
}

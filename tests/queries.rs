//! Each saved query in queries/ parses, opens with a title and a
//! description, and answers on a store of our example articles.

use crate::util::{example_store, root, rows};
use std::collections::HashMap;

fn query(name: &str) -> String {
    std::fs::read_to_string(root().join("queries").join(format!("{name}.rq"))).unwrap()
}

fn has(rows: &[HashMap<String, String>], pairs: &[(&str, &str)]) -> bool {
    rows.iter().any(|r| {
        pairs
            .iter()
            .all(|(k, v)| r.get(*k).map(String::as_str) == Some(*v))
    })
}

#[test]
fn every_query_has_title_description_and_runs() {
    let store = example_store();
    let mut n = 0;
    for entry in std::fs::read_dir(root().join("queries")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rq") {
            continue;
        }
        n += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# title:"),
            "{} must open with '# title:'",
            path.display()
        );
        assert!(
            text.contains("# description:"),
            "{} needs a description",
            path.display()
        );
        let r = rows(&store, &text);
        assert!(
            !r.is_empty(),
            "{} returned no rows on the examples",
            path.display()
        );
    }
    assert!(n >= 8, "at least 8 saved queries, found {n}");
}

#[test]
fn delegates_with_organizations() {
    let r = rows(&example_store(), &query("delegates-organizations"));
    assert!(
        has(
            &r,
            &[
                ("delegateLabel", "葛志远"),
                ("organizationLabel", "潍坊海岱重工集团有限公司第三分厂")
            ]
        ),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            &[
                ("delegateLabel", "鲁婉清"),
                ("organizationLabel", "陇西县第五人民医院")
            ]
        ),
        "{r:?}"
    );
}

#[test]
fn honors_per_person() {
    let r = rows(&example_store(), &query("honors-per-person"));
    assert!(
        has(
            &r,
            &[("holderLabel", "鲁婉清"), ("honorLabel", "全国三八红旗手")]
        ),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            &[("holderLabel", "槐荫村"), ("honorLabel", "全国文明村")]
        ),
        "{r:?}"
    );
}

#[test]
fn organizations_through_the_place_hierarchy() {
    let r = rows(&example_store(), &query("organizations-by-place"));
    // The hospital names its county; the province is reached through the gazetteer.
    assert!(
        has(
            &r,
            &[
                ("placeLabel", "甘肃"),
                ("organizationLabel", "陇西县第五人民医院")
            ]
        ),
        "{r:?}"
    );
}

#[test]
fn election_procedure_in_order() {
    let r = rows(&example_store(), &query("election-procedure"));
    assert!(
        has(
            &r,
            &[
                ("stepLabel", "推荐提名"),
                ("stepOrder", "1"),
                ("nextStepLabel", "组织考察")
            ]
        ),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            &[("stepLabel", "逐级遴选"), ("nextStepLabel", "会议选举")]
        ),
        "{r:?}"
    );
}

#[test]
fn composition_statistics_flag_the_inconsistent_share() {
    let r = rows(&example_store(), &query("composition-statistics"));
    assert!(
        has(
            &r,
            &[
                ("measure", "改革开放以后入党"),
                ("count", "80"),
                ("consistent", "false")
            ]
        ),
        "{r:?}"
    );
    assert!(
        has(
            &r,
            &[
                ("measure", "女党员"),
                ("count", "24"),
                ("consistent", "true")
            ]
        ),
        "{r:?}"
    );
}

#[test]
fn articles_with_author_date_and_dateline() {
    let r = rows(&example_store(), &query("articles"));
    assert_eq!(r.len(), 5);
    assert!(
        has(
            &r,
            &[("date", "2022-09-27"), ("datelinePlaceLabel", "兰州")]
        ),
        "{r:?}"
    );
}

#[test]
fn membership_evidence_is_the_sentence() {
    let r = rows(&example_store(), &query("membership-evidence"));
    let row = r
        .iter()
        .find(|x| x.get("personLabel").map(String::as_str) == Some("葛志远"))
        .expect("葛志远 membership");
    let sentence = &row["sentence"];
    assert!(
        sentence.contains("葛志远") && sentence.contains("潍坊海岱重工集团有限公司"),
        "{sentence}"
    );
}

#[test]
fn delegates_by_gender_and_ethnicity_from_the_list() {
    let r = rows(&example_store(), &query("delegates-by-gender-ethnicity"));
    assert!(
        has(
            &r,
            &[("gender", "女"), ("ethnicity", "回族"), ("delegates", "1")]
        ),
        "{r:?}"
    );
}

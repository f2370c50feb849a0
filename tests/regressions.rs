//! Replays the inputs kept in `tests/regressions/` (inputs the fuzzers found interesting or
//! that once broke an invariant, minimised) through the fuzz targets' own invariants, natively.
//! Each file is what a target reads: two option bytes, then the body (see
//! `fuzz/src/invariants.rs`).

#[path = "../fuzz/src/invariants.rs"]
mod invariants;

use std::path::Path;

#[test]
fn every_kept_input_meets_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/regressions exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "only {} kept inputs", files.len());
    for path in &files {
        let data = std::fs::read(path).expect("readable input");
        let Some((options, body)) = invariants::split(&data) else {
            panic!("{}: shorter than the two option bytes", path.display());
        };
        // A failing invariant panics; name the file first.
        eprintln!("replaying {}", path.display());
        invariants::check_bytes(&options, body);
        if let Ok(text) = std::str::from_utf8(body) {
            invariants::check_text(&options, data[0], text);
        }
    }
}

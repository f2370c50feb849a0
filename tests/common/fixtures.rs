//! The public LiveChat samples in `../shared/fixtures` (relative to the repository root), read in
//! place, never copied. When the folder is absent the conformance tests say so and pass.

use std::fs;
use std::path::{Path, PathBuf};

/// The fixtures folder, or `None` after a note on stderr when it is absent.
pub fn fixtures() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/fixtures not found");
        None
    }
}

/// The `.json` files of one fixture folder, sorted; panics when the folder is missing or empty
/// while `../shared/fixtures` itself exists (the data set changed under us).
pub fn json_files(root: &Path, folder: &str) -> Vec<PathBuf> {
    let dir = root.join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .json files in {}", dir.display());
    files
}

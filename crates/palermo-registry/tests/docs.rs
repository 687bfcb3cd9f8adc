//! The registry's documentation lists every coded refusal ground.

#[test]
fn docs_registry_md_lists_every_refusal_ground() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/registry.md");
    let doc = std::fs::read_to_string(path).unwrap();
    for g in palermo_registry::Ground::all() {
        assert!(
            doc.contains(&format!("| `{}` |", g.code())),
            "docs/registry.md does not list `{}`",
            g.code()
        );
    }
}

import CCmarkGFM

/// Registers cmark-gfm's extensions exactly once for the whole process.
///
/// `cmark_gfm_core_extensions_ensure_registered` guards itself with a plain static flag, so
/// two threads calling it at once register the extensions twice, and the second registration
/// gives `strikethrough` and `table` new node type numbers: nodes of one parse then no longer
/// match the types the renderer compares with. One Swift `static let` serialises the call.
enum CmarkExtensions {
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()
}

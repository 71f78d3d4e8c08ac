//! How the process asks the allocator for memory: set once, at start-up, by the binary.

/// Blocks of this size or more get their own mapping, returned to the system when freed.
///
/// glibc's default threshold starts at 128 KiB and rises to the largest block freed (up to
/// 32 MiB): once the first large bodies are freed, later ones come from the heap, whose free
/// space is kept and fragments across threads. Eight files of 14.8 MB of entity names peaked
/// at 381 MB in `list --json` (the bound is 283 MB) and at 269 MB with this threshold fixed.
pub const MMAP_THRESHOLD: i32 = 1 << 20;

/// Fix the allocator's mmap threshold at [`MMAP_THRESHOLD`] (glibc only; elsewhere, nothing).
/// A threshold given in the environment (`MALLOC_MMAP_THRESHOLD_`) is left as it is.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_none() {
        // SAFETY: mallopt only sets a parameter of the allocator; it is called before any
        // other thread exists, and a refused value (it returns 0) leaves the default.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        }
    }
}

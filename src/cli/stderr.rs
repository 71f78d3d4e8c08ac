//! Printing to stderr without panicking: `eprintln!` panics when stderr cannot be written (a
//! closed terminal gives EIO, `2>/dev/full` ENOSPC), which turned a warning into exit 101 or,
//! inside a panic hook, an abort. Every message of the program goes through [`say!`] instead.

/// `eprintln!` that ignores a stderr it cannot write to.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let _ = ::std::writeln!(::std::io::stderr(), $($arg)*);
    }};
}

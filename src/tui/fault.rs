//! The terminal restored when the program dies of a fault or an abort (SIGSEGV, SIGBUS,
//! SIGILL, SIGFPE, SIGABRT: out of memory, a panic while panicking): these cannot be handled
//! by the event loop like SIGTERM, as the program cannot go on. The handler does only what a
//! signal handler may (POSIX async-signal-safe calls): it writes the bytes that leave the
//! alternate screen, stop mouse reporting and bracketed paste and show the cursor, puts back
//! the terminal modes saved before raw mode, then dies of the same signal with the default
//! action, so the exit status and any core dump are as they would have been.

#[cfg(unix)]
mod imp {
    use std::sync::OnceLock;

    /// Mouse reporting (every mode crossterm enables), bracketed paste off, the main screen
    /// back, the cursor shown.
    const RESTORE: &[u8] =
        b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?2004l\x1b[?1049l\x1b[?25h";

    /// The signals whose default action ends the program at once, with no chance to return.
    const FAULTS: [libc::c_int; 5] = [
        libc::SIGSEGV,
        libc::SIGBUS,
        libc::SIGILL,
        libc::SIGFPE,
        libc::SIGABRT,
    ];

    /// The terminal's modes before raw mode, and the descriptor they belong to.
    static SAVED: OnceLock<(libc::c_int, libc::termios)> = OnceLock::new();

    extern "C" fn on_fault(signal: libc::c_int) {
        // SAFETY: write, tcsetattr, signal and raise are async-signal-safe (POSIX.1-2017
        // 2.4.3); `RESTORE` is static and `SAVED` was set before the handler was installed
        // and is never changed, so reading it takes no lock.
        unsafe {
            let _ = libc::write(libc::STDOUT_FILENO, RESTORE.as_ptr().cast(), RESTORE.len());
            if let Some((fd, modes)) = SAVED.get() {
                let _ = libc::tcsetattr(*fd, libc::TCSANOW, modes);
            }
            libc::signal(signal, libc::SIG_DFL);
            libc::raise(signal);
        }
    }

    /// Save the terminal's modes (call before raw mode) and install the handlers.
    pub fn install() {
        // crossterm's raw mode applies to standard input when it is a terminal.
        let fd = libc::STDIN_FILENO;
        // SAFETY: `termios` is plain data; tcgetattr fills it, and a failure (not a
        // terminal) leaves it unused.
        let mut modes: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(fd, &mut modes) } == 0 {
            let _ = SAVED.set((fd, modes));
        }
        for signal in FAULTS {
            // SAFETY: `on_fault` only makes async-signal-safe calls (see there).
            unsafe {
                let handler: extern "C" fn(libc::c_int) = on_fault;
                libc::signal(signal, handler as libc::sighandler_t);
            }
        }
    }
}

#[cfg(unix)]
pub use imp::install;

/// Nothing to do where there are no signals.
#[cfg(not(unix))]
pub fn install() {}

//! Owning the terminal: enter/leave raw mode and the alternate screen with mouse capture,
//! restore on panic and signals, and suspend on Ctrl-z.

use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

/// The message when the browser is started without a terminal.
pub const NOT_A_TERMINAL: &str = "plantscope: stdout is not a terminal; use `plantscope list` or `plantscope search` for scripts";

/// Refuse to start unless stdout is a terminal.
pub fn check_tty() -> anyhow::Result<()> {
    if std::io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(anyhow::anyhow!(NOT_A_TERMINAL))
    }
}

/// Enter the alternate screen in raw mode with mouse capture and bracketed paste.
///
/// A panic on this (the UI) thread restores the terminal before the message is printed. A
/// panic on any other thread (loader, search worker, rayon) leaves the terminal alone and
/// prints nothing over the screen: the thread catches it and the browser shows it in the
/// status bar instead.
///
/// ratatui's own `init`/`restore` are not used: when the terminal has been closed (hung up),
/// restoring it fails with EIO and `restore` prints that to the dead stderr, which panics, and
/// its panic hook then panics again, aborting the program. Here every step of leaving ignores
/// its error, and the returned terminal must never be dropped (its `Drop` prints too): see
/// [`Owned`].
pub fn enter() -> anyhow::Result<Owned> {
    let ui_thread = std::thread::current().id();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == ui_thread {
            leave();
            // The standard hook ignores a stderr it cannot write to.
            hook(info);
        }
    }));
    // Before raw mode: the modes a fault or an abort puts back.
    super::fault::install();
    crossterm::terminal::enable_raw_mode()?;
    execute!(
        std::io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    let terminal =
        ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))?;
    Ok(Owned(std::mem::ManuallyDrop::new(terminal)))
}

/// The browser's terminal. It is never dropped: ratatui's `Terminal::drop` shows the cursor
/// and prints a failure to stderr with `eprintln!`, which panics when the terminal is gone
/// (and aborts, when it happens while a panic unwinds). [`leave`] restores everything instead.
pub struct Owned(std::mem::ManuallyDrop<DefaultTerminal>);

impl std::ops::Deref for Owned {
    type Target = DefaultTerminal;
    fn deref(&self) -> &DefaultTerminal {
        &self.0
    }
}

impl std::ops::DerefMut for Owned {
    fn deref_mut(&mut self) -> &mut DefaultTerminal {
        &mut self.0
    }
}

/// Leave the alternate screen and raw mode, turn mouse reporting and bracketed paste off and
/// show the cursor. Never fails and never prints: on a closed terminal every step fails with
/// EIO, and there is nobody left to tell.
pub fn leave() {
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Ctrl-z: restore the terminal, stop until `fg`, then take the terminal back.
pub fn suspend(terminal: &mut DefaultTerminal) -> anyhow::Result<()> {
    leave();
    #[cfg(unix)]
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    crossterm::terminal::enable_raw_mode()?;
    execute!(
        std::io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    repaint(terminal)
}

/// Clear the screen so that the next draw writes every cell.
pub fn repaint(terminal: &mut DefaultTerminal) -> anyhow::Result<()> {
    // `Terminal::clear` would ask the terminal for the cursor position, racing the input
    // thread's read; a resize to the current size clears and forces a full redraw without it.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    Ok(())
}

/// The signals that end the program when nothing handles them (and that a handler may catch):
/// each one sets the flag, and the browser leaves the terminal as it found it before it exits
/// with 128 + the signal. SIGKILL and SIGSTOP cannot be caught; SIGSEGV, SIGBUS, SIGILL, SIGFPE
/// and SIGTRAP report faults, and SIGABRT an abort, after which the program cannot go on.
#[cfg(unix)]
pub fn ending_signals() -> Vec<i32> {
    use signal_hook::consts::signal::*;
    #[allow(unused_mut)]
    let mut signals = vec![
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ, SIGIO, SIGSYS,
    ];
    // Linux's own: SIGSTKFLT (16), SIGPWR (30) and the real-time signals, 34 to 64 (glibc
    // keeps 32 and 33 for itself).
    #[cfg(target_os = "linux")]
    signals.extend([16, 30].into_iter().chain(34..=64));
    signals
}

/// Set by any of the [`ending_signals`] to the signal's number (0 while none came), checked by
/// the loop.
pub fn termination_flag() -> anyhow::Result<Arc<AtomicUsize>> {
    let flag = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    for signal in ending_signals() {
        let number = usize::try_from(signal).unwrap_or(0);
        signal_hook::flag::register_usize(signal, Arc::clone(&flag), number)?;
    }
    Ok(flag)
}

/// False once the terminal has been hung up (closed): `isatty` fails on a hung-up tty.
pub fn still_attached() -> bool {
    std::io::stdout().is_terminal()
}

/// The signal that asked the browser to end, if one did.
pub fn terminated(flag: &AtomicUsize) -> Option<i32> {
    match flag.load(Ordering::Relaxed) {
        0 => None,
        signal => i32::try_from(signal).ok(),
    }
}

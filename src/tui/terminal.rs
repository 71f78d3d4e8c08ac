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
/// A panic on this (the UI) thread restores the terminal through ratatui's hook before the
/// message is printed. A panic on any other thread (loader, search worker, rayon) leaves the
/// terminal alone and prints nothing over the screen: the thread catches it and the browser
/// shows it in the status bar instead.
pub fn enter() -> anyhow::Result<DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    let ui_thread = std::thread::current().id();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != ui_thread {
            return;
        }
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        hook(info);
    }));
    execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    Ok(terminal)
}

/// Leave the alternate screen and raw mode.
pub fn leave() {
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
    let _ = std::io::stdout().flush();
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

/// Set by SIGTERM / SIGHUP to the signal's number (0 while none came), checked by the loop.
pub fn termination_flag() -> anyhow::Result<Arc<AtomicUsize>> {
    let flag = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register_usize(signal, Arc::clone(&flag), signal as usize)?;
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

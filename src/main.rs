//! The `plantscope` binary: a thin shell over the library's command line.

fn main() {
    plantscope::memory::tune_allocator();
    std::process::exit(plantscope::cli::main());
}

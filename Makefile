# The two commands of the README. Both install what a fresh Debian/Ubuntu machine lacks.
.PHONY: run test bench deps

# Opens the window; on an empty data dir it offers the demo organisation.
run: deps
	cargo build -p mentorpool --locked
	./target/debug/mentorpool

# Every test layer: unit tests, system tests, and the real window driven through WebDriver.
test: deps
	cargo build -p mentorpool --locked
	cargo test --workspace --exclude mentorpool-tests --locked
	node --test tests/ui/
	xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p mentorpool-tests --locked -- --test-threads=1

bench:
	cargo bench -p mentorpool-domain -p mentorpool-store -p mentorpool-exchange -p mentorpool-booklet --locked

deps:
	@.ci/install-deps

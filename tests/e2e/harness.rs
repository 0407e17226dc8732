//! Drives the real Mentorpool window through WebDriver: tauri-driver in front of WebKitWebDriver,
//! fantoccini as the client. The README and .ci/install-deps say what it needs.
//!
//! One `E2eTest` per test: it holds the suite-wide lock (the tests run one at a time), owns the
//! test's data dir and starts app sessions on it. An `App` is one running app; `close()` ends it,
//! and `E2eTest::launch` again on the same data dir is "restart the app".
//!
//! The API is synchronous: each `App` has its own single-threaded tokio runtime and every helper
//! blocks on it, so `Drop` can still clean up when a test panics.

use std::cell::RefCell;
use std::fs::{self, File};
use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};
use tempfile::TempDir;

/// How long a wait for something on screen may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(15);
/// The pause between two looks while waiting: short, it only keeps the loop from spinning.
const POLL: Duration = Duration::from_millis(100);
/// Bound on `POST /session`: without a display it hangs instead of failing.
const SESSION_TIMEOUT: Duration = Duration::from_secs(30);
/// How long tauri-driver may take to listen on its port, and to stop after SIGTERM.
const DRIVER_TIMEOUT: Duration = Duration::from_secs(15);
/// Where an element is on screen, to see that it holds still before a click.
const PLACE_ON_SCREEN: &str = "const box = arguments[0].getBoundingClientRect(); \
    return arguments[0].isConnected ? [box.x, box.y, box.width, box.height] : null";
const WEBKIT_WEBDRIVER: &str = "/usr/bin/WebKitWebDriver";
const TEST_COMMAND: &str =
    r#"xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p mentorpool-tests --test e2e -- --test-threads=1"#;

/// Held by every test for its whole run: the machine has 2 cores and a WebKit app is heavy, so
/// the end-to-end tests never overlap, whatever `--test-threads` says.
static SERIAL: Mutex<()> = Mutex::new(());

/// The translations the UI shows, read from ui/i18n/<lang>.json at test time.
pub fn translations(lang: &str) -> Map<String, Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../ui/i18n/{lang}.json"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => panic!("{} is not a JSON object", path.display()),
        Err(e) => panic!("{} is not valid JSON: {e}", path.display()),
    }
}

/// One text from ui/i18n/<lang>.json.
pub fn tr(lang: &str, key: &str) -> String {
    match translations(lang).get(key) {
        Some(Value::String(text)) => text.clone(),
        _ => panic!("ui/i18n/{lang}.json has no text for {key:?}"),
    }
}

/// One end-to-end test: the suite lock, a fresh data dir, and the app sessions started on it.
pub struct E2eTest {
    name: &'static str,
    data_dir: TempDir,
    sessions: usize,
    // Declared last so it is released last, after the data dir is gone.
    _serial: MutexGuard<'static, ()>,
}

impl E2eTest {
    /// Waits for the other end-to-end tests to finish, checks the tools, and makes an empty data dir.
    pub fn start(name: &'static str) -> Self {
        // A test that panicked while holding the lock poisons it; the lock only serialises, it
        // guards no data, so the next test goes on.
        let serial = SERIAL.lock().unwrap_or_else(PoisonError::into_inner);
        require_display();
        tauri_driver();
        webkit_webdriver();
        let data_dir = tempfile::Builder::new()
            .prefix(&format!("mentorpool-e2e-{name}-"))
            .tempdir()
            .expect("create a temp data dir");
        E2eTest {
            name,
            data_dir,
            sessions: 0,
            _serial: serial,
        }
    }

    /// The data dir the app gets through `--data-dir`; it lives as long as this test.
    pub fn data_dir(&self) -> &Path {
        self.data_dir.path()
    }

    /// Starts the app on this test's data dir, with an English OS locale.
    pub fn launch(&mut self) -> App {
        self.sessions += 1;
        App::launch(self.name, self.sessions, self.data_dir.path())
    }
}

fn require_display() {
    if std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()) {
        panic!(
            "DISPLAY is not set: the end-to-end tests open the real app window and need an X display. \
             Run them with the README's test command, which starts a virtual one:\n  {TEST_COMMAND}"
        );
    }
}

/// tauri-driver from PATH, else from ~/.cargo/bin.
fn tauri_driver() -> PathBuf {
    let in_path = std::env::var_os("PATH")
        .map(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join("tauri-driver"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let in_cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|cargo| cargo.join("bin").join("tauri-driver"));
    in_path
        .into_iter()
        .chain(in_cargo_home)
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "tauri-driver was not found in PATH nor in ~/.cargo/bin: \
             install it with `cargo install tauri-driver --version '^2' --locked`"
            )
        })
}

fn webkit_webdriver() -> PathBuf {
    let path = PathBuf::from(WEBKIT_WEBDRIVER);
    assert!(
        path.is_file(),
        "{WEBKIT_WEBDRIVER} is missing: install the Debian package webkit2gtk-driver \
         (apt-get install webkit2gtk-driver)"
    );
    path
}

/// Two distinct loopback ports that were free a moment ago (both are bound at once so they differ).
fn free_ports() -> (u16, u16) {
    let bind = || TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind a free loopback port");
    let (a, b) = (bind(), bind());
    let port = |l: &TcpListener| l.local_addr().expect("local address of a bound port").port();
    (port(&a), port(&b))
}

/// Where screenshots and tauri-driver logs go: target/e2e-screens/.
fn output_dir() -> PathBuf {
    let dir = mentorpool_tests::target_dir().join("e2e-screens");
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// One running app, driven through its own tauri-driver.
pub struct App {
    test: &'static str,
    data_dir: PathBuf,
    client: Option<Client>,
    driver: Option<Child>,
    driver_log: PathBuf,
    rt: tokio::runtime::Runtime,
    /// What the current wait last saw, for its failure message (see `App::note`).
    seen: RefCell<String>,
    // HOME and XDG dirs of this session only, so WebKit keeps no state between sessions: whatever
    // survives a restart was stored in the data dir.
    _session_home: TempDir,
}

impl App {
    fn launch(test: &'static str, session: usize, data_dir: &Path) -> App {
        let binary = mentorpool_tests::app_binary();
        let binary = binary.canonicalize().unwrap_or(binary);
        let session_home = tempfile::Builder::new()
            .prefix(&format!("mentorpool-e2e-home-{test}-"))
            .tempdir()
            .expect("create a temp home");
        let dir = |name: &str| {
            let dir = session_home.path().join(name);
            fs::create_dir_all(&dir).expect("create a temp XDG dir");
            dir
        };
        let (port, native_port) = free_ports();
        let driver_log = output_dir().join(format!("{test}-session{session}-driver.log"));
        let log = File::create(&driver_log).unwrap_or_else(|e| panic!("cannot create {}: {e}", driver_log.display()));
        let log_err = log.try_clone().expect("clone the log file handle");
        let driver = Command::new(tauri_driver())
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .arg("--native-driver")
            .arg(webkit_webdriver())
            .env("HOME", dir("home"))
            .env("XDG_DATA_HOME", dir("data"))
            .env("XDG_CONFIG_HOME", dir("config"))
            .env("XDG_CACHE_HOME", dir("cache"))
            .env("XDG_STATE_HOME", dir("state"))
            .env("LANG", "C.UTF-8")
            .env("LANGUAGE", "en")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start tauri-driver: {e}"));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("build a tokio runtime");
        // From here on Drop stops tauri-driver, whatever fails.
        let mut app = App {
            test,
            data_dir: data_dir.to_path_buf(),
            client: None,
            driver: Some(driver),
            driver_log,
            rt,
            seen: RefCell::default(),
            _session_home: session_home,
        };
        // tauri-driver listens before the WebKitWebDriver it starts does; a session request in
        // between fails with a connect error, so wait for both.
        app.wait_for_driver(port);
        app.wait_for_driver(native_port);

        let mut capabilities = Map::new();
        capabilities.insert(
            "tauri:options".to_owned(),
            json!({
                "application": binary,
                "args": ["--data-dir", data_dir],
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let connect = async {
            tokio::time::timeout(
                SESSION_TIMEOUT,
                ClientBuilder::new(HttpConnector::new())
                    .capabilities(capabilities)
                    .connect(&url),
            )
            .await
        };
        match app.rt.block_on(connect) {
            Ok(Ok(client)) => app.client = Some(client),
            Ok(Err(e)) => panic!("tauri-driver did not start the app: {e}\n{}", app.driver_log_tail()),
            Err(_) => panic!(
                "starting the app through tauri-driver took more than {SESSION_TIMEOUT:?} \
                 (is the X display usable?)\n{}",
                app.driver_log_tail()
            ),
        }
        app
    }

    fn wait_for_driver(&mut self, port: u16) {
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let deadline = Instant::now() + DRIVER_TIMEOUT;
        loop {
            if TcpStream::connect_timeout(&address, POLL).is_ok() {
                return;
            }
            if let Some(status) = self.driver.as_mut().and_then(|child| child.try_wait().ok().flatten()) {
                panic!("tauri-driver exited early ({status})\n{}", self.driver_log_tail());
            }
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on port {port} within {DRIVER_TIMEOUT:?}\n{}",
                self.driver_log_tail()
            );
            std::thread::sleep(POLL);
        }
    }

    fn driver_log_tail(&self) -> String {
        let text = fs::read_to_string(&self.driver_log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let tail = lines[lines.len().saturating_sub(40)..].join("\n");
        format!("--- last lines of {} ---\n{tail}", self.driver_log.display())
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("the app session is open")
    }

    fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.rt.block_on(future)
    }

    /// Ends the WebDriver session (the app exits), waits until the app process is gone, then stops
    /// tauri-driver. Panics if any of that fails.
    pub fn close(mut self) {
        self.shut_down(true);
    }

    fn shut_down(&mut self, strict: bool) {
        let mut problems = Vec::new();
        if let Some(client) = self.client.take() {
            match self
                .rt
                .block_on(async { tokio::time::timeout(WAIT, client.close()).await })
            {
                Ok(Ok(())) => {}
                Ok(Err(e)) => problems.push(format!("ending the WebDriver session failed: {e}")),
                Err(_) => problems.push(format!("ending the WebDriver session took more than {WAIT:?}")),
            }
        }
        // The app must be gone before a restart on the same data dir, or two apps would share it.
        let deadline = Instant::now() + WAIT;
        let mut left = app_processes(&self.data_dir);
        while !left.is_empty() && Instant::now() < deadline {
            std::thread::sleep(POLL);
            left = app_processes(&self.data_dir);
        }
        if !left.is_empty() {
            problems.push(format!(
                "the app (pids {left:?}) still ran {WAIT:?} after its session ended"
            ));
            for pid in left {
                signal(pid, "KILL");
            }
        }
        if let Some(mut driver) = self.driver.take() {
            // SIGTERM, not SIGKILL: only then does tauri-driver stop WebKitWebDriver too.
            signal(driver.id(), "TERM");
            let deadline = Instant::now() + DRIVER_TIMEOUT;
            loop {
                match driver.try_wait() {
                    Ok(Some(_)) => break,
                    Ok(None) if Instant::now() < deadline => std::thread::sleep(POLL),
                    _ => {
                        problems.push(format!(
                            "tauri-driver did not stop within {DRIVER_TIMEOUT:?} of SIGTERM"
                        ));
                        let _ = driver.kill();
                        let _ = driver.wait();
                        break;
                    }
                }
            }
        }
        if strict && !problems.is_empty() {
            panic!("closing the app: {}\n{}", problems.join("; "), self.driver_log_tail());
        }
    }

    // ---- looking ------------------------------------------------------------------------------

    /// Waits (at most `WAIT`) until `look` returns `Some`, looking again every `POLL`. WebDriver
    /// errors that mean "not there yet" (no such element, stale, not interactable) count as `None`;
    /// any other error fails at once. On timeout it saves a screenshot and panics with `what` and
    /// the last `note` the look made.
    pub fn wait_until<T>(&self, what: &str, mut look: impl FnMut(&App) -> Result<Option<T>, CmdError>) -> T {
        let deadline = Instant::now() + WAIT;
        self.seen.borrow_mut().clear();
        loop {
            match look(self) {
                Ok(Some(value)) => return value,
                Ok(None) => {}
                Err(e) if is_transient(&e) => self.note(describe(&e)),
                Err(e) => self.fail(&format!("while waiting until {what}: {}", describe(&e))),
            }
            if Instant::now() >= deadline {
                let seen = self.seen.borrow().clone();
                let seen = if seen.is_empty() {
                    String::from("condition not met")
                } else {
                    seen
                };
                self.fail(&format!("waited {WAIT:?} until {what}; last seen: {seen}"));
            }
            std::thread::sleep(POLL);
        }
    }

    /// Records what a look inside `wait_until` saw, to explain a timeout.
    pub fn note(&self, seen: impl Into<String>) {
        *self.seen.borrow_mut() = seen.into();
    }

    fn fail(&self, message: &str) -> ! {
        let shot = match self.try_screenshot("failure") {
            Ok(path) => path.display().to_string(),
            Err(e) => format!("none, {e}"),
        };
        panic!("{message}\n(screenshot: {shot})\n{}", self.driver_log_tail());
    }

    /// The first element matching `css` now, if any.
    pub fn find(&self, css: &str) -> Result<Option<Element>, CmdError> {
        Ok(self
            .block_on(self.client().find_all(Locator::Css(css)))?
            .into_iter()
            .next())
    }

    /// How many elements match `css` now.
    pub fn count(&self, css: &str) -> usize {
        self.block_on(self.client().find_all(Locator::Css(css)))
            .unwrap_or_else(|e| self.fail(&format!("counting {css}: {e}")))
            .len()
    }

    /// Whether an element matching `css` is on screen now.
    pub fn is_visible(&self, css: &str) -> bool {
        self.visible(css)
            .unwrap_or_else(|e| self.fail(&format!("looking for {css}: {e}")))
            .is_some()
    }

    fn visible(&self, css: &str) -> Result<Option<Element>, CmdError> {
        match self.find(css) {
            Ok(Some(element)) => match self.block_on(element.is_displayed()) {
                Ok(true) => Ok(Some(element)),
                Ok(false) => Ok(None),
                Err(e) if is_transient(&e) => Ok(None),
                Err(e) => Err(e),
            },
            other => other,
        }
    }

    /// Waits until an element matching `css` is on screen, and returns it.
    pub fn wait_for(&self, css: &str) -> Element {
        self.wait_until(&format!("{css} is visible"), |app| app.visible(css))
    }

    /// Waits until nothing matching `css` is on screen (absent or hidden).
    pub fn wait_gone(&self, css: &str) {
        self.wait_until(&format!("{css} is gone"), |app| {
            Ok(app.visible(css)?.is_none().then_some(()))
        })
    }

    /// Waits until the page has booted: main.js removes aria-busy from #app once it has mounted the
    /// welcome or the app itself.
    pub fn wait_for_boot(&self) {
        self.wait_until("the UI has booted (#app is no longer aria-busy)", |app| {
            Ok(app.find("#app:not([aria-busy])")?.map(|_| ()))
        });
    }

    /// Boots a fresh data dir into the demo organisation from the welcome screen, as a first-time
    /// user trying the app does.
    pub fn open_demo(&self) {
        self.wait_for_boot();
        self.click("#welcome-demo");
        self.wait_gone("#welcome");
    }

    /// The visible text of the element matching `css`, once it is on screen.
    pub fn text(&self, css: &str) -> String {
        self.wait_until(&format!("the text of {css} can be read"), |app| {
            match app.visible(css)? {
                Some(element) => self.block_on(element.text()).map(Some),
                None => Ok(None),
            }
        })
    }

    /// Waits until the visible text of `css` (trimmed) equals `expected`.
    pub fn wait_for_text(&self, css: &str, expected: &str) {
        self.wait_until(&format!("the text of {css} is {expected:?}"), |app| {
            let Some(element) = app.visible(css)? else {
                return Ok(None);
            };
            let text = app.block_on(element.text())?;
            let done = text.trim() == expected;
            app.note(format!("{text:?}"));
            Ok(done.then_some(()))
        });
    }

    /// The visible texts of all elements matching `css` now (elements re-rendered meanwhile are
    /// skipped by the caller's retry: this returns the transient error).
    pub fn texts(&self, css: &str) -> Result<Vec<String>, CmdError> {
        let elements = self.block_on(self.client().find_all(Locator::Css(css)))?;
        let mut texts = Vec::with_capacity(elements.len());
        for element in elements {
            texts.push(self.block_on(element.text())?);
        }
        Ok(texts)
    }

    /// The `value` of the form control matching `css`.
    pub fn value(&self, css: &str) -> String {
        self.wait_until(&format!("the value of {css} can be read"), |app| {
            match app.find(css)? {
                Some(element) => Ok(Some(app.block_on(element.prop("value"))?.unwrap_or_default())),
                None => Ok(None),
            }
        })
    }

    // ---- acting -------------------------------------------------------------------------------

    /// Clicks the element matching `css` once it is on screen and enabled (retrying while another
    /// element still covers it, e.g. during a dialog's opening).
    pub fn click(&self, css: &str) {
        self.wait_until(&format!("{css} can be clicked"), |app| {
            let Some(element) = app.visible(css)? else {
                return Ok(None);
            };
            if !app.block_on(element.is_enabled())? {
                return Ok(None);
            }
            // WebDriver scrolls only until the element is in view, which can leave it under a
            // sticky footer; the middle of the view is where a user would have it.
            let centre = "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' })";
            let target = serde_json::to_value(&element).map_err(|e| CmdError::NotJson(e.to_string()))?;
            app.block_on(app.client().execute(centre, vec![target.clone()]))?;
            // WebKitWebDriver clicks at a point on the screen: if a redraw moves the element
            // meanwhile, the click lands beside it and nothing says so. Click only what holds still.
            let before = app.block_on(app.client().execute(PLACE_ON_SCREEN, vec![target.clone()]))?;
            std::thread::sleep(POLL);
            let after = app.block_on(app.client().execute(PLACE_ON_SCREEN, vec![target]))?;
            if before != after {
                app.note(format!("{css} moved from {before} to {after}"));
                return Ok(None);
            }
            app.block_on(element.click())?;
            Ok(Some(()))
        });
    }

    /// Empties the input matching `css` and types `text` into it, then checks it holds `text`.
    pub fn type_into(&self, css: &str, text: &str) {
        self.wait_until(&format!("{text:?} can be typed into {css}"), |app| {
            let Some(element) = app.visible(css)? else {
                return Ok(None);
            };
            app.block_on(element.clear())?;
            app.block_on(element.send_keys(text))?;
            let value = app.block_on(element.prop("value"))?.unwrap_or_default();
            app.note(format!("value {value:?}"));
            Ok((value == text).then_some(()))
        });
    }

    /// Empties the input matching `css` with Ctrl+A and Backspace, as a user does: unlike
    /// WebDriver's clear, that fires the input event the page listens to.
    pub fn erase(&self, css: &str) {
        self.wait_until(&format!("{css} can be emptied"), |app| {
            let Some(element) = app.visible(css)? else {
                return Ok(None);
            };
            app.block_on(element.send_keys("\u{E009}a\u{E000}\u{E003}"))?;
            let value = app.block_on(element.prop("value"))?.unwrap_or_default();
            app.note(format!("value {value:?}"));
            Ok(value.is_empty().then_some(()))
        });
    }

    /// Presses Enter in the element matching `css`, as a user confirms what they typed.
    pub fn press_enter(&self, css: &str) {
        self.wait_until(&format!("Enter can be pressed in {css}"), |app| {
            let Some(element) = app.visible(css)? else {
                return Ok(None);
            };
            app.block_on(element.send_keys("\u{E007}"))?;
            Ok(Some(()))
        });
    }

    /// Picks the `<option>` with `value` in the select matching `css`, as a user would.
    pub fn select(&self, css: &str, value: &str) {
        self.wait_until(&format!("option {value:?} of {css} can be selected"), |app| {
            let Some(select) = app.visible(css)? else {
                return Ok(None);
            };
            app.block_on(select.select_by_value(value))?;
            let now = app.block_on(select.prop("value"))?.unwrap_or_default();
            app.note(format!("value {now:?}"));
            Ok((now == value).then_some(()))
        });
    }

    /// Runs `script` in the page (`arguments` are `args`) and returns its result.
    pub fn script(&self, script: &str, args: Vec<Value>) -> Value {
        self.block_on(self.client().execute(script, args))
            .unwrap_or_else(|e| self.fail(&format!("running a script in the page failed: {e}")))
    }

    // ---- recording ----------------------------------------------------------------------------

    /// Saves the window as target/e2e-screens/<test>-<step>.png, for humans to look at.
    pub fn screenshot(&self, step: &str) -> PathBuf {
        self.try_screenshot(step)
            .unwrap_or_else(|e| panic!("taking screenshot {step:?} failed: {e}"))
    }

    fn try_screenshot(&self, step: &str) -> Result<PathBuf, String> {
        let client = self.client.as_ref().ok_or("no session")?;
        let shoot = async {
            // WebKitWebDriver hands out the last frame it painted, which can be a step behind the
            // DOM: let the page paint twice first.
            let painted = "const done = arguments[arguments.length - 1];\
                           requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
            client.execute_async(painted, Vec::new()).await?;
            client.screenshot().await
        };
        let png = match self.block_on(async { tokio::time::timeout(Duration::from_secs(10), shoot).await }) {
            Ok(Ok(png)) => png,
            Ok(Err(e)) => return Err(describe(&e)),
            Err(_) => return Err(String::from("timed out")),
        };
        let path = output_dir().join(format!("{}-{step}.png", self.test));
        fs::write(&path, png).map_err(|e| format!("writing {} failed: {e}", path.display()))?;
        Ok(path)
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if std::thread::panicking() && self.client.is_some() {
            let _ = self.try_screenshot("failure");
        }
        self.shut_down(false);
    }
}

/// A WebDriver error with its code: some WebKitWebDriver errors have an empty message.
fn describe(error: &CmdError) -> String {
    match error {
        CmdError::Standard(wd) => format!("{} ({})", wd.error, wd.message),
        other => other.to_string(),
    }
}

/// Errors that mean "the page is not there yet" while the UI re-renders.
fn is_transient(error: &CmdError) -> bool {
    matches!(
        error,
        CmdError::Standard(wd) if matches!(
            wd.error,
            ErrorStatus::NoSuchElement
                | ErrorStatus::StaleElementReference
                | ErrorStatus::ElementNotInteractable
                | ErrorStatus::ElementClickIntercepted
                | ErrorStatus::InvalidElementState
        )
    )
}

/// Processes started with `--data-dir <data_dir>`: the app of this test (the temp dir is unique).
fn app_processes(data_dir: &Path) -> Vec<u32> {
    let wanted = data_dir.as_os_str().as_encoded_bytes();
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let Ok(cmdline) = fs::read(format!("/proc/{pid}/cmdline")) else {
                return false;
            };
            let args: Vec<&[u8]> = cmdline.split(|&b| b == 0).collect();
            args.windows(2)
                .any(|pair| pair[0] == b"--data-dir" && pair[1] == wanted)
        })
        .collect()
}

/// Sends a signal with kill(1): the workspace forbids unsafe code, so no libc::kill.
fn signal(pid: u32, signal: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// A setting as the app stored it in `data_dir` (read-only, through the store's own accessor), so a
/// test can wait until a choice the UI applied at once has also been saved.
pub fn stored_setting(data_dir: &Path, key: &str) -> Option<String> {
    let path = data_dir.join(mentorpool_store::DATABASE_FILE);
    if !path.is_file() {
        return None;
    }
    let conn = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    mentorpool_store::settings::get(&conn, key).ok().flatten()
}

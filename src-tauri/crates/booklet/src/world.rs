//! The smallest `World` a booklet needs: one template, data and pictures as virtual files held in
//! memory, and the embedded fonts. It never touches the disk, the network or system fonts.

use crate::fonts::EMBEDDED_FONTS;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The standard library is the same for every booklet; building it once saves every render the work.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

const TEMPLATE_PATH: &str = "/booklet.typ";
const TEMPLATE: &str = include_str!("../template/booklet.typ");

pub(crate) struct BookletWorld<'a> {
    main: Source,
    /// Every file the template may read, by its absolute virtual path.
    files: HashMap<FileId, Bytes>,
    today: Option<Datetime>,
    /// Checked whenever the template reads a file, so a cancel also stops a compile that is
    /// still reading data and photos.
    cancel: &'a AtomicBool,
}

/// The message a file read fails with once the caller has cancelled.
const CANCELLED: &str = "cancelled";

impl<'a> BookletWorld<'a> {
    /// `files` maps absolute virtual paths (`/data.json`) to their bytes.
    pub(crate) fn new(files: Vec<(String, Vec<u8>)>, today: Option<Datetime>, cancel: &'a AtomicBool) -> Self {
        let files = files
            .into_iter()
            .filter_map(|(path, bytes)| Some((file_id(&path)?, Bytes::new(bytes))))
            .collect();
        Self {
            main: Source::new(template_id(), TEMPLATE.to_string()),
            files,
            today,
            cancel,
        }
    }
}

fn file_id(path: &str) -> Option<FileId> {
    let path = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, path).intern())
}

fn template_id() -> FileId {
    static ID: LazyLock<FileId> = LazyLock::new(|| {
        RootedPath::new(
            VirtualRoot::Project,
            VirtualPath::new(TEMPLATE_PATH).expect("a valid path"),
        )
        .intern()
    });
    *ID
}

impl World for BookletWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &EMBEDDED_FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(FileError::Other(Some(CANCELLED.into())));
        }
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_with_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        EMBEDDED_FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}
